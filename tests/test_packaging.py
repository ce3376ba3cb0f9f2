"""The distribution ships what the package needs: every package folder, the typing markers, one
version, and an sdist with the registry, docs and examples."""
from __future__ import annotations

import tomllib
from pathlib import Path

import yamlgrad

REPO = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def package_folders() -> set[str]:
    found = set()
    for folder, top in (("runtime", "yamlgrad"), ("autogen", "yamlgrad.autogen"), ("codegen", "yamlgrad.codegen")):
        for init in (REPO / folder).rglob("__init__.py"):
            found.add(".".join((top, *init.parent.relative_to(REPO / folder).parts)))
    return found


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(CONFIG["tool"]["setuptools"]["packages"])
    assert package_folders() == listed, (sorted(package_folders() - listed), sorted(listed - package_folders()))


def test_typing_markers_and_one_version_source():
    data = CONFIG["tool"]["setuptools"]["package-data"]["yamlgrad"]
    assert "py.typed" in data and "core/*.pyi" in data
    assert (REPO / "runtime" / "py.typed").is_file()
    assert CONFIG["project"]["dynamic"] == ["version"] and "version" not in CONFIG["project"]
    assert CONFIG["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "yamlgrad.__version__"}
    assert isinstance(yamlgrad.__version__, str) and yamlgrad.__version__.count(".") == 2


def test_the_sdist_carries_the_registry_docs_and_examples():
    manifest = (REPO / "MANIFEST.in").read_text(encoding="utf-8").split()
    for needed in ("derivatives.yaml", "LICENSE", "docs", "examples"):
        assert needed in manifest, needed
    assert (REPO / "LICENSE").is_file() and CONFIG["project"]["license"] == {"file": "LICENSE"}
