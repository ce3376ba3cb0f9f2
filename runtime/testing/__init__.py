"""Per-op checks driven by a registry's test data (<package>.samples, generated from its `test:` blocks).

Shared by the generated tests (tests/generated/test_<op>.py) and `python -m yamlgrad.audit`, so a
wrong formula fails both with the same message naming the op, the input and the check. Every
function takes the generated package (default: yamlgrad's own registry, "yamlgrad.autogen"), so
user registries get the same checks.

As torch.testing, it also holds assert_close and the deprecated assert_allclose (testing/_comparison.py).
"""
from __future__ import annotations

import importlib
import zlib

import numpy as np

from yamlgrad.testing import fd
from yamlgrad.testing._comparison import assert_allclose, assert_close  # noqa: F401  (torch.testing's names)
from yamlgrad.autograd.gradient_checks import analytical_jacobians, compare_jacobians, gradgradcheck
from yamlgrad.core.engine import grad
from yamlgrad.core.tensor import Tensor, make

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


def _cast(t: Tensor, dtype: str | None) -> Tensor:
    """float64 sample tensors as float32 ("float32") or rounded through float32 but kept float64."""
    if dtype is None or t.dtype != np.float64:
        return t
    data = t._data.astype(np.float32)
    out = make(data if dtype == "float32" else data.astype(np.float64))
    out.requires_grad = t.requires_grad
    return out


def sample_inputs(name: str, index: int, package: str = CORE, dtype: str | None = None) -> dict:
    """The keyword arguments of sample `index` of op `name`, with a seed fixed by both; `dtype` as in _cast."""
    spec = specs(package)[name]
    rng = np.random.default_rng(_seed(name, index))
    graph_inputs = set(spec["differentiable"]) | set(spec["not_implemented"])
    values = {}
    for key, value in spec["samples"][index].items():
        if isinstance(value, dict) and "shape" in value:
            values[key] = _cast(_tensor(value, rng, key in graph_inputs), dtype)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            values[key] = [_cast(_tensor(v, rng, key in graph_inputs), dtype) for v in value]
        else:
            values[key] = value
    return values


class Case:
    """One sample of one op, bound as a function of its differentiable Tensor inputs."""

    def __init__(self, name: str, index: int, package: str = CORE, dtype: str | None = None):
        self.name, self.index, self.package = name, index, package
        self.spec = specs(package)[name]
        self.values = sample_inputs(name, index, package, dtype)
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
        # the wrappers take torch's name `input` for the registry's `self` (codegen's `pub`)
        out = self.op(**{("input" if k == "self" else k): v for k, v in kwargs.items()})
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


# ---- tolerances ----------------------------------------------------------------------------------------
DEFAULT_TOLERANCE = {"atol": 1e-5, "rtol": 1e-3, "eps": 1e-6}  # the registry's defaults (codegen/model.py)
# An entry may loosen its tolerances up to these caps and no further: beyond them a finite-difference
# check no longer tells a right formula from a wrong one (atol 10 passes anything of order 1).
TOLERANCE_CAP = {"atol": 1e-3, "rtol": 1e-2, "eps": 1e-3}


def loosened(spec: dict) -> dict:
    """The entry's tolerances that are looser than the defaults: {key: value}."""
    return {k: spec[k] for k in DEFAULT_TOLERANCE if spec.get(k, DEFAULT_TOLERANCE[k]) > DEFAULT_TOLERANCE[k]}


def tolerance_refused(case: "Case") -> str | None:
    over = {k: v for k, v in loosened(case.spec).items() if v > TOLERANCE_CAP[k]}
    if not over:
        return None
    text = ", ".join(f"{k} {v:g} (cap {TOLERANCE_CAP[k]:g})" for k, v in over.items())
    return case.fail("tolerance", f"test tolerance refused: {text}")


# ---- first order ------------------------------------------------------------------------------------
def _vjp(case: Case, outputs, cotangents, create_graph: bool = False) -> list[np.ndarray]:
    grads = grad(outputs, case.inputs, [make(v.astype(o.dtype)) for o, v in zip(outputs, cotangents)],
                 retain_graph=True, create_graph=create_graph, allow_unused=True)
    return [np.zeros(t.shape) if g is None else np.asarray(g._data, dtype=np.float64) for g, t in zip(grads, case.inputs)]


