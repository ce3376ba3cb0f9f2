"""The codegen CLI against broken registries: one `derivatives.yaml:LINE: op 'x', input 'y': what`
line per problem on stderr, a non-zero exit, nothing written and nothing executed; plus --check,
determinism, all-or-nothing writes, stale-file removal and adding an op.

Every test works in tmp_path: a copy of the repository's derivatives.yaml, generated once (through
the CLI) into a baseline tree that each test copies, so the checkout itself is never touched.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REGISTRY_NAME = "derivatives.yaml"
SAMPLES_NAME = "derivatives.samples.yaml"

# `derivatives.yaml:LINE: op 'x', input 'y': what` — the op and input parts are optional.
ERROR_RE = re.compile(r"^derivatives\.yaml:(?P<line>\d+): "
                      r"(?:op '(?P<op>[^']+)'(?:, input '(?P<input>[^']+)')?: )?(?P<what>\S.*)$")
SUMMARY_RE = re.compile(r"^codegen: \d+ error\(s\); no file was written$")
CANARY = "CANARY"
TOUCH = f"__import__('os').system('touch {CANARY}')"

SQUARE_PLUS = """
- name: square_plus(Tensor self) -> Tensor
  forward: np.square(self) + self
  self: grad * (2 * self + 1)
  variants: function, method
