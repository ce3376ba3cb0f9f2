"""Static tools see the bound API: mypy checks a user script (tests/typecheck/user_script.py) with no
errors and infers `Tensor` for a method's result, through the generated stub core/tensor.pyi and the
package's py.typed marker.

mypy cannot follow the editable install's import hook, so the test lays the package out as an
installed wheel would (runtime/ as yamlgrad/, autogen/ inside it) with symbolic links under tmp_path.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def installed_layout(root: Path) -> Path:
    package = root / "yamlgrad"
    package.mkdir(parents=True)
    for entry in (REPO / "runtime").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    (package / "autogen").symlink_to(REPO / "autogen")
    (package / "codegen").symlink_to(REPO / "codegen")
    return root


def test_mypy_checks_a_user_script_and_sees_tensor_methods(tmp_path):
    site = installed_layout(tmp_path / "site")
    assert (site / "yamlgrad" / "py.typed").is_file() and (site / "yamlgrad" / "core" / "tensor.pyi").is_file()
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--cache-dir", str(tmp_path / "cache"),
         "--no-error-summary", str(REPO / "tests" / "typecheck" / "user_script.py")],
        capture_output=True, text=True, env={**os.environ, "MYPYPATH": str(site)}, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert 'Revealed type is "yamlgrad.core.tensor.Tensor"' in done.stdout, done.stdout


def test_the_stub_lists_every_bound_method():
    """Each entry of the binding table is in the stub, so no bound name is invisible to static tools."""
    from yamlgrad.autogen.bindings import TENSOR_METHODS
    stub = (REPO / "runtime" / "core" / "tensor.pyi").read_text(encoding="utf-8")
    missing = [name for name, _ in TENSOR_METHODS if f"def {name}(" not in stub]
    assert not missing, missing