def _cotangent(rng: np.random.Generator, shape) -> np.ndarray:
    # Non-unit on purpose: a formula that is nonlinear in grad (grad * grad * ...) is right for one-hot
    # cotangents only.
    return rng.standard_normal(shape) * rng.uniform(0.5, 3.0)


def cotangent_checks(case: Case, reference=None) -> str | None:
    """Backward with random cotangents: linear in grad, equal with and without create_graph, and (given the
    finite-difference Jacobians `reference` = (J, E)) equal to v^T J within the estimated error."""
    rng = np.random.default_rng(_seed(case.name, case.index, "cotangents"))
    outputs = [o for o in case.outputs() if o.requires_grad]
    if not outputs:
        return None
    v1 = [_cotangent(rng, o.shape) for o in outputs]
    v2 = [_cotangent(rng, o.shape) for o in outputs]
    a, b = 1.7, -0.45
    g1, g2 = _vjp(case, outputs, v1), _vjp(case, outputs, v2)
    mixed = _vjp(case, outputs, [a * x + b * y for x, y in zip(v1, v2)])
    for j, (m, x, y) in enumerate(zip(mixed, g1, g2)):
        expect = a * x + b * y
        scale = np.abs(a * x) + np.abs(b * y)
        bad = np.abs(m - expect) > 1e-9 * scale + 1e-12 * (1 + float(np.max(scale, initial=0.0)))
        if np.any(bad):
            k = int(np.argmax(bad.reshape(-1)))
            return case.fail("linearity-in-grad", f"input '{case.input_name(j)}': backward of a*v1 + b*v2 gives "
                             f"{m.reshape(-1)[k]:.6g}, a*backward(v1) + b*backward(v2) gives "
                             f"{expect.reshape(-1)[k]:.6g} (element {k}): the formula is not linear in grad")
    recorded = _vjp(case, outputs, v1, create_graph=True)
    for j, (r, x) in enumerate(zip(recorded, g1)):
        # Not bit-equality: the recorded path may wrap a Python number as a float32 Tensor (a rounding
        # of ~1e-8); a formula that computes something else under create_graph is off by far more.
        scale = 1e-6 * (1 + float(np.max(np.abs(x), initial=0.0)))
        if np.any(np.abs(r - x) > scale) or not np.array_equal(np.isnan(r), np.isnan(x)):
            k = int(np.nanargmax(np.abs(r - x).reshape(-1))) if np.any(~np.isnan(r - x)) else 0
            return case.fail("create-graph", f"input '{case.input_name(j)}': backward with create_graph=True gives "
                             f"{r.reshape(-1)[k]:.6g}, the plain backward {x.reshape(-1)[k]:.6g} (element {k})")
    if reference is None:
        return None
    J, E = reference
    outs_all = case.outputs()
    rows = [i for i, o in enumerate(outs_all) if o.requires_grad]
    for j in range(len(case.inputs)):
        want = sum(v.reshape(-1) @ J[i][j] for v, i in zip(v1, rows))
        err = sum(np.abs(v.reshape(-1)) @ E[i][j] for v, i in zip(v1, rows))
        limit = fd.bound(err, want)
        got = g1[j].reshape(-1)
        bad = ~(np.abs(got - want) <= limit)
        if np.any(bad):
            k = int(np.argmax(bad))
            return case.fail("random-cotangent", f"input '{case.input_name(j)}': backward of a random cotangent "
                             f"gives {got[k]:.6g} at element {k}, finite differences v^T J give {want[k]:.6g} "
                             f"(estimated error {err[k]:.2g})")
    return None


