"""docs/errors.md is complete and true.

* The document parses: every entry is `### ID · ExceptionType · title` followed by a `message` block.
* For every entry a trigger below raises the error; its type and message must match the entry (the
  message pattern's `{name}` parts match any text). Registry errors must match one of the
  RegistryError's lines; CLI errors one line of stderr, with the documented exit status.
* Every `raise` in codegen/ and runtime/, every registry error codegen/model.py collects and every
  exception a function builds and returns is covered: the longest literal part of its message appears
  in some entry's message block (messages built elsewhere are listed in NO_LITERAL_MESSAGE).
"""
from __future__ import annotations

import ast
import contextlib
import functools
import importlib
import io
import json
import re
import shutil
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.codegen import emit as emit_module
from yamlgrad.codegen import model as model_module
from yamlgrad.codegen.load import RegistryError
from yamlgrad.codegen.main import load_ops

codegen_main = importlib.import_module("yamlgrad.codegen.main")

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "errors.md"
HEADING_RE = re.compile(r"^### (?P<id>[A-Z]+-\d{2}) · (?P<type>[^·]+?) · (?P<title>.+)$")
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


# ---- the document ----------------------------------------------------------------------------------------

def parse_doc(text: str) -> dict[str, dict]:
    entries: dict[str, dict] = {}
    lines = text.splitlines()
    current = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("### "):
            m = HEADING_RE.match(line)
            assert m, f"docs/errors.md:{i + 1}: heading is not `### ID · Type · title`: {line!r}"
            assert m["id"] not in entries, f"duplicate id {m['id']}"
            current = entries[m["id"]] = {"type": m["type"].strip(), "title": m["title"], "line": i + 1,
                                          "message": None}
        elif line.strip() == "```message":
            assert current is not None and current["message"] is None, f"docs/errors.md:{i + 1}: stray message block"
            body = []
            i += 1
            while lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            current["message"] = "\n".join(body)
        i += 1
    for eid, entry in entries.items():
        assert entry["message"], f"{eid} has no message block"
    return entries


ENTRIES = parse_doc(DOC.read_text(encoding="utf-8"))


def pattern_regex(pattern: str) -> re.Pattern:
    parts = PLACEHOLDER_RE.split(pattern)
    return re.compile("(?s:.+?)".join(re.escape(p) for p in parts))


# ---- how triggers run -----------------------------------------------------------------------------------

WORK: dict[str, Path] = {}


@pytest.fixture(scope="module", autouse=True)
def workdir(tmp_path_factory):
    WORK["dir"] = tmp_path_factory.mktemp("errors_doc")
    with pytest.MonkeyPatch.context() as mp:  # parse helpers.py / kernels.py once, not per trigger
        mp.setattr(model_module, "collect_helpers", functools.lru_cache(None)(model_module.collect_helpers))
        mp.setattr(model_module, "collect_kernels", functools.lru_cache(None)(model_module.collect_kernels))
        yield WORK["dir"]


def reg(text: str | bytes, user: bool = False, name: str = "derivatives.yaml") -> RegistryError:
    """Load a registry (dedented text) and return the RegistryError it must raise."""
    path = WORK["dir"] / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    try:
        load_ops(path, user=user)
    except RegistryError as exc:
        return exc
    raise AssertionError("the registry was accepted")


def with_samples(registry: str, samples: str) -> RegistryError:
    """A registry and its companion sample file, in a folder of their own."""
    folder = WORK["dir"] / "with_samples"
    folder.mkdir(exist_ok=True)
    (folder / "derivatives.samples.yaml").write_text(textwrap.dedent(samples).lstrip("\n"), encoding="utf-8")
    (folder / "derivatives.yaml").write_text(textwrap.dedent(registry).lstrip("\n"), encoding="utf-8")
    try:
        load_ops(folder / "derivatives.yaml")
    except RegistryError as exc:
        return exc
    raise AssertionError("the registry was accepted")


ONE_OP = "- name: f(Tensor self) -> Tensor\n  forward: np.negative(self)\n  self: -grad\n"


def op(fields: str, sig: str = "f(Tensor self) -> Tensor", forward: str = "np.negative(self)",
       formulas: str = "self: -grad") -> RegistryError:
    """One entry with the given extra lines (already indented by two spaces in YAML terms)."""
    body = f"- name: {sig}\n"
    if forward is not None:
        body += f"  forward: {forward}\n"
    if formulas:
        body += "".join(f"  {line}\n" for line in formulas.splitlines())
    body += "".join(f"  {line}\n" for line in textwrap.dedent(fields).strip("\n").splitlines() if fields)
    return reg(body)


def _with_pure_python_yaml(trigger):
    """Run `trigger` with PyYAML's pure-Python parser, which codegen falls back to without libyaml (and
    which, unlike libyaml, lets a lone surrogate escape through to the formula parser)."""
    import yaml
    from yamlgrad.codegen import load as load_module
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(load_module, "_LOADER", yaml.SafeLoader)
        return trigger()


def formula(text: str, raw: bool = False, **kw) -> RegistryError:
    """The backward formula of `self`, written as a double-quoted YAML string unless raw."""
    return op("", formulas=f"self: {text if raw else json.dumps(text)}", **kw)


def forward(text: str, raw: bool = False, **kw) -> RegistryError:
    return op("", forward=text if raw else json.dumps(text), **kw)


def cli(*argv: str):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = codegen_main.main(list(argv))
    return ("exit", status, err.getvalue())


def leaf(data=(1.0, 2.0, 3.0), **kw):
    return yg.tensor(np.asarray(data, dtype=np.float64), requires_grad=True, **kw)


def t(data, dtype=None):
    return yg.tensor(np.asarray(data) if dtype is None else np.asarray(data, dtype=dtype))


SAMPLE_OP = "- name: f(Tensor self, int k=1) -> Tensor\n  forward: np.negative(self)\n  self: -grad\n"


def sample(spec: str, sig: str = "f(Tensor self, int k=1) -> Tensor") -> RegistryError:
    return reg(f"- name: {sig}\n  forward: np.negative(self)\n  self: -grad\n  test: {{samples: [{spec}]}}\n")


