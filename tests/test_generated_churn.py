"""Generated output diffs like the registry edit: a comment moves no generated line, and a new op
touches only the files that list every op, plus its own test. (Line numbers live in two files only:
autogen/samples.py, which error messages and the audit read, and docs/ops.md.)"""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from yamlgrad.codegen.main import generate

REPO = Path(__file__).resolve().parent.parent
REGISTRY = (REPO / "derivatives.yaml").read_text(encoding="utf-8")
# the files that list every op (or every bound name)
LISTS = {"autogen/raw.py", "autogen/ops.py", "autogen/ops_internal.py", "autogen/functions.py", "autogen/jvp.py", "autogen/samples.py",
         "autogen/bindings.py", "autogen/__init__.py", "docs/ops.md", "runtime/core/tensor.pyi"}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    return files_of(tmp_path_factory.mktemp("base"), REGISTRY)


def files_of(folder: Path, text: str) -> dict[str, str]:
    (folder / "derivatives.yaml").write_text(text, encoding="utf-8")
    shutil.copy(REPO / "derivatives.samples.yaml", folder / "derivatives.samples.yaml")
    return generate(folder / "derivatives.yaml")


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {rel for rel in set(before) | set(after) if before.get(rel) != after.get(rel)}


def test_a_comment_at_the_top_changes_at_most_two_files(tmp_path, baseline):
    diff = changed(baseline, files_of(tmp_path, "# a comment added at the top\n" + REGISTRY))
    assert len(diff) <= 2, sorted(diff)
    assert diff <= {"autogen/samples.py", "docs/ops.md"}, sorted(diff)


def test_adding_one_op_changes_only_the_listing_files_and_its_own_test(tmp_path, baseline):
    entry = textwrap.dedent("""
        - name: churn_probe(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          variants: function, method
    """)
    at = REGISTRY.index("\n- name:") + 1  # before the first entry: every later entry moves down
    diff = changed(baseline, files_of(tmp_path, REGISTRY[:at] + entry.lstrip("\n") + "\n" + REGISTRY[at:]))
    assert "tests/generated/test_churn_probe.py" in diff
    assert diff - LISTS == {"tests/generated/test_churn_probe.py"}, sorted(diff - LISTS)
