"""Hostile registries: the YAML loader and the formula whitelist under fuzzing and known attacks.

Three ways in, each with the same contract:

* `yamlgrad.codegen.main.generate(path)` on a file under tmp_path (random YAML documents, random
  registry-shaped documents, raw text and bytes, known attacks): it returns the generated files or
  raises `RegistryError` whose every line reads `derivatives.yaml:LINE: ...`; nothing else.
* `translate_formula` (backward formulas) and `check_forward` (forwards) called directly with
  expressions drawn from a Python-expression grammar: a result or a `FormulaError`; nothing else.
* Never execution: every attack tries to create `CANARY` in the working directory (tmp_path); the
  file must never appear, and an audit hook watches for process spawning, canary opens and the
  execution of any code object that mentions the canary while codegen runs.

When codegen accepts a document, the generated Python is checked too: it compiles, its docstrings are
still docstrings (no text from the YAML escaped into code) and nothing it evaluates at import time
refers to an undefined name.

Hypothesis runs derandomized with bounded `max_examples`, so the cases are the same on every run.
`COUNTS` counts the cases run; the last test prints the counts (`pytest -s`) and asserts minimums.
"""
from __future__ import annotations

import ast
import builtins
import collections
import functools
import re
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from yamlgrad.codegen import emit as emit_module
from yamlgrad.codegen import model as model_module
from yamlgrad.codegen.formula import (METADATA_ATTRS, NUMPY_DENIED, FormulaError, Scope, check_forward,
                                      translate_formula)
from yamlgrad.codegen.load import MAX_REGISTRY_BYTES, RegistryError
from yamlgrad.codegen import bindings
from yamlgrad.codegen.main import generate as generate_core, load_ops, runtime_dir
from yamlgrad.codegen.model import collect_helpers, collect_kernels

REGISTRY = "derivatives.yaml"
CANARY = "CANARY"
LINE_RE = re.compile(r"^derivatives\.yaml:(?P<line>\d+): (?P<what>\S.*)$")

# How many cases each part ran; printed and checked by the last test of the module.
COUNTS: collections.Counter = collections.Counter()

FUZZ = dict(derandomize=True, database=None, deadline=None, print_blob=False,
            suppress_health_check=list(HealthCheck),
            phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink))  # no explain phase: slow


def fuzz(max_examples: int):
    return settings(max_examples=max_examples, **FUZZ)


# ---- never execution: an audit hook, active only while codegen runs ----------------------------------

SPAWN_EVENTS = {"os.system", "subprocess.Popen", "os.posix_spawn", "os.spawn", "os.exec", "os.fork",
                "os.forkpty", "pty.spawn", "os.startfile", "ctypes.dlopen", "socket.connect", "builtins.input",
                "webbrowser.open"}
_WATCH = {"active": False, "events": [], "installed": False}


def _mentions_canary(code) -> bool:
    for const in getattr(code, "co_consts", ()):
        if isinstance(const, str) and CANARY in const:
            return True
        if hasattr(const, "co_consts") and _mentions_canary(const):
            return True
    return False


def _audit(event: str, args) -> None:
    if not _WATCH["active"]:
        return
    if event in SPAWN_EVENTS:
        _WATCH["events"].append((event, repr(args)[:200]))
    elif event == "open" and args and CANARY in str(args[0]):
        _WATCH["events"].append((event, repr(args)[:200]))
    elif event == "exec" and args and _mentions_canary(args[0]):
        _WATCH["events"].append((event, getattr(args[0], "co_filename", "?")))


def _install_hook() -> None:
    if not _WATCH["installed"]:
        sys.addaudithook(_audit)  # cannot be removed; it does nothing unless _WATCH["active"]
        _WATCH["installed"] = True


class watched:
    """Run codegen with the audit hook armed; fail if it saw anything."""

    def __enter__(self):
        _install_hook()
        _WATCH["events"].clear()
        _WATCH["active"] = True
        return self

    def __exit__(self, *exc):
        _WATCH["active"] = False
        events = list(_WATCH["events"])
        _WATCH["events"].clear()
        assert not events, f"codegen executed something while checking hostile input: {events}"
        return False


def assert_no_canary(where: Path) -> None:
    assert not (where / CANARY).exists(), f"{where / CANARY} appeared: an expression was executed"


# ---- the contract ---------------------------------------------------------------------------------

def assert_registry_error(exc: RegistryError, text_lines: int | None) -> None:
    assert isinstance(exc.lines, list) and exc.lines, "RegistryError without lines"
    for line in exc.lines:
        assert isinstance(line, str), line
        assert "\n" not in line and "Traceback" not in line, repr(line)
        m = LINE_RE.match(line)
        assert m, f"error line is not `derivatives.yaml:LINE: ...`: {line!r}"
        if text_lines is not None:
            assert 0 <= int(m.group("line")) <= text_lines + 1, f"line out of range ({text_lines} lines): {line}"


def assert_formula_error(exc: FormulaError) -> None:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message, repr(message)


EMPTY_API: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def empty_api(tmp_path_factory):
    """A runtime/api whose binding tables are empty: the fuzzed registries hold none of the ops that
    yamlgrad's hand-written API binds by name (aliases such as multiply -> mul)."""
    folder = tmp_path_factory.mktemp("api")
    for module in bindings.API_MODULES:
        (folder / f"{module}.py").write_text("", encoding="utf-8")
    EMPTY_API[:] = [folder]
    yield folder
    EMPTY_API.clear()


def generate(path: Path) -> dict[str, str]:
    """Core-mode generation of a fuzzed registry, bound against the empty API above."""
    return generate_core(path, api_dir=EMPTY_API[0])


def run_generate(path: Path, text_lines: int | None):
    """generate() under the audit hook: files, or None after checking the RegistryError."""
    try:
        with watched():
            files = generate(path)
    except RegistryError as exc:
        assert_registry_error(exc, text_lines)
        return None
    check_generated(files)
    return files


# ---- what accepted input must produce ---------------------------------------------------------------

BUILTIN_NAMES = frozenset(dir(builtins)) | {"__name__", "__file__", "__doc__", "__spec__", "__package__"}


def _bound_names(stmts) -> set[str]:
    names = set()
    for stmt in stmts:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in stmt.names)
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(stmt.name)
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.For)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        elif isinstance(stmt, (ast.If, ast.Try, ast.With)):
            names |= _bound_names(stmt.body + getattr(stmt, "orelse", []) + getattr(stmt, "finalbody", []))
            for handler in getattr(stmt, "handlers", []):
                names |= _bound_names(handler.body)
    return names


