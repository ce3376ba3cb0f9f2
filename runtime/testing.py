"""Per-op checks driven by a registry's test data (<package>.samples, generated from its `test:` blocks).

Shared by the generated tests (tests/generated/test_<op>.py) and `python -m yamlgrad.audit`, so a
wrong formula fails both with the same message naming the op, the input and the check. Every
function takes the generated package (default: yamlgrad's own registry, "yamlgrad.autogen"), so
user registries get the same checks.
"""
from __future__ import annotations

import importlib
import zlib

import numpy as np

from . import grad_mode
from .autograd.gradcheck import compare, gradgradcheck
from .engine import grad
from .tensor import Tensor, make

CORE = "yamlgrad.autogen"
FULL_JACOBIAN_MAX = 64  # inputs with more elements are checked along random directions ("fast mode")


def specs(package: str = CORE) -> dict:
    return importlib.import_module(f"{package}.samples").OPS


def op_function(name: str, package: str = CORE):
    return getattr(importlib.import_module(f"{package}.ops"), name)


def _seed(*parts) -> int:
    return zlib.crc32(":".join(map(str, parts)).encode())


def _tensor(spec: dict, rng: np.random.Generator, requires_grad: bool) -> Tensor:
    shape, dtype, (low, high) = spec["shape"], spec["dtype"], spec["domain"]
    if dtype == "bool":
        data = rng.random(shape) < 0.5
    elif dtype == "int64":
        data = rng.integers(int(low), int(high), size=shape, dtype=np.int64)
    else:
        data = rng.uniform(low, high, size=shape).astype(dtype)
    t = make(np.asarray(data))
    if requires_grad and t.dtype.kind == "f":
        t.requires_grad = True
    return t


def sample_inputs(name: str, index: int, package: str = CORE) -> dict:
    """The keyword arguments of sample `index` of op `name`, with a seed fixed by both."""
    spec = specs(package)[name]
    rng = np.random.default_rng(_seed(name, index))
    graph_inputs = set(spec["differentiable"]) | set(spec["not_implemented"])
    values = {}
    for key, value in spec["samples"][index].items():
        if isinstance(value, dict) and "shape" in value:
            values[key] = _tensor(value, rng, key in graph_inputs)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            values[key] = [_tensor(v, rng, key in graph_inputs) for v in value]
        else:
            values[key] = value
    return values


class Case:
    """One sample of one op, bound as a function of its differentiable Tensor inputs."""

    def __init__(self, name: str, index: int, package: str = CORE):
        self.name, self.index, self.package = name, index, package
        self.spec = specs(package)[name]
        self.values = sample_inputs(name, index, package)
        for key in self.spec["not_implemented"]:  # check_not_implemented covers them; here they are constants
            if isinstance(self.values.get(key), Tensor):
                self.values[key] = self.values[key].detach()
        # Tensor[] inputs are checked element by element: each element is one differentiable input.
        self.slots: list[tuple[str, int | None]] = []
        for key in self.spec["differentiable"]:
            value = self.values.get(key)
            if isinstance(value, Tensor) and value.requires_grad:
                self.slots.append((key, None))
            elif isinstance(value, list):
                self.slots.extend((key, i) for i, t in enumerate(value) if isinstance(t, Tensor) and t.requires_grad)
        self.inputs = [self.values[k] if i is None else self.values[k][i] for k, i in self.slots]
        self.op = op_function(name, package)
        self.keep = [i for i, d in enumerate(self.spec["output_differentiability"]) if d]

    def input_name(self, j: int) -> str:
        key, i = self.slots[j]
        return key if i is None else f"{key}[{i}]"

    def __call__(self, *xs):
        kwargs = {k: (list(v) if isinstance(v, list) else v) for k, v in self.values.items()}
        for (key, i), x in zip(self.slots, xs):
            if i is None:
                kwargs[key] = x
            else:
                kwargs[key][i] = x
        out = self.op(**kwargs)
        if isinstance(out, tuple) and not hasattr(out, "_fields"):
            return out  # Tensor[] output
        if self.spec["outputs"] == 1:
            return out
        return tuple(out[i] for i in self.keep)

    def outputs(self, value=None) -> list[Tensor]:
        value = self(*self.inputs) if value is None else value
        items = value if isinstance(value, tuple) else (value,)
        return [o for o in items if isinstance(o, Tensor) and o.dtype.kind == "f"]

    def fail(self, check: str, message: str) -> str:
        return f"op '{self.name}', {message}: sample {self.index}, check {check}"


# ---- first order ------------------------------------------------------------------------------------
def first_order(case: Case) -> tuple[float, float, str | None]:
    """(max abs err, max rel err, failure): full Jacobians for small inputs, random projections else."""
    spec = case.spec
    if sum(t.numel() for t in case.inputs) <= FULL_JACOBIAN_MAX:
        results = compare(case, case.inputs, eps=spec["eps"], atol=spec["atol"], rtol=spec["rtol"])
        failure = next((case.fail("first-order", f"input '{case.input_name(m.input)}': {m.describe()}")
                        for m in results if not m.passed), None)
        return (max((m.max_abs for m in results), default=0.0), max((m.max_rel for m in results), default=0.0),
                failure)
    return _projected_first_order(case)