"""


# ---- helpers ---------------------------------------------------------------------------------------

def run_codegen(cwd: Path, *extra: str, out: Path | str | None = None, env: dict | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "yamlgrad.codegen", str(cwd / REGISTRY_NAME), "--core", "--out", str(out or cwd),
           *extra]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (generated files, registry, lock, any canary or temporary file)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def generated(root: Path) -> dict[str, bytes]:
    return {rel: data for rel, data in snapshot(root).items()
            if rel.startswith("autogen/") or rel.startswith("tests/generated/")
            or rel in ("docs/ops.md", "runtime/core/tensor.pyi")}


def temp_files(root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in root.rglob(".*.tmp")]


def append(base: str, block: str) -> str:
    return base.rstrip("\n") + "\n\n" + textwrap.dedent(block).lstrip("\n")


def line_of(text: str, needle: str) -> int:
    """1-based line of the last occurrence of needle (the appended entries come last)."""
    return text[: text.rindex(needle)].count("\n") + 1


def parse_stderr(stderr: str) -> list[dict]:
    """Every stderr line must be an error line or the summary; return the parsed error lines."""
    errors = []
    for line in stderr.splitlines():
        if not line.strip() or SUMMARY_RE.match(line):
            continue
        m = ERROR_RE.match(line)
        assert m, f"stderr line is not `derivatives.yaml:LINE: ...`: {line!r}\n--- full stderr:\n{stderr}"
        errors.append({**m.groupdict(), "line": int(m.group("line")), "text": line})
    return errors


def expect_failure(root: Path, registry: str | bytes, timeout: float = 120) -> list[dict]:
    """Write the broken registry, run codegen, check it failed without touching anything."""
    path = root / REGISTRY_NAME
    if isinstance(registry, bytes):
        path.write_bytes(registry)
    else:
        path.write_text(registry, encoding="utf-8")
    before = snapshot(root)
    proc = run_codegen(root, timeout=timeout)
    after = snapshot(root)
    assert proc.returncode != 0, f"codegen accepted a broken registry:\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    assert not (root / CANARY).exists(), "a registry expression was executed"
    assert after == before, (f"files changed on a failed run: "
                             f"{sorted(set(after) ^ set(before)) or [k for k in after if after[k] != before.get(k)]}")
    assert not temp_files(root)
    errors = parse_stderr(proc.stderr)
    assert errors, f"no error line on stderr:\n{proc.stderr}"
    return errors


def one_error(root: Path, registry: str | bytes) -> dict:
    errors = expect_failure(root, registry)
    assert len(errors) == 1, "expected exactly one error line, got:\n" + "\n".join(e["text"] for e in errors)
    return errors[0]


def assert_error(err: dict, line: int, op: str | None = None, inp: str | None = None, *mentions: str) -> None:
    assert err["line"] == line, f"reported line {err['line']}, the problem is on line {line}: {err['text']}"
    if op is not None:
        assert err["op"] == op, err["text"]
    if inp is not None:
        assert err["input"] == inp, err["text"]
    for word in mentions:
        assert word.lower() in err["what"].lower(), f"message does not mention {word!r}: {err['text']}"


# ---- fixtures --------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def baseline(tmp_path_factory) -> Path:
    """derivatives.yaml + the tree generated from it by the CLI, made once."""
    root = tmp_path_factory.mktemp("baseline")
    shutil.copy(REPO / REGISTRY_NAME, root / REGISTRY_NAME)
    shutil.copy(REPO / SAMPLES_NAME, root / SAMPLES_NAME)  # the registry's companion sample file
    proc = run_codegen(root)
    assert proc.returncode == 0, proc.stderr
    assert (root / "autogen" / "ops.py").is_file() and list((root / "tests" / "generated").glob("test_*.py"))
    return root


@pytest.fixture
def tree(tmp_path: Path, baseline: Path) -> Path:
    shutil.copytree(baseline, tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.fixture
def base(baseline: Path) -> str:
    return (baseline / REGISTRY_NAME).read_text(encoding="utf-8")


# ---- 1. YAML syntax errors ---------------------------------------------------------------------------

YAML_SYNTAX = {
    "bad_indentation": ("""
        - name: yg_syntax(Tensor self) -> Tensor
          forward: np.negative(self)
           self: -grad
          variants: function
        """, "   self: -grad"),
    "tab_indentation": ("""
        - name: yg_syntax(Tensor self) -> Tensor
          forward: np.negative(self)
        <TAB>self: -grad
        """, "\tself: -grad"),
    "unclosed_bracket_then_more_keys": ("""
        - name: yg_syntax(Tensor self) -> Tensor
          forward: np.negative(self)
          operators: [__neg__
          self: -grad
          variants: function
        """, "operators: [__neg__"),
    "unclosed_bracket_at_end_of_file": ("""
        - name: yg_syntax(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          operators: [__neg__
        """, "operators: [__neg__"),
}


@pytest.mark.parametrize("case", list(YAML_SYNTAX))
def test_yaml_syntax_error_reports_the_line_of_the_problem(tree, base, case):
    block, needle = YAML_SYNTAX[case]
    text = append(base, block).replace("<TAB>", "\t")
    err = one_error(tree, text)
    assert_error(err, line_of(text, needle))


# ---- 2. unknown keys ----------------------------------------------------------------------------------

def test_unknown_key_is_reported_with_its_name(tree, base):
    text = append(base, """
        - name: yg_typo(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          varaints: function, method
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "varaints:"), "yg_typo", None, "varaints")


def test_misspelt_forward_key_is_named(tree, base):
    text = append(base, """
        - name: yg_typo(Tensor self) -> Tensor
          fowrard: np.negative(self)
          self: -grad
        """)
    errors = expect_failure(tree, text)
    typo = [e for e in errors if "fowrard" in e["what"]]
    assert len(typo) == 1, errors
    assert_error(typo[0], line_of(text, "fowrard:"), "yg_typo")
    # A consequence of the same typo ("missing forward") may be reported too, but only for this op.
    assert all(e["op"] == "yg_typo" for e in errors), errors


# ---- 3. unknown variable in a formula -------------------------------------------------------------------

def test_formula_with_unknown_variable(tree, base):
    text = append(base, """
        - name: yg_unknown(Tensor self) -> Tensor
          forward: np.negative(self)
          self: grad * bogus
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "self: grad * bogus"), "yg_unknown", "self", "bogus")


# ---- 4. formula attacks: nothing is executed ----------------------------------------------------------

FORMULA_ATTACKS = {  # the attack forms, verbatim
    "import_system": TOUCH,
    "dunder_mro": "().__class__.__mro__",
    "lambda": "(lambda: 1)()",
    "comprehension": "[x for x in grad]",
    "getattr": "getattr(grad, 'x')",
    "eval": "eval('1')",
    "globals": "globals()",
    "fstring": "f'{grad}'",
    "walrus": "(y := grad)",
    "dunder_class": "grad.__class__",
}


@pytest.mark.parametrize("case", list(FORMULA_ATTACKS))
def test_formula_attack_is_rejected_and_not_executed(tree, base, case):
    text = append(base, f"""
        - name: yg_attack(Tensor self) -> Tensor
          forward: np.negative(self)
          self: >-
            {FORMULA_ATTACKS[case]}
          variants: function
        """)
    assert FORMULA_ATTACKS[case] in text
    err = one_error(tree, text)  # also asserts that tmp_path/CANARY never appeared
    assert_error(err, line_of(text, "self: >-"), "yg_attack", "self")


ARMED_ATTACKS = [  # each would create tmp_path/CANARY if anything evaluated it
    f"(lambda: {TOUCH})()",
    f"[{TOUCH} for x in grad]",
    f"getattr(__import__('os'), 'system')('touch {CANARY}')",
    f'eval("{TOUCH}")',
    f'exec("{TOUCH}")',
    f"globals()['__builtins__'].__import__('os').system('touch {CANARY}')",
    f'f"{{{TOUCH}}}"',
    f"(y := {TOUCH})",
    f"grad.__class__.__init__.__globals__['os'].system('touch {CANARY}')",
    f"grad if {TOUCH} else grad",
]


ARMED_FORWARDS = [
    TOUCH,
    f"np.save('{CANARY}', self)",
    f"np.ndarray.tofile(self, '{CANARY}')",
    f"np.asarray(self).dump('{CANARY}')",
    f"self.__class__.__init__.__globals__['os'].system('touch {CANARY}')",
]


def test_armed_attacks_are_each_reported_and_never_run(tree, base):
    text = base
    for i, formula in enumerate(ARMED_ATTACKS):
        text = append(text, f"""
            - name: yg_armed{i}(Tensor self) -> Tensor
              forward: np.negative(self)
              self: >-
                {formula}
            """)
    for i, forward in enumerate(ARMED_FORWARDS):
        text = append(text, f"""
            - name: yg_armed_fwd{i}(Tensor self) -> Tensor
              forward: >-
                {forward}
              self: -grad
            """)
    errors = expect_failure(tree, text)  # asserts that tmp_path/CANARY never appeared
    assert len(errors) == len(ARMED_ATTACKS) + len(ARMED_FORWARDS), "\n".join(e["text"] for e in errors)
    for i, formula in enumerate(ARMED_ATTACKS):
        [err] = [e for e in errors if e["op"] == f"yg_armed{i}"]
        assert_error(err, line_of(text, formula) - 1, f"yg_armed{i}", "self")
    for i, forward in enumerate(ARMED_FORWARDS):
        [err] = [e for e in errors if e["op"] == f"yg_armed_fwd{i}"]
        assert_error(err, line_of(text, forward) - 1, f"yg_armed_fwd{i}")
        assert err["input"] is None, err["text"]


# ---- 5. formula for an input the signature lacks --------------------------------------------------------

def test_formula_for_input_not_in_signature(tree, base):
    text = append(base, """
        - name: yg_unary(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          other: grad
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "other: grad"), "yg_unary")
    assert "other" in err["text"]


# ---- 6. duplicate op names -----------------------------------------------------------------------------

def test_duplicate_op_name_reports_the_second_entry(tree, base):
    entry = """
        - name: yg_dup(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
        """
    text = append(append(base, entry), entry)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "- name: yg_dup("), "yg_dup", None, "duplicate")
    first = text[: text.index("- name: yg_dup(")].count("\n") + 1
    assert str(first) in err["what"], "the message should point at the first definition"


