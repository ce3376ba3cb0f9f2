"""Central differences with their own error estimate, for tolerances that adapt to each sample.

A fixed rtol of 1e-3 lets a formula that is 0.05% off pass in float64, where central differences are
good to ~1e-9. Here every derivative is taken at steps h and 2h: their difference estimates the
truncation error (which grows as h^2) plus the rounding noise, and Richardson's combination
(4 D(h) - D(2h)) / 3 cancels the h^2 term. An analytic value is then held to a bound a few times
that estimate, plus a floor for the rounding of the forward itself (a few ulps of the outputs,
divided by h).
"""
from __future__ import annotations

import numpy as np

from yamlgrad.core import grad_mode
from yamlgrad.core.tensor import Tensor, make

SAFETY = 10.0        # multiples of the estimated finite-difference error an analytic value may be off
ROUNDING_ULPS = 64   # rounding of the forward itself, in ulps of the output, before dividing by h
RELATIVE_FLOOR = 1e-8  # of the largest entry of the block: the analytic formula rounds too


def outputs_of(value) -> list[Tensor]:
    items = value if isinstance(value, (tuple, list)) else (value,)
    return [t for t in items if isinstance(t, Tensor) and t.dtype.kind == "f"]


def evaluate(func, inputs) -> list[np.ndarray]:
    with grad_mode.no_grad():
        return [o._data.astype(np.float64, copy=True) for o in outputs_of(func(*inputs))]


def _combine(at: dict, h: float, ulp: float):
    """Richardson estimate and its error bound from outputs at +-h and +-2h (lists over outputs)."""
    est, err = [], []
    for p1, m1, p2, m2 in zip(at[h], at[-h], at[2 * h], at[-2 * h]):
        d1 = (p1 - m1) / (2 * h)
        d2 = (p2 - m2) / (4 * h)
        scale = np.maximum(np.maximum(np.abs(p1), np.abs(m1)), np.maximum(np.abs(p2), np.abs(m2)))
        est.append(d1 + (d1 - d2) / 3)
        err.append(np.abs(d1 - d2) + ROUNDING_ULPS * ulp * scale / h)
    return est, err


def jacobian(func, inputs, diff: list[int], h: float):
    """(J, E): J[i][c] of shape (outputs[i].size, inputs[diff[c]].size) and its error estimate E."""
    inputs = [make(t._data.copy()) if isinstance(t, Tensor) else t for t in inputs]
    base = evaluate(func, inputs)
    ulp = float(np.finfo(np.float64).eps)
    J = [[np.zeros((o.size, inputs[j]._data.size)) for j in diff] for o in base]
    E = [[np.zeros_like(b) for b in row] for row in J]
    for col, j in enumerate(diff):
        flat = inputs[j]._data.reshape(-1)
        for k in range(flat.size):
            orig, at = flat[k], {}
            for step in (h, -h, 2 * h, -2 * h):
                flat[k] = orig + step
                at[step] = evaluate(func, inputs)
            flat[k] = orig
            for i, (e, r) in enumerate(zip(*_combine(at, h, ulp))):
                J[i][col][:, k] = e.reshape(-1)
                E[i][col][:, k] = r.reshape(-1)
    return J, E


def directional(func, inputs, diff: list[int], directions: list[np.ndarray], h: float):
    """(J u, error) per output, along the direction u (one array per differentiable input)."""
    at = {}
    for step in (h, -h, 2 * h, -2 * h):
        moved = list(inputs)
        for j, u in zip(diff, directions):
            moved[j] = make(inputs[j]._data.astype(np.float64) + step * u)
        at[step] = evaluate(func, moved)
    return _combine(at, h, float(np.finfo(np.float64).eps))


def bound(err: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """How far an analytic value may be from the Richardson estimate `reference`."""
    scale = float(np.max(np.abs(reference), initial=0.0))
    return SAFETY * err + RELATIVE_FLOOR * scale + 1e-12
