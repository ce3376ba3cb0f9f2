"""Beyond the declared samples: a standard probe of each elementwise op's domain, and its kinks.

A registry's samples come from a small interval ([-2, 2] by default, or what the entry declares), so a
formula wrong only for x < 0, or beyond a clamp at 3, passes every sample. For an op that is
elementwise (checked numerically: perturbing some elements moves only those outputs), this module
evaluates the formulas on a fixed grid of negative, near-zero and large points, keeping the points
where the forward is finite and that are not within a margin of a kink or jump, and compares them
with Richardson finite differences (fd.py). Kinks — points where the one-sided derivatives differ
(relu and abs at 0, clamp at its bounds, maximum at a tie) — are searched among round candidates and
the op's own scalar arguments; there the formula must give a value between the one-sided derivatives
(a subgradient), and what it gives is reported.
"""
from __future__ import annotations

import inspect
import itertools
import warnings

import numpy as np

from yamlgrad.testing import fd
from yamlgrad.core.engine import grad
from yamlgrad.core.tensor import Tensor, make

GRIDS = {
    1: [-101.3, -23.9, -7.3, -3.77, -2.63, -1.71, -0.93, -0.37, -0.0137, 0.0137, 0.37, 0.93, 1.71, 2.63, 3.77,
        7.3, 23.9, 101.3],
    2: [-23.9, -3.77, -1.71, -0.37, -0.0137, 0.0137, 0.37, 1.71, 3.77, 23.9],
    3: [-3.77, -0.37, 0.0137, 0.93, 3.77],
}
STEP = 1e-6           # central differences on the grid (float64)
KINK_MARGIN = 1e-3    # one-sided differences at this step that disagree mark a point near a kink: skipped
KINK_CANDIDATES = [0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0]
OTHER_VALUE = 0.61    # where the other inputs sit while one input crosses its candidates (also a candidate)


def _tensor_keys(spec: dict, sample: dict) -> list[str] | None:
    """The Tensor inputs of a sample to put on the grid, or None when the sample does not fit the probe
    (a non-float or non-differentiable Tensor, a Tensor[] input)."""
    keys = []
    for key, value in sample.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return None
        if isinstance(value, dict) and "shape" in value:
            if value["dtype"] not in ("float64", "float32") or key not in spec["differentiable"]:
                return None
            keys.append(key)
    return keys or None


def _keyword(op, key: str) -> str:
    # the wrappers may take torch's name `input` for the registry's `self`
    if key == "self":
        try:
            params = inspect.signature(op).parameters
        except (TypeError, ValueError):
            return key
        if "self" not in params and "input" in params:
            return "input"
    return key


class _Op:
    """One sample configuration of an op, called on 1-D arrays for its Tensor inputs."""

    def __init__(self, op, sample: dict, keys: list[str]):
        self.raw_op, self.keys = op, keys
        self.fixed = {_keyword(op, k): v for k, v in sample.items() if k not in keys}
        self.names = [_keyword(op, k) for k in keys]


    def __call__(self, arrays, requires_grad=False):
        inputs = [make(np.asarray(a, dtype=np.float64)) for a in arrays]
        if requires_grad:
            for t in inputs:
                t.requires_grad = True
        out = self.raw_op(**self.fixed, **dict(zip(self.names, inputs)))
        return inputs, out

    def values(self, arrays) -> np.ndarray | None:
        _, out = self(arrays)
        if not isinstance(out, Tensor) or out.dtype.kind != "f" or out.shape != np.shape(arrays[0]):
            return None
        return np.asarray(out._data, dtype=np.float64)


def _elementwise(f: _Op, arrays) -> bool:
    """Perturbing a random subset of elements moves only those outputs (and the output has their shape)."""
    base = f.values(arrays)
    if base is None:
        return False
    rng = np.random.default_rng(7)
    for _ in range(2):
        mask = rng.random(base.shape) < 0.5
        moved = f.values([a + 1e-3 * mask for a in arrays])
        if moved is None:
            return False
        same = np.isclose(moved, base, rtol=0, atol=0, equal_nan=True)
        if np.any(~same & ~mask):
            return False
    return True