class Square(yg.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x * g


def _function(backward):
    return type("Custom", (yg.autograd.Function,), {
        "forward": staticmethod(lambda ctx, x: x * 2), "backward": staticmethod(backward)})


def _custom_jvp(jvp):
    """Forward mode through a custom Function whose jvp is `jvp`."""
    fn = type("CustomJvp", (yg.autograd.Function,), {
        "forward": staticmethod(lambda ctx, x: x * 2), "backward": staticmethod(lambda ctx, g: g * 2),
        "jvp": staticmethod(jvp)})
    with yg.autograd.forward_ad.dual_level():
        fn.apply(yg.autograd.forward_ad.make_dual(t([1.0]), t([1.0])))


class _NoForward(yg.nn.Module):
    pass


class _EarlyAssign(yg.nn.Module):
    def __init__(self, what):
        if what == "parameter":
            self.w = yg.nn.Parameter(t([1.0]))
        elif what == "module":
            self.m = yg.nn.Linear(1, 1)
        else:
            self.register_parameter("w", None)


def _freed():
    x = leaf()
    y = (x * x).sum()
    y.backward()
    y.backward()


def _modified():
    x = leaf()
    y = x * 2
    z = (y * y).sum()
    with yg.no_grad():
        y.add_(1)
    z.backward()


def _double_backward_refused():
    from yamlgrad.core.node import backward_once
    x = leaf()
    y = x.exp()
    (g,) = backward_once(y.grad_fn, [np.ones(3)], "exp", "derivatives.yaml:100")
    g.sum().backward()


def _not_implemented_check(name):
    """Pretend the registry declared `self` not_implemented: exp's backward then does not raise at all;
    a backward raising a NotImplementedError that names something else fails the naming check."""
    from yamlgrad import testing
    from yamlgrad.autogen.samples import OPS
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(OPS[name], "not_implemented", ["self"])
        if name != "exp":
            mp.setattr(testing, "op_function", lambda op, package=None: lambda **kw: _raising_output())
        testing.check_not_implemented(name)


def _raising_output():
    bad = _function(lambda ctx, g: (_ for _ in ()).throw(NotImplementedError("something else")))
    return bad.apply(leaf())


def _anomaly():
    x = leaf([0.0, 1.0, 4.0])
    with yg.autograd.detect_anomaly(), contextlib.redirect_stderr(io.StringIO()), \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")
        y = (x.sqrt() * 0.0 + (x - x) / (x - x)).sum()
        y.backward()


def _gradcheck_shape():
    """The engine always brings gradients to their input's shape, so this check is a safety net; it
    fires if the gradients gradcheck receives have another shape (simulated here)."""
    module = importlib.import_module("yamlgrad.autograd.gradient_checks")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(module, "autograd_grad", lambda outs, ins, *a, **k: tuple(t(np.zeros(5)) for _ in ins))
        yg.autograd.gradcheck(lambda x: x * 2, (leaf(),))


def _gradcheck_outputs():
    calls = [0]

    def f(x):
        calls[0] += 1
        return (x * 2,) if calls[0] % 2 else (x * 2, x * 3)
    yg.autograd.gradcheck(f, (leaf(),))


def _gradcheck_mismatch():
    wrong = _function(lambda ctx, g: g * 3)
    yg.autograd.gradcheck(wrong.apply, (leaf(),))


def _checkpoint_double():
    from yamlgrad.utils.checkpoint import checkpoint
    x = leaf()
    y = checkpoint(lambda a: (a * a).sum(), x)
    (g,) = yg.autograd.grad(y, x, create_graph=True)
    g.sum().backward()


def _inplace_view_of_no_grad_view():
    x = leaf()
    y = x * 2
    with yg.no_grad():
        v = y[0:2]
    v.add_(1)


def _view_outside_its_base():
    from yamlgrad.core.copy_slices import geometry, positions
    memory = np.zeros(8)
    base, view = memory[::2], memory[1::2]  # a base that is not row-major, and memory between its elements
    positions(*geometry(view, base))


def _readonly_write():
    x = t([1.0, 2.0]).expand((3, 2))
    x.add_(1.0)


def _load_state(strict=True):
    m = yg.nn.Linear(2, 2)
    m.load_state_dict({"weight": t(np.zeros((3, 3)))}, strict=strict)


def _forward_ad_no_formula():
    from yamlgrad.autograd import forward_ad as fwAD
    with fwAD.dual_level():
        x = fwAD.make_dual(t([1.0, 2.0]), t([1.0, 1.0]))
        yg.nextafter(x, t([3.0, 3.0]))


def _forward_ad_not_implemented_input():
    from yamlgrad.autograd import forward_ad as fwAD
    from yamlgrad.autogen import ops
    with fwAD.dual_level():
        weight = fwAD.make_dual(t([1.0, 2.0]), t([1.0, 1.0]))
        ops.nll_loss(t([[0.1, 0.9], [0.3, 0.7]]), yg.tensor([0, 1]), weight)


def _make_dual(tangent, primal=None, level=True):
    from yamlgrad.autograd import forward_ad as fwAD
    primal = t([1.0, 2.0]) if primal is None else primal
    if not level:
        return fwAD.make_dual(primal, tangent)
    with fwAD.dual_level():
        fwAD.make_dual(primal, tangent)


def _exit_dual():
    from yamlgrad.autograd import forward_ad as fwAD
    fwAD.exit_dual_level()


def _render(path, no_dot=False):
    y = (leaf() * 2).sum()
    if not no_dot:
        return yg.viz.render(y, WORK["dir"] / path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("shutil.which", lambda name: None)
        yg.viz.render(y, WORK["dir"] / path)


def _runtime_dir():
    import importlib.util
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(importlib.util, "find_spec", lambda name: None)
        codegen_main.runtime_dir()


def _check_diff():
    root = WORK["dir"] / "checkroot"
    root.mkdir(exist_ok=True)
    (root / "derivatives.yaml").write_text((REPO / "derivatives.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(REPO / "derivatives.samples.yaml", root / "derivatives.samples.yaml")
    return cli(str(root / "derivatives.yaml"), "--core", "--out", str(root), "--check")


def _bad_package_name():
    folder = WORK["dir"] / "not-a-package"
    folder.mkdir(exist_ok=True)
    (folder / "ops.yaml").write_text(SAMPLE_OP, encoding="utf-8")
    return cli(str(folder / "ops.yaml"), "--package", "not-a-package", "--out", str(folder))


def _cli_errors():
    (WORK["dir"] / "derivatives.yaml").write_text(SAMPLE_OP.replace("-grad", "bogus"), encoding="utf-8")
    return cli(str(WORK["dir"] / "derivatives.yaml"), "--core", "--out", str(WORK["dir"] / "nowhere"))


def _user_folder(name: str) -> Path:
    folder = WORK["dir"] / name
    folder.mkdir(exist_ok=True)
    (folder / "ops.yaml").write_text(SAMPLE_OP.replace("f(", "mine("), encoding="utf-8")
    return folder


def _foreign_file():
    folder = _user_folder("foreign")
    (folder / "ops.py").write_text("# Generated from Ops.g4 by ANTLR 4.13\n", encoding="utf-8")
    return cli(str(folder / "ops.yaml"), "--package", "foreign", "--out", str(folder))


def _linked_lock():
    folder = _user_folder("linked")
    (folder / "target").write_text("keep\n", encoding="utf-8")
    if not (folder / ".codegen.lock").is_symlink():
        (folder / ".codegen.lock").symlink_to(folder / "target")
    return cli(str(folder / "ops.yaml"), "--package", "linked", "--out", str(folder))


def _stray_temp():
    folder = _user_folder("stray")
    assert cli(str(folder / "ops.yaml"), "--package", "stray", "--out", str(folder))[1] == 0
    (folder / ".ops.py.4242.tmp").write_text("half a file", encoding="utf-8")
    return cli(str(folder / "ops.yaml"), "--package", "stray", "--out", str(folder), "--check")


def _rendered(text: str) -> RegistryError:
    """A user registry through the checks on the rendered modules (codegen/names.py check_rendered)."""
    path = WORK["dir"] / "rendered" / "derivatives.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    try:
        codegen_main.render(load_ops(path, user=True), path, package="rendered")
    except RegistryError as exc:
        return exc
    raise AssertionError("the registry was accepted")


def _injected():
    emit_module.write_all(WORK["dir"] / "inject", {"autogen/x.py": "x = 1\n"}, _fail_after=0)


def _required_param():
    from yamlgrad.optim.optimizer import Optimizer, required

    class Needs(Optimizer):
        def __init__(self, params):
            super().__init__(params, {"lr": required})
    Needs([leaf()])


def _optimizer_no_update():
    from yamlgrad.optim.optimizer import Optimizer
    p = leaf()
    Optimizer([p], {}).step()


def _nn_module(assign):
    m = yg.nn.Linear(1, 1)
    assign(m)


def _node_apply():
    from yamlgrad.core.node import Node
    Node().apply([], None)


def _opt_state(kind):
    a, b = leaf(), leaf()
    opt = yg.optim.SGD([a], lr=0.1)
    if kind == "groups":
        opt.load_state_dict({"state": {}, "param_groups": []})
    else:
        opt.load_state_dict({"state": {}, "param_groups": [dict(opt.state_dict()["param_groups"][0], params=[0, 1])]})


def _internal_op(name, *args):
    """An internal op (`variants: []`, not in the yg namespace), called directly."""
    return getattr(importlib.import_module("yamlgrad.autogen.ops"), name)(*args)


def _qr_backward(A, mode):
    yg.linalg.qr(yg.tensor(np.asarray(A, dtype=np.float64), requires_grad=True), mode=mode)[1].sum().backward()


def _zeros(*shape, dtype=np.float64):
    return t(np.zeros(shape, dtype=dtype))


def _conv(x_shape, w_shape, bias=None, stride=(1,), padding=(0,), dilation=(1,), transposed=False,
          output_padding=(0,), groups=1, w_dtype=np.float64):
    return yg.convolution(_zeros(*x_shape), _zeros(*w_shape, dtype=w_dtype), bias, stride, padding, dilation,
                          transposed, output_padding, groups)


# ---- the triggers: one per entry ------------------------------------------------------------------------
LIST_OP = ("- name: f(Tensor[] tensors, Tensor other) -> Tensor\n  forward: np.negative(other)\n"
           "  tensors: not_implemented\n  other: -grad\n")

TRIGGERS = {
    # the registry file
    "LOAD-01": lambda: load_ops(WORK["dir"] / "missing" / "derivatives.yaml"),
    "LOAD-02": lambda: reg(b"#" * (4 * 1024 * 1024 + 1)),
    "LOAD-03": lambda: reg(SAMPLE_OP.encode() + b"  # caf\xe9\n"),
    "LOAD-04": lambda: reg("- &a {name: 'f(Tensor self) -> Tensor'}\n- *a\n"),
    "LOAD-05": lambda: reg(SAMPLE_OP + "  operators: [__neg__\n"),
    "LOAD-06": lambda: reg("{a: " * 600 + "b" + "}" * 600 + "\n"),
    "LOAD-07": lambda: reg(SAMPLE_OP + "  ? [a]\n  : b\n"),
    "LOAD-08": lambda: reg(SAMPLE_OP + "  self: grad\n"),
    "LOAD-09": lambda: reg(SAMPLE_OP + "  view: !!bool maybe\n"),
    "LOAD-10": lambda: reg("name: f(Tensor self) -> Tensor\n"),
    "LOAD-11": lambda: reg("- " * 1000 + "x\n"),
    "LOAD-12": lambda: reg("# only a comment\n"),
    # entries
    "ENTRY-01": lambda: reg("- just a string\n"),
    "ENTRY-02": lambda: reg("- nmae: f(Tensor self) -> Tensor\n  forward: np.negative(self)\n"),
    "ENTRY-03": lambda: op("", sig="f(Tensr self) -> Tensor"),
    "ENTRY-04": lambda: reg(SAMPLE_OP + SAMPLE_OP),
    "ENTRY-05": lambda: reg(SAMPLE_OP.replace("f(", "mul("), user=True),
    "ENTRY-32": lambda: reg(SAMPLE_OP.replace("f(", "mine(") + "  variants: function, method\n", user=True),
    "ENTRY-33": lambda: reg(SAMPLE_OP.replace("f(", "mine(") + "  operators: [__neg__]\n", user=True),
    "ENTRY-06": lambda: op("", sig="len(Tensor self) -> Tensor"),
    "ENTRY-07": lambda: op("", sig="sum_backward(Tensor self) -> Tensor"),
    "ENTRY-08": lambda: op("", sig="f(Tensor self, Tensor self_a) -> Tensor", formulas="self: grad\nself_a: grad"),
    "ENTRY-09": lambda: op("", sig="f(Tensor self, int np) -> Tensor"),
    "ENTRY-10": lambda: op("", sig="f(Tensor self) -> Tensor grad_x"),
    "ENTRY-11": lambda: op("", forward=None),
    "ENTRY-12": lambda: forward("np.load('x')"),
    "ENTRY-13": lambda: op("varaints: function"),
    "ENTRY-14": lambda: op("k: grad", sig="f(Tensor self, int k) -> Tensor"),
    "ENTRY-15": lambda: op("self, other: (grad, grad)", sig="f(Tensor self, Tensor other) -> Tensor",
                           forward="np.add(self, other)"),
    "ENTRY-16": lambda: formula("grad * bogus"),
    "ENTRY-17": lambda: op("", sig="f(Tensor self, Tensor other) -> Tensor", forward="np.add(self, other)"),
    "ENTRY-18": lambda: reg(LIST_OP.replace("other: -grad", "other: not_implemented")),
    "ENTRY-19": lambda: op("variants: 5"),
    "ENTRY-20": lambda: op("variants: function, methods"),
    "ENTRY-21": lambda: op("variants: inplace", sig="f(Tensor self) -> (Tensor a, Tensor b)",
                           forward="(self, self)", formulas="self: grads[0]"),
    "ENTRY-22": lambda: op("operators: [__call__]"),
    "ENTRY-23": lambda: op("operators: [__neg__]", sig="f(Tensor self, Tensor other) -> Tensor",
                           forward="np.add(self, other)", formulas="self: grad\nother: grad"),
    "ENTRY-24": lambda: op("operators: [__iadd__]", sig="f(Tensor self, Tensor other) -> Tensor",
                           forward="np.add(self, other)", formulas="self: grad\nother: grad"),
    "ENTRY-25": lambda: op("operators: [__add__]"),
    "ENTRY-26": lambda: op("output_differentiability: [true, false]"),
    "ENTRY-27": lambda: op("output_differentiability: [true, false]", sig="f(Tensor self) -> (Tensor a, Tensor b)",
                           forward="(self, self)", formulas="self: grad_b"),
    "ENTRY-28": lambda: op("double_backward: maybe"),
    "ENTRY-31": lambda: op("", sig="f(Tensor self) -> (Tensor a, Tensor b)", forward="(self, self)",
                           formulas="self: grads[0] + grads[2]"),
    "ENTRY-29": lambda: op("view: 1"),
    "ENTRY-30": lambda: op("result: grad"),
    "ENTRY-35": lambda: reg(SAMPLE_OP.replace("f(", "foo2x(") + SAMPLE_OP.replace("f(", "foo2_x(")),
    "ENTRY-36": lambda: reg(SAMPLE_OP.replace("f(", "fooBar(") + SAMPLE_OP.replace("f(", "foobar(")),
    "ENTRY-37": lambda: _rendered(SAMPLE_OP.replace("f(", "_core(")),
    "ENTRY-38": lambda: _rendered(SAMPLE_OP.replace("f(", "getattr(")),
    "FWD-01": lambda: op("result: auto_element_wise", sig="f(Tensor self, Tensor other) -> Tensor",
                         forward="np.add(self, other)", formulas="self: grad\nother: grad"),
    "FWD-02": lambda: op("result: other_t", sig="f(Tensor self, Tensor other) -> Tensor",
                         forward="np.add(self, other)", formulas="self: grad\nother: non_differentiable"),
    # signatures
    "SIG-01": lambda: reg("- name: 5\n  forward: np.negative(self)\n  self: -grad\n"),
    "SIG-02": lambda: op("", sig="f(Tensor self) Tensor"),
    "SIG-03": lambda: op("", sig="f(Tensor class) -> Tensor", formulas="class: grad"),
    "SIG-04": lambda: op("", sig="f(Tensor __x) -> Tensor", formulas="__x: grad"),
    "SIG-05": lambda: op("", sig="f(Tensor self, int[] k=1]) -> Tensor"),
    "SIG-06": lambda: op("", sig="f(Tensor self, int[] k=[1) -> Tensor"),
    "SIG-07": lambda: op("", sig="f(Tensor self, *, int a=1, *, int b=2) -> Tensor"),
    "SIG-08": lambda: op("", sig="f(Tensor self Tensor other) -> Tensor"),
    "SIG-09": lambda: op("", sig="f(Tensr self) -> Tensor"),
    "SIG-10": lambda: op("", sig="f(Tensor self, int self) -> Tensor"),
    "SIG-11": lambda: op("", sig="f(Tensor self, float x=inf) -> Tensor"),
    "SIG-12": lambda: op("", sig="f(Tensor self, str s='" + "a" * 200 + "') -> Tensor"),
    "SIG-13": lambda: op("", sig="f(Tensor self, int k=None) -> Tensor"),
    "SIG-14": lambda: op("", sig="f(Tensor self, int k=1.5) -> Tensor"),
    "SIG-15": lambda: op("", sig="f(Tensor self, int a=1, int b) -> Tensor"),
    "SIG-16": lambda: op("", sig="f(int k) -> Tensor", formulas=""),
    "SIG-17": lambda: op("", sig="f(Tensor self) -> (Tensor self, Tensor b)"),
    "SIG-18": lambda: op("", sig="f(Tensor self) -> ()"),
    "SIG-19": lambda: op("", sig="f(Tensor self) -> int"),
    "SIG-20": lambda: op("", sig="f(Tensor self) -> (Tensor a, Tensor a)"),
    # expressions
    "FORM-01": lambda: formula("[grad]", raw=True),
    "FORM-02": lambda: formula("grad" + " + grad" * 400),
    "FORM-03": lambda: formula("grad\0"),
    "FORM-04": lambda: formula("grad +"),
    "FORM-05": lambda: _with_pure_python_yaml(lambda: formula("\"grad + '\\uD800'\"", raw=True)),
    "FORM-06": lambda: formula("grad" + ".shape" * 70),
    "FORM-07": lambda: formula("grad * " + "9" * 41),
    "FORM-32": lambda: formula("0x" + "f" * 4000, raw=True),
    "FORM-08": lambda: formula("grad * 1j"),
    "FORM-09": lambda: formula("grad << 1"),
    "FORM-10": lambda: formula("grad in grad"),
    "FORM-11": lambda: formula("grad if grad is grad else grad"),
    "FORM-12": lambda: formula("[x for x in grad]"),
    "FORM-13": lambda: formula("cos(*grad)"),
    "FORM-14": lambda: formula("cos(**grad)"),
    "FORM-15": lambda: formula("grad.__class__"),
    "FORM-16": lambda: forward("np.sum(self)(1)"),
    "FORM-17": lambda: forward("abs(self)"),
    "FORM-18": lambda: forward("np.add(self, inf)"),
    "FORM-19": lambda: forward("np"),
    "FORM-20": lambda: forward("np.save('x', self)"),
    "FORM-21": lambda: forward("np.linalg.nope(self)"),
    "FORM-22": lambda: forward("kernels.nope(self)"),
    "FORM-23": lambda: forward("self.tofile('x')"),
    "FORM-24": lambda: op("result: grad * 2", sig="f(Tensor self) -> Tensor"),
    "FORM-25": lambda: op("", sig="f(Tensor self) -> (Tensor a, Tensor b)", forward="(self, self)",
                          formulas="self: grad"),
    "FORM-26": lambda: formula("grad * f"),
    "FORM-27": lambda: formula("grad * bogus"),
    "FORM-28": lambda: formula("grad.T"),
    "FORM-29": lambda: formula("grad.tofile('x')"),
    "FORM-30": lambda: formula("len(grad)"),
    "FORM-31": lambda: formula("[cos][0](grad)"),
    "FORM-33": lambda: forward("np.add(self, 1, out=self)"),
    "FORM-34": lambda: forward("np.copyto(self, 0)"),
    "FORM-35": lambda: forward("np.add(self, 1, self)"),
    "FORM-36": lambda: formula("grad.neg(out=self)"),
    "FORM-37": lambda: formula("grad * 9**9**9**9"),
    "FORM-38": lambda: formula("grad * (10**40 * 10**40)"),
    "FORM-39": lambda: forward("self ** k ** k", sig="f(Tensor self, int k=2) -> Tensor"),
    "FORM-40": lambda: formula("grad if 'ab' * 10**12 else grad"),
    "FORM-41": lambda: formula("grad['__class__']"),
    # test blocks
    "TEST-01": lambda: op("test: [1, 2]"),
    "TEST-25": lambda: with_samples(ONE_OP + "  test: {atol: 1e-5}\n", "f: {atol: 1e-5}\n"),
    "TEST-26": lambda: with_samples(ONE_OP, "g: {atol: 1e-5}\n"),
    "TEST-27": lambda: op("test: {samples: [[[2]]], extra_samples: [[[3]]]}"),
    "TEST-28": lambda: op("test: {extra_samples: []}"),
    "LOAD-13": lambda: with_samples(ONE_OP, "- f\n"),
    "TEST-02": lambda: op("test: {tolerance: 1}"),
    "TEST-03": lambda: op("test: {domain: [0, 1]}"),
    "TEST-04": lambda: op("test: {domain: {k: [0, 1]}}", sig="f(Tensor self, int k=1) -> Tensor"),
    "TEST-05": lambda: op("test: {domain: {self: [1, 0]}}"),
    "TEST-06": lambda: op("test: {atol: -1}"),
    "TEST-07": lambda: op("", sig="f(Tensor self, int k) -> Tensor"),
    "TEST-08": lambda: op("test: {samples: []}"),
    "TEST-09": lambda: sample("[[2], [3]]"),
    "TEST-10": lambda: sample("5"),
    "TEST-11": lambda: sample("{self: [2], bogus: 1}"),
    "TEST-12": lambda: reg(LIST_OP + "  test: {samples: [{tensors: 5, other: [2]}]}\n"),
    "TEST-13": lambda: sample("{self: [3], i: '1 +'}", sig="f(Tensor self, Index i) -> Tensor"),
    "TEST-14": lambda: sample("{self: [2]}", sig="f(Tensor self, int k) -> Tensor"),
    "TEST-23": lambda: sample("{self: [2], k: 2001-01-01}"),
    "TEST-24": lambda: sample("{self: [2], k: [[[[[1]]]]]}"),
    "TEST-15": lambda: sample("{self: 'x'}"),
    "TEST-16": lambda: sample("{self: {shape: [2], colour: red}}"),
    "TEST-17": lambda: sample("{self: [65]}"),
    "TEST-18": lambda: sample("{self: {shape: [2], dtype: int8}}"),
    "TEST-19": lambda: sample("{self: {shape: [2], domain: [1, 0]}}"),
    "TEST-20": lambda: sample("{self: [3], i: [1, 2]}", sig="f(Tensor self, Index i) -> Tensor"),
    "TEST-21": lambda: sample("{self: [3], i: '0] + _[1'}", sig="f(Tensor self, Index i) -> Tensor"),
    "TEST-22": lambda: sample("{self: [3], i: 'i + 1'}", sig="f(Tensor self, Index i) -> Tensor"),
    # the codegen command
    "CGEN-01": _cli_errors,
    "CGEN-02": _check_diff,
    "CGEN-03": _bad_package_name,
    "CGEN-04": _runtime_dir,
    "CGEN-05": _injected,
    "CGEN-09": _foreign_file,
    "CGEN-10": _foreign_file,
    "CGEN-11": _linked_lock,
    "CGEN-12": _stray_temp,
    "CGEN-13": lambda: cli(str(WORK["dir"] / "derivatives.yaml")),
    # generated code
    "GEN-01": lambda: importlib.import_module("yamlgrad.autogen.ops").nll_loss(
        t([[0.1, 0.9], [0.3, 0.7]]), yg.tensor([0, 1]), leaf()[:2]).backward(),
    "GEN-02": _double_backward_refused,
    "GEN-03": _forward_ad_no_formula,
    "GEN-04": lambda: _not_implemented_check("exp"),
    "GEN-05": lambda: _not_implemented_check("gelu_backward"),
    "GEN-06": _forward_ad_not_implemented_input,
    # engine
    "ENG-01": lambda: (leaf() * 2).backward(),
    "ENG-02": lambda: (leaf() * 2).backward(t([1.0, 2.0])),
    "ENG-03": lambda: (_function(lambda ctx, g: t(np.ones((2, 2)))).apply(leaf())).sum().backward(),
    "ENG-04": lambda: t([1.0]).sum().backward(),
    "ENG-05": lambda: _wrong_count_node(),
    "ENG-06": lambda: yg.autograd.backward([leaf().sum(), 3]),
    "ENG-07": lambda: yg.autograd.backward([leaf().sum()], [t(1.0), t(1.0)]),
    "ENG-08": lambda: leaf().sum().backward(inputs=[]),
    "ENG-09": lambda: yg.autograd.grad(leaf().sum(), [t([1.0])]),
    "ENG-10": lambda: yg.autograd.grad(leaf().sum(), []),
    "ENG-11": lambda: yg.autograd.grad([leaf().sum()], [leaf()], grad_outputs=[t(1.0), t(1.0)]),
    "ENG-12": lambda: yg.autograd.grad(leaf().sum(), [leaf()]),
    # saved tensors
    "SAVE-01": _freed,
    "SAVE-02": _modified,
    # tensors
    "TENS-01": lambda: setattr(leaf() * 2, "requires_grad", False),
    "TENS-02": lambda: t([1, 2]).requires_grad_(),
    "TENS-03": lambda: _detach_view(),
    "TENS-04": lambda: len(t(1.0)),
    "TENS-05": lambda: iter(t(1.0)),
    "TENS-06": lambda: leaf().numpy(),
    "TENS-07": lambda: t([1.0, 2.0]).item(),
    "TENS-08": lambda: [0, 1][t([1.5])],
    "TENS-09": lambda: bool(t([1.0, 2.0])),
    "TENS-10": lambda: t([1.0]).to("cuda"),
    "TENS-11": lambda: yg.tensor([1.0, None]),
    "TENS-12": lambda: setattr(leaf(), "grad", 3),
    "TENS-20": lambda: int(t([1.0, 2.0])),
    "TENS-21": lambda: t([[1.0, 2.0]])[:, 2],
    "UPS-13": lambda: yg.nn.functional.pixel_shuffle(t([1.0, 2.0]), 2),
    "UPS-14": lambda: yg.nn.functional.pixel_shuffle(t(np.zeros((3, 2, 2))), 2),
    "UPS-15": lambda: yg.nn.functional.pixel_unshuffle(t(np.zeros((1, 3, 2))), 2),
    "UPS-17": lambda: yg.nn.functional.pixel_unshuffle(t(np.zeros((1, 2, 3))), 2),
    "UPS-18": lambda: yg.nn.functional.pixel_unshuffle(t([1.0]), 2),
    "UPS-16": lambda: yg.nn.init.orthogonal_(t([1.0, 2.0])),
    "TENS-22": lambda: t(np.zeros((2, 3))).t().view(-1),
    "TENS-15": lambda: yg.mul(t([1.0]), 2, out=3),
    "TENS-16": lambda: yg.mul(leaf(), 2, out=t([0.0, 0.0, 0.0])),
    "TENS-13": lambda: setattr(leaf(), "grad", t([1.0])),
    "TENS-14": lambda: setattr(leaf(), "grad", t([1.0, 2.0, 3.0], dtype=np.float32)),
    "TENS-17": lambda: yg.arange(0, 5, 0),
    "TENS-18": lambda: yg.arange(5, 0),
    "TENS-19": lambda: yg.zeros(2, shape=(3,)),
    # devices, legacy types and inputs
    "DEV-01": lambda: yg.device(0),
    "DEV-02": lambda: yg.device(1.5),
    "DEV-03": lambda: yg.device("gpu"),
    "DEV-04": lambda: yg.device("cuda:0", 1),
    "DEV-05": lambda: yg.device("cpu:x"),
    "DEV-06": lambda: yg.device("cpu", -1),
    "DEV-07": lambda: yg.zeros(2, device="mps"),
    "DEV-08": lambda: t([1.0]).to(yg.float64, blocking=True),
    "DEV-09": lambda: yg.Size([2.5]),
    "DEV-10": lambda: yg.FloatTensor([1.0], 2),
    "DEV-11": lambda: yg.Tensor(2.5),
    "DEV-12": lambda: t([1.0]).type("foo"),
    "DEV-13": lambda: yg.tensor(np.array(["2020-01-01"], dtype="datetime64[D]")),
    "DEV-14": lambda: yg.tensor([1, "a"]),
    "DEV-15": lambda: yg.tensor(["a"]),
    "DEV-16": lambda: yg.from_numpy([1.0, 2.0]),
    "DEV-17": lambda: yg.from_numpy(np.arange(3.0)[::-1]),
    "DEV-18": lambda: yg.from_numpy(np.arange(3.0).astype(">f8")),
    "DEV-19": lambda: yg.tensor([1 + 2j], requires_grad=True),
    "DEV-20": lambda: np.from_dlpack(leaf()),
    "DEV-21": lambda: yg.sparse_coo_tensor([0, 1], [1.0, 2.0], (2,)),
    "DEV-22": lambda: yg.sparse_coo_tensor([[0, 1]], [1.0], (2,)),
    "DEV-23": lambda: yg.sparse_coo_tensor([[0, 5]], [1.0, 2.0], (2,)),
    # hooks and in-place
    "HOOK-01": lambda: t([1.0]).register_hook(lambda g: g),
    "HOOK-02": lambda: t([1.0]).retain_grad(),
    "INPL-01": lambda: t([1.0, 2.0]).add_(t([[1.0], [2.0]])),
    "INPL-02": lambda: t([1, 2]).mul_(0.5),
    "INPL-03": _readonly_write,
    "INPL-04": lambda: leaf().add_(1.0),
    "INPL-07": lambda: t([1.0, 2.0]).__setitem__(slice(0, 2), t([1.0, 2.0, 3.0])),
    "INPL-08": lambda: leaf().__setitem__(0, 5.0),
    "INPL-09": _inplace_view_of_no_grad_view,
    "INPL-10": _view_outside_its_base,
    # custom Functions
    "FUNC-01": lambda: _function(None).apply(leaf()).grad_fn.save_for_backward(3),
    "FUNC-02": lambda: _function(lambda ctx, g: (g, g)).apply(leaf()).sum().backward(),
    "FUNC-03": lambda: _function(lambda ctx, g: 1.0).apply(leaf()).sum().backward(),
    "FUNC-04": lambda: type("NoForward", (yg.autograd.Function,), {}).apply(leaf()),
    "FUNC-05": lambda: type("NoBackward", (yg.autograd.Function,), {
        "forward": staticmethod(lambda ctx, x: x * 2)}).apply(leaf()).sum().backward(),
    "FUNC-06": _node_apply,
    "FUNC-07": lambda: _function(None).apply(leaf()).grad_fn.save_for_forward(3),
    "FUNC-08": lambda: yg.autograd.Function.setup_context(None, (), None),
    "FUNC-09": lambda: _custom_jvp(lambda ctx, t: (t, t)),
    "FUNC-10": lambda: _custom_jvp(lambda ctx, t: 1.0),
    "CKPT-01": _checkpoint_double,
    "CKPT-02": lambda: __import__("yamlgrad.utils.checkpoint", fromlist=["checkpoint"]).checkpoint(
        lambda a: a, leaf(), use_reentrant=True, scale=2.0),
    # autograd API
    "AGF-01": lambda: yg.autograd.functional.vjp(lambda x: x, [1.0]),
    "AGF-02": lambda: yg.autograd.functional.vjp(lambda x, y: x.sum(), (leaf(), leaf()), strict=True),
    "AGF-03": lambda: yg.autograd.functional.vjp(lambda x: x * 2, leaf()),
    "AGF-04": lambda: yg.autograd.functional.jvp(lambda x: x * 2, leaf()),
    "AGF-05": lambda: yg.autograd.functional.jvp(lambda x: t([1.0, 1.0, 1.0]), leaf(), v=t([1.0, 1.0, 1.0]),
                                                 strict=True),
    "AGF-06": lambda: yg.autograd.functional.hessian(lambda x: x * 2, leaf()),
    "AGF-07": lambda: yg.autograd.functional.hvp(lambda x: x * 2, leaf(), v=t([1.0, 1.0, 1.0])),
    "FWAD-01": _exit_dual,
    "FWAD-02": lambda: _make_dual(t([1.0, 1.0]), level=False),
    "FWAD-03": lambda: _make_dual([1.0, 1.0]),
    "FWAD-04": lambda: _make_dual(t([1.0, 1.0, 1.0])),
    "FWAD-05": lambda: _make_dual(t([1, 1]), primal=t([1, 2])),
    "GCHK-01": lambda: yg.autograd.gradcheck(lambda x: x * 2, (t([1.0]),)),
    "GCHK-02": lambda: _gradcheck_shape(),
    "GCHK-03": _gradcheck_outputs,
    "GCHK-04": _gradcheck_mismatch,
    "ANOM-01": _anomaly,
    # kernels
    "KERN-01": lambda: leaf().sum(dim=3),
    "KERN-02": lambda: yg.amax(t(np.zeros(0))),
    "KERN-03": lambda: t(np.zeros((2, 3))).expand((3,)),
    "KERN-04": lambda: t(np.zeros((2, 3))).sum_to_size((4,)),
    "KERN-05": lambda: t([1.0]).clamp(),
    "KERN-06": lambda: t([1.0, 2.0]).reshape(True),
    "KERN-07": lambda: t([1.0, 2.0]).reshape((True, 2)),
    "KERN-08": lambda: t(np.zeros((2, 3))).flatten(1, 0),
    "KERN-09": lambda: t(np.zeros((2, 2, 2))).t(),
    "KERN-10": lambda: t([1.0, 2.0]).split(-1),
    "KERN-11": lambda: t([1.0, 2.0]).split([1, 2]),
    "KERN-12": lambda: t([1.0, 2.0]).chunk(0),
    "KERN-13": lambda: yg.stack([]),
    "KERN-14": lambda: yg.cat([]),
    "KERN-15": lambda: yg.nn.functional.elu(t([1, 2])),
    "KERN-16": lambda: yg.nn.functional.hardtanh(t([True, False])),
    "KERN-17": lambda: yg.nn.functional.celu(t([1.0]), alpha=0.0),
    "KERN-18": lambda: yg.nn.functional.gelu(t([1.0]), approximate="fast"),
    "KERN-19": lambda: yg.nn.functional.glu(t(1.0)),
    "KERN-20": lambda: yg.nn.functional.glu(t([1.0, 2.0, 3.0])),
    "KERN-21": lambda: yg.linalg_vector_norm(t([1, 2])),
    "KERN-22": lambda: t([1.0, 2.0]).var(unbiased=True, correction=1),
    "KERN-23": lambda: t([1, 2]).var(),
    "KERN-24": lambda: yg.linalg_vector_norm(t([1.0, 2.0]), ord="fro"),
    "KERN-25": lambda: yg.linalg_vector_norm(t(np.zeros(0)), ord=float("inf")),
    "KERN-26": lambda: t([1.0, 2.0]).norm(p="fro", dim=(0, 0, 0)),
    "KERN-27": lambda: importlib.import_module("yamlgrad.autogen.ops").norm(t(np.ones((2, 2))), "nuc"),
    "KERN-28": lambda: t(np.ones((2, 2))).norm(p="bogus"),
    "KERN-29": lambda: t([True, False]).argmax(),
    "KERN-30": lambda: t(np.zeros((0, 2))).argmax(dim=0),
    "KERN-31": lambda: t([True, False]).topk(1),
    "KERN-32": lambda: t([1.0, 2.0]).topk(3),
    "KERN-33": lambda: t(np.zeros((2, 3))).movedim((0, 1), (0,)),
    "KERN-34": lambda: t(np.zeros((2, 3))).movedim((0, 0), (0, 1)),
    "KERN-35": lambda: t(np.zeros((2, 3))).movedim((0, 1), (1, 1)),
    "KERN-36": lambda: yg.broadcast_to(t([1.0]), (-1, 1)),
    "KERN-37": lambda: yg.broadcast_to(t([1.0, 2.0]), (3,)),
    "KERN-38": lambda: t(np.zeros((2, 2))).repeat((2,)),
    "KERN-39": lambda: t([1.0]).tile((-1,)),
    "KERN-40": lambda: t(np.zeros((2, 2))).flip((0, 0)),
    "KERN-41": lambda: t([1.0, 2.0]).roll((1, 1), (0,)),
    "KERN-42": lambda: t(1.0).roll(1, 0),
    "KERN-43": lambda: t(1.0).narrow(0, 0, 1),
    "KERN-44": lambda: t([1.0, 2.0]).narrow(0, 5, 1),
    "KERN-45": lambda: t([1.0, 2.0]).narrow(0, 0, -1),
    "KERN-46": lambda: t([1.0, 2.0]).narrow(0, 1, 5),
    "KERN-47": lambda: t(1.0).select(0, 0),
    "KERN-48": lambda: t([1.0, 2.0]).select(0, 5),
    "KERN-49": lambda: t([1.0, 2.0]).gather(0, t([0.0])),
    "KERN-50": lambda: t([1.0, 2.0]).gather(0, t([5])),
    "KERN-51": lambda: t([1.0, 2.0]).gather(0, t([[0]])),
    "KERN-52": lambda: t(np.zeros((2, 2))).gather(0, t(np.zeros((3, 3), dtype=np.int64))),
    "KERN-53": lambda: t([1.0, 2.0]).scatter_add(0, t([0]), t([1], dtype=np.float32)),
    "KERN-54": lambda: t([1.0, 2.0]).scatter_add(0, t([[0]]), t([[1.0]])),
    "KERN-55": lambda: t([1.0, 2.0]).scatter_add(0, t([0]), t([[1.0]])),
    "KERN-56": lambda: t([1.0, 2.0]).scatter_add(0, t([0, 1, 0]), t([1.0])),
    "KERN-57": lambda: t([1.0, 2.0]).index_select(0, t([[0]])),
    "KERN-58": lambda: t(1.0).index_select(0, t([0, 0])),
    "KERN-59": lambda: t(1.0).index_select(0, t([1])),
    "KERN-60": lambda: t([1.0, 2.0]).index_select(0, t([5])),
    "KERN-61": lambda: t([1.0, 2.0]).masked_fill(t([1, 0]), 0.0),
    "KERN-62": lambda: t([1.0, 2.0]).masked_fill(t([True, False]), t([1.0, 2.0])),
    "KERN-63": lambda: t([1.0, 2.0]).masked_fill(t([True, False]), 1j),
    "KERN-64": lambda: yg.constant_pad_nd(t([1.0]), (1,)),
    "KERN-65": lambda: yg.constant_pad_nd(t([1.0]), (1, 1, 1, 1)),
    "KERN-66": lambda: yg.constant_pad_nd(t([1.0, 2.0]), (-2, -1)),
    "KERN-69": lambda: yg.polygamma(-1, t([1.0])),
    "KERN-70": lambda: yg.addcdiv(t([1]), t([1]), t([1])),
    "KERN-71": lambda: yg.div(t([1.0]), t([2.0]), rounding_mode="round"),
    "KERN-72": lambda: t([1, 2]).mean(),
    "KERN-73": lambda: t(np.zeros((2, 3))).sum((1, -1)),
    "KERN-74": lambda: yg.cat([t(np.zeros((2, 3))), t(np.zeros((2, 4)))]),
    "KERN-75": lambda: yg.cat([t(np.zeros((2, 3))), t(np.zeros(3))]),
    "KERN-76": lambda: yg.cat([t(1.0), t(2.0)]),
    "KERN-77": lambda: yg.stack([t(np.zeros((2, 3))), t(np.zeros((3, 3)))]),
    "KERN-78": lambda: t(np.zeros((3, 1))).expand(2, 4),
    "KERN-79": lambda: t(np.zeros((2, 3))) + t(np.zeros(4)),
    "LINALG-01": lambda: yg.mm(t([1.0]), t(np.eye(2))),
    "LINALG-02": lambda: yg.mm(t(np.eye(2)), t(np.eye(3))),
    "LINALG-03": lambda: yg.mm(t(np.eye(2)), t(np.eye(2), dtype=np.float32)),
    "LINALG-04": lambda: yg.mv(t([1.0]), t([1.0])),
    "LINALG-05": lambda: yg.mv(t(np.eye(2)), t([1.0])),
    "LINALG-06": lambda: yg.mv(t(np.eye(2)), t([1.0, 1.0], dtype=np.float32)),
    "LINALG-07": lambda: yg.bmm(t(np.eye(2)), _zeros(1, 2, 2)),
    "LINALG-08": lambda: yg.bmm(_zeros(1, 2, 2), _zeros(1, 3, 2)),
    "LINALG-09": lambda: yg.outer(t(np.eye(2)), t([1.0])),
    "LINALG-10": lambda: yg.trace(t([1.0])),
    "LINALG-11": lambda: yg.diag(_zeros(1, 1, 1)),
    "LINALG-12": lambda: yg.diagonal(t(np.eye(2)), 0, 0, -2),
    "LINALG-13": lambda: yg.tril(t([1.0])),
    "LINALG-14": lambda: yg.linalg.inv(t([1.0, 2.0])),
    "LINALG-15": lambda: yg.linalg.inv(_zeros(2, 3)),
    "LINALG-16": lambda: yg.linalg.solve(t(np.eye(2)), t([1.0, 1.0], dtype=np.float32)),
    "LINALG-17": lambda: yg.linalg.solve(t(np.eye(2)), t(1.0)),
    "LINALG-18": lambda: yg.linalg.solve(t(np.eye(2)), t(np.ones(3))),
    "LINALG-19": lambda: yg.linalg.solve(t(np.eye(1)), t([1.0]), left=False),
    "LINALG-20": lambda: yg.linalg.inv(_zeros(2, 2)),
    "LINALG-21": lambda: yg.linalg.solve(_zeros(2, 2), t([1.0, 1.0])),
    "LINALG-22": lambda: yg.linalg.cholesky(t(-np.eye(2))),
    "LINALG-23": lambda: yg.linalg.eigh(t(np.eye(2)), UPLO="X"),
    "LINALG-24": lambda: yg.linalg.qr(t(np.eye(2)), mode="full"),
    "LINALG-25": lambda: _qr_backward(np.eye(2), "r"),
    "LINALG-26": lambda: _qr_backward(np.ones((3, 2)), "complete"),
    "LINALG-27": lambda: yg.linalg.matrix_norm(t(np.eye(2)), dim=(0, -2)),
    "LINALG-28": lambda: yg.addmm(t([1.0, 2.0, 3.0]), t(np.eye(2)), t(np.eye(2))),
    "NNK-01": lambda: _conv((1, 1, 3, 3), (1, 1, 2, 2), stride=(1, 1, 1)),
    "NNK-02": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2, dtype=np.float32)),
    "NNK-03": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 4, 4)),
    "NNK-04": lambda: _conv((1, 1), (1, 1)),
    "NNK-05": lambda: _conv((1, 1, 3), (1, 1, 2, 2)),
    "NNK-06": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2), groups=0),
    "NNK-07": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2), padding=-1),
    "NNK-08": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2), dilation=0),
    "NNK-09": lambda: _conv((1, 3, 3, 3), (3, 1, 2, 2), transposed=True, groups=2),
    "NNK-10": lambda: yg.nn.functional.conv2d(_zeros(1, 3, 3, 3), _zeros(2, 1, 2, 2), groups=2),
    "NNK-11": lambda: _conv((1, 2, 3, 3), (1, 1, 2, 2), transposed=True),
    "NNK-12": lambda: _conv((1, 1, 3, 3), (1, 1, 2, 2), transposed=True, output_padding=(1,)),
    "NNK-13": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2), t([1.0, 2.0])),
    "NNK-14": lambda: _internal_op("conv_weight_grad", _zeros(1, 1, 3), _zeros(1, 1, 5), [1, 1, 2], [1], [0], [1], 1),
    "NNK-15": lambda: yg.nn.functional.max_pool2d(_zeros(3, 3), 2),
    "NNK-16": lambda: yg.nn.functional.max_pool2d(_zeros(1, 3, 3), 2, 0),
    "NNK-17": lambda: yg.nn.functional.max_pool2d(_zeros(1, 3, 3), 4),
    "NNK-18": lambda: yg.nn.functional.avg_pool2d(_zeros(1, 3, 3), 2, 1, 2),
    "NNK-19": lambda: yg.nn.functional.avg_pool2d(_zeros(1, 3, 3), (2, 2, 2)),
    "NNK-20": lambda: yg.nn.functional.avg_pool2d(_zeros(1, 3, 3), 2, divisor_override=0),
    "NNK-21": lambda: _internal_op("avg_pool2d_backward", _zeros(1, 3, 3), _zeros(1, 4, 4), [2], [2], [0], False,
                                   True, None),
    "NNK-22": lambda: yg.nn.functional.embedding(t([0]), _zeros(2, 2), sparse=True),
    "NNK-23": lambda: yg.nn.functional.embedding(t([0.0]), _zeros(2, 2)),
    "NNK-24": lambda: yg.nn.functional.embedding(t([0]), _zeros(2)),
    # nn
    "NNF-01": lambda: yg.nn.functional.mse_loss(t([1.0]), t([1.0]), reduction="average"),
    "NNF-02": lambda: yg.nn.functional.l1_loss(t([1.0]), t([1.0]), reduction="average", weight=t([1.0])),
    "NNF-03": lambda: yg.nn.functional.binary_cross_entropy(t([0.5]), t([0.5, 0.5])),
    "NNF-04": lambda: yg.nn.functional.cross_entropy(t(1.0), t(0)),
    "NNF-05": lambda: yg.nn.functional.nll_loss(t(np.zeros((2, 3))), t([0.0, 1.0])),
    "NNF-06": lambda: yg.nn.functional.nll_loss(t(np.zeros(3)), t([0])),
    "NNF-07": lambda: yg.nn.functional.nll_loss(t(np.zeros((2, 3))), t([0, 1, 2])),
    "NNF-08": lambda: yg.nn.functional.nll_loss(t(np.zeros((2, 3, 4))), t(np.zeros((2, 5), dtype=np.int64))),
    "NNF-09": lambda: yg.nn.functional.nll_loss(t(np.zeros((2, 3))), t([0, 1]), weight=t([1.0, 1.0])),
    "NNF-10": lambda: yg.nn.functional.nll_loss(t(np.zeros((2, 3))), t([0, 7])),
    "NNF-11": lambda: yg.nn.functional.cross_entropy(t(np.zeros((2, 3))), t([0, 1]), label_smoothing=1.5),
    "NNF-12": lambda: yg.nn.functional.binary_cross_entropy(t([1.5]), t([1.0])),
    "NNF-13": lambda: yg.nn.functional.hardtanh(t([1.0]), 2.0, 1.0),
    "NNF-14": lambda: yg.nn.Hardtanh(1.0, 0.0),
    "NNF-15": lambda: yg.nn.functional.l1_loss(t([1.0, 2.0]), t([1.0, 2.0]), weight=t([1.0])),
    "NNF-16": lambda: yg.nn.functional.smooth_l1_loss(t([1.0]), t([1.0]), beta=-1.0),
    "NNF-17": lambda: yg.nn.functional.huber_loss(t([1.0]), t([1.0]), delta=0.0),
    "NNF-18": lambda: yg.nn.functional.pad(t([1.0]), (1,)),
    "NNF-19": lambda: yg.nn.functional.pad(t([1.0]), (1, 1, 1, 1)),
    "NNF-20": lambda: yg.nn.functional.pad(t(np.zeros((1, 2))), (1, 1), mode="mirror"),
    "NNF-21": lambda: yg.nn.functional.pad(t(np.zeros((1, 2))), (1, 1), mode="reflect", value=1.0),
    "NNF-22": lambda: yg.nn.functional.pad(t(np.zeros((1, 2, 2, 2, 2))), (1,) * 8, mode="reflect"),
    "NNF-23": lambda: yg.nn.functional.pad(t(np.zeros((1, 0))), (1, 1), mode="reflect"),
    "NNF-24": lambda: yg.nn.functional.pad(t(np.zeros((1, 2))), (2, 2), mode="reflect"),
    "NNF-25": lambda: yg.nn.functional.pad(t(np.zeros((1, 2))), (3, 3), mode="circular"),
    "NNF-26": lambda: yg.nn.functional.pad(t(np.zeros((1, 2))), (-2, -1), mode="replicate"),
    "NNF-27": lambda: yg.nn.functional.binary_cross_entropy_with_logits(t([0.5]), t([0.5, 0.5])),
    "NNF-28": lambda: yg.nn.functional.cross_entropy(t(np.zeros((2, 3))), t(np.zeros((2, 4)))),
    "NNF-29": lambda: yg.nn.functional.conv2d(_zeros(3, 3), _zeros(1, 1, 2, 2)),
    "NNF-30": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2), padding="full"),
    "NNF-31": lambda: yg.nn.functional.conv2d(_zeros(1, 1, 3, 3), _zeros(1, 1, 2, 2), padding="same", stride=2),
    "NNF-32": lambda: yg.nn.functional.adaptive_avg_pool2d(_zeros(3, 3), 2),
    "NNF-33": lambda: yg.nn.functional.adaptive_avg_pool2d(_zeros(1, 3, 3), (2, 2, 2)),
    "NNF-34": lambda: yg.nn.AdaptiveAvgPool2d(2)(_zeros(1, 0, 3)),
    "NNF-35": lambda: yg.nn.LayerNorm(4)(_zeros(2, 3)),
    "NNF-36": lambda: yg.nn.functional.layer_norm(_zeros(2, 3), (3,), t([1.0])),
    "NNF-37": lambda: yg.nn.functional.layer_norm(_zeros(2, 3), ()),
    "NNF-38": lambda: yg.nn.functional.batch_norm(t([1.0, 2.0]), None, None, training=True),
    "NNF-39": lambda: yg.nn.BatchNorm1d(2)(_zeros(1, 2)),
    "NNF-40": lambda: yg.nn.functional.batch_norm(_zeros(2, 2), None, None),
    "NNF-41": lambda: yg.nn.functional.group_norm(t([1.0]), 1),
    "NNF-42": lambda: yg.nn.functional.group_norm(_zeros(2, 3), 2),
    "NNF-43": lambda: yg.nn.Embedding(2, 2, padding_idx=2),
    "NNF-44": lambda: yg.nn.Dropout(1.5),
    "NNF-45": lambda: yg.nn.functional.normalize(t([1.0]), dim=0, out=t([1.0])),
    "NNF-46": lambda: yg.nn.functional.scaled_dot_product_attention(_zeros(2, 2), _zeros(2, 2), _zeros(2, 2),
                                                     attn_mask=t(np.ones((2, 2))), is_causal=True),
    "NNF-47": lambda: yg.nn.Conv2d(2, 2, 1, groups=0),
    "NNF-48": lambda: yg.nn.Conv2d(3, 2, 1, groups=2),
    "NNF-49": lambda: yg.nn.Conv2d(1, 1, 1, padding_mode="mirror"),
    "NNF-50": lambda: yg.nn.Conv1d(1, 1, 1, padding="full"),
    "NNF-51": lambda: yg.nn.Conv2d(1, 1, 1, padding="same", stride=2),
    "NNF-52": lambda: yg.nn.BatchNorm2d(2)(_zeros(2, 2)),
    "NNF-53": lambda: yg.nn.GroupNorm(2, 3),
    "NNF-54": lambda: yg.nn.Embedding(2, 2, _weight=_zeros(3, 3)),
    "NNF-55": lambda: yg.nn.Embedding.from_pretrained(t([1.0, 2.0])),
    "NNF-56": lambda: yg.nn.functional.nll_loss(t(np.zeros((2, 3))), t([0, 1]), weight=leaf()),
    "NNM-01": lambda: _NoForward()(t([1.0])),
    "NNM-02": lambda: yg.nn.Linear(1, 1).nope,
    "NNM-03": lambda: _EarlyAssign("parameter"),
    "NNM-04": lambda: yg.nn.Linear(1, 1).register_parameter("p", t([1.0])),
    "NNM-05": lambda: yg.nn.Linear(1, 1).register_parameter("p", _non_leaf_parameter()),
    "NNM-06": lambda: yg.nn.Linear(1, 1).register_buffer("b", [1.0]),
    "NNM-07": lambda: yg.nn.Linear(1, 1).add_module("m", 3),
    "NNM-08": lambda: yg.nn.Linear(1, 1).register_buffer(3, t([1.0])),
    "NNM-09": lambda: yg.nn.Linear(1, 1).register_buffer("", t([1.0])),
    "NNM-10": lambda: yg.nn.Linear(1, 1).register_buffer("a.b", t([1.0])),
    "NNM-11": lambda: yg.nn.Linear(1, 1).register_buffer("forward", t([1.0])),
    "NNM-12": lambda: _nn_module(lambda m: setattr(m, "weight", t([1.0]))),
    "NNM-13": lambda: _nn_module(lambda m: (m.add_module("child", yg.nn.Linear(1, 1)), setattr(m, "child", 3))),
    "NNM-14": lambda: _nn_module(lambda m: (m.register_buffer("buf", t([1.0])), setattr(m, "buf", 3))),
    "NNM-15": lambda: yg.nn.Sequential(yg.nn.Linear(1, 1)).get_submodule("0.nope"),
    "NNM-16": lambda: yg.nn.Linear(1, 1).train("yes"),
    "NNM-17": lambda: yg.nn.Linear(1, 1).load_state_dict({}, assign=True),
    "NNM-18": lambda: yg.nn.Linear(1, 1).load_state_dict([1, 2]),
    "NNM-19": _load_state,
    "NNM-20": lambda: yg.nn.Parameter([1.0]),
    "NNM-21": lambda: yg.nn.Sequential(yg.nn.Linear(1, 1))["0"],
    "NNM-22": lambda: yg.nn.Sequential(yg.nn.Linear(1, 1))[5],
    "NNM-23": lambda: yg.nn.ParameterList([yg.nn.Parameter(yg.ones(1))])(),
    "NNU-01": lambda: (lambda p: (setattr(p, "grad", yg.tensor([float("inf")])),
                                  yg.nn.utils.clip_grad_norm_([p], 1.0, error_if_nonfinite=True)))(
        yg.nn.Parameter(yg.ones(1))),
    "NNU-02": lambda: yg.nn.utils.vector_to_parameters([1.0], [yg.nn.Parameter(yg.ones(1))]),
    "NNI-01": lambda: yg.nn.init.calculate_gain("swish"),
    "NNI-02": lambda: yg.nn.init.calculate_gain("leaky_relu", "x"),
    "NNI-03": lambda: yg.nn.init.xavier_uniform_(t([1.0, 2.0])),
    "NNI-04": lambda: yg.nn.init.kaiming_uniform_(t(np.zeros((2, 2))), mode="fan_both"),
    # optim
    "OPT-01": lambda: yg.optim.SGD([leaf()], lr=-1.0),
    "OPT-02": lambda: yg.optim.SGD([leaf()], lr=0.1, momentum=-1.0),
    "OPT-03": lambda: yg.optim.Adam([leaf()], weight_decay=-1.0),
    "OPT-04": lambda: yg.optim.SGD([leaf()], lr=0.1, nesterov=True),
    "OPT-05": lambda: yg.optim.Adam([leaf()], eps=-1.0),
    "OPT-06": lambda: yg.optim.Adam([leaf()], betas=(0.9, 1.5)),
    "OPT-07": lambda: yg.optim.SGD(leaf(), lr=0.1),
    "OPT-08": lambda: yg.optim.SGD([], lr=0.1),
    "OPT-09": lambda: yg.optim.SGD([leaf()], lr=0.1).add_param_group([leaf()]),
    "OPT-10": lambda: yg.optim.SGD([{"params": {leaf()}}], lr=0.1),
    "OPT-11": lambda: yg.optim.SGD([1.0], lr=0.1),
    "OPT-12": lambda: yg.optim.SGD([leaf() * 2], lr=0.1),
    "OPT-13": _required_param,
    "OPT-14": lambda: (lambda p: yg.optim.SGD([p, p], lr=0.1))(leaf()),
    "OPT-15": lambda: (lambda p: yg.optim.SGD([{"params": [p]}, {"params": [p]}], lr=0.1))(leaf()),
    "OPT-16": lambda: _opt_state("groups"),
    "OPT-17": lambda: _opt_state("size"),
    "OPT-18": _optimizer_no_update,
    "OPT-19": lambda: yg.optim.RMSprop([leaf()], alpha=-0.5),
    "OPT-20": lambda: yg.optim.Adagrad([leaf()], lr_decay=-1.0),
    "OPT-21": lambda: yg.optim.Adagrad([leaf()], initial_accumulator_value=-1.0),
    "OPT-22": lambda: yg.optim.lr_scheduler.StepLR(object(), step_size=1),
    "OPT-23": lambda: yg.optim.lr_scheduler.StepLR(yg.optim.SGD([leaf()], lr=0.1), step_size=1, last_epoch=3),
    "OPT-24": lambda: yg.optim.lr_scheduler.LambdaLR(yg.optim.SGD([leaf()], lr=0.1), [lambda e: 1.0] * 2),
    "OPT-25": lambda: yg.optim.lr_scheduler.LinearLR(yg.optim.SGD([leaf()], lr=0.1), start_factor=0.0),
    "OPT-26": lambda: yg.optim.lr_scheduler.LinearLR(yg.optim.SGD([leaf()], lr=0.1), end_factor=2.0),
    "OPT-27": lambda: yg.optim.lr_scheduler.LRScheduler(yg.optim.SGD([leaf()], lr=0.1)),
    # utilities
    "VIZ-01": lambda: _render("graph.txt"),
    "VIZ-02": lambda: _render("graph.svg", no_dot=True),
    "PKG-01": lambda: yg.nope,
    "PKG-02": lambda: yg.autograd.no_such_name,
    "PKG-03": lambda: importlib.import_module("yamlgrad.namespace").no_such_name,
}