def first_order(case: Case) -> dict:
    """Errors and failure of first order: full Jacobians for small inputs (one-hot and random cotangents,
    against the declared tolerance and against the finite-difference error estimate), random projections
    for large ones. `ratio` is the worst |analytic - numeric| / estimated bound (below 1 passes)."""
    spec = case.spec
    row = {"abs": 0.0, "rel": 0.0, "ratio": 0.0, "failure": tolerance_refused(case)}
    if row["failure"]:
        return row
    if sum(t.numel() for t in case.inputs) > FULL_JACOBIAN_MAX:
        return _projected_first_order(case, row)
    inputs = [make(t._data.copy()).requires_grad_() for t in case.inputs]
    diff = list(range(len(inputs)))
    J, E = fd.jacobian(case, inputs, diff, spec["eps"])
    analytic = analytical_jacobians(case, inputs, diff)
    declared = compare_jacobians(J, analytic, diff, spec["atol"], spec["rtol"])
    row["abs"] = max((m.max_abs for m in declared), default=0.0)
    row["rel"] = max((m.max_rel for m in declared), default=0.0)
    failure = next((case.fail("first-order", f"input '{case.input_name(m.input)}': {m.describe()}")
                    for m in declared if not m.passed), None)
    for i, (j_row, e_row, a_row) in enumerate(zip(J, E, analytic)):
        for c, (num, err, ana) in enumerate(zip(j_row, e_row, a_row)):
            if not num.size:
                continue
            ratio = np.abs(ana - num) / fd.bound(err, num)
            worst = np.unravel_index(int(np.nanargmax(np.where(np.isnan(ratio), np.inf, ratio))), ratio.shape)
            row["ratio"] = max(row["ratio"], float(np.nan_to_num(ratio[worst], nan=np.inf)))
            if failure is None and not ratio[worst] <= 1:
                failure = case.fail("first-order (estimated error)", (
                    f"input '{case.input_name(c)}': output {i}, worst element (output {worst[0]}, input {worst[1]}): "
                    f"numerical {num[worst]:.10g} vs analytical {ana[worst]:.10g}; finite differences are good to "
                    f"{err[worst]:.2g} here, the formula is off by {abs(ana[worst] - num[worst]):.2g}"))
    row["failure"] = failure or cotangent_checks(case, (J, E))
    return row


def _projected_first_order(case: Case, row: dict, directions: int = 3) -> dict:
    rng = np.random.default_rng(_seed(case.name, case.index, "projection"))
    spec = case.spec
    outputs = case.outputs()
    diff = list(range(len(case.inputs)))
    for _ in range(directions):
        u = [rng.standard_normal(t.shape) for t in case.inputs]
        est, err = fd.directional(case, case.inputs, diff, u, spec["eps"])
        for k, o in enumerate(outputs):
            if not o.requires_grad:
                continue
            v = _cotangent(rng, o.shape)
            numeric, e = float(np.sum(v * est[k])), float(np.sum(np.abs(v) * err[k]))
            back = grad([o], case.inputs, [make(v.astype(o.dtype))], retain_graph=True, allow_unused=True)
            analytic = sum(float(np.sum(g._data * d)) for g, d in zip(back, u) if g is not None)
            gap = abs(analytic - numeric)
            limit = float(fd.bound(np.array(e), np.array(float(np.sum(np.abs(v * est[k]))))))
            row["abs"], row["rel"] = max(row["abs"], gap), max(row["rel"], gap / max(abs(numeric), 1e-12))
            row["ratio"] = max(row["ratio"], gap / limit)
            if gap > spec["atol"] + spec["rtol"] * abs(numeric) or not gap <= limit:
                row["failure"] = case.fail("first-order (random projection)",
                                           f"output {k}: <v, J u> numerical {numeric:.10g} vs analytical "
                                           f"{analytic:.10g} (finite differences good to {e:.2g})")
                return row
    row["failure"] = cotangent_checks(case)
    return row


# ---- float32 ---------------------------------------------------------------------------------------------
FLOAT32_RTOL = 2e-3  # float32 carries ~7 digits; formulas lose a few more to cancellation


def float32_check(case: Case) -> str | None:
    """The sample cast to float32: outputs and gradients (random cotangent) against float64 on the same,
    float32-rounded, inputs; the gradient of a float32 input must be float32. (Outputs may be float64 where
    the sample asks for it, e.g. `dtype: float64`.)"""
    if not any(t.dtype == np.float64 for t in case.inputs):
        return None
    low = Case(case.name, case.index, case.package, dtype="float32")
    high = Case(case.name, case.index, case.package, dtype="float32-rounded")
    outs32, outs64 = low.outputs(), high.outputs()
    rng = np.random.default_rng(_seed(case.name, case.index, "float32"))
    for k, (o32, o64) in enumerate(zip(outs32, outs64)):
        if not _close32(o32._data, o64._data):
            return case.fail("float32", f"output {k}: float32 forward differs from float64 beyond float32 rounding")
    keep = [k for k, o in enumerate(outs64) if o.requires_grad]
    if not keep:
        return None
    v = [_cotangent(rng, outs64[k].shape) for k in keep]
    g64 = _vjp(high, [outs64[k] for k in keep], v)
    grads = grad([outs32[k] for k in keep], low.inputs, [make(x.astype(np.float32)) for x in v], allow_unused=True)
    for j, (g, ref, t) in enumerate(zip(grads, g64, low.inputs)):
        if g is None:
            continue
        if t.dtype == np.float32 and g.dtype != np.float32:
            return case.fail("float32", f"input '{case.input_name(j)}': gradient is {g.dtype} for a float32 input")
        if not _close32(g._data, ref):
            diff_ = np.abs(np.asarray(g._data, dtype=np.float64) - ref).reshape(-1)
            k = int(np.nanargmax(np.where(np.isnan(diff_), np.inf, diff_)))
            return case.fail("float32", f"input '{case.input_name(j)}': float32 gradient {g._data.reshape(-1)[k]:.6g} vs "
                             f"float64 {ref.reshape(-1)[k]:.6g} at element {k}")
    return None