def test_duplicate_of_an_existing_registry_op(tree, base):
    m = re.search(r"^- name: ([A-Za-z_]\w*)\(.*?(?=\n\s*\n|\Z)", base, re.M | re.S)
    assert m, "the registry has no entry"
    text = append(base, m.group(0) + "\n")
    err = one_error(tree, text)
    assert_error(err, line_of(text, m.group(0).splitlines()[0]), m.group(1), None, "duplicate")


# ---- 7. Tensor input without formula --------------------------------------------------------------------

def test_tensor_input_without_formula(tree, base):
    text = append(base, """
        - name: yg_noformula(Tensor self, Tensor other) -> Tensor
          forward: np.add(self, other)
          self: grad
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "- name: yg_noformula("), "yg_noformula", "other")


# ---- 8. malformed signatures ----------------------------------------------------------------------------

SIGNATURES = {
    "missing_comma": ("yg_sig(Tensor self Tensor other) -> Tensor", ""),
    "unknown_type": ("yg_sig(Tensr self) -> Tensor", "Tensr"),
    "missing_arrow": ("yg_sig(Tensor self) Tensor", ""),
    "default_is_code": (f"yg_sig(Tensor self, int k={TOUCH}) -> Tensor", ""),
}


@pytest.mark.parametrize("case", list(SIGNATURES))
def test_malformed_signature(tree, base, case):
    sig, mention = SIGNATURES[case]
    text = append(base, f"""
        - name: {sig}
          forward: np.negative(self)
          self: -grad
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, f"- name: {sig}"), "yg_sig", None, *([mention] if mention else []))