def _grid(n: int) -> list[np.ndarray]:
    points = np.array(list(itertools.product(GRIDS[min(n, 3)], repeat=n))) if n <= 3 else None
    return [points[:, j].copy() for j in range(n)]


def _derivatives(f: _Op, arrays, j: int, h: float):
    """Richardson estimate and error of d f / d input_j, elementwise, plus one-sided slopes at KINK_MARGIN."""
    def at(step, which=j):
        return f.values([a + step if i == which else a for i, a in enumerate(arrays)])
    values = {s: [at(s)] for s in (h, -h, 2 * h, -2 * h)}
    est, err = fd._combine(values, h, float(np.finfo(np.float64).eps))
    base, up, down = at(0.0), at(KINK_MARGIN), at(-KINK_MARGIN)
    right, left = (up - base) / KINK_MARGIN, (base - down) / KINK_MARGIN
    return est[0], err[0], left, right


def _analytic(f: _Op, arrays, v: np.ndarray):
    inputs, out = f(arrays, requires_grad=True)
    grads = grad([out], inputs, [make(v)], allow_unused=True)
    return [np.zeros_like(v) if g is None else np.asarray(g._data, dtype=np.float64) for g in grads]


def _tangent(f: _Op, arrays, u: list[np.ndarray]) -> np.ndarray | None:
    from yamlgrad.autograd import forward_ad
    with forward_ad.dual_level():
        inputs = [forward_ad.make_dual(make(np.asarray(a, dtype=np.float64)), make(t)) for a, t in zip(arrays, u)]
        out = f.raw_op(**f.fixed, **dict(zip(f.names, inputs)))
        return None if out._fw is None else np.asarray(out._fw, dtype=np.float64)


def _configurations(spec: dict):
    seen = set()
    for index, sample in enumerate(spec["samples"]):
        keys = _tensor_keys(spec, sample)
        if keys is None:
            continue
        signature = (tuple(keys), repr(sorted((k, v) for k, v in sample.items() if k not in keys)))
        if signature not in seen:
            seen.add(signature)
            yield index, sample, keys


def probe_op(name: str, spec: dict, op) -> dict:
    """{'points': grid points checked, 'skipped': points left out, 'failure': str | None, 'kinks': [...]}
    or None when the op is not elementwise (or takes no float Tensor inputs)."""
    report = {"points": 0, "skipped": 0, "failure": None, "kinks": []}
    elementwise = False
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")  # the grid leaves the domain of log, sqrt, ... on purpose
        for index, sample, keys in _configurations(spec):
            f = _Op(op, sample, keys)
            arrays = _grid(len(keys)) if len(keys) <= 3 else None
            try:
                if arrays is None or not _elementwise(f, arrays):
                    continue
            except Exception:  # noqa: BLE001 - an op that cannot take the grid is not probed
                continue
            elementwise = True
            _probe_grid(name, spec, f, arrays, index, report)
            _probe_kinks(name, spec, f, sample, index, report)
    return report if elementwise else None