def _projected_first_order(case: Case, directions: int = 3):
    rng = np.random.default_rng(_seed(case.name, case.index, "projection"))
    spec, worst_abs, worst_rel = case.spec, 0.0, 0.0
    outputs = case.outputs()
    for _ in range(directions):
        u = [rng.standard_normal(t.shape) for t in case.inputs]
        with grad_mode.no_grad():
            plus = case.outputs(case(*[make(t._data + spec["eps"] * d) for t, d in zip(case.inputs, u)]))
            minus = case.outputs(case(*[make(t._data - spec["eps"] * d) for t, d in zip(case.inputs, u)]))
        for k, o in enumerate(outputs):
            if not o.requires_grad:
                continue
            v = rng.standard_normal(o.shape)
            numeric = float(np.sum(v * (plus[k]._data - minus[k]._data) / (2 * spec["eps"])))
            back = grad([o], case.inputs, [make(v)], retain_graph=True, allow_unused=True)
            analytic = sum(float(np.sum(g._data * d)) for g, d in zip(back, u) if g is not None)
            err = abs(analytic - numeric)
            worst_abs, worst_rel = max(worst_abs, err), max(worst_rel, err / max(abs(numeric), 1e-12))
            if err > spec["atol"] + spec["rtol"] * abs(numeric):
                return worst_abs, worst_rel, case.fail(
                    "first-order (random projection)",
                    f"output {k}: <v, J u> numerical {numeric:.6g} vs analytical {analytic:.6g}")
    return worst_abs, worst_rel, None


# ---- second order --------------------------------------------------------------------------------------
def second_order(case: Case) -> str | None:
    spec = case.spec
    if not case.inputs:
        return None
    if not spec["double_backward"]:
        return double_backward_refused(case)
    try:
        gradgradcheck(case, case.inputs, eps=spec["eps"], atol=spec["atol"], rtol=spec["rtol"])
    except Exception as exc:  # noqa: BLE001 - any failure is reported with the op and sample
        return case.fail("second-order", f"{type(exc).__name__}: {exc}")
    return None


def double_backward_refused(case: Case) -> str | None:
    """An op declared `double_backward: false`: first order works with create_graph, second raises."""
    out = case.outputs()[0]
    first = [g for g in grad(out.sum(), case.inputs, create_graph=True, allow_unused=True) if g is not None]
    if not first:
        return case.fail("double-backward", "no first-order gradient to differentiate again")
    try:
        grad(first[0].sum(), case.inputs, allow_unused=True)
    except RuntimeError as exc:
        if f"'{case.name}'" in str(exc) and "double backward" in str(exc):
            return None
        return case.fail("double-backward", f"unclear error: {exc}")
    return case.fail("double-backward", "did not raise although the registry says double_backward: false")


# ---- forward mode -----------------------------------------------------------------------------------------
def forward_mode(case: Case) -> tuple[float, float, str | None]:
    """JVP J·u from forward mode against central differences along u and against reverse mode <J^T v, u>."""
    from .autograd import forward_ad
    spec = case.spec
    if not case.inputs or not spec["forward_mode"]:
        return 0.0, 0.0, None
    rng = np.random.default_rng(_seed(case.name, case.index, "forward"))
    u = [rng.standard_normal(t.shape) for t in case.inputs]
    with forward_ad.dual_level():
        duals = [forward_ad.make_dual(t, make(d)) for t, d in zip(case.inputs, u)]
        jvp = [None if o._fw is None else np.array(o._fw, dtype=np.float64) for o in case.outputs(case(*duals))]
    eps = spec["eps"]
    with grad_mode.no_grad():
        plus = case.outputs(case(*[make(t._data + eps * d) for t, d in zip(case.inputs, u)]))
        minus = case.outputs(case(*[make(t._data - eps * d) for t, d in zip(case.inputs, u)]))
    fd_err = rev_err = 0.0
    for k, o in enumerate(case.outputs()):
        numeric = (plus[k]._data - minus[k]._data) / (2 * eps)
        got = np.zeros_like(numeric) if jvp[k] is None else jvp[k]
        fd_err = max(fd_err, float(np.abs(got - numeric).max(initial=0.0)) / max(1.0, float(np.abs(numeric).max(initial=0.0))))
        if o.requires_grad:
            v = rng.standard_normal(o.shape)
            back = grad([o], case.inputs, [make(v)], retain_graph=True, allow_unused=True)
            reverse = sum(float(np.sum(g._data * d)) for g, d in zip(back, u) if g is not None)
            rev_err = max(rev_err, abs(float(np.sum(got * v)) - reverse) / max(1.0, abs(reverse)))
    failure = None
    if fd_err > 10 * (spec["atol"] + spec["rtol"]) or rev_err > 1e-8:
        failure = case.fail("forward-mode", f"JVP differs from finite differences by {fd_err:.3g} (relative) and "
                                            f"from reverse mode <J^T v, u> by {rev_err:.3g}")
    return fd_err, rev_err, failure