# ---- triggers of the newer modules ------------------------------------------------------------------------

def _fake_api(tables: dict[str, str]) -> Path:
    """A runtime/api folder with the given module sources (the other table modules empty)."""
    api = WORK["dir"] / "fake_runtime" / "api"
    api.mkdir(parents=True, exist_ok=True)
    for module in ("factories", "composed", "overloads", "tensor_methods"):
        (api / f"{module}.py").write_text(tables.get(module, ""), encoding="utf-8")
    return api


def _bindings(registry: str, tables: dict[str, str] | None = None):
    from yamlgrad.codegen import bindings
    path = WORK["dir"] / "derivatives.yaml"
    path.write_text(textwrap.dedent(registry).lstrip("\n"), encoding="utf-8")
    bindings.collect(load_ops(path), _fake_api(tables or {}), "derivatives.yaml")


def _serialization():
    return importlib.import_module("yamlgrad.serialization")


def _checkpoint(manifest, members: dict | None = None, raw: bytes | None = None, **kw):
    """load() of an archive holding `manifest` (JSON-encoded unless bytes) and the given members."""
    import zipfile
    buffer = io.BytesIO()
    if raw is None:
        with zipfile.ZipFile(buffer, "w") as zf:
            if manifest is not None:
                zf.writestr("manifest.json", manifest if isinstance(manifest, bytes) else json.dumps(manifest))
            for name, data in (members or {}).items():
                zf.writestr(name, data)
        raw = buffer.getvalue()
    return _serialization().load(io.BytesIO(raw), **kw)


