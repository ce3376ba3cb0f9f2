"""Every script in examples/ runs, and prints what it is expected to print."""
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
    done = subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_output(name):
    assert run_example(name) == EXPECTED[name]


def test_every_example_is_checked():
    scripts = {p.name for p in EXAMPLES.glob("*.py")}
    assert scripts == set(EXPECTED), scripts ^ set(EXPECTED)