def import_time_undefined(tree: ast.Module) -> list[str]:
    """Names evaluated when the module is imported (module and class bodies, defaults, decorators,
    bases) that nothing defines: such a module raises NameError on import."""
    module_names = _bound_names(tree.body) | BUILTIN_NAMES
    missing: list[str] = []

    def visit(node, scope: set[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            for expr in args.defaults + [d for d in args.kw_defaults if d is not None] + \
                    list(getattr(node, "decorator_list", [])):
                visit(expr, scope)
            return  # the body runs only when called
        if isinstance(node, ast.ClassDef):
            for expr in node.bases + [k.value for k in node.keywords] + node.decorator_list:
                visit(expr, scope)
            inner = scope | _bound_names(node.body)
            for stmt in node.body:
                visit(stmt, inner)
            return
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            scope = scope | {n.id for g in node.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in scope:
            missing.append(node.id)
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    for stmt in tree.body:
        visit(stmt, module_names)
    return missing


def _starts_with_string(node: ast.AST) -> bool:
    while isinstance(node, ast.BinOp):
        node = node.left
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def broken_docstrings(tree: ast.Module) -> list[str]:
    """Docstrings that text from the registry turned into code. In generated modules the only bare
    expressions at module and class level are docstrings; a function whose first statement is an
    expression built from a string (`\"\"\"...\"\"\" + code + \"\"\"...\"\"\"`) had its docstring broken open."""
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef)):
            stmts = [s for s in node.body if isinstance(s, ast.Expr)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            stmts = [s for s in node.body[:1] if isinstance(s, ast.Expr) and _starts_with_string(s.value)]
        else:
            continue
        for stmt in stmts:
            if not (isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                bad.append(f"{getattr(node, 'name', '<module>')}: line {stmt.lineno}: {ast.unparse(stmt)[:120]}")
    return bad


def check_generated(files: dict[str, str]) -> None:
    for rel, text in files.items():
        assert isinstance(text, str), rel
        if not rel.endswith(".py"):
            continue
        try:
            tree = ast.parse(text, filename=rel)
            compile(tree, rel, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            pytest.fail(f"codegen accepted the registry but wrote a {rel} that does not compile: {exc!r}")
        bad = broken_docstrings(tree)
        assert not bad, f"{rel}: text from the registry escaped its docstring and became code: {bad}"
        undefined = import_time_undefined(tree)
        assert not undefined, f"{rel}: importing it would raise NameError for {sorted(set(undefined))}"


def check_ops_invariants(path: Path) -> None:
    """Accepted registries only hold what docs/registry.md allows (tolerances positive, ...)."""
    for op in load_ops(path):
        for key in ("atol", "rtol", "eps"):
            value = op.test.get(key)
            assert isinstance(value, float) and value > 0, \
                f"op '{op.name}': test: {key} = {value!r} was accepted, but tolerances must be positive numbers"


# ---- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """tmp_path as the working directory, so relative canaries land there."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    assert_no_canary(tmp_path)


@pytest.fixture
def fast_codegen(monkeypatch):
    """generate() parses runtime/numerics/helpers/ and kernels.py and builds a Jinja2 environment on every call;
    memoize those pure steps so that hundreds of fuzz cases stay fast (what they compute is unchanged)."""
    monkeypatch.setattr(model_module, "collect_helpers", functools.lru_cache(None)(collect_helpers))
    monkeypatch.setattr(model_module, "collect_kernels", functools.lru_cache(None)(collect_kernels))
    monkeypatch.setattr(emit_module, "_env", functools.lru_cache(None)(emit_module._env))


def write_registry(where: Path, content: str | bytes) -> tuple[Path, int]:
    path = where / REGISTRY
    data = content.encode("utf-8", errors="surrogatepass") if isinstance(content, str) else content
    path.write_bytes(data)
    return path, data.count(b"\n") + 1


# ---- scopes for the direct calls ----------------------------------------------------------------------

RT = runtime_dir()
TENSOR_HELPERS, PLAIN_HELPERS = collect_helpers(RT / "numerics" / "helpers")
KERNELS = collect_kernels(RT / "numerics" / "kernels")


def _registry_ops() -> frozenset[str]:
    from yamlgrad.autogen.samples import OPS
    return frozenset(OPS)


OPS = _registry_ops()
SCOPES = {
    "unary": Scope(frozenset({"self"}), frozenset({"dim", "keepdim"}), OPS, TENSOR_HELPERS, PLAIN_HELPERS, KERNELS),
    "binary": Scope(frozenset({"self", "other"}), frozenset({"alpha"}), OPS, TENSOR_HELPERS, PLAIN_HELPERS, KERNELS),
    "multi_output": Scope(frozenset({"self"}), frozenset({"dim", "keepdim"}), OPS, TENSOR_HELPERS, PLAIN_HELPERS,
                          KERNELS, returns=("values", "indices")),
    "forward_mode": Scope(frozenset({"self", "other"}), frozenset(), OPS, TENSOR_HELPERS, PLAIN_HELPERS, KERNELS,
                          forward_mode=True),
    "list_output": Scope(frozenset({"self"}), frozenset({"dim"}), OPS, TENSOR_HELPERS, PLAIN_HELPERS, KERNELS,
                         list_output=True),
}

ALLOWED_TRANSLATED_NODES = (
    ast.Expression, ast.Constant, ast.BinOp, ast.UnaryOp, ast.Compare, ast.BoolOp, ast.IfExp, ast.Tuple, ast.List,
    ast.Subscript, ast.Slice, ast.Load, ast.keyword, ast.Call, ast.Attribute, ast.Name, ast.operator, ast.unaryop,
    ast.cmpop, ast.boolop,
)


def check_translation(code: str, uses, scope: Scope) -> None:
    """The translated code can reach nothing but F.<op>, helpers.<helper>, the op's own values and metadata."""
    assert isinstance(code, str)
    tree = ast.parse(code, mode="eval")
    compile(tree, "<formula>", "eval", dont_inherit=True)
    inputs = scope.tensor_inputs | scope.value_inputs
    names = {"F", "grad", "grads"} | inputs | set(scope.returns) | {f"grad_{r}" for r in scope.returns} | \
        {f"{t}_{m}" for t in scope.tensor_inputs for m in METADATA_ATTRS} | {f"{t}_t" for t in scope.tensor_inputs}
    for node in ast.walk(tree):
        assert isinstance(node, ALLOWED_TRANSLATED_NODES), f"{type(node).__name__} in translated code {code!r}"
        if isinstance(node, ast.Attribute):
            assert not node.attr.startswith("_"), code
            base = node.value
            if isinstance(base, ast.Name) and base.id == "F":
                assert node.attr in scope.ops, code
            elif isinstance(base, ast.Name) and base.id == "helpers":
                assert node.attr in scope.tensor_helpers | scope.plain_helpers, code
            else:
                assert node.attr in METADATA_ATTRS, f"attribute .{node.attr} in translated code {code!r}"
        elif isinstance(node, ast.Call):
            func = node.func
            assert isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                func.value.id in ("F", "helpers"), f"call of something other than F.op / helpers.h: {code!r}"
        elif isinstance(node, ast.Name) and node.id not in names:
            assert node.id == "helpers" and any(isinstance(p, ast.Attribute) and p.value is node
                                                for p in ast.walk(tree)), f"name {node.id!r} in {code!r}"
        elif isinstance(node, ast.Constant):
            assert not isinstance(node.value, (bytes, complex)) and node.value is not Ellipsis, code
    assert uses.tensors <= scope.tensor_inputs and uses.values <= scope.value_inputs
    assert uses.results <= set(scope.returns) and {m[0] for m in uses.metadata} <= scope.tensor_inputs


def check_forward_result(code: str, scope: Scope) -> None:
    assert isinstance(code, str)
    tree = ast.parse(code, mode="eval")
    compile(tree, "<forward>", "eval", dont_inherit=True)
    assert check_forward(code, scope) == code, "the normalized forward does not pass its own check"
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            assert not node.attr.startswith("_"), code
            if isinstance(node.value, ast.Name) and node.value.id == "np":
                assert node.attr not in NUMPY_DENIED, code
        elif isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Attribute), code
        elif isinstance(node, ast.Name):
            assert node.id in scope.tensor_inputs | scope.value_inputs | {"np", "kernels"}, code


def direct(kind: str, text, scope: Scope):
    """One direct call under the audit hook: the contract, then the checks on a result."""
    try:
        with watched(), warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # `1[0]`, `x is 1`: Python's own remarks
            if kind == "forward":
                result = check_forward(text, scope)
            else:
                result = translate_formula(text, scope)
    except FormulaError as exc:
        assert_formula_error(exc)
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        if kind == "forward":
            check_forward_result(result, scope)
        else:
            check_translation(*result, scope)
    return result


# ---- a Python-expression grammar ----------------------------------------------------------------------

IDENTS = ["grad", "grads", "self", "other", "dim", "keepdim", "alpha", "result", "values", "indices",
          "grad_values", "grad_indices", "self_t", "self_p", "other_t", "self_shape", "np", "kernels", "F",
          "helpers", "x", "y", "open", "eval", "exec", "getattr", "setattr", "globals", "locals", "vars",
          "__import__", "__builtins__", "__loader__", "__spec__", "len", "abs", "print", "os", "sys", "type",
          "object", "breakpoint", "compile", "input", "memoryview", "super", "None", "True", "False", "inf",
          "nan", "cos", "exp", "mul", "sum", "where", "neg", "reshape", "sum_backward", "reduced_count",
          "keepdim_shape", "softmax", "lambda_", "_private", "__dunder__"]
ATTRS = ["shape", "dtype", "ndim", "T", "mT", "size", "sum", "cos", "exp", "neg", "mul", "reshape", "where",
         "tofile", "dump", "tobytes", "astype", "copy", "linalg", "fft", "norm", "random", "load", "save",
         "system", "popen", "__class__", "__mro__", "__subclasses__", "__globals__", "__init__", "__dict__",
         "__builtins__", "__getattribute__", "__reduce_ex__", "_private", "_data", "f_globals", "gi_frame",
         "mro", "real", "imag", "flat", "ctypes", "data", "base", "negative", "multiply", "softmax",
         "sum_backward", "lib", "testing", "ndarray", "frombuffer"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>"]
UNARY = ["-", "+", "~", "not "]
CMPOPS = ["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"]
TRICKY_STRINGS = ['"""', "'''", '\\N', "\\\\", '{grad}', '"""+__import__("os").system("touch CANARY")+"""',
                  "\x07", "a" * 65, "\u2028", "é", "'", '"', "\\x00", "\t"]

ident = st.sampled_from(IDENTS)
int_literal = st.one_of(st.integers(-10 ** 45, 10 ** 45).map(str),
                        st.sampled_from(["0x1F", "0b101", "0o17", "1_000", "10**10**10", "9" * 41, "00"]))
float_literal = st.one_of(st.floats(allow_nan=False, allow_infinity=False).map(repr),
                          st.sampled_from(["1e999", "-1e999", "1e-999", ".5", "5.", "1_0.5e1_0"]))
string_literal = st.one_of(st.text(max_size=12).map(repr), st.sampled_from(TRICKY_STRINGS).map(repr),
                           st.sampled_from(["b'x'", "rb'x'", "u'x'", "'a' 'b'", "'''x'''"]))
literal = st.one_of(int_literal, float_literal, string_literal,
                    st.sampled_from(["1j", "2.5J", "...", "None", "True", "()", "[]", "{}"]))


def _extend(children):
    kw = st.tuples(ident, children).map(lambda t: f"{t[0]}={t[1]}")
    arg = st.one_of(children, kw, children.map(lambda e: f"*{e}"), children.map(lambda e: f"**{e}"))
    return st.one_of(
        st.tuples(children, st.sampled_from(BINOPS), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(st.sampled_from(UNARY), children).map(lambda t: f"({t[0]}{t[1]})"),
        st.tuples(children, st.sampled_from(CMPOPS), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(children, st.sampled_from(["and", "or"]), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(children, children, children).map(lambda t: f"({t[0]} if {t[1]} else {t[2]})"),
        st.tuples(children, st.lists(arg, max_size=3)).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        st.tuples(ident, st.lists(arg, max_size=3)).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        st.tuples(children, st.sampled_from(ATTRS)).map(lambda t: f"({t[0]}).{t[1]}"),
        st.tuples(ident, st.sampled_from(ATTRS)).map(lambda t: f"{t[0]}.{t[1]}"),
        st.tuples(children, children).map(lambda t: f"{t[0]}[{t[1]}]"),
        st.tuples(children, children, children).map(lambda t: f"{t[0]}[{t[1]}:{t[2]}]"),
        st.tuples(children, children).map(lambda t: f"{t[0]}[::{t[1]}, {t[1]}]"),
        st.tuples(ident, children).map(lambda t: f"(lambda {t[0]}: {t[1]})"),
        st.tuples(children, ident, children).map(lambda t: f"[{t[0]} for {t[1]} in {t[2]}]"),
        st.tuples(children, ident, children).map(lambda t: f"{{{t[0]} for {t[1]} in {t[2]} if {t[1]}}}"),
        st.tuples(children, ident, children).map(lambda t: f"{{{t[0]}: {t[1]} for {t[1]} in {t[2]}}}"),
        st.tuples(children, ident, children).map(lambda t: f"({t[0]} for {t[1]} in {t[2]})"),
        children.map(lambda e: f"f'{{{e}}}'"),
        children.map(lambda e: f'f"{{{e}!r:>{{{e}}}}}"'),
        st.tuples(ident, children).map(lambda t: f"({t[0]} := {t[1]})"),
        st.lists(children, max_size=3).map(lambda es: f"({', '.join(es)},)"),
        st.lists(children, max_size=3).map(lambda es: f"[{', '.join(es)}]"),
        st.tuples(children, children).map(lambda t: f"{{{t[0]}: {t[1]}}}"),
        children.map(lambda e: f"{{{e}}}"),
        children.map(lambda e: f"[*{e}]"),
        children.map(lambda e: f"(await {e})"),
        children.map(lambda e: f"(yield {e})"),
    )


python_expr = st.recursive(st.one_of(ident, literal), _extend, max_leaves=10)

# A grammar whose expressions mostly pass the whitelist (for registries that codegen accepts).
_valid_leaf = st.one_of(st.sampled_from(["grad", "self", "result", "2", "0.5", "1e999", "self.shape", "grad.ndim"]),
                        st.sampled_from(TRICKY_STRINGS[:6]).map(repr),
                        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=10).map(repr))


def _valid_extend(children):
    return st.one_of(
        st.tuples(children, st.sampled_from(["+", "-", "*", "/"]), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        children.map(lambda e: f"(-{e})"),
        st.tuples(children, children, children).map(lambda t: f"({t[0]} if {t[1]} else {t[2]})"),
        st.tuples(children, children).map(lambda t: f"({t[0]}, {t[1]})[0]"),
    )


valid_ish_formula = st.recursive(_valid_leaf, _valid_extend, max_leaves=6).map(lambda e: f"grad * 1.0 if {e} else grad")

# Whatever else a YAML value can be.
yaml_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
                        st.dates(), st.binary(max_size=8))
yaml_value = st.recursive(yaml_scalar, lambda c: st.one_of(st.lists(c, max_size=4),
                                                            st.dictionaries(st.text(max_size=8), c, max_size=4)),
                          max_leaves=15)


def test_the_checks_on_generated_code_accept_yamlgrads_own_registry():
    """The postconditions above hold for the real registry (so a failure elsewhere is not the checker's)."""
    repo = Path(__file__).resolve().parent.parent
    files = generate_core(repo / REGISTRY)
    assert len(files) > 100
    check_generated(files)


# ---- direct fuzzing of the whitelist -------------------------------------------------------------------

@fuzz(max_examples=500)
@given(text=python_expr, scope_name=st.sampled_from(sorted(SCOPES)))
def test_fuzz_translate_formula(workdir, text, scope_name):
    COUNTS["translate_formula"] += 1
    direct("backward", text, SCOPES[scope_name])
    assert_no_canary(workdir)


@fuzz(max_examples=250)
@given(text=python_expr, scope_name=st.sampled_from(["unary", "binary"]))
def test_fuzz_check_forward(workdir, text, scope_name):
    COUNTS["check_forward"] += 1
    direct("forward", text, SCOPES[scope_name])
    assert_no_canary(workdir)


@fuzz(max_examples=150)
@given(value=st.one_of(yaml_value, st.text(max_size=80), st.binary(max_size=20).map(lambda b: b.decode("latin-1"))))
def test_fuzz_whitelist_with_any_value(workdir, value):
    """What a YAML value can be (numbers, lists, mappings, dates, control characters) as a formula."""
    COUNTS["translate_formula"] += 1
    COUNTS["check_forward"] += 1
    direct("backward", value, SCOPES["binary"])
    direct("forward", value, SCOPES["binary"])


@fuzz(max_examples=150)
@given(text=valid_ish_formula)
def test_fuzz_accepted_formulas_translate_to_a_closed_namespace(text):
    COUNTS["translate_formula"] += 1
    direct("backward", text, SCOPES["unary"])


# ---- fuzzing generate() ------------------------------------------------------------------------------

@fuzz(max_examples=200)
@given(doc=yaml_value, flow=st.booleans(), unicode=st.booleans())
def test_fuzz_generate_random_yaml_documents(workdir, fast_codegen, doc, flow, unicode):
    COUNTS["generate_random_yaml"] += 1
    text = yaml.safe_dump(doc, default_flow_style=flow, allow_unicode=unicode)
    path, n = write_registry(workdir, text)
    run_generate(path, n)


YAML_ALPHABET = "- :[]{}&*!|>'\"%@`#,?\n\t\r\\ab01.eE~=()_"


@fuzz(max_examples=200)
@given(text=st.one_of(st.text(alphabet=YAML_ALPHABET, max_size=120),
                      st.text(max_size=60),
                      st.lists(st.sampled_from(["- name: f(Tensor self) -> Tensor\n", "  forward: np.negative(self)\n",
                                                "  self: -grad\n", "  self: &a x\n", "  other: *a\n", "  !!str x: y\n",
                                                "  test: {samples: [[[2]]]}\n", "  ? [a]\n  : b\n", "---\n", "...\n",
                                                "%YAML 1.1\n", "  self: |\n    grad\n", "\t- x\n", "- [\n",
                                                "  self: !!python/object/apply:os.system ['touch CANARY']\n"]),
                               max_size=8).map("".join)))
def test_fuzz_generate_raw_text(workdir, fast_codegen, text):
    COUNTS["generate_raw_text"] += 1
    path, n = write_registry(workdir, text)
    run_generate(path, n)


@fuzz(max_examples=60)
@given(data=st.binary(max_size=200))
def test_fuzz_generate_raw_bytes(workdir, fast_codegen, data):
    COUNTS["generate_raw_bytes"] += 1
    path, n = write_registry(workdir, data)
    run_generate(path, n)


# Registry-shaped documents: mostly well-formed entries with one or more hostile parts.
SIG_NAMES = ["f", "g2", "grad", "np", "class", "__f", "F", "sum_backward", "f.over", "f.", "1f", "f g", ""]
ARG_TYPES = ["Tensor", "Tensor?", "Tensor[]", "Scalar", "int", "int[]", "int[2]", "int[]?", "float", "float?",
             "bool", "str", "Index", "ScalarType", "Tensr", "Tensor[]?", "int[x]", ""]
ARG_NAMES = ["self", "other", "alpha", "dim", "s", "grad", "result", "self_a", "grad_x", "np", "__x", "class", "x y"]
DEFAULTS = st.one_of(st.sampled_from(["1", "-1", "1.5", "1e999", "-1e999", "None", "True", "'a'", "[1, 2]", "(1, 2)",
                                      "[]", "1j", "[True]", "'\"\"\"+__import__(\"os\").system(\"touch CANARY\")+\"\"\"'",
                                      "\"'''\"", "'\\\\N'", "__import__('os')", "lambda: 0", "{}", "9" * 250]),
                     int_literal, float_literal, string_literal)


@st.composite
def signatures(draw):
    if draw(st.booleans()):
        args = ["Tensor self"] + draw(st.lists(st.sampled_from(["Tensor other", "float alpha=1.0", "int dim=0",
                                                                "str s='x'", "*", "bool keepdim=False"]), max_size=2))
        extra = draw(st.sampled_from(["", "float alpha", "str s", "int[] dims", "Scalar k", "float? beta"]))
        if extra:
            args.append(f"{extra}={draw(DEFAULTS)}")
        ret = draw(st.sampled_from(["Tensor", "Tensor", "Tensor out", "(Tensor a, Tensor b)", "Tensor[]"]))
        return f"f({', '.join(args)}) -> {ret}"
    name = draw(st.sampled_from(SIG_NAMES))
    args = []
    for _ in range(draw(st.integers(0, 3))):
        decl = f"{draw(st.sampled_from(ARG_TYPES))} {draw(st.sampled_from(ARG_NAMES))}"
        if draw(st.booleans()):
            decl += f"={draw(DEFAULTS)}"
        args.append(draw(st.sampled_from([decl, decl, "*", "", "Tensor", "Tensor self Tensor other"])))
    ret = draw(st.sampled_from(["Tensor", "(Tensor, Tensor)", "(Tensor a, Tensor a)", "int", "Tensor[] x", "", "()",
                                "(Tensor self, Tensor b)"]))
    arrow = draw(st.sampled_from([" -> ", "->", " ", " => "]))
    return f"{name}({', '.join(args)}){arrow}{ret}"


FORWARDS = ["np.negative(self)", "np.multiply(self, other)", "np.add(self, alpha)", "self.sum()",
            "kernels.sum(self, dim)", "np.linalg.norm(self)", "(self, self)"]
FORMULAS = ["grad", "-grad", "grad * other", "grad * self", "grads[0]", "grad_a + grad_b", "grad * result",
            "sum_backward(grad, self.shape, None, False)", "non_differentiable", "not_implemented"]


OPTIONAL_KEYS = {
    "variants": st.one_of(st.sampled_from(["function", "function, method", "method, inplace", "methods", ""]),
                          yaml_value),
    "operators": st.one_of(st.sampled_from([["__neg__"], ["__add__", "__radd__"], "__iadd__", ["__call__"]]),
                           yaml_value),
    "output_differentiability": st.one_of(st.sampled_from([[True], [False], [True, False], []]), yaml_value),
    "view": st.one_of(st.booleans(), yaml_value),
    "double_backward": st.one_of(st.booleans(), yaml_value),
    "test": st.one_of(
        st.fixed_dictionaries({}, optional={
            "samples": st.one_of(st.lists(st.one_of(st.lists(st.lists(st.integers(-1, 70), max_size=7), max_size=3),
                                                    st.dictionaries(st.sampled_from(["self", "other", "alpha", "s",
                                                                                     "dims", "k", "beta", "x"]),
                                                                    yaml_value, max_size=3)),
                                          max_size=3), yaml_value),
            "domain": st.one_of(st.dictionaries(st.sampled_from(["self", "other", "x"]),
                                                st.lists(st.floats(), max_size=3), max_size=2), yaml_value),
            "atol": st.one_of(st.floats(), st.sampled_from(["1e-5", "x", 0, -1])),
            "rtol": st.one_of(st.floats(), st.sampled_from(["1e-3", None])),
            "eps": st.one_of(st.floats(), st.integers()),
        }),
        yaml_value),
}


@st.composite
def hostile_entry(draw, name: str):
    """Anything shaped like an entry: random signature, forward, keys and values."""
    entry = {"name": draw(st.one_of(signatures(), st.just(f"{name}(Tensor self) -> Tensor"))),
             "forward": draw(st.one_of(st.sampled_from(FORWARDS), python_expr))}
    for key in draw(st.lists(st.sampled_from(["self", "other", "self, other", "other, self", "alpha", "a", "out",
                                              "result", "bogus", "self,", " self "]), max_size=3, unique=True)):
        entry[key] = draw(st.one_of(st.sampled_from(FORMULAS), valid_ish_formula, python_expr, yaml_value))
    if draw(st.booleans()):
        entry.setdefault("self", draw(st.one_of(st.sampled_from(FORMULAS), valid_ish_formula)))
    for key in draw(st.lists(st.sampled_from(sorted(OPTIONAL_KEYS)), max_size=3, unique=True)):
        entry[key] = draw(OPTIONAL_KEYS[key])
    return entry


EXTRA_ARGS = {  # a non-Tensor argument with a default, and literals for that default (valid or not)
    "float alpha": st.one_of(float_literal, int_literal, st.sampled_from(["1e999", "-1e999", "True", "'a'"])),
    "Scalar k": st.one_of(float_literal, int_literal),
    "str s": st.one_of(string_literal, st.sampled_from(["'x'", "1"])),
    "int[]? dims": st.sampled_from(["None", "[1, 2]", "(0,)", "[]", "1", "[1.5]", "[True]"]),
    "bool flag": st.sampled_from(["True", "False", "1", "None"]),
}


@st.composite
def plausible_entry(draw, name: str):
    """A well-formed entry in which literals, formulas and test data are drawn at random."""
    binary = draw(st.booleans())
    inputs = ["self", "other"] if binary else ["self"]
    args = [f"Tensor {n}" for n in inputs]
    extra = draw(st.sampled_from([None] + sorted(EXTRA_ARGS)))
    if extra:
        args.append(f"{extra}={draw(EXTRA_ARGS[extra])}")
    entry = {"name": f"{name}({', '.join(args)}) -> Tensor",
             "forward": "np.multiply(self, other)" if binary else "np.negative(self)"}
    for n in inputs:
        entry[n] = draw(st.one_of(st.sampled_from(["grad", "-grad", "grad * 2", "grad * self", "grad * result"]),
                                  valid_ish_formula))
    if draw(st.booleans()):
        value_name = extra.split()[-1] if extra else "x"
        sample = st.fixed_dictionaries({n: st.sampled_from([[], [2], [2, 3]]) for n in inputs},
                                       optional={value_name: yaml_value})
        entry["test"] = draw(st.fixed_dictionaries({}, optional={
            "samples": st.lists(sample, min_size=1, max_size=2),
            "atol": st.floats(), "rtol": st.floats(min_value=1e-9), "eps": st.floats(min_value=1e-9)}))
    if draw(st.integers(0, 3)) == 0:  # sometimes one more hostile key
        key = draw(st.sampled_from(sorted(OPTIONAL_KEYS)))
        entry[key] = draw(OPTIONAL_KEYS[key])
    return entry


@st.composite
def registries(draw):
    n = draw(st.integers(1, 3))
    return [draw(st.one_of(plausible_entry(f"f{i}"), plausible_entry(f"f{i}"), hostile_entry(f"f{i}")))
            for i in range(n)]


@fuzz(max_examples=150)
@given(entries=registries(), flow=st.booleans())
def test_fuzz_generate_registry_shaped_documents(workdir, fast_codegen, entries, flow):
    COUNTS["generate_registry_shaped"] += 1
    try:
        text = yaml.safe_dump(entries, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        text = yaml.safe_dump(entries, default_flow_style=flow, allow_unicode=False, sort_keys=False)
    path, n = write_registry(workdir, text)
    files = run_generate(path, n)
    if files is not None:
        COUNTS["generate_accepted"] += 1
        check_ops_invariants(path)


# ---- known attacks -----------------------------------------------------------------------------------
# `$X` is the tensor the expression works on: `grad` in a backward formula, `self` in a forward.

TOUCH = "__import__('os').system('touch " + CANARY + "')"
OPEN = "open('" + CANARY + "', 'w')"
ATTACKS = {
    "import_system": TOUCH,
    "builtin_open": OPEN,
    "pathlib_touch": "__import__('pathlib').Path('" + CANARY + "').touch()",
    "mro": "().__class__.__mro__",
    "mro_subclasses_popen": ("[c for c in ().__class__.__mro__[1].__subclasses__() if c.__name__ == 'Popen'][0]"
                             "('touch " + CANARY + "', shell=True)"),
    "getattr_import": "getattr(__import__('os'), 'system')('touch " + CANARY + "')",
    "getattr_on_value": "getattr($X, '__class__')",
    "eval": 'eval("' + OPEN + '")',
    "exec": 'exec("' + OPEN + '")',
    "compile": 'compile("' + OPEN + '", "x", "eval")',
    "globals": "globals()['__builtins__']['open']('" + CANARY + "', 'w')",
    "vars_builtins": "vars()['__builtins__'].open('" + CANARY + "', 'w')",
    "builtins_name": "__builtins__.open('" + CANARY + "', 'w')",
    "breakpoint": "breakpoint()",
    "fstring": 'f"{' + OPEN + '}"',
    "fstring_format_spec": "f'{$X:{" + OPEN + "}}'",
    "walrus": "(c := " + OPEN + ")",
    "walrus_in_call": "cos((c := " + TOUCH + "))",
    "lambda": "(lambda: " + OPEN + ")()",
    "lambda_default": "(lambda f=" + OPEN + ": f)()",
    "listcomp": "[" + OPEN + " for _ in (1,)]",
    "setcomp": "{" + OPEN + " for _ in (1,)}",
    "dictcomp": "{1: " + OPEN + " for _ in (1,)}",
    "genexp": "next(" + OPEN + " for _ in (1,))",
    "func_globals": "$X.__class__.__init__.__globals__['os'].system('touch " + CANARY + "')",
    "code_object": "(lambda: 0).__code__.co_consts",
    "private_attr": "$X._data",
    "dunder_attr": "$X.__class__",
    "dunder_method_call": "$X.__reduce_ex__(2)",
    "np_save": "np.save('" + CANARY + "', $X)",
    "np_lib": "np.lib.npyio.save('" + CANARY + "', $X)",
    "np_ndarray_tofile": "np.ndarray.tofile($X, '" + CANARY + "')",
    "tofile": "$X.tofile('" + CANARY + "')",
    "dump": "$X.dump('" + CANARY + "')",
    "np_memmap": "np.memmap('" + CANARY + "', mode='w+', shape=(1,))",
    "np_testing": "np.testing.assert_equal($X, $X)",
    "np_ctypeslib": "np.ctypeslib.load_library('libc', '.')",
    "kernels_builtins": "kernels.__builtins__['open']('" + CANARY + "', 'w')",
    "kernels_private": "kernels._axis($X, 0)",
    "starred": "cos(*$X)",
    "double_starred": "cos(**$X)",
    "keyword_dunder": "cos($X, __class__=1)",
    "ellipsis": "$X[...]",
    "bytes_literal": "$X if b'x' else $X",
    "complex_literal": "$X * 1j",
    "huge_int": "$X * " + "9" * 41,
    "huge_int_at_limit": "$X * " + "9" * 40,
    "huge_power": "$X * 10 ** 10 ** 10",
    "huge_float": "$X * 1e999",
    "long_string": "$X if '" + "a" * 65 + "' else $X",
    "control_char_string": "$X if '\\x07' else $X",
    "nul_byte": "$X\x00",
    "in_operator": "$X in $X",
    "shift": "$X << 1",
    "is_not_none": "$X is $X",
    "dict_display": "{1: $X}",
    "set_display": "{$X}",
    "await": "(await $X)",
    "yield": "(yield $X)",
    "call_of_call": "cos($X)($X)",
    "call_of_subscript": "[cos][0]($X)",
    "deep_parens_10000": "(" * 10000 + "$X" + ")" * 10000,
    "deep_parens_under_length_limit": "(" * 990 + "$X" + ")" * 990,
    "deep_unary": "-" * 1990 + "$X",
    "deep_not": "not " * 490 + "$X",
    "deep_attribute": "$X" + ".shape" * 300,
    "deep_subscript": "$X" + "[0]" * 600,
    "deep_lists": "[" * 600 + "$X" + "]" * 600,
    "deep_calls": "cos(" * 70 + "$X" + ")" * 70,
    "deep_binop": " + ".join(["$X"] * 250),
    "long_formula": "$X + " * 400 + "$X",
    "surrogate": "$X if '\ud800' else $X",
    "line_continuation": "$X + \\\n $X",
    "docstring_breakout": "$X if '\"\"\"+__import__(\"os\").system(\"touch " + CANARY + "\")+\"\"\"' else $X",
    "docstring_breakout_single_quotes": "$X if \"'''+__import__('os').system('touch " + CANARY + "')+'''\" else $X",
    "backslash_n_escape": "$X if '\\\\N' else $X",
    # writes into an input (a saved array changes behind its version counter)
    "out_keyword": "np.add($X, 1, out=$X)",
    "where_keyword": "np.negative($X, where=$X)",
    "op_out_keyword": "cos($X, out=$X)",
    "np_copyto": "np.copyto($X, 0)",
    "np_put": "np.put($X, 0, 1)",
    "ufunc_positional_out": "np.add($X, 1, $X)",
    "setitem": "$X.__setitem__(0, 1)",
    # arithmetic that hangs or exhausts memory when the generated code runs
    "exponent_tower": "$X * 9 ** 9 ** 9 ** 9",
    "string_repeat": "$X if 'a' * 10 ** 12 else $X",
    "string_subscript": "$X['__class__']",
}
# Expressions made of allowed syntax only: codegen may accept them, but then they must stay inert.
MAY_BE_ACCEPTED = {"huge_int_at_limit", "huge_float", "line_continuation", "docstring_breakout",
                   "docstring_breakout_single_quotes", "backslash_n_escape", "call_of_subscript",
                   "keyword_dunder"}  # a keyword argument's name reaches nothing: F.cos(grad, __class__=1) is a TypeError


def _attack(name: str, x: str) -> str:
    return ATTACKS[name].replace("$X", x)


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_direct(workdir, name):
    for kind, x in (("backward", "grad"), ("forward", "self")):
        COUNTS["attacks"] += 1
        result = direct(kind, _attack(name, x), SCOPES["unary"])
        if name not in MAY_BE_ACCEPTED:
            assert result is None, f"{kind}: attack {name!r} was accepted: {result!r}"
    assert_no_canary(workdir)


# A lone surrogate cannot be written to a UTF-8 file; test_non_utf8_bytes covers bad encodings and
# test_errors_doc.py the YAML escape "\uD800".
@pytest.mark.parametrize("name", sorted(n for n in ATTACKS if n != "surrogate"))
def test_attack_through_generate(workdir, fast_codegen, name):
    """Each attack as a backward formula and as a forward in a registry; a registry codegen accepts
    must produce inert code (checked by check_generated)."""
    COUNTS["attacks"] += 1
    formula, forward = _attack(name, "grad"), _attack(name, "self")
    text = yaml.safe_dump([
        {"name": "f(Tensor self) -> Tensor", "forward": "np.negative(self)", "self": formula},
        {"name": "g(Tensor self) -> Tensor", "forward": forward, "self": "-grad"},
    ], sort_keys=False, width=1 << 30)
    path, n = write_registry(workdir, text)
    files = run_generate(path, n)
    if files is not None:
        assert name in MAY_BE_ACCEPTED, f"codegen accepted the attack {name!r}"


def test_huge_python_int_is_a_formula_error(workdir):
    """A formula value may be any YAML scalar; given directly, an int too long for str() (Python's 4300
    digit limit) must still be refused with a FormulaError."""
    COUNTS["attacks"] += 2
    big = 10 ** 5000
    direct("backward", big, SCOPES["unary"])
    direct("forward", big, SCOPES["unary"])


# ---- YAML-level attacks --------------------------------------------------------------------------------

BASE_ENTRY = "- name: f(Tensor self) -> Tensor\n  forward: np.negative(self)\n  self: -grad\n"

YAML_ATTACKS = {
    "python_object_apply": BASE_ENTRY + f"  other: !!python/object/apply:os.system ['touch {CANARY}']\n",
    "python_name": BASE_ENTRY + "  other: !!python/name:os.system\n",
    "python_module": BASE_ENTRY + "  other: !!python/module:os\n",
    "python_object_new": BASE_ENTRY + "  other: !!python/object/new:subprocess.Popen [['touch', 'CANARY']]\n",
    "tag_on_mapping": "- !!python/object:os.system\n  name: f(Tensor self) -> Tensor\n",
    "local_tag": BASE_ENTRY + "  other: !canary x\n",
    "alias_bomb": "- &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"- &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)),
    "recursive_alias": "- &a [*a]\n",
    "merge_key": BASE_ENTRY + "  <<: {variants: method}\n",
    "complex_key": BASE_ENTRY + "  ? [self]\n  : grad\n",
    "null_key": BASE_ENTRY + "  ~: grad\n",
    "nested_mappings_10000": "{a: " * 10000 + "b" + "}" * 10000 + "\n",
    "nested_block_sequences": "- " * 5000 + "x\n",
    "nested_sample_values_220": ("- name: f(Tensor self, int[]? dims=None) -> Tensor\n  forward: np.negative(self)\n"
                                 "  self: -grad\n  test: {samples: [{self: [2], dims: " + "[" * 220 + "1" + "]" * 220
                                 + "}]}\n"),
    "date_sample_value": "- name: f(Tensor self, Scalar k) -> Tensor\n  forward: np.multiply(self, k)\n"
                         "  self: grad * k\n  test: {samples: [{self: [2], k: 2001-12-14}]}\n",
    "timestamp_sample_value": "- name: f(Tensor self, Scalar k) -> Tensor\n  forward: np.multiply(self, k)\n"
                              "  self: grad * k\n  test: {samples: [{self: [2], k: 2001-12-14 21:59:43.10}]}\n",
    "binary_sample_value": "- name: f(Tensor self, Scalar k) -> Tensor\n  forward: np.multiply(self, k)\n"
                           "  self: grad * k\n  test: {samples: [{self: [2], k: !!binary aGVsbG8=}]}\n",
    "float_default_overflow": "- name: f(Tensor self, float alpha=1e999) -> Tensor\n  forward: np.multiply(self, alpha)\n"
                              "  self: grad * alpha\n",
    "str_default_breakout": "- name: f(Tensor self, str s='\"\"\"+__import__(\"os\").system(\"touch CANARY\")+\"\"\"')"
                            " -> Tensor\n  forward: np.negative(self)\n  self: -grad\n",
    "nan_tolerances": BASE_ENTRY + "  test: {atol: .nan, rtol: .nan, eps: .nan}\n",
    "huge_int_value": BASE_ENTRY + "  view: " + "9" * 5000 + "\n",
    "nul_character": BASE_ENTRY + "  variants: \x00\n",
    "control_characters": BASE_ENTRY + "  variants: \x1b[31m\n",
    "bom_and_crlf": "\ufeff" + BASE_ENTRY.replace("\n", "\r\n"),
    "lone_cr_line_ends": BASE_ENTRY.replace("\n", "\r"),
    "unicode_line_separator": BASE_ENTRY + "  variants: function\u2028method\n",
    "tab_indent": BASE_ENTRY + "\tvariants: function\n",
    "empty": "",
    "only_comments": "# nothing\n" * 3,
    "scalar_document": "just a string\n",
    "several_documents": BASE_ENTRY + "---\n" + BASE_ENTRY,
    "directive": "%YAML 1.1\n%TAG ! tag:canary,2000:\n---\n" + BASE_ENTRY,
    "very_long_line": BASE_ENTRY + "  variants: " + "x" * 1_000_000 + "\n",
    "very_long_signature": "- name: f(" + "Tensor self, " * 50_000 + ") -> Tensor\n  forward: np.negative(self)\n",
    "many_entries": "".join(BASE_ENTRY.replace("f(", f"f{i}(") for i in range(60)),
    "many_errors": "".join(BASE_ENTRY.replace("f(", f"f{i}(").replace("-grad", "bogus") for i in range(300)),
    "empty_list": "[]\n",
    "whitespace_only": "\n   \n",
    # two ops, one generated name (the second definition would silently replace the first)
    "node_class_collision": BASE_ENTRY.replace("f(", "foo2x(") + BASE_ENTRY.replace("f(", "foo2_x("),
    "trailing_underscore_collision": BASE_ENTRY.replace("f(", "foo(") + BASE_ENTRY.replace("f(", "foo_("),
    "double_underscore_collision": BASE_ENTRY.replace("f(", "foo_bar(") + BASE_ENTRY.replace("f(", "foo__bar("),
    "result_type_collision": ("- name: foo(Tensor self) -> (Tensor a, Tensor b)\n  forward: (self, self)\n"
                              "  self: grads[0]\n" + BASE_ENTRY.replace("f(", "FooResult(")),
    "case_only_collision": BASE_ENTRY.replace("f(", "fooBar(") + BASE_ENTRY.replace("f(", "foobar("),
    # names the generated modules use themselves
    "op_named_getattr": BASE_ENTRY.replace("f(", "getattr("),
    "op_named_forward_ad": BASE_ENTRY.replace("f(", "FORWARD_AD("),
    "op_named_no_forward_formula": BASE_ENTRY.replace("f(", "no_forward_formula("),
}
# Documents codegen accepts (the rest must be refused).
YAML_ACCEPTABLE = {"merge_key", "bom_and_crlf", "lone_cr_line_ends", "many_entries",
                   "nested_sample_values_220", "date_sample_value", "timestamp_sample_value", "binary_sample_value",
                   "float_default_overflow", "str_default_breakout", "nan_tolerances", "directive",
                   "several_documents", "unicode_line_separator"}


@pytest.mark.parametrize("name", sorted(YAML_ATTACKS))
def test_yaml_attack(workdir, fast_codegen, name):
    COUNTS["yaml_attacks"] += 1
    path, n = write_registry(workdir, YAML_ATTACKS[name])
    files = run_generate(path, n)
    if files is not None:
        assert name in YAML_ACCEPTABLE, f"codegen accepted the {name!r} document"
        check_ops_invariants(path)


@pytest.mark.parametrize("data", [b"\xff\xfe- name: x\n", b"- name: f(Tensor self) -> Tensor\n  forward: caf\xe9\n",
                                  b"\xc0\x80", b"\xed\xa0\x80", b"- a\n" * 3 + b"\x80", bytes(range(256))],
                         ids=["utf16_bom", "latin1", "overlong_nul", "encoded_surrogate", "stray_continuation",
                              "all_bytes"])
def test_non_utf8_bytes(workdir, data):
    COUNTS["yaml_attacks"] += 1
    path, n = write_registry(workdir, data)
    with pytest.raises(RegistryError) as info:
        with watched():
            generate(path)
    assert_registry_error(info.value, n)
    assert any("UTF-8" in line for line in info.value.lines), info.value.lines


NESTED_DOCUMENTS = {
    "flow_sequences_10000": "[" * 10000 + "]" * 10000 + "\n",
    "flow_mappings_10000": "{a: " * 10000 + "b" + "}" * 10000 + "\n",
    "flow_sequences_in_an_entry_10000": BASE_ENTRY + "  variants: " + "[" * 10000 + "]" * 10000 + "\n",
}


@pytest.mark.parametrize("name", sorted(NESTED_DOCUMENTS))
def test_deeply_nested_yaml_is_refused_quickly(workdir, name):
    """10,000 nested YAML collections (20 KB) are refused as `YAML nesting too deep`, in about the time
    a 20 KB file deserves (it runs in a subprocess with a deadline, like the alias bomb)."""
    COUNTS["yaml_attacks"] += 1
    path, n = write_registry(workdir, NESTED_DOCUMENTS[name])
    script = textwrap.dedent("""
        import sys
        from yamlgrad.codegen.load import RegistryError
        from yamlgrad.codegen.main import generate
        try:
            generate(sys.argv[1])
        except RegistryError as exc:
            print("\\n".join(exc.lines))
            sys.exit(1)
    """)
    try:
        proc = subprocess.run([sys.executable, "-c", script, str(path)], cwd=workdir, capture_output=True,
                              text=True, timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail(f"codegen took more than 5 s to refuse {len(NESTED_DOCUMENTS[name])} bytes of nested YAML "
                    f"({name})")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines and all(LINE_RE.match(line) for line in lines), lines


def test_ten_megabyte_file_is_refused_quickly(workdir):
    COUNTS["yaml_attacks"] += 1
    path = workdir / REGISTRY
    block = (BASE_ENTRY + "# padding " + "x" * 990 + "\n").encode()
    with open(path, "wb") as handle:
        for _ in range(10 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    assert path.stat().st_size > 10 * 1024 * 1024 > MAX_REGISTRY_BYTES
    import time
    start = time.perf_counter()
    with pytest.raises(RegistryError) as info:
        with watched():
            generate(path)
    assert time.perf_counter() - start < 5
    assert_registry_error(info.value, None)
    assert len(info.value.lines) == 1 and "limit" in info.value.lines[0], info.value.lines


def test_missing_and_unreadable_registry(workdir):
    COUNTS["yaml_attacks"] += 2
    for path in (workdir / "nowhere" / REGISTRY, workdir):  # a missing file, and a directory
        with pytest.raises(RegistryError) as info:
            generate(path if path.name == REGISTRY else path)
        for line in info.value.lines:
            assert re.match(rf"^{re.escape(path.name)}:\d+: \S", line), line


# ---- accepted hostile strings stay inert, end to end ----------------------------------------------------

INERT_CASES = {
    "formula_docstring_breakout": [
        {"name": "f(Tensor self) -> Tensor", "forward": "np.negative(self)",
         "self": "grad if '\"\"\"+__import__(\"os\").system(\"touch CANARY\")+\"\"\"' else grad"}],
    "default_docstring_breakout": [
        {"name": "f(Tensor self, str s='\"\"\"+__import__(\"os\").system(\"touch CANARY\")+\"\"\"') -> Tensor",
         "forward": "np.negative(self)", "self": "-grad"}],
}


@pytest.mark.parametrize("case", sorted(INERT_CASES))
def test_accepted_strings_never_run_when_the_generated_code_is_imported(workdir, case):
    """If codegen accepts a formula or default containing `\"\"\"`, importing what it wrote (as `import
    yamlgrad` and pytest collection do) must not run any part of that string."""
    COUNTS["attacks"] += 1
    path, _ = write_registry(workdir, yaml.safe_dump(INERT_CASES[case], sort_keys=False, width=1 << 30))
    try:
        files = generate(path)
    except RegistryError as exc:
        assert_registry_error(exc, None)
        return  # refusing it is fine too
    out = workdir / "out"
    for rel in ("autogen/functions.py", "autogen/raw.py", "autogen/ops.py", "tests/generated/test_f.py"):
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[rel], encoding="utf-8")
    script = textwrap.dedent("""
        import runpy, sys
        for rel in sys.argv[1:]:
            try:
                runpy.run_path(rel, run_name="generated_module")
            except Exception:
                pass
    """)
    subprocess.run([sys.executable, "-c", script, "out/autogen/functions.py", "out/tests/generated/test_f.py"],
                   cwd=workdir, capture_output=True, timeout=120)
    ran = (workdir / CANARY).exists()
    (workdir / CANARY).unlink(missing_ok=True)  # reported here, not again by the fixture
    assert not ran, (
        f"importing the generated code ran the registry's text ({case}): the string closed the docstring "
        "it was pasted into")


# ---- the counts -----------------------------------------------------------------------------------------

MINIMUM = {"translate_formula": 700, "check_forward": 350, "generate_random_yaml": 150, "generate_raw_text": 150,
           "generate_raw_bytes": 40, "generate_registry_shaped": 120, "attacks": 200, "yaml_attacks": 40}


def test_zz_fuzz_case_counts():
    """Runs last in this module: how many cases each part ran (shown with `pytest -s`)."""
    total = sum(v for k, v in COUNTS.items() if k != "generate_accepted")
    print(f"\nfuzz cases run: {total} — " + ", ".join(f"{k}: {v}" for k, v in sorted(COUNTS.items())))
    ran = {k: v for k, v in MINIMUM.items() if COUNTS[k]}
    if len(ran) < len(MINIMUM):
        pytest.skip(f"only part of the module ran ({sorted(ran)})")
    short = {k: (COUNTS[k], v) for k, v in MINIMUM.items() if COUNTS[k] < v}
    assert not short, f"fewer fuzz cases than expected (ran, minimum): {short}"
    assert total > 2000