def _root(node, members: dict | None = None):
    return _checkpoint({"format": "yamlgrad.save", "version": 1, "root": node}, members)


def _npy(array) -> bytes:
    out = io.BytesIO()
    np.save(out, np.asarray(array))
    return out.getvalue()


def _saved(obj) -> bytes:
    out = io.BytesIO()
    _serialization().save(obj, out)
    return out.getvalue()


def _self_containing():
    items: list = []
    items.append(items)
    _serialization().save(items, io.BytesIO())


def _gradcheck_dtype():
    module = importlib.import_module("yamlgrad.autograd.gradient_checks")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(module, "autograd_grad", lambda outs, ins, *a, **k: tuple(
            t(np.zeros(x.shape, dtype=np.float32)) for x in ins))
        yg.autograd.gradcheck(lambda x: x * 2, (leaf(),), check_grad_dtypes=True)


def _gradcheck_nondeterministic():
    calls = [0]

    def backward(ctx, g):
        calls[0] += 1
        return g * 2 + calls[0] * 1e-9
    yg.autograd.gradcheck(_function(backward).apply, (leaf(),))


def _no_kl():
    D = yg.distributions
    return D.kl_divergence(D.Normal(0.0, 1.0), D.Bernoulli(0.5))


def _dist_without_mean():
    D = yg.distributions
    return type("Plain", (D.Distribution,), {"arg_constraints": {}})().mean


