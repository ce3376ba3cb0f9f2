"""Every script in examples/ runs, and prints what it is expected to print."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

EXPECTED = {
    "gradient_descent.py": ["x after 10 steps: 2.6779"],
    "linear_regression.py": ["weight: [2.0, -3.0, 0.5], bias: 0.70", "final loss below 1e-3: True"],
    "logistic_regression.py": ["loss: 0.012", "accuracy: 1.000"],
    "mlp_spirals.py": ["training accuracy >= 95%: True", "under 30 s: True"],
    "custom_functions.py": [
        "MyReLU gradcheck: True",
        "MyReLU grad matches relu's: True",
        "STE gradcheck against sign: False",
        "STE gradient equals hard tanh's: True",
        "surrogate gradcheck: True",
    ],
}


def run_example(name: str) -> list[str]:
    # One BLAS thread: small matmuls gain nothing from more, and on a loaded 2-core machine OpenBLAS
    # threads contend badly enough to break the spiral example's 30 s budget.
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_output(name):
    assert run_example(name) == EXPECTED[name]


def test_every_example_is_checked():
    scripts = {p.name for p in EXAMPLES.glob("*.py")}
    assert scripts == set(EXPECTED), scripts ^ set(EXPECTED)


def test_custom_registry_example(tmp_path):
    """examples/custom_registry/README.md's commands, in a temporary copy."""
    import re
    import shutil
    folder = tmp_path / "custom_registry"
    shutil.copytree(EXAMPLES / "custom_registry", folder, ignore=shutil.ignore_patterns("my_ops_pkg"))
    readme = (EXAMPLES / "custom_registry" / "README.md").read_text()
    commands = re.search(r"```bash\n(.*?)```", readme, re.S).group(1).strip().splitlines()
    assert len(commands) == 4
    outputs = []
    for command in commands:
        args = command.replace("examples/custom_registry", str(folder)).split()[1:]
        done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=tmp_path)
        assert done.returncode == 0, command + "\n" + done.stdout + done.stderr
        outputs.append(done.stdout)
    assert "passed" in outputs[1] and "failed" not in outputs[1]
    assert "audit: 2 ops" in outputs[2] and "all passed" in outputs[2]
    assert outputs[3].splitlines() == ["gradcheck: True", "grad_fn: SoftclipBackward0"]
