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