def _probe_grid(name, spec, f: _Op, arrays, index, report) -> None:
    base = f.values(arrays)
    keep = np.isfinite(base)
    per_input = []
    for j in range(len(arrays)):
        est, err, left, right = _derivatives(f, arrays, j, STEP)
        smooth = np.isclose(left, right, rtol=0.05, atol=1e-6) & np.isfinite(est) & np.isfinite(left)
        keep &= smooth
        per_input.append((est, err))
    report["points"] += int(keep.sum())
    report["skipped"] += int((~keep).sum())
    if report["failure"] or not keep.any():
        return
    rng = np.random.default_rng(11)
    v = rng.uniform(0.5, 3.0, base.shape) * rng.choice([-1.0, 1.0], base.shape)
    for j, (g, (est, err)) in enumerate(zip(_analytic(f, arrays, v), per_input)):
        want, limit = v * est, np.abs(v) * fd.bound(err, np.where(keep, est, 0.0))
        bad = keep & ~(np.abs(g - want) <= limit)
        if bad.any():
            k = int(np.argmax(bad))
            at = ", ".join(f"{key}={a[k]:g}" for key, a in zip(f.keys, arrays))
            report["failure"] = (f"op '{name}', input '{f.keys[j]}': at {at} (outside the samples) the formula gives "
                                 f"{g[k] / v[k]:.10g}, finite differences {est[k]:.10g}: sample {index}, check "
                                 "domain-probe")
            return
    if spec["forward_mode"]:
        u = [rng.uniform(0.5, 3.0, base.shape) for _ in arrays]
        got = _tangent(f, arrays, u)
        want = sum(t * est for t, (est, _) in zip(u, per_input))
        err = sum(t * e for t, (_, e) in zip(u, per_input))
        got = np.zeros_like(want) if got is None else got
        bad = keep & ~(np.abs(got - want) <= fd.bound(err, np.where(keep, want, 0.0)))
        if bad.any():
            k = int(np.argmax(bad))
            at = ", ".join(f"{key}={a[k]:g}" for key, a in zip(f.keys, arrays))
            report["failure"] = (f"op '{name}': at {at} (outside the samples) the forward-mode formula gives "
                                 f"{got[k]:.10g}, finite differences {want[k]:.10g}: sample {index}, check "
                                 "domain-probe (forward mode)")


def _scalars(sample: dict) -> list[float]:
    out = []
    for value in sample.values():
        items = value if isinstance(value, list) else [value]
        out += [float(x) for x in items if isinstance(x, (int, float)) and not isinstance(x, bool)]
    return out


def _probe_kinks(name, spec, f: _Op, sample, index, report) -> None:
    candidates = sorted(set(KINK_CANDIDATES + [OTHER_VALUE] + [c for c in _scalars(sample) if abs(c) < 1e6]))
    c = np.array(candidates)
    step = 1e-7
    for j, key in enumerate(f.keys):
        arrays = [c.copy() if i == j else np.full_like(c, OTHER_VALUE) for i in range(len(f.keys))]
        base = f.values(arrays)
        up = f.values([a + step if i == j else a for i, a in enumerate(arrays)])
        down = f.values([a - step if i == j else a for i, a in enumerate(arrays)])
        right, left = (up - base) / step, (base - down) / step
        finite = np.isfinite(base) & np.isfinite(up) & np.isfinite(down)
        jump = finite & (np.abs(up - down) > 1e-3)
        kink = finite & ~jump & ~np.isclose(left, right, rtol=1e-3, atol=1e-4)
        if not (kink | jump).any():
            continue
        g = _analytic(f, arrays, np.ones_like(c))[j]
        t = _tangent(f, arrays, [np.ones_like(c) if i == j else np.zeros_like(c) for i in range(len(f.keys))]) \
            if spec["forward_mode"] else None
        for k in np.flatnonzero(kink | jump):
            lo, hi = sorted((left[k], right[k]))
            slack = 1e-4 * (1 + abs(lo) + abs(hi))
            ok = bool(jump[k] or (np.isfinite(g[k]) and lo - slack <= g[k] <= hi + slack))
            fw = None if t is None else float(t[k])
            if fw is not None and not jump[k]:
                ok = ok and np.isfinite(fw) and lo - slack <= fw <= hi + slack
            entry = {"input": key, "at": float(c[k]), "kind": "jump" if jump[k] else "kink",
                     "left": float(left[k]), "right": float(right[k]), "formula": float(g[k]), "jvp": fw, "ok": ok,
                     "sample": index}
            report["kinks"].append(entry)
            if not ok and report["failure"] is None:
                report["failure"] = (f"op '{name}', input '{key}': at the kink {key}={c[k]:g} the one-sided "
                                     f"derivatives are {left[k]:.6g} and {right[k]:.6g}; the formula gives "
                                     f"{g[k]:.6g}" + ("" if fw is None else f" and forward mode {fw:.6g}")
                                     + f", not a subgradient: sample {index}, check kink")