def test_malformed_signature_of_an_op_used_by_other_formulas_is_one_error(tree, base):
    """The broken op is still a known name: its callers must not get follow-on errors."""
    text = append(base, """
        - name: yg_callee(Tensr self) -> Tensor
          forward: np.negative(self)
          self: -grad
          variants: function, method

        - name: yg_caller(Tensor self) -> Tensor
          forward: np.negative(self)
          self: grad * self.yg_callee() + yg_callee(grad)
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "- name: yg_callee("), "yg_callee", None, "Tensr")


# ---- 9. duplicate YAML key ------------------------------------------------------------------------------

def test_duplicate_yaml_key_in_one_entry(tree, base):
    text = append(base, """
        - name: yg_dupkey(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          self: grad
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "self: grad"), None, None, "duplicate", "self")


# ---- 10. forward attacks --------------------------------------------------------------------------------

FORWARD_ATTACKS = {  # the attack forms, verbatim
    "np_load": "np.load('x')",
    "import": "__import__('os')",
    "tofile_method": "self.tofile('x')",
}


@pytest.mark.parametrize("case", list(FORWARD_ATTACKS))
def test_forward_attack_is_rejected_and_not_executed(tree, base, case):
    text = append(base, f"""
        - name: yg_fwd(Tensor self) -> Tensor
          forward: >-
            {FORWARD_ATTACKS[case]}
          self: -grad
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "forward: >-"), "yg_fwd")
    assert err["input"] is None, f"no input is involved in a forward: {err['text']}"


# ---- 11. non-UTF-8 --------------------------------------------------------------------------------------

def test_non_utf8_byte_reports_its_line(tree, base):
    head = append(base, """
        - name: yg_latin(Tensor self) -> Tensor
          forward: np.negative(self)
        """).encode("utf-8")
    raw = head + b"  self: -grad  # caf\xe9\n"
    err = one_error(tree, raw)
    assert_error(err, head.count(b"\n") + 1)
    assert "utf-8" in err["what"].lower()


# ---- all errors, not just the first ---------------------------------------------------------------------

def test_every_error_of_a_broken_registry_is_reported_on_its_own_line(tree, base):
    text = append(base, """
        - name: yg_mixed(Tensor self, Tensor other) -> Tensor
          forward: np.add(self, other)
          self: grad * bogus
          fowrard: np.add(self, other)
          variants: function, sideways

        - name: yg_mixed2(Tensor self) -> Tensor
          forward: np.load('x')
          self: "[x for x in grad]"
        """)
    errors = expect_failure(tree, text)
    expected = [
        (line_of(text, "self: grad * bogus"), "yg_mixed", "bogus"),
        (line_of(text, "fowrard:"), "yg_mixed", "fowrard"),
        (line_of(text, "variants: function, sideways"), "yg_mixed", "sideways"),
        (line_of(text, "- name: yg_mixed("), "yg_mixed", "other"),
        (line_of(text, "forward: np.load('x')"), "yg_mixed2", "np.load"),
        (line_of(text, 'self: "[x for x in grad]"'), "yg_mixed2", ""),
    ]
    assert len(errors) == len(expected), "\n".join(e["text"] for e in errors)
    for line, op, word in expected:
        hits = [e for e in errors if e["line"] == line and e["op"] == op and word in e["text"]]
        assert len(hits) == 1, f"no single error for line {line} ({op}, {word!r}):\n" + \
            "\n".join(e["text"] for e in errors)


# ---- explicit YAML tags and aliases (the loader's own failure modes) ------------------------------------

YAML_TAGS = {
    "bad_bool": "!!bool maybe",
    "bad_timestamp": "!!timestamp abc",
    "bad_int": "!!int abc",
    "unknown_tag": "!foo bar",
    "python_name": "!!python/name:os.system",
    "python_apply": f'!!python/object/apply:os.system ["touch {CANARY}"]',
}


@pytest.mark.parametrize("case", list(YAML_TAGS))
def test_explicit_yaml_tag_is_one_error_at_its_line(tree, base, case):
    text = append(base, f"""
        - name: yg_tag(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          output_differentiability: {YAML_TAGS[case]}
        """)
    err = one_error(tree, text)
    assert_error(err, line_of(text, "output_differentiability:"))


def test_alias_bomb_fails_fast(tree, base):
    """A few hundred bytes of anchors/aliases must not expand into 10**10 nodes."""
    levels = ["  lol:", "    l0: &l0 [a, a, a, a, a, a, a, a, a, a]"]
    for i in range(1, 10):
        levels.append(f"    l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]")
    text = append(base, """
        - name: yg_bomb(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
        """) + "\n".join(levels) + "\n"
    try:
        errors = expect_failure(tree, text, timeout=3)
    except subprocess.TimeoutExpired:
        pytest.fail("codegen did not finish within 3 s on a 1 KB registry with nested YAML aliases")
    n_lines = text.count("\n")
    assert all(1 <= e["line"] <= n_lines for e in errors), errors


def test_recursive_alias_is_reported_at_a_real_line(tree, base):
    text = append(base, """
        - name: yg_loop(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
          loop: &a [*a]
        """)
    errors = expect_failure(tree, text)
    assert any(e["line"] == line_of(text, "loop: &a") for e in errors), errors


# ---- names that silently change other generated code ----------------------------------------------------

def test_input_name_colliding_with_generated_locals_is_rejected_or_correct(tree, base, tmp_path):
    """`self_a` is the generated array local of input `self`; an input of that name must not be clobbered."""
    text = append(base, """
        - name: yg_clash(Tensor self, Tensor self_a) -> Tensor
          forward: np.add(self, self_a)
          self: grad * 1.0
          self_a: grad * 1.0
        """)
    (tree / REGISTRY_NAME).write_text(text, encoding="utf-8")
    before = snapshot(tree)
    proc = run_codegen(tree)
    if proc.returncode != 0:
        assert snapshot(tree) == before
        errors = parse_stderr(proc.stderr)
        assert any(e["op"] == "yg_clash" for e in errors), errors
        return
    # Accepted: then the generated op must compute self + self_a. Run it from a scratch package.
    pkg = tmp_path / "scratch" / "yamlgrad"
    shutil.copytree(REPO / "runtime", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(tree / "autogen", pkg / "autogen")
    script = ("import yamlgrad as yg; assert yg.__file__.startswith(%r), yg.__file__\n"
              "x = yg.tensor([1.0, 2.0]); y = yg.tensor([10.0, 20.0])\n"
              "print(yg.autogen.ops.yg_clash(x, y).tolist())\n") % str(pkg)
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, PYTHONPATH=str(pkg.parent), PYTHONDONTWRITEBYTECODE="1"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[11.0, 22.0]", \
        f"yg_clash(x, y) computed {out.stdout.strip()} instead of x + y: input 'self_a' was clobbered"


def test_op_named_like_a_helper_does_not_hijack_other_formulas(tree, base):
    calls = re.findall(r"helpers\.([A-Za-z_]\w*)\(", (tree / "autogen" / "functions.py").read_text())
    assert calls, "the baseline registry uses no helper"
    helper = sorted(calls)[0]
    count = calls.count(helper)
    text = append(base, f"""
        - name: {helper}(Tensor self) -> Tensor
          forward: np.negative(self)
          self: -grad
        """)
    (tree / REGISTRY_NAME).write_text(text, encoding="utf-8")
    before = snapshot(tree)
    proc = run_codegen(tree)
    if proc.returncode != 0:
        assert snapshot(tree) == before
        errors = parse_stderr(proc.stderr)
        assert any(e["op"] == helper for e in errors), errors
    else:
        now = (tree / "autogen" / "functions.py").read_text()
        assert now.count(f"helpers.{helper}(") == count, (
            f"adding op '{helper}' silently rerouted other ops' formulas from helpers.{helper} to F.{helper}")


# ---- --out, --check, determinism ------------------------------------------------------------------------

def test_out_directory_that_does_not_exist_yet(tree, baseline):
    proc = run_codegen(tree, out="fresh/root")
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert generated(tree / "fresh" / "root") == generated(baseline)


def test_check_passes_on_a_fresh_tree(tree):
    proc = run_codegen(tree, "--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().startswith("check-generated:")


def test_check_fails_with_a_diff_after_a_hand_edit(tree, baseline):
    target = tree / "autogen" / "raw.py"
    target.write_bytes(target.read_bytes() + b"HAND_EDIT = 1\n")
    before = snapshot(tree)
    proc = run_codegen(tree, "--check")
    assert proc.returncode != 0
    assert "--- autogen/raw.py" in proc.stdout and "+++ autogen/raw.py" in proc.stdout
    assert re.search(r"^@@ ", proc.stdout, re.M)
    assert re.search(r"^-HAND_EDIT = 1$", proc.stdout, re.M)
    assert snapshot(tree) == before, "--check must not write"
    assert run_codegen(tree).returncode == 0
    assert generated(tree) == generated(baseline)


def test_check_fails_with_a_diff_after_deleting_a_generated_file(tree, baseline):
    victim = sorted((tree / "tests" / "generated").glob("test_*.py"))[0]
    rel = str(victim.relative_to(tree))
    victim.unlink()
    proc = run_codegen(tree, "--check")
    assert proc.returncode != 0
    assert "--- /dev/null" in proc.stdout and f"+++ {rel}" in proc.stdout
    assert re.search(r"^@@ ", proc.stdout, re.M)
    assert not victim.exists(), "--check must not write"
    assert run_codegen(tree).returncode == 0
    assert generated(tree) == generated(baseline)


def test_regeneration_is_byte_identical(tree, baseline):
    (tree / "a").mkdir()
    (tree / "b").mkdir()
    first = run_codegen(tree, out=tree / "a", env={"PYTHONHASHSEED": "1"})
    second = run_codegen(tree, out=tree / "b", env={"PYTHONHASHSEED": "4242"})
    again = run_codegen(tree, out=tree / "a", env={"PYTHONHASHSEED": "7"})
    assert first.returncode == second.returncode == again.returncode == 0
    assert generated(tree / "a") == generated(tree / "b") == generated(baseline)
    assert ", 0 changed" in again.stdout, again.stdout


# ---- all-or-nothing writes ------------------------------------------------------------------------------

@pytest.mark.parametrize("fail_after", [0, 1, 3])
def test_write_all_failure_leaves_every_file_untouched(tmp_path, baseline, base, fail_after):
    from yamlgrad.codegen.emit import write_all
    from yamlgrad.codegen.main import generate

    modified = tmp_path / "modified" / REGISTRY_NAME
    modified.parent.mkdir()
    modified.write_text(append(base, SQUARE_PLUS), encoding="utf-8")
    shutil.copy(REPO / SAMPLES_NAME, modified.parent / SAMPLES_NAME)
    files = generate(modified)
    root = tmp_path / "root"
    shutil.copytree(baseline, root)
    old = generated(root)
    differing = [rel for rel, text in files.items() if old.get(rel) != text.encode("utf-8")]
    assert len(differing) > 3, differing  # so that every fail_after value is reached

    before = snapshot(root)
    with pytest.raises(OSError):
        write_all(root, files, _fail_after=fail_after)
    assert snapshot(root) == before
    assert not temp_files(root)

    write_all(root, files)  # and without the injected failure everything lands
    assert generated(root) == {rel: text.encode("utf-8") for rel, text in files.items()}
    assert not temp_files(root)


# ---- stale files and new ops ----------------------------------------------------------------------------

def test_adding_a_valid_op(tree, base, baseline):
    (tree / REGISTRY_NAME).write_text(append(base, SQUARE_PLUS), encoding="utf-8")
    proc = run_codegen(tree)
    assert proc.returncode == 0, proc.stderr
    functions = (tree / "autogen" / "functions.py").read_text(encoding="utf-8")
    assert "class SquarePlusBackward0(" in functions
    assert "def square_plus(" in (tree / "autogen" / "ops.py").read_text(encoding="utf-8")
    assert "square_plus" in (tree / "autogen" / "bindings.py").read_text(encoding="utf-8")
    new_test = tree / "tests" / "generated" / "test_square_plus.py"
    assert new_test.is_file()
    assert "def test_square_plus_gradcheck(" in new_test.read_text(encoding="utf-8")
    now = generated(tree)
    for rel, data in now.items():
        if rel.endswith(".py"):
            compile(data, rel, "exec", dont_inherit=True)  # every generated Python file is valid Python
    old = generated(baseline)
    # The entry is appended, so no other op's generated test changes.
    assert {rel: now[rel] for rel in old if rel.startswith("tests/generated/")} == \
        {rel: data for rel, data in old.items() if rel.startswith("tests/generated/")}


def test_regen_deletes_the_test_of_a_removed_op(tree, base, baseline):
    (tree / REGISTRY_NAME).write_text(append(base, SQUARE_PLUS), encoding="utf-8")
    assert run_codegen(tree).returncode == 0
    assert (tree / "tests" / "generated" / "test_square_plus.py").is_file()
    # a file codegen never wrote (no header, not in the manifest) is not its to delete
    ghost = tree / "tests" / "generated" / "test_ghost_op.py"
    ghost.write_text("# an op that no longer exists\n", encoding="utf-8")

    (tree / REGISTRY_NAME).write_text(base, encoding="utf-8")
    proc = run_codegen(tree)
    assert proc.returncode == 0, proc.stderr
    assert not (tree / "tests" / "generated" / "test_square_plus.py").exists()
    assert ghost.read_text(encoding="utf-8") == "# an op that no longer exists\n"
    ghost.unlink()
    assert generated(tree) == generated(baseline)
    assert run_codegen(tree, "--check").returncode == 0


def test_registry_text_with_control_characters_is_shown_escaped_on_one_line():
    from yamlgrad.codegen.load import RegistryError
    err = RegistryError(["derivatives.yaml:4: op 'f': unknown key 'bad\nkey\t\x00'"])
    assert err.lines == ["derivatives.yaml:4: op 'f': unknown key 'bad\\nkey\\t\\x00'"]
    assert "\n" not in str(err)
    assert RegistryError(["x.yaml:1: ünïcode stays"]).lines == ["x.yaml:1: ünïcode stays"]
