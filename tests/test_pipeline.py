"""End to end on a scratch copy of the package: edit the registry, regenerate, test, audit.

The scratch copy has the installed layout (yamlgrad/ = runtime/, with autogen/ and codegen/ inside)
and is put first on PYTHONPATH of subprocesses, so the real checkout is never touched.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def scratch(tmp_path):
    pkg = tmp_path / "pkg" / "yamlgrad"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "runtime", pkg, ignore=ignore)
    shutil.copytree(ROOT / "autogen", pkg / "autogen", ignore=ignore)
    shutil.copytree(ROOT / "codegen", pkg / "codegen", ignore=ignore)
    shutil.copy(ROOT / "derivatives.yaml", tmp_path / "derivatives.yaml")
    shutil.copy(ROOT / "derivatives.samples.yaml", tmp_path / "derivatives.samples.yaml")
    return tmp_path


def run(scratch: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(scratch / "pkg"), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *args], cwd=scratch, env=env, capture_output=True, text=True,
                          timeout=300)


def regen(scratch: Path) -> subprocess.CompletedProcess:
    return run(scratch, "-m", "yamlgrad.codegen", "derivatives.yaml", "--core", "--out", "pkg/yamlgrad")


def test_breaking_a_formula_fails_the_audit_and_the_generated_test_naming_op_and_input(scratch):
    registry = scratch / "derivatives.yaml"
    text = registry.read_text()
    assert "self: grad * self.cos()" in text
    registry.write_text(text.replace("self: grad * self.cos()", "self: grad * self.sin()"))
    assert regen(scratch).returncode == 0

    # sin, and cos whose double backward goes through sin's formula (the SymPy column has its own tests)
    audit = run(scratch, "-m", "yamlgrad.audit", "--op", "sin", "--op", "cos", "--no-symbolic")
    assert audit.returncode != 0
    assert re.search(r"^sin\s+3\s+.*FAIL", audit.stdout, re.M)
    assert "op 'sin', input 'self'" in audit.stdout
    # cos fails too, at second order: its double backward differentiates through sin's formula
    assert re.search(r"failed: .*\bsin\b", audit.stdout.splitlines()[-1])

    test = run(scratch, "-m", "pytest", "-q", "-p", "no:cacheprovider", "pkg/yamlgrad/tests/generated/test_sin.py")
    assert test.returncode != 0
    assert "op 'sin', input 'self'" in test.stdout


def test_audit_lists_every_op_and_supports_op_and_json(scratch):
    from yamlgrad.autogen.samples import OPS
    # every op is listed; the SymPy proofs run in `make audit` (CI) and in tests/test_audit_strength.py
    audit = run(scratch, "-m", "yamlgrad.audit", "--no-symbolic")
    assert audit.returncode == 0, audit.stdout + audit.stderr
    listed = {line.split()[0] for line in audit.stdout.splitlines()[1:-1]}
    assert listed == set(OPS)
    assert re.search(rf"audit: {len(OPS)} ops, \d+ samples, all passed", audit.stdout)
    one = run(scratch, "-m", "yamlgrad.audit", "--op", "matmul", "--json")
    import json
    rows = json.loads(one.stdout)
    assert [r["op"] for r in rows] == ["matmul"] and rows[0]["status"] == "ok" and rows[0]["samples"] == 8
    assert run(scratch, "-m", "yamlgrad.audit", "--op", "nope").returncode != 0


def _block(after: str, lang: str) -> str:
    start = README.index(after)
    match = re.compile(rf"```{lang}\n(.*?)```", re.S).search(README, start)
    return match.group(1)


def test_readme_example_prints_what_the_readme_says(scratch):
    code = _block("## Example", "python")
    expected = _block("prints", "")
    out = run(scratch, "-c", code)
    assert out.returncode == 0, out.stderr
    assert out.stdout == expected


def test_readme_add_an_op_walkthrough(scratch):
    entry = _block("## Adding an op", "yaml")
    registry = scratch / "derivatives.yaml"
    if entry.splitlines()[0] not in registry.read_text():  # a user who followed the README has it already
        with open(registry, "a") as handle:
            handle.write("\n" + entry)
    assert regen(scratch).returncode == 0
    assert (scratch / "pkg/yamlgrad/tests/generated/test_cube.py").exists()
    assert "class CubeBackward0(Node)" in (scratch / "pkg/yamlgrad/autogen/functions.py").read_text()

    commands = _block("2. Regenerate, test and audit:", "bash").strip().splitlines()
    assert commands[:2] == ["make regen", "make test"]
    test = run(scratch, "-m", "pytest", "-q", "-p", "no:cacheprovider", "pkg/yamlgrad/tests/generated/test_cube.py")
    assert test.returncode == 0, test.stdout
    audit = run(scratch, *commands[2].split()[1:])
    assert audit.returncode == 0 and re.search(r"^cube\s+3\s+.*ok", audit.stdout, re.M), audit.stdout
    snippet = commands[3].split(" -c ", 1)[1].strip('"')
    used = run(scratch, "-c", snippet)
    assert used.stdout.strip() == "tensor(12.)", used.stderr

    # The README's error example: a typo is one line naming file:line, op and input.
    registry.write_text(registry.read_text().replace("grad * 3 * self * self", "grad * 3 * sefl * self"))
    before = (scratch / "pkg/yamlgrad/autogen/functions.py").read_bytes()
    bad = regen(scratch)
    assert bad.returncode != 0
    assert re.search(r"^derivatives\.yaml:\d+: op 'cube', input 'self': unknown name 'sefl'$", bad.stderr, re.M)
    assert (scratch / "pkg/yamlgrad/autogen/functions.py").read_bytes() == before


SCHEMA_FEATURES = '''
- name: prod_and_diff(Tensor self, Tensor other) -> (Tensor prod, Tensor diff)
  forward: (np.multiply(self, other), np.subtract(self, other))
  self, other: (grad_prod * other, grad_prod * self)
  output_differentiability: [true, false]
  variants: function, method

- name: half_tanh(Tensor self) -> Tensor
  forward: np.tanh(self) * 0.5
  self: grad * 0.5 * (1 - self.tanh() * self.tanh())
  double_backward: false
'''


def test_multi_input_formula_output_differentiability_and_double_backward_false(scratch):
    with open(scratch / "derivatives.yaml", "a") as handle:
        handle.write(SCHEMA_FEATURES)
    assert regen(scratch).returncode == 0
    generated = scratch / "pkg/yamlgrad/tests/generated"
    tests = run(scratch, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA",
                str(generated / "test_prod_and_diff.py"), str(generated / "test_half_tanh.py"))
    assert tests.returncode == 0, tests.stdout
    assert "test_prod_and_diff_gradgradcheck" in tests.stdout
    assert "test_half_tanh_double_backward_raises" in tests.stdout
    assert "test_half_tanh_gradgradcheck" not in tests.stdout
    check = run(scratch, "-c", """