# ---- properties of backward -----------------------------------------------------------------------------
def zero_grad_output(case: Case) -> str | None:
    """A zero output gradient gives zero (or no) input gradients."""
    outs = [o for o in case.outputs() if o.requires_grad]
    if not outs:
        return None
    zeros = [make(np.zeros(o.shape, dtype=o.dtype)) for o in outs]
    for j, g in enumerate(grad(outs, case.inputs, zeros, allow_unused=True)):
        if g is not None and np.any(g._data != 0):
            return case.fail("zero-grad-output", f"input '{case.input_name(j)}': nonzero gradient from a zero "
                                                  "output gradient")
    return None


def undefined_output_grads(case: Case) -> str | None:
    """With several outputs, using only one of them equals passing explicit zeros for the others."""
    outs = [o for o in case.outputs() if o.requires_grad]
    if len(outs) < 2:
        return None
    rng = np.random.default_rng(_seed(case.name, case.index, "undefined"))
    v = make(rng.standard_normal(outs[0].shape))
    only = grad([outs[0]], case.inputs, [v], retain_graph=True, allow_unused=True)
    zeros = [v] + [make(np.zeros(o.shape, dtype=o.dtype)) for o in outs[1:]]
    explicit = grad(outs, case.inputs, zeros, allow_unused=True)
    for j, (a, b) in enumerate(zip(only, explicit)):
        a = 0 if a is None else a._data
        b = 0 if b is None else b._data
        if not np.allclose(a, b, rtol=1e-10, atol=1e-12):
            return case.fail("undefined-output-grads", f"input '{case.input_name(j)}': unused outputs change the "
                                                        "gradient")
    return None


def deterministic(case: Case) -> str | None:
    """Forward and backward twice on the same inputs give bit-identical results."""
    results = []
    for _ in range(2):
        outs = [o for o in case.outputs() if o.requires_grad]
        if not outs:
            return None
        seeds = [make(np.ones(o.shape, dtype=o.dtype)) for o in outs]
        grads = grad(outs, case.inputs, seeds, allow_unused=True)
        results.append([o._data.copy() for o in outs] + [None if g is None else g._data.copy() for g in grads])
    for a, b in zip(*results):
        if (a is None) != (b is None) or (a is not None and not np.array_equal(a, b, equal_nan=True)):
            return case.fail("deterministic", "two runs differ")
    return None


# ---- entry points for the generated tests -----------------------------------------------------------------
def _raise(failure: str | None) -> None:
    if failure:
        raise AssertionError(failure)


def check_sample(name: str, index: int, package: str = CORE) -> None:
    case = Case(name, index, package)
    if case.inputs:
        _raise(first_order(case)[2])
        _raise(zero_grad_output(case))
        _raise(undefined_output_grads(case))


def check_sample_second_order(name: str, index: int, package: str = CORE) -> None:
    _raise(second_order(Case(name, index, package)))


def check_sample_forward(name: str, index: int, package: str = CORE) -> None:
    _raise(forward_mode(Case(name, index, package))[2])


def check_double_backward_unsupported(name: str, package: str = CORE) -> None:
    _raise(double_backward_refused(Case(name, 0, package)))


def check_not_implemented(name: str, package: str = CORE) -> None:
    """Backward through an input declared `not_implemented` raises NotImplementedError naming it."""
    spec = specs(package)[name]
    for inp in spec["not_implemented"]:
        values = {k: v.detach() if isinstance(v, Tensor) and k != inp else v
                  for k, v in sample_inputs(name, 0, package).items()}
        out = op_function(name, package)(**values)
        out = out[0] if isinstance(out, tuple) else out
        try:
            out.sum().backward()
        except NotImplementedError as exc:
            if f"'{name}'" not in str(exc) or f"'{inp}'" not in str(exc):
                raise AssertionError(f"op '{name}': the error does not name the op and input '{inp}': {exc}")
        else:
            raise AssertionError(f"op '{name}', input '{inp}': backward did not raise NotImplementedError")


# ---- the audit's view -------------------------------------------------------------------------------------
def audit_sample(name: str, index: int, package: str = CORE) -> dict:
    """Every check on one sample: errors per check and the failures (empty when all pass)."""
    case = Case(name, index, package)
    row = {"first_abs": 0.0, "first_rel": 0.0, "forward_fd": 0.0, "forward_rev": 0.0, "failures": []}
    if not case.inputs:
        return row
    row["first_abs"], row["first_rel"], failure = first_order(case)
    failures = [failure]
    failures.append(second_order(case))
    row["forward_fd"], row["forward_rev"], failure = forward_mode(case)
    failures += [failure, zero_grad_output(case), undefined_output_grads(case), deterministic(case)]
    row["failures"] = [f for f in failures if f]
    return row