def _data(name):
    return getattr(yg.utils.data, name)


def _dataset(n=3):
    return _data("TensorDataset")(t(np.arange(float(n))))


def _stream():
    return type("Stream", (_data("IterableDataset"),), {"__iter__": lambda self: iter([1, 2])})()


def _loader_frozen():
    loader = _data("DataLoader")(_dataset(), batch_size=1)
    loader.batch_size = 2


def _weighted(weights, n=1, replacement=True):
    return list(_data("WeightedRandomSampler")(weights, n, replacement=replacement))


def _lbfgs_line_search():
    p = leaf()
    opt = yg.optim.LBFGS([p], line_search_fn="backtracking")

    def closure():
        opt.zero_grad()
        loss = (p * p).sum()
        loss.backward()
        return loss
    opt.step(closure)


def _rnn_base(mode="FOO", *args, **kw):
    from yamlgrad.nn.rnn import RNNBase
    return RNNBase(mode, *args, **kw)


def _packed(data, *batch_sizes):
    return yg.nn.utils.rnn.PackedSequence(data, *batch_sizes)


def _helpers_missing():
    symbolic = importlib.import_module("yamlgrad.audit.symbolic")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(symbolic.importlib, "import_module", lambda name: (_ for _ in ()).throw(ImportError(name)))
        symbolic._helpers_module()


_TWO_OUT = "- name: f(Tensor self) -> (Tensor a, Tensor b)\n  forward: (self, self)\n  self: grads[0]\n"

def _compile_break():
    def uses_item(x):
        return x * x.sum().item()
    return yg.compile(uses_item, fullgraph=True)(leaf())


def _compile_create_graph():
    x = leaf()
    out = yg.compile(lambda a: (a * a).sum())(x)
    return yg.autograd.grad(out, x, create_graph=True)