def _close32(a, b) -> bool:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape or not np.array_equal(np.isfinite(a), np.isfinite(b)):
        return False
    finite = np.isfinite(b)
    scale = float(np.max(np.abs(b[finite]), initial=0.0))
    return bool(np.all(np.abs(a[finite] - b[finite]) <= FLOAT32_RTOL * (np.abs(b[finite]) + scale) + 1e-6))


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
    from yamlgrad.autograd import forward_ad
    spec = case.spec
    if not case.inputs or not spec["forward_mode"]:
        return 0.0, 0.0, None
    rng = np.random.default_rng(_seed(case.name, case.index, "forward"))
    u = [rng.standard_normal(t.shape) for t in case.inputs]
    with forward_ad.dual_level():
        duals = [forward_ad.make_dual(t, make(d)) for t, d in zip(case.inputs, u)]
        jvp = [None if o._fw is None else np.array(o._fw, dtype=np.float64) for o in case.outputs(case(*duals))]
    est, err = fd.directional(case, case.inputs, list(range(len(case.inputs))), u, spec["eps"])
    fd_err = rev_err = 0.0
    failure = None
    for k, o in enumerate(case.outputs()):
        numeric = est[k]
        got = np.zeros_like(numeric) if jvp[k] is None else jvp[k]
        gap = np.abs(got - numeric)
        fd_err = max(fd_err, float(gap.max(initial=0.0)) / max(1.0, float(np.abs(numeric).max(initial=0.0))))
        bad = ~(gap <= fd.bound(err[k], numeric))
        if failure is None and np.any(bad):
            w = int(np.argmax(bad.reshape(-1)))
            failure = case.fail("forward-mode", f"output {k}: JVP {got.reshape(-1)[w]:.10g} vs finite differences "
                                f"{numeric.reshape(-1)[w]:.10g} at element {w} (good to {err[k].reshape(-1)[w]:.2g})")
        if o.requires_grad:
            v = rng.standard_normal(o.shape)
            back = grad([o], case.inputs, [make(v)], retain_graph=True, allow_unused=True)
            reverse = sum(float(np.sum(g._data * d)) for g, d in zip(back, u) if g is not None)
            rev_err = max(rev_err, abs(float(np.sum(got * v)) - reverse) / max(1.0, abs(reverse)))
    if failure is None and rev_err > 1e-8:
        failure = case.fail("forward-mode", f"JVP differs from reverse mode <J^T v, u> by {rev_err:.3g}")
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
        _raise(first_order(case)["failure"])
        _raise(zero_grad_output(case))
        _raise(undefined_output_grads(case))
        _raise(float32_check(case))


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
        out = op_function(name, package)(**{("input" if k == "self" else k): v for k, v in values.items()})
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
    row = {"first_abs": 0.0, "first_rel": 0.0, "first_ratio": 0.0, "forward_fd": 0.0, "forward_rev": 0.0,
           "failures": []}
    if not case.inputs:
        return row
    first = first_order(case)
    row["first_abs"], row["first_rel"], row["first_ratio"] = first["abs"], first["rel"], first["ratio"]
    failures = [first["failure"], second_order(case)]
    row["forward_fd"], row["forward_rev"], failure = forward_mode(case)
    failures += [failure, zero_grad_output(case), undefined_output_grads(case), deterministic(case),
                 float32_check(case)]
    row["failures"] = [f for f in failures if f]
    return row
