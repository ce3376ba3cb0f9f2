"""Per-op checks driven by the registry's test data (autogen/samples.py).

Shared by the generated tests (tests/generated/test_<op>.py) and `python -m yamlgrad.audit`,
so a formula that is wrong fails both with the same message naming the op and the input.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

from .autograd.gradcheck import compare, gradgradcheck
from .tensor import Tensor, make


def _specs():
    from .autogen.samples import OPS
    return OPS


def _op(name: str):
    from .autogen import ops
    return getattr(ops, name)


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


def sample_inputs(name: str, index: int) -> dict:
    """The keyword arguments of sample `index` of op `name`, with a seed fixed by both."""
    spec = _specs()[name]
    rng = np.random.default_rng(zlib.crc32(f"{name}:{index}".encode()))
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


@dataclass
class SampleReport:
    op: str
    index: int
    max_abs: float
    max_rel: float
    failure: str | None


def _bind(name: str, values: dict, diff: list[str]):
    op = _op(name)
    spec = _specs()[name]
    keep = [i for i, d in enumerate(spec["output_differentiability"]) if d]

    def func(*xs):
        kwargs = dict(values)
        kwargs.update(zip(diff, xs))
        out = op(**kwargs)
        if spec["outputs"] == 1:
            return out
        return tuple(out[i] for i in keep)
    return func


def run_sample(name: str, index: int) -> SampleReport:
    spec = _specs()[name]
    values = sample_inputs(name, index)
    diff = [k for k in spec["differentiable"] if isinstance(values.get(k), Tensor) and values[k].requires_grad]
    if not diff:
        return SampleReport(name, index, 0.0, 0.0, None)
    results = compare(_bind(name, values, diff), [values[k] for k in diff],
                      eps=spec["eps"], atol=spec["atol"], rtol=spec["rtol"])
    failure = None
    for m in results:
        if not m.passed:
            failure = f"op '{name}', input '{diff[m.input]}': sample {index}: {m.describe()}"
            break
    return SampleReport(name, index, max((m.max_abs for m in results), default=0.0),
                        max((m.max_rel for m in results), default=0.0), failure)


def check_sample(name: str, index: int) -> None:
    report = run_sample(name, index)
    if report.failure:
        raise AssertionError(report.failure)


def check_sample_second_order(name: str, index: int) -> None:
    """Second derivatives through the recorded backward (create_graph=True) against finite differences."""
    spec = _specs()[name]
    values = sample_inputs(name, index)
    diff = [k for k in spec["differentiable"] if isinstance(values.get(k), Tensor) and values[k].requires_grad]
    if not diff:
        return
    try:
        gradgradcheck(_bind(name, values, diff), [values[k] for k in diff],
                      eps=spec["eps"], atol=spec["atol"], rtol=spec["rtol"])
    except Exception as exc:
        raise AssertionError(f"op '{name}': sample {index}: second order: {exc}") from exc


def forward_mode_errors(name: str, index: int) -> tuple[float, float] | None:
    """Relative errors of the forward-mode JVP J·u against (central differences along u, reverse mode
    <J^T v, u>), for random tangents u and cotangents v; None if the op has no differentiable input."""
    from . import grad_mode
    from .autograd import forward_ad
    from .engine import grad
    spec = _specs()[name]
    values = sample_inputs(name, index)
    diff = [k for k in spec["differentiable"] if isinstance(values.get(k), Tensor) and values[k].requires_grad]
    if not diff:
        return None
    rng = np.random.default_rng(zlib.crc32(f"{name}:{index}:forward".encode()))
    u = {k: rng.standard_normal(values[k].shape) for k in diff}
    func = _bind(name, values, diff)

    def outputs(value):
        items = value if isinstance(value, tuple) else (value,)
        return [o for o in items if isinstance(o, Tensor) and o.dtype.kind == "f"]

    with forward_ad.dual_level():
        duals = [forward_ad.make_dual(values[k], make(u[k])) for k in diff]
        jvp = [None if o._fw is None else np.array(o._fw, dtype=np.float64) for o in outputs(func(*duals))]
    eps = spec["eps"]
    with grad_mode.no_grad():
        plus = outputs(func(*[make(values[k]._data + eps * u[k]) for k in diff]))
        minus = outputs(func(*[make(values[k]._data - eps * u[k]) for k in diff]))
    fd_err = rev_err = 0.0
    outs = outputs(func(*[values[k] for k in diff]))
    for i, (p, m, o) in enumerate(zip(plus, minus, outs)):
        numeric = (p._data - m._data) / (2 * eps)
        got = np.zeros_like(numeric) if jvp[i] is None else jvp[i]
        scale = max(1.0, float(np.abs(numeric).max(initial=0.0)))
        fd_err = max(fd_err, float(np.abs(got - numeric).max(initial=0.0)) / scale)
        if o.requires_grad:
            v = rng.standard_normal(o.shape)
            back = grad([o], [values[k] for k in diff], [make(v)], retain_graph=True, allow_unused=True)
            reverse = sum(float(np.sum(g._data * u[k])) for g, k in zip(back, diff) if g is not None)
            forward = float(np.sum(got * v))
            rev_err = max(rev_err, abs(forward - reverse) / max(1.0, abs(reverse)))
    return fd_err, rev_err


def check_sample_forward(name: str, index: int) -> None:
    spec = _specs()[name]
    errors = forward_mode_errors(name, index)
    if errors is None:
        return
    fd_err, rev_err = errors
    tolerance = spec["atol"] + spec["rtol"]
    if fd_err > tolerance * 10 or rev_err > 1e-8:
        raise AssertionError(f"op '{name}': sample {index}: forward mode: JVP differs from finite differences by "
                             f"{fd_err:.3g} (relative) and from reverse mode <J^T v, u> by {rev_err:.3g}")


def check_double_backward_unsupported(name: str) -> None:
    """An op declared `double_backward: false`: first order works with create_graph, second raises."""
    from .engine import grad
    spec = _specs()[name]
    values = sample_inputs(name, 0)
    diff = [k for k in spec["differentiable"] if isinstance(values.get(k), Tensor) and values[k].requires_grad]
    out = _bind(name, values, diff)(*[values[k] for k in diff])
    out = out[0] if isinstance(out, tuple) else out
    first = grad(out.sum(), [values[k] for k in diff], create_graph=True, allow_unused=True)
    used = [g for g in first if g is not None]
    if not used:
        raise AssertionError(f"op '{name}': no first-order gradient to differentiate again")
    try:
        grad(used[0].sum(), [values[k] for k in diff], allow_unused=True)
    except RuntimeError as exc:
        if f"'{name}'" not in str(exc) or "double backward" not in str(exc):
            raise AssertionError(f"op '{name}': unclear double-backward error: {exc}") from exc
    else:
        raise AssertionError(f"op '{name}': double backward did not raise although the registry says "
                             "double_backward: false")


def check_not_implemented(name: str) -> None:
    """Backward through an input declared `not_implemented` raises NotImplementedError naming it."""
    spec = _specs()[name]
    for inp in spec["not_implemented"]:
        values = {k: v.detach() if isinstance(v, Tensor) and k != inp else v
                  for k, v in sample_inputs(name, 0).items()}
        out = _op(name)(**values)
        out = out[0] if isinstance(out, tuple) else out
        try:
            out.sum().backward()
        except NotImplementedError as exc:
            if f"'{name}'" not in str(exc) or f"'{inp}'" not in str(exc):
                raise AssertionError(f"op '{name}': the error does not name the op and input '{inp}': {exc}")
        else:
            raise AssertionError(f"op '{name}', input '{inp}': backward did not raise NotImplementedError")