TRIGGERS.update({
    # yamlgrad.compile
    "COMP-01": _compile_break,
    "COMP-02": _compile_create_graph,
    "COMP-03": lambda: yg.compile(lambda a: a, backend="tvm"),
    "COMP-04": lambda: yg.compile(lambda a: a, mode="fastest"),
    "COMP-05": lambda: yg.compile(3),
    # registry and bindings
    "ENTRY-34": lambda: reg(_TWO_OUT + "  a, a: self_t\n"),
    "FWD-03": lambda: reg(_TWO_OUT + "  a, b: auto_linear\n"),
    # (an op named f_ next to f's in-place variant is refused earlier, as ENTRY-35)
    "CGEN-06": lambda: _bindings(SAMPLE_OP + "  variants: function, method\n", {"composed": "FUNCTIONS = ('f',)\n"}),
    "CGEN-07": lambda: _bindings(SAMPLE_OP, {"composed": "FUNCTIONS = ('a',) + ('b',)\n"}),
    "CGEN-08": lambda: _bindings(SAMPLE_OP, {"composed": "ALIASES = {'g': 'nope'}\n"}),
    # torch.func
    "TFUNC-01": lambda: yg.func.grad(lambda x: x.sum(), argnums=()),
    "TFUNC-02": lambda: yg.func.grad(lambda x: x.sum(), argnums="0"),
    "TFUNC-03": lambda: yg.func.grad(lambda x: x.sum(), argnums=(0, 0)),
    "TFUNC-04": lambda: yg.func.grad(lambda x: x.sum(), argnums=3)(leaf()),
    "TFUNC-05": lambda: yg.func.grad(lambda x: x)(2.0),
    "TFUNC-06": lambda: yg.func.grad(lambda x: x.sum(), has_aux=True)(leaf()),
    "TFUNC-07": lambda: yg.func.grad(lambda x: 1.0)(leaf()),
    "TFUNC-08": lambda: yg.func.grad(lambda x: x * 2)(leaf()),
    "TFUNC-09": lambda: yg.func.jacrev(lambda x: x, chunk_size=0),
    "TFUNC-10": lambda: yg.func.vjp(lambda x: [x, 1.0], leaf()),
    "TFUNC-11": lambda: yg.func.jvp(lambda x: x, [leaf()], [leaf()]),
    "TFUNC-12": lambda: yg.func.jvp(lambda x, y: x, (leaf(), leaf()), (leaf(),)),
    "TFUNC-13": lambda: yg.func.jvp(lambda x: x, (leaf(),), (1.0,)),
    "TFUNC-14": lambda: yg.func.vjp(lambda x: x * 2, leaf())[1]((t([1.0, 1.0, 1.0]),)),
    "TFUNC-15": lambda: yg.func.vjp(lambda x: (x * 2,), leaf())[1]((1.0,)),
    "TFUNC-16": lambda: yg.func.functional_call(yg.nn.Linear(1, 1), {"weight"}, (t([1.0]),)),
    "TFUNC-17": lambda: yg.func.functional_call(yg.nn.Linear(1, 1), [{"bias": t([0.0])}, {"bias": t([1.0])}],
                                                (t([1.0]),)),
    "TFUNC-18": lambda: yg.func.functional_call(_tied(), {"a.weight": t([[1.0]]), "b.weight": t([[2.0]])},
                                                (t([1.0]),)),
    "TFUNC-19": lambda: yg.func.functional_call(yg.nn.Linear(1, 1), {"weight": t([[1.0]]), "scale": t(1.0)},
                                                (t([1.0]),), strict=True),
    "TFUNC-20": lambda: yg.func.vmap(lambda x: x, in_dims=[0])(t([1.0, 2.0])),
    "TFUNC-21": lambda: yg.func.vmap(lambda x: x, in_dims=(0, 0))(t([1.0, 2.0])),
    "TFUNC-22": lambda: yg.func.vmap(lambda x: x, in_dims=(1.5,))(t([1.0, 2.0])),
    "TFUNC-23": lambda: yg.func.vmap(lambda x, k: x * k, in_dims=(0, 0))(t([1.0, 2.0]), 3),
    "TFUNC-24": lambda: yg.func.vmap(lambda x: x, in_dims=1)(t([1.0, 2.0])),
    "TFUNC-25": lambda: yg.func.vmap(lambda x: x, in_dims=(None,))(t([1.0, 2.0])),
    "TFUNC-26": lambda: yg.func.vmap(lambda x, y: x + y)(t([1.0, 2.0]), t([1.0, 2.0, 3.0])),
    "TFUNC-27": lambda: yg.func.vmap(lambda x: x, out_dims="0")(t([1.0, 2.0])),
    "TFUNC-28": lambda: yg.func.vmap(lambda x: x, out_dims=None)(t([1.0, 2.0])),
    "TFUNC-29": lambda: yg.func.vmap(lambda x: 3.0)(t([1.0, 2.0])),
    "TFUNC-30": lambda: yg.func.vmap(lambda x: (x, x), out_dims=(0, 0, 0))(t([1.0, 2.0])),
    "TFUNC-31": lambda: yg.func.vmap(lambda x: x, randomness="fresh"),
    "TFUNC-32": lambda: yg.func.vmap(lambda x: x, chunk_size=0),
    "TFUNC-33": lambda: yg.func.vmap(lambda x=1: x)(),
    # gradcheck
    "GCHK-05": _gradcheck_dtype,
    "GCHK-06": lambda: yg.autograd.gradcheck(Square.apply, (leaf(),), check_forward_ad=True),
    "GCHK-07": _gradcheck_nondeterministic,
    "GCHK-08": lambda: yg.autograd.gradcheck(_function(lambda ctx, g: g * 2 + 1).apply, (leaf(),), atol=10.0),
    "GCHK-09": lambda: yg.autograd.gradcheck(lambda x: x, (leaf(),), check_backward_ad=False),
    "GCHK-10": lambda: yg.autograd.gradcheck(lambda x: x, (leaf(),), check_batched_forward_grad=True),
    # distributions
    "DIST-01": lambda: yg.distributions.Bernoulli(),
    "DIST-02": lambda: yg.distributions.Categorical(probs=t(0.5)),
    "DIST-03": lambda: yg.distributions.Categorical(logits=t(0.5)),
    "DIST-04": lambda: yg.distributions.constraints.dependent.check(t([1.0])),
    "DIST-05": lambda: yg.distributions.Distribution.set_default_validate_args("yes"),
    "DIST-06": lambda: yg.distributions.Normal(0.0, -1.0),
    "DIST-07": _dist_without_mean,
    "DIST-08": lambda: yg.distributions.Normal(0.0, 1.0).log_prob(0.5),
    "DIST-09": lambda: yg.distributions.MultivariateNormal(_zeros(2), t(np.eye(2))).log_prob(_zeros(3)),
    "DIST-10": lambda: yg.distributions.Normal(_zeros(2), 1.0).log_prob(_zeros(3)),
    "DIST-11": lambda: yg.distributions.Bernoulli(0.5).log_prob(t(2.0)),
    "DIST-12": lambda: yg.distributions.register_kl(int, yg.distributions.Normal),
    "DIST-13": _no_kl,
    "DIST-14": lambda: yg.distributions.kl_divergence(
        yg.distributions.MultivariateNormal(_zeros(2), t(np.eye(2))),
        yg.distributions.MultivariateNormal(_zeros(3), t(np.eye(3)))),
    "DIST-15": lambda: yg.distributions.MultivariateNormal(t(0.0), t(np.eye(1))),
    "DIST-16": lambda: yg.distributions.MultivariateNormal(_zeros(2)),
    "DIST-17": lambda: yg.distributions.MultivariateNormal(_zeros(2), scale_tril=_zeros(2)),
    "DIST-18": lambda: yg.distributions.Normal("0", 1.0),
    # data loading
    "DATA-01": lambda: list(_data("RandomSampler")(range(3), generator="seed")),
    "DATA-02": lambda: yg.utils.data.default_collate([object(), object()]),
    "DATA-03": lambda: yg.utils.data.default_collate([[1, 2], [1]]),
    "DATA-04": lambda: _data("DataLoader")(_dataset(), num_workers=-1),
    "DATA-05": lambda: _data("DataLoader")(_dataset(), timeout=-1),
    "DATA-06": lambda: _data("DataLoader")(_dataset(), prefetch_factor=2),
    "DATA-07": lambda: _data("DataLoader")(_dataset(), persistent_workers=True),
    "DATA-08": lambda: _data("DataLoader")(_stream(), shuffle=True),
    "DATA-09": lambda: _data("DataLoader")(_dataset(), sampler=[0, 1, 2], shuffle=True),
    "DATA-10": lambda: _data("DataLoader")(_dataset(), batch_sampler=[[0, 1]], batch_size=2),
    "DATA-11": lambda: _data("DataLoader")(_dataset(), batch_size=None, drop_last=True),
    "DATA-12": _loader_frozen,
    "DATA-13": lambda: _data("TensorDataset")(_zeros(2), _zeros(3)),
    "DATA-14": lambda: _data("ConcatDataset")([]),
    "DATA-15": lambda: _data("ConcatDataset")([_stream()]),
    "DATA-16": lambda: list(_data("ChainDataset")([_dataset()])),
    "DATA-17": lambda: _data("Dataset")()[0],
    "DATA-18": lambda: iter(_data("IterableDataset")()),
    "DATA-19": lambda: _data("ConcatDataset")([_dataset(), _dataset()])[6],
    "DATA-20": lambda: _data("ConcatDataset")([_dataset(), _dataset()])[-7],
    "DATA-21": lambda: _data("RandomSampler")(range(3), replacement=1),
    "DATA-22": lambda: _weighted([1.0, 1.0], replacement=1),
    "DATA-23": lambda: _data("RandomSampler")(range(3), num_samples=0),
    "DATA-24": lambda: _weighted([[1.0, 1.0]]),
    "DATA-25": lambda: _weighted([1.0, -1.0]),
    "DATA-26": lambda: _weighted([0.0, 0.0]),
    "DATA-27": lambda: _weighted([1.0, 1.0], n=3, replacement=False),
    "DATA-28": lambda: _data("BatchSampler")(range(3), 0, False),
    "DATA-29": lambda: _data("BatchSampler")(range(3), 2, "no"),
    "DATA-30": lambda: yg.utils.data.random_split(_dataset(), [1.5, -0.5]),
    "DATA-31": lambda: yg.utils.data.random_split(_dataset(), [1, 1]),
    # serialization
    "SER-01": lambda: _serialization().save(t([1.0]), 3),
    "SER-02": _self_containing,
    "SER-03": lambda: _serialization().load(io.BytesIO(), pickle_module=__import__("pickle"), weights_only=True),
    "SER-04": lambda: _serialization().load(3),
    "SER-05": lambda: _serialization().load(io.BytesIO(_saved(1)), map_location="cuda"),
    "SER-06": lambda: _checkpoint(None, raw=b"not a checkpoint"),
    "SER-07": lambda: _checkpoint(None, raw=__import__("pickle").dumps([1])),
    "SER-08": lambda: _checkpoint(None, {"other.txt": b"x"}),
    "SER-09": lambda: _checkpoint(None, {"archive/data.pkl": b"x"}),
    "SER-10": lambda: _checkpoint({"format": "other", "root": None}),
    "SER-11": lambda: _checkpoint({"format": "yamlgrad.save", "version": 99, "root": None}),
    "SER-12": lambda: _serialization().load(io.BytesIO(_saved(__import__("fractions").Fraction(1, 2)))),
    "SER-13": lambda: _checkpoint(None, raw=_saved([t([1.0])])[:-30]),
    "SER-14": lambda: _checkpoint(b'{"format": "yamlgrad.save", "version": 1, "root": ' + b"[" * 100000
                                  + b"]" * 100000 + b"}"),
    "SER-15": lambda: _checkpoint(b"\xff not json"),
    "SER-16": lambda: _root(1.5),
    "SER-17": lambda: _root({"$": "frob"}),
    "SER-18": lambda: _root({"$": "tuple", "items": 3}),
    "SER-19": lambda: _root({"$": "dict", "items": [[1]]}),
    "SER-20": lambda: _root({"$": "ndarray", "data": 3}),
    "SER-21": lambda: _root({"$": "ndarray", "data": "data/0.npy"}, {"data/0.npy": _npy([1.0]) + b"x"}),
    "SER-22": lambda: _root({"$": "tensor", "id": "a", "data": "data/0.npy", "requires_grad": False,
                             "parameter": False}),
    "SER-23": lambda: _root({"$": "tensor_ref", "id": 0}),
    "SER-24": lambda: _root({"$": "float"}),
    "SER-25": lambda: _root({"$": "dtype", "str": "object"}),
    # optim
    "OPT-28": lambda: yg.optim.Adadelta([leaf()], rho=1.5),
    "OPT-29": lambda: yg.optim.NAdam([leaf()], momentum_decay=-1.0),
    "OPT-30": lambda: yg.optim.LBFGS([{"params": [leaf()]}, {"params": [leaf()]}]),
    "OPT-31": _lbfgs_line_search,
    # recurrent, transposed-convolution and upsampling layers
    "RNN-01": lambda: _rnn_base("FOO", 1, 1),
    "RNN-02": lambda: yg.nn.RNN(1, 1, dropout=1.5),
    "RNN-03": lambda: yg.nn.RNN(1, 1, bias=1),
    "RNN-04": lambda: yg.nn.RNN(1, 1, batch_first=1),
    "RNN-05": lambda: yg.nn.RNN(1.0, 1),
    "RNN-06": lambda: yg.nn.RNN(0, 1),
    "RNN-07": lambda: yg.nn.RNN(1, 1.0),
    "RNN-08": lambda: yg.nn.RNN(1, 0),
    "RNN-09": lambda: yg.nn.RNN(1, 1, num_layers=0),
    "RNN-10": lambda: yg.nn.LSTM(1, 2, proj_size=-1),
    "RNN-11": lambda: yg.nn.LSTM(1, 2, proj_size=2),
    "RNN-12": lambda: yg.nn.RNN(1, 1, nonlinearity="sigmoid"),
    "RNN-13": lambda: yg.nn.RNN(1, 1)(_zeros(2, 1, 1, dtype=np.float64)),
    "RNN-14": lambda: yg.nn.RNN(2, 1)(_zeros(2, 1, 3, dtype=np.float32)),
    "RNN-15": lambda: yg.nn.GRU(1, 1)(_zeros(1, dtype=np.float32)),
    "RNN-16": lambda: yg.nn.RNN(1, 1)(_zeros(2, 1, 1, dtype=np.float32), _zeros(1, 1, dtype=np.float32)),
    "RNN-17": lambda: yg.nn.RNN(1, 1)(_zeros(2, 1, dtype=np.float32), _zeros(1, dtype=np.float32)),
    "RNN-18": lambda: yg.nn.LSTM(1, 1)(_zeros(2, 1, 1, dtype=np.float32),
                                       (_zeros(1, 1, dtype=np.float32), _zeros(1, 1, 1, dtype=np.float32))),
    "RNN-19": lambda: yg.nn.GRU(1, 2)(_zeros(2, 1, 1, dtype=np.float32), _zeros(1, 1, 3, dtype=np.float32)),
    "RNN-20": lambda: yg.nn.LSTM(1, 2)(_zeros(2, 1, 1, dtype=np.float32),
                                       (_zeros(1, 1, 3, dtype=np.float32), _zeros(1, 1, 2, dtype=np.float32))),
    "RNN-21": lambda: yg.nn.GRUCell(1, 1)(_zeros(1, 1, 1, dtype=np.float32)),
    "RNN-22": lambda: yg.nn.RNNCell(1, 1)(_zeros(1, 1, dtype=np.float32), _zeros(1, 1, 1, dtype=np.float32)),
    "RNN-23": lambda: yg.nn.RNNCell(2, 1)(_zeros(1, 3, dtype=np.float32)),
    "RNN-24": lambda: yg.nn.RNNCell(1, 1, nonlinearity="gelu")(_zeros(1, 1, dtype=np.float32)),
    "RNN-25": lambda: yg.nn.GRU(2, 1)(_packed(_zeros(3, 1, 2, dtype=np.float32), [1, 1, 1])),
    "PACK-01": lambda: _packed(_zeros(3, 2)),
    "PACK-02": lambda: yg.nn.utils.rnn.pad_packed_sequence(_packed(_zeros(5, 2), [3, 2, 1])),
    "PACK-03": lambda: yg.nn.utils.rnn.pack_padded_sequence(_zeros(0, 2), [1, 1]),
    "PACK-04": lambda: yg.nn.utils.rnn.pack_padded_sequence(_zeros(3, 2), [[3, 2]]),
    "PACK-05": lambda: yg.nn.utils.rnn.pack_padded_sequence(_zeros(3, 2), [3]),
    "PACK-06": lambda: yg.nn.utils.rnn.pack_padded_sequence(_zeros(3, 2), [2, 3]),
    "PACK-07": lambda: yg.nn.utils.rnn.pack_padded_sequence(_zeros(3, 2), [3, 0]),
    "PACK-08": lambda: yg.nn.utils.rnn.pack_padded_sequence(_zeros(3, 2), [4, 3]),
    "PACK-09": lambda: yg.nn.utils.rnn.pad_packed_sequence(
        yg.nn.utils.rnn.pack_padded_sequence(_zeros(3, 2), [3, 1]), total_length=2),
    "PACK-10": lambda: yg.nn.utils.rnn.pad_sequence([_zeros(2, 3), _zeros(3, 2)]),
    "PACK-11": lambda: yg.nn.utils.rnn.pad_sequence([_zeros(2, 3), _zeros(3, 3, 1)]),
    "PACK-12": lambda: yg.nn.utils.rnn.pad_sequence([_zeros(2)], padding_side="middle"),
    "PACK-13": lambda: yg.nn.utils.rnn.pad_sequence([]),
    "CONVT-01": lambda: yg.nn.ConvTranspose2d(1, 1, 2, padding_mode="reflect"),
    "CONVT-02": lambda: yg.nn.ConvTranspose2d(1, 1, 2)(_zeros(1, 1, 3, 3, dtype=np.float32), output_size=[5]),
    "CONVT-03": lambda: yg.nn.ConvTranspose2d(1, 1, 2)(_zeros(1, 1, 3, 3, dtype=np.float32), output_size=[9, 9]),
    "UPS-01": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2)),
    "UPS-02": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=4, scale_factor=2.0),
    "UPS-03": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=(4, 4)),
    "UPS-04": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=(4.0,)),
    "UPS-05": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), scale_factor=(2.0, 2.0)),
    "UPS-06": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=4, mode="cubic"),
    "UPS-07": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=4, recompute_scale_factor=True),
    "UPS-08": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=4, mode="linear", antialias=True),
    "UPS-09": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=4, mode="bilinear"),
    "UPS-10": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2, 2), size=4, mode="bicubic"),
    "UPS-11": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=0),
    "UPS-12": lambda: yg.nn.functional.interpolate(_zeros(1, 1, 2), size=4, align_corners=True),
    # utilities
    "SYM-01": _helpers_missing,
})


