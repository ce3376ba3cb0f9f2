"""PyTorch tutorial code with the import swapped prints what it printed under torch (see the README)."""
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "torch_tutorials"


@pytest.mark.parametrize("name", sorted(p.stem for p in HERE.glob("*.py")))
def test_tutorial_matches_torch_output(name):
    code = "import yamlgrad as torch\n" + (HERE / f"{name}.py").read_text()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (HERE / f"{name}.expected").read_text()
