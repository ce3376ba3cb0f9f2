"""Real third-party PyTorch programs run under yamlgrad print what they printed under torch.

Each tests/real_programs/<name>.py is a program from a public repository (see the README there), minimally
adapted (synthetic seeded data, tiny sizes, numpy-generated initial weights). <name>.expected is its stdout under
torch 2.13.0 (CPU). Here it runs with `torch` aliased to `yamlgrad` (tests/real_programs/_run.py) and the output
must match: the text between numbers exactly, every number within a relative tolerance (float32 sums in another
order differ in the last bits, and training loops carry that difference forward), or within one unit of the last
digit the expected output printed. A program may state its own tolerance in a `# rtol: X` line.
Programs in tests/real_programs/pending/ do not run under yamlgrad yet and are not collected.
"""
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "real_programs"
DEFAULT_RTOL = 1e-5
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?\b(?:nan|inf)\b")


def _split(text: str):
    """(the text with every number replaced by a marker, the numbers as written)."""
    return NUMBER.sub("<n>", text), NUMBER.findall(text)


def _last_digit(written: str) -> float:
    """One unit in the last digit written: 0.001 for '1.234', 1 for '12', 1e-7 for '1.5e-06'."""
    mantissa, _, exponent = written.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 10.0 ** (-decimals + (int(exponent) if exponent else 0))


def _close(got: str, want: str, rtol: float) -> bool:
    a, b = float(got), float(want)
    if math.isnan(a) or math.isnan(b) or math.isinf(a) or math.isinf(b):
        return got.lstrip("+") == want.lstrip("+")
    return abs(a - b) <= max(rtol * abs(b), 1.0001 * _last_digit(want))


def compare_outputs(got: str, want: str, rtol: float) -> str | None:
    """None when `got` matches `want`; otherwise a description of the first difference."""
    got_lines, want_lines = got.splitlines(), want.splitlines()
    if len(got_lines) != len(want_lines):
        return f"{len(got_lines)} lines printed, {len(want_lines)} expected"
    for number, (g, w) in enumerate(zip(got_lines, want_lines), 1):
        (g_text, g_nums), (w_text, w_nums) = _split(g), _split(w)
        if g_text != w_text or len(g_nums) != len(w_nums):
            return f"line {number}: {g!r} != {w!r}"
        for a, b in zip(g_nums, w_nums):
            if not _close(a, b, rtol):
                return f"line {number}: {a} != {b} (rtol {rtol}): {g!r} vs {w!r}"
    return None


def _rtol(source: str) -> float:
    found = re.search(r"^# rtol: (\S+)", source, re.M)
    return float(found.group(1)) if found else DEFAULT_RTOL


def test_compare_outputs_itself():
    assert compare_outputs("loss 0.123456\n", "loss 0.123457\n", 1e-9) is None       # last digit
    assert compare_outputs("loss 0.123466\n", "loss 0.123457\n", 1e-9) is not None
    assert compare_outputs("loss 1.0000001e3\n", "loss 1000.0\n", 1e-5) is None       # relative
    assert compare_outputs("Loss: 1\n", "loss: 1\n", 1e-5) is not None                # text exact
    assert compare_outputs("a 1\nb 2\n", "a 1\n", 1e-5) is not None
    assert compare_outputs("x nan\n", "x nan\n", 1e-5) is None


@pytest.mark.parametrize("name", sorted(p.stem for p in HERE.glob("*.py") if not p.name.startswith("_")))
def test_real_program_matches_torch_output(name):
    program = HERE / f"{name}.py"
    done = subprocess.run([sys.executable, str(HERE / "_run.py"), str(program)], capture_output=True, text=True,
                          timeout=120, cwd=HERE)
    assert done.returncode == 0, done.stderr
    problem = compare_outputs(done.stdout, (HERE / f"{name}.expected").read_text(), _rtol(program.read_text()))
    assert problem is None, problem