def _tied():
    m = yg.nn.Module()
    m.a = yg.nn.Linear(1, 1, bias=False)
    m.b = yg.nn.Linear(1, 1, bias=False)
    m.b.weight = m.a.weight
    return m


def _wrong_count_node():
    from yamlgrad.core.node import Node, edge_pair
    from yamlgrad.core.tensor import make

    class TwoGrads(Node):
        __slots__ = ()

        def apply(self, grads, F):
            return (grads[0], grads[0])

    x = leaf()
    node = TwoGrads()
    node.next_functions = (edge_pair(x),)
    node._meta = ((x.shape, x.dtype),)
    make(x.detach().numpy().copy(), node, 0).sum().backward()


def _non_leaf_parameter():
    """A Parameter that an in-place op with a tensor requiring grad has put into a graph."""
    p = yg.nn.Parameter(t([1.0]), requires_grad=False)
    p.add_(leaf([1.0]))
    return p


def _detach_view():
    x = leaf()
    v = (x * 2)[0:2]
    v.detach_()


def _mha(q_shape=(2, 1, 4), k_shape=None, v_shape=None, module=None, **kw):
    """MultiheadAttention(4, 2) (or `module`) on zero inputs of the given shapes."""
    f32 = np.float32
    m = module if module is not None else yg.nn.MultiheadAttention(4, 2)
    k_shape = q_shape if k_shape is None else k_shape
    v_shape = k_shape if v_shape is None else v_shape
    return m(_zeros(*q_shape, dtype=f32), _zeros(*k_shape, dtype=f32), _zeros(*v_shape, dtype=f32), **kw)


def _mha_f(**kw):
    """F.multi_head_attention_forward on a (2, 1, 4) self-attention with 2 heads, `kw` overriding."""
    f32 = np.float32
    x = _zeros(2, 1, 4, dtype=f32)
    args = dict(query=x, key=x, value=x, embed_dim_to_check=4, num_heads=2, in_proj_weight=_zeros(12, 4, dtype=f32),
                in_proj_bias=None, bias_k=None, bias_v=None, add_zero_attn=False, dropout_p=0.0,
                out_proj_weight=_zeros(4, 4, dtype=f32), out_proj_bias=None)
    args.update(kw)
    return yg.nn.functional.multi_head_attention_forward(**args)


TRIGGERS.update({
    # attention, transformer and parallel layers
    "MHA-01": lambda: yg.nn.MultiheadAttention(0, 2),
    "MHA-02": lambda: yg.nn.MultiheadAttention(5, 2),
    "MHA-03": lambda: _mha(attn_mask=t(np.zeros((2, 2), dtype=np.int64))),
    "MHA-04": lambda: _mha((2, 1, 1, 4)),
    "MHA-05": lambda: _mha((2, 1, 4), (2, 4)),
    "MHA-06": lambda: _mha(key_padding_mask=t(np.zeros(2, dtype=bool))),
    "MHA-07": lambda: _mha(attn_mask=t(np.zeros(2, dtype=bool))),
    "MHA-08": lambda: _mha((2, 4), attn_mask=t(np.zeros((1, 2, 2), dtype=bool))),
    "MHA-09": lambda: _mha(is_causal=True),
    "MHA-10": lambda: _mha_f(embed_dim_to_check=8),
    "MHA-11": lambda: _mha_f(num_heads=3, embed_dim_to_check=4),
    "MHA-12": lambda: _mha((2, 1, 4), (2, 1, 3), (3, 1, 5), module=yg.nn.MultiheadAttention(4, 2, kdim=3, vdim=5)),
    "MHA-13": lambda: _mha((2, 1, 4), (2, 1, 4), (3, 1, 4)),
    "MHA-14": lambda: _mha_f(in_proj_weight=None),
    "MHA-15": lambda: _mha_f(use_separate_proj_weight=True, q_proj_weight=_zeros(4, 3, dtype=np.float32),
                             k_proj_weight=_zeros(4, 4, dtype=np.float32), v_proj_weight=_zeros(4, 4, dtype=np.float32)),
    "MHA-16": lambda: _mha(attn_mask=t(np.zeros((3, 2), dtype=bool))),
    "MHA-17": lambda: _mha_f(bias_k=_zeros(1, 1, 4, dtype=np.float32), bias_v=_zeros(1, 1, 4, dtype=np.float32),
                             static_k=_zeros(2, 2, 2, dtype=np.float32)),
    "MHA-18": lambda: _mha_f(bias_k=_zeros(1, 1, 4, dtype=np.float32)),
    "MHA-19": lambda: _mha(key_padding_mask=t(np.zeros((1, 3), dtype=bool))),
    "MHA-20": lambda: yg.nn.TransformerEncoderLayer(4, 2, 8)(_zeros(2, 1, 4, dtype=np.float32),
                                                             src_mask=[[0.0, 0.0], [0.0, 0.0]],
                                                             src_key_padding_mask=t(np.zeros((1, 2), dtype=bool))),
    "TRF-01": lambda: yg.nn.TransformerEncoderLayer(4, 2, activation="tanh"),
    "TRF-02": lambda: yg.nn.Transformer(4, 2, 1, 1, 8)(_zeros(2, 1, 4, dtype=np.float32),
                                                     _zeros(2, 3, 4, dtype=np.float32)),
    "TRF-03": lambda: yg.nn.Transformer(4, 2, 1, 1, 8)(_zeros(2, 1, 4, dtype=np.float32),
                                                     _zeros(2, 1, 3, dtype=np.float32)),
    "PAR-01": lambda: yg.nn.parallel.data_parallel(yg.nn.Linear(1, 1), _zeros(1, 1, dtype=np.float32)),
    "PAR-02": lambda: yg.nn.parallel.DistributedDataParallel(yg.nn.Linear(1, 1)),
})


def _bag(input, offsets=None, weight=None, **kw):
    weight = _zeros(4, 2) if weight is None else weight
    return yg.nn.functional.embedding_bag(t(input, np.int64) if isinstance(input, list) else input, weight,
                                          None if offsets is None else t(offsets, np.int64), **kw)


def _assert_close(*args, **kw):
    return importlib.import_module("yamlgrad.testing").assert_close(*args, **kw)


TRIGGERS.update({
    # dropout, prelu and embedding_bag
    "DROP-01": lambda: yg.nn.functional.dropout1d(_zeros(2, 2, 2, 2)),
    "DROP-02": lambda: yg.nn.functional.feature_alpha_dropout(_zeros(3), training=True),
    "PRELU-01": lambda: yg.nn.functional.prelu(_zeros(2, 3), _zeros(3, 1)),
    "PRELU-02": lambda: yg.nn.functional.prelu(_zeros(2, 3), _zeros(3, dtype=np.float32)),
    "PRELU-03": lambda: yg.nn.functional.prelu(_zeros(2, 4), _zeros(3)),
    "PRELU-04": lambda: yg.nn.functional.prelu(t([1, -2]), t([1])),
    "EBAG-01": lambda: _bag([1, 2], [0], mode="sum", per_sample_weights=_zeros(3)),
    "EBAG-02": lambda: _bag([1, 2], [0], weight=_zeros(4)),
    "EBAG-03": lambda: _bag(t([[1, 2]]), [0]),
    "EBAG-04": lambda: _bag([1, 2]),
    "EBAG-05": lambda: yg.nn.functional.embedding_bag(t([1, 2]), _zeros(4, 2), t([[0]])),
    "EBAG-06": lambda: _bag(t([[[1]]])),
    "EBAG-07": lambda: yg.nn.EmbeddingBag(4, 2, mode="min")(t([1, 2]), t([0])),
    "EBAG-08": lambda: _bag([1, 2], [0], mode="max", scale_grad_by_freq=True),
    "EBAG-09": lambda: _bag([1, 2], [0], mode="max", sparse=True),
    "EBAG-10": lambda: _bag([1, 2], [0], per_sample_weights=_zeros(2)),
    "EBAG-11": lambda: _bag(t([1.0, 2.0]), [0]),
    "EBAG-12": lambda: _bag([1, 2], [0], mode="sum", per_sample_weights=_zeros(2, dtype=np.float32)),
    "EBAG-13": lambda: _bag([1, 2], [0], padding_idx=4),
    "EBAG-14": lambda: _bag([1, 4], [0]),
    "EBAG-15": lambda: yg.nn.functional.embedding_bag(t([1, 2]), _zeros(4, 2), t(np.zeros(0, dtype=np.int64)),
                                                      include_last_offset=True),
    "EBAG-16": lambda: _bag([1, 2], [1]),
    "EBAG-17": lambda: _bag([1, 2], [0, 3]),
    "EBAG-18": lambda: _bag([1, 2, 3], [0, 2, 1]),
    "EBAG-19": lambda: yg.nn.EmbeddingBag(4, 2, padding_idx=4),
    # nn.init
    "NNI-05": lambda: yg.nn.init.eye_(_zeros(2, 2, 2)),
    "NNI-06": lambda: yg.nn.init.dirac_(_zeros(2, 2)),
    "NNI-07": lambda: yg.nn.init.dirac_(_zeros(3, 2, 3), groups=2),
    # random number generators
    "RNG-01": lambda: yg.Generator().manual_seed(1.5),
    "RNG-02": lambda: yg.manual_seed(2 ** 64),
    "RNG-03": lambda: yg.Generator().set_state([1, 2]),
    "RNG-04": lambda: yg.set_rng_state(_zeros(56)),
    "RNG-05": lambda: yg.Generator().set_state(t(np.zeros(3, dtype=np.uint8))),
    "RNG-06": lambda: yg.rand(2, generator=7),
    # torch.testing comparisons
    "TCMP-01": lambda: _assert_close(t([1.0]), t([1.0]), rtol=1e-3),
    "TCMP-02": lambda: _assert_close(t([1.0, 2.0, 3.0], np.float32), t([1.0, 2.5, 3.1], np.float32)),
    "TCMP-03": lambda: _assert_close(t(1.0, np.float32), t(1.5, np.float32)),
    "TCMP-04": lambda: _assert_close(_zeros(2), _zeros(3)),
    "TCMP-05": lambda: _assert_close(1, 1.0),
    "TCMP-06": lambda: _assert_close(True, False),
    "TCMP-07": lambda: _assert_close(None, 1),
    "TCMP-08": lambda: _assert_close([1.0, 2.0], [1.0]),
    "TCMP-09": lambda: _assert_close({"a": 1.0}, {"b": 1.0}),
    "TCMP-10": lambda: _assert_close(t([1.0]), [1.0]),
    "MP-01": lambda: importlib.import_module("yamlgrad.multiprocessing").set_sharing_strategy("shm"),
})


