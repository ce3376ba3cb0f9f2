"""Sorting: a stable argsort with torch's NaN order, sort and topk."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.kernels.reductions import one_dim


def _stable_argsort(x, axis, descending):
    """Stable argsort along `axis`; descending keeps equal elements in their original order (NaN is largest)."""
    if not descending:
        return np.argsort(x, axis=axis, kind="stable")
    n = x.shape[axis]
    rev = np.flip(np.argsort(np.flip(x, axis), axis=axis, kind="stable"), axis)
    return (n - 1) - rev


def sort(x, dim=-1, descending=False, stable=False):
    axis = one_dim(x, dim)
    if x.ndim == 0:
        return x.copy(), np.zeros((), dtype=np.int64)
    idx = _stable_argsort(x, axis, descending).astype(np.int64)
    return np.take_along_axis(x, idx, axis), idx


def topk(x, k, dim=-1, largest=True, sorted=True):
    if x.dtype == np.bool_:
        raise RuntimeError("topk does not support bool dtypes on CPU")
    axis = one_dim(x, dim)
    n = x.shape[axis] if x.ndim else 1
    if not 0 <= k <= n:
        raise RuntimeError("selected index k out of range")
    if x.ndim == 0:
        return x.copy(), np.zeros((), dtype=np.int64)
    idx = np.take(_stable_argsort(x, axis, largest), np.arange(k), axis=axis).astype(np.int64)
    return np.take_along_axis(x, idx, axis), idx