import yamlgrad as yg
x = yg.tensor([1.0, 2.0], requires_grad=True)
y = yg.tensor([3.0, 5.0], requires_grad=True)
r = x.prod_and_diff(y)
assert r.prod.grad_fn.name() == "ProdAndDiffBackward0" and r.diff.grad_fn is None and not r.diff.requires_grad
r.prod.sum().backward()
assert x.grad.tolist() == [3.0, 5.0] and y.grad.tolist() == [1.0, 2.0]
(g,) = yg.autograd.grad(yg.half_tanh(x).sum(), x, create_graph=True)
try:
    g.sum().backward()
except RuntimeError as exc:
    assert "double backward of 'half_tanh' is not supported" in str(exc), exc
else:
    raise SystemExit("no error")
print("ok")
""")
    assert check.stdout.strip() == "ok", check.stderr


def test_a_broken_generated_module_fails_the_import_naming_it_and_make_regen_repairs_it(scratch):
    ops = scratch / "pkg" / "yamlgrad" / "autogen" / "ops.py"
    ops.write_text(ops.read_text(encoding="utf-8") + "\ndef broken(:\n", encoding="utf-8")
    broken = run(scratch, "-c", "import yamlgrad")
    assert broken.returncode != 0 and "autogen/ops.py" in broken.stderr, broken.stderr[-2000:]
    # `make regen` runs the generator as the top-level package `codegen`, which never imports yamlgrad
    env = dict(os.environ, PYTHONPATH=str(scratch / "pkg"), PYTHONDONTWRITEBYTECODE="1")
    repair = subprocess.run([sys.executable, "-m", "codegen", str(scratch / "derivatives.yaml"), "--core", "--out", "."],
                            cwd=scratch / "pkg" / "yamlgrad", env=env, capture_output=True, text=True, timeout=300)
    assert repair.returncode == 0, repair.stderr
    fixed = run(scratch, "-c", "import yamlgrad as yg; print(yg.add(yg.ones(2), 1).tolist())")
    assert fixed.returncode == 0 and fixed.stdout.strip() == "[2.0, 2.0]", fixed.stderr[-2000:]