# ---- the tests --------------------------------------------------------------------------------------------

def run_trigger(eid: str):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = TRIGGERS[eid]()
    except Exception as exc:  # noqa: BLE001 - the error under test
        return exc
    if isinstance(result, RegistryError) or (isinstance(result, tuple) and result and result[0] == "exit"):
        return result
    pytest.fail(f"{eid}: the trigger raised nothing (returned {result!r})")


def test_the_document_parses_and_every_entry_has_a_trigger():
    assert len(ENTRIES) > 250
    assert set(ENTRIES) == set(TRIGGERS), (f"entries without trigger: {sorted(set(ENTRIES) - set(TRIGGERS))}; "
                                           f"triggers without entry: {sorted(set(TRIGGERS) - set(ENTRIES))}")


# A registry line, or a line of the binding tables under runtime/api/ (CGEN-06 .. CGEN-08).
REGISTRY_LINE_RE = re.compile(r"^(?:[\w.-]+\.yaml:\d+|\S*runtime/api/\w+\.py(?::\d+| \w+)?): \S")


@pytest.mark.parametrize("eid", sorted(ENTRIES))
def test_entry_is_raised_with_the_documented_message(eid):
    entry = ENTRIES[eid]
    regex = pattern_regex(entry["message"])
    outcome = run_trigger(eid)
    kind = entry["type"]
    if kind.startswith("exit status"):
        assert isinstance(outcome, tuple), f"{eid}: expected an exit status, got {outcome!r}"
        _, status, stderr = outcome
        assert status == int(kind.split()[-1]), (eid, status, stderr)
        lines = stderr.splitlines()
        assert any(regex.fullmatch(line) for line in lines), f"{eid}: no stderr line matches:\n{stderr}"
        return
    if isinstance(outcome, RegistryError):
        assert kind in ("RegistryError", "FormulaError"), f"{eid}: documented as {kind}, raised RegistryError"
        for line in outcome.lines:
            assert REGISTRY_LINE_RE.match(line), f"{eid}: not a `file:line: ...` line: {line!r}"
        assert any(regex.fullmatch(line) for line in outcome.lines), \
            f"{eid}: no line matches {entry['message']!r}:\n" + "\n".join(outcome.lines)
        return
    names = {cls.__name__ for cls in type(outcome).__mro__}
    assert kind in names, f"{eid}: documented as {kind}, raised {type(outcome).__name__}: {outcome}"
    message = outcome.args[0] if isinstance(outcome, KeyError) and outcome.args else str(outcome)
    if message == "":
        message = type(outcome).__name__
    assert regex.fullmatch(message), f"{eid}: message does not match the entry:\n  {message!r}\n  {entry['message']!r}"


# ---- completeness: every raise is documented --------------------------------------------------------------

# Raises whose message is not written at the raise site (re-raises, messages built elsewhere, exception
# objects passed along); each is documented where its message is written.
NO_LITERAL_MESSAGE = {
    ("runtime/core/contiguity.py", "check_view"): "raises the constant VIEW_INCOMPATIBLE (TENS-22)",
    ("codegen/write.py", "write_all"): "re-raises the failure after removing temporaries",
    ("runtime/audit/cli.py", "main"): "re-raises after removing the temporary package folder",
    ("codegen/write.py", "_lock"): "raises the WriteRefused built above it (CGEN-11), re-raises other OSErrors",
    ("codegen/main.py", "load_ops"): "RegistryError of check_claims' lines (ENTRY-35, ENTRY-36)",
    ("codegen/main.py", "render"): "RegistryError of check_rendered's lines (ENTRY-37, ENTRY-38)",
    ("codegen/model.py", "formula_for"): "internal lookup (KeyError of an input name), never reaches users",
    ("codegen/model.py", "build_ops"): "RegistryError of the collected lines (ENTRY-*, SIG-*, FORM-*, TEST-*)",
    ("codegen/model.py", "_build_op"): "collects FormulaError messages (ENTRY-12, ENTRY-16)",
    ("codegen/model.py", "_build_sample"): "wraps parse_index's FormulaError (TEST-13)",
    ("codegen/model.py", "_build_test"): "wraps _build_sample's message (TEST-09 ...)",
    ("codegen/model.py", "_build_forward_formulas"): "wraps FormulaError (ENTRY-30)",
    ("codegen/load.py", "_load_document"): "RegistryError of the collected lines (LOAD-*)",
    ("codegen/load.py", "load_registry"): "RegistryError of _no_entries' line (LOAD-12)",
    ("codegen/formula.py", "_check_common"): "message from _describe_rejected (FORM-12)",
    ("runtime/autograd/gradient_checks.py", "gradcheck"): "Mismatch.describe() (GCHK-04)",
    ("runtime/nn/functional.py", "_check_same_size"): "message passed by the caller (NNF-03, NNF-27, NNF-28)",
    ("runtime/nn/functional.py", "l1_loss"): "_invalid_reduction (NNF-02)",
    ("runtime/nn/functional.py", "huber_loss"): "_invalid_reduction (NNF-02)",
    ("runtime/nn/functional/_loss.py", "_check_same_size"): "message passed by the caller (NNF-03, NNF-27, NNF-28)",
    ("runtime/nn/functional/_loss.py", "l1_loss"): "_invalid_reduction (NNF-02)",
    ("runtime/nn/functional/_loss.py", "huber_loss"): "_invalid_reduction (NNF-02)",
    ("runtime/core/node.py", "apply"): "abstract Node.apply (FUNC-06)",
    ("runtime/optim/optimizer.py", "_update_group"): "abstract (OPT-18)",
    ("runtime/testing/__init__.py", "_raise"): "re-raises check failures (GEN-04)",
    ("runtime/core/saved.py", "_check"): "SAVE-02's message (MODIFIED)",
    ("runtime/core/saved.py", "_unpack_result_common"): "SAVE-01 / SAVE-02 (FREED, MODIFIED)",
    ("runtime/core/saved.py", "unpack_array"): "SAVE-01 (FREED)",
    ("runtime/core/saved.py", "unpack_tensor"): "SAVE-01 (FREED)",
    ("runtime/core/saved.py", "unpack_list"): "SAVE-01 (FREED)",
    ("runtime/core/saved.py", "_listed"): "SAVE-01 (FREED), raised by the unpack_list it builds",
    ("runtime/nn/module.py", "load_state_dict"): "NNM-19 built with str.format",
    ("runtime/numerics/kernels/linalg.py", "_la_same_dtype"): "message passed by the caller (LINALG-06, LINALG-16)",
    ("runtime/numerics/kernels/shape.py", "cat"): "re-raises NumPy's error when no torch rule applies (KERN-74 .. KERN-76 first)",
    ("runtime/numerics/kernels/shape.py", "stack"): "re-raises NumPy's error (e.g. a dim out of range) after KERN-77's check",
    ("runtime/numerics/kernels/shape.py", "expand"): "re-raises NumPy's error (e.g. a negative size) after KERN-78's check",
    ("codegen/bindings.py", "collect"): "RegistryError of the collected lines (CGEN-06, CGEN-08)",
    ("runtime/autograd/gradient_checks.py", "_fail"): "message passed by gradcheck (GCHK-02 .. GCHK-08)",
    ("runtime/autograd/gradient_checks.py", "_fast_check"): "_not_reentrant's message (GCHK-07)",
    ("runtime/autograd/gradient_checks.py", "_check_nondeterminism"): "_not_reentrant's message (GCHK-07)",
    ("runtime/distributions/distribution.py", "set_default_validate_args"): "a bare `raise ValueError`, as torch's (DIST-05)",
    ("runtime/nn/rnn.py", "_check_hidden"): "message passed by the caller (RNN-19, RNN-20)",
    ("runtime/serialization.py", "_raise"): "message passed by the dtype node handler (SER-25)",
    ("runtime/utils/data/collate.py", "default_collate"): "_COLLATE_ERROR.format (DATA-02; the constant is checked below)",
    ("runtime/utils/data/dataset.py", "_require"): "message passed by the caller (DATA-13 .. DATA-16)",
    ("runtime/audit/report.py", "step_errors"): "not an error: `errors` is a list of numbers there",
    ("runtime/audit/symbolic.py", "_evaluate"): "re-raises NotSymbolic / TimeLimit (internal, see INTERNAL_EXCEPTIONS)",
    ("runtime/audit/symbolic.py", "_cheap_zero"): "re-raises TimeLimit (internal)",
    ("runtime/audit/symbolic.py", "_is_zero"): "re-raises TimeLimit (internal)",
    ("runtime/audit/symbolic.py", "_real_value"): "re-raises TimeLimit (internal)",
    ("runtime/audit/symbolic.py", "_real_domain"): "re-raises TimeLimit (internal)",
    ("runtime/compile/trace.py", "_break"): "raises the GraphBreak it built (internal, see INTERNAL_EXCEPTIONS)",
    ("runtime/compile/trace.py", "run_traced"): "re-raises the function's own exceptions unchanged",
    ("runtime/compile/function.py", "apply"): "SAVE-01 / SAVE-02 (FREED, MODIFIED) for the compiled node",
    ("runtime/testing/_comparison.py", "_compare"): "re-raises the failure after noting where in the inputs it is",
    ("runtime/testing/_comparison.py", "assert_close"): "raises the collected failure's type and message (TCMP-02 .. "
                                                        "TCMP-10)",
}

# Exceptions that never leave their module: caught there and turned into something else (documented
# where that is reported), so their messages are not errors yamlgrad raises.
INTERNAL_EXCEPTIONS = {
    "NotSymbolic": "runtime/audit/symbolic.py: caught by prove_op; its message becomes the detail of an audit row",
    "TimeLimit": "runtime/audit/symbolic.py: caught by prove_all; the op is reported 'unproved (time limit)'",
    "_Undecided": "runtime/audit/regions.py: caught by collapse, which reports the cell undecided",
    "NotInlinable": "runtime/compile: caught by CompiledFunction._trace; its message is COMP-01's reason",
    "GraphBreak": "runtime/compile/trace.py: caught by run_traced; its message is COMP-01's reason",
}


def _template(node) -> str | None:
    """The message written at a raise site, with `{}` where values go; None if it is not written there."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        if left is None and right is None:
            return None
        return ("{}" if left is None else left) + ("{}" if right is None else right)  # "text: " + value
    if isinstance(node, ast.List) and len(node.elts) == 1:  # RegistryError([f"..."]): one line
        return _template(node.elts[0])
    return None


def raise_sites():
    """(file, function, exception, message template) for every raise, every errors.add/append message,
    and every exception a function returns."""
    sites = []
    for path in sorted(list((REPO / "codegen").rglob("*.py")) + list((REPO / "runtime").rglob("*.py"))):
        rel = str(path.relative_to(REPO))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]:
            for node in ast.walk(func):
                exc = None
                if isinstance(node, ast.Raise):
                    exc = node.exc
                elif isinstance(node, ast.Return) and isinstance(node.value, ast.Call) and \
                        isinstance(node.value.func, ast.Name) and node.value.func.id.endswith("Error"):
                    exc = node.value
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                        isinstance(node.func.value, ast.Name) and node.func.value.id == "errors" and \
                        node.func.attr in ("add", "append"):
                    sites.append((rel, func.name, "errors." + node.func.attr, _template(node.args[-1])))
                    continue
                else:
                    continue
                if exc is None:
                    sites.append((rel, func.name, "re-raise", None))
                    continue
                name = ast.unparse(exc.func if isinstance(exc, ast.Call) else exc)
                args = exc.args if isinstance(exc, ast.Call) else []
                sites.append((rel, func.name, name, _template(args[0]) if args else None))
    return sites


def test_every_raise_in_codegen_and_runtime_is_documented():
    doc_messages = "\n".join(e["message"] for e in ENTRIES.values())
    regexes = [pattern_regex(e["message"]) for e in ENTRIES.values()]
    sites = raise_sites()
    assert len(sites) > 300
    missing = []
    for rel, func, exc, template in sites:
        if exc.split("(")[0] in INTERNAL_EXCEPTIONS:
            continue
        if template is None:
            if (rel, func) not in NO_LITERAL_MESSAGE and exc not in ("NotImplementedError",):
                missing.append(f"{rel} {func}: {exc} without a literal message")
            continue
        fragments = [f for f in template.split("{}") if f.strip()]
        if not fragments:
            continue
        longest = max(fragments, key=len).strip()
        if len(longest) < 8:  # a wrapper such as f"{name}: {exc}": documented through what it wraps
            continue
        if longest.startswith(": "):
            longest = longest[2:]
        example = template.replace("{}", "X")
        if longest not in doc_messages and not any(r.fullmatch(example) for r in regexes):
            missing.append(f"{rel} {func}: {exc}({template!r})")
    assert not missing, "raises not documented in docs/errors.md:\n" + "\n".join(missing)


def test_the_known_message_constants_are_documented():
    from yamlgrad.core import contiguity, saved
    from yamlgrad.utils.data import collate
    doc = DOC.read_text(encoding="utf-8")
    for constant in (saved.FREED, saved.MODIFIED, collate._COLLATE_ERROR, contiguity.VIEW_INCOMPATIBLE):
        head = constant.split("{")[0]
        assert head in doc, head
