"""Indexing: torch's index normalization, getitem/setitem gradients, gather/scatter and masked fills,
with torch's dtype and bounds checks."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.kernels.dims import _wrap_dim


def normalize_index(index):
    """A getitem index with any Tensors in it replaced by their arrays."""
    if isinstance(index, tuple):
        return tuple(normalize_index(i) for i in index)
    if isinstance(index, list):
        return [normalize_index(i) for i in index]
    data = getattr(index, "_data", None)
    return index if data is None else data


def index_backward(src, shape, index):
    """Scatter `src` into zeros of `shape` at `index`, adding where an integer index repeats."""
    out = np.zeros_like(src, shape=tuple(shape))
    if _has_integer_array(index):
        np.add.at(out, index, src)
    else:
        out[index] = src
    return out


def _has_integer_array(index) -> bool:
    items = index if isinstance(index, tuple) else (index,)
    for item in items:
        if isinstance(item, list) or (hasattr(item, "dtype") and getattr(item, "ndim", 0) > 0
                                      and item.dtype.kind in "iu"):
            return True
    return False


def index_put(x, index, values):
    """A copy of `x` with `values` written at `index` (the out-of-place form of `x[index] = values`)."""
    out = x.copy()
    out[index] = values
    return out


def copy_into(x, src):
    """`src` broadcast to `x`'s shape and cast to its dtype (the out-of-place form of `x.copy_(src)`)."""
    return np.broadcast_to(src, x.shape).astype(x.dtype)


def _check_index_dtype(index, name, what):
    if np.asarray(index).dtype.kind not in "iu":
        raise RuntimeError(f"{name}(): Expected dtype {what} for index")


def _check_bounds(index, size, dim):
    if index.size:
        bad = index[(index < 0) | (index >= size)]
        if bad.size:
            raise RuntimeError(f"index {bad.flat[0]} is out of bounds for dimension {dim} with size {size}")


def gather(x, dim, index):
    index = np.asarray(index)
    _check_index_dtype(index, "gather", "int32/int64")
    d = _wrap_dim(dim, x.ndim)
    xs = x.shape or (1,)
    ishape = index.shape or (1,)
    if len(xs) != len(ishape):
        raise RuntimeError("Index tensor must have the same number of dimensions as input tensor")
    for i, (a, b) in enumerate(zip(ishape, xs)):
        if i != d and a > b:
            raise RuntimeError(f"Size does not match at dimension {i} expected index {list(index.shape)} to be no "
                               f"larger than self {list(x.shape)} apart from dimension {d}")
    _check_bounds(index, xs[d], d)
    x1 = x.reshape(xs)[tuple(slice(None) if i == d else slice(0, n) for i, n in enumerate(ishape))]
    return np.take_along_axis(x1, index.reshape(ishape).astype(np.intp, copy=False), axis=d).reshape(index.shape)


def scatter_add(x, dim, index, src):
    return _scatter(x, dim, index, src, True)


def scatter(x, dim, index, src):
    """torch.scatter: src (a tensor, or a number for every indexed place) written at index along dim."""
    if not isinstance(src, np.ndarray) or (src.ndim == 0 and np.ndim(index) != 0):
        src = np.full(np.shape(index), src, dtype=x.dtype)
    return _scatter(x, dim, index, src, False)


def _scatter(x, dim, index, src, accumulate):
    index, src = np.asarray(index), np.asarray(src)
    _check_index_dtype(index, "scatter", "int64")
    if src.dtype != x.dtype:
        raise RuntimeError("scatter(): Expected self.dtype to be equal to src.dtype")
    d = _wrap_dim(dim, x.ndim)
    xs, ishape, sshape = x.shape or (1,), index.shape or (1,), src.shape or (1,)
    out = x.reshape(xs).copy()
    if index.size == 0:
        return out.reshape(x.shape)
    if len(ishape) != len(xs):
        raise RuntimeError("Index tensor must have the same number of dimensions as self tensor")
    if len(sshape) != len(ishape):
        raise RuntimeError("Index tensor must have the same number of dimensions as src tensor")
    if any(b > s or (i != d and b > a) for i, (a, b, s) in enumerate(zip(xs, ishape, sshape))):
        raise RuntimeError(f"Expected index {list(index.shape)} to be no larger than self {list(x.shape)} apart "
                           f"from dimension {d} and to be no larger size than src {list(src.shape)}")
    _check_bounds(index, xs[d], d)
    grid = list(np.indices(ishape, sparse=True))
    grid[d] = index.reshape(ishape)
    values = src.reshape(sshape)[tuple(slice(0, n) for n in ishape)]
    if accumulate:
        np.add.at(out, tuple(grid), values)
    else:
        out[tuple(grid)] = values
    return out.reshape(x.shape)


def index_select(x, dim, index):
    index = np.asarray(index)
    if index.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    _check_index_dtype(index, "index_select", "int32 or int64")
    d = _wrap_dim(dim, x.ndim)
    flat = index.reshape(-1)
    if x.ndim == 0:
        if flat.size != 1:
            raise RuntimeError(f"index_select(): Index to scalar can have only 1 value, got {flat.size} value(s)")
        if flat[0] != 0:
            raise IndexError("index out of range in self")
        return x.copy()
    n = x.shape[d]
    bad = flat[(flat < 0) | (flat >= n)]
    if bad.size:
        raise IndexError("index out of range in self")
    return np.take(x, flat, axis=d)


def masked_fill(x, mask, value):
    mask = np.asarray(mask)
    if mask.dtype != np.bool_:
        raise RuntimeError(f"masked_fill_ only supports boolean masks, but got mask with dtype {mask.dtype}")
    if np.ndim(value) != 0:
        raise RuntimeError(f"masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                           f"{np.ndim(value)} dimension(s).")
    value = np.asarray(value)
    if x.dtype.kind != "c" and value.dtype.kind == "c":
        raise RuntimeError(f"value cannot be converted to type {x.dtype} without overflow")
    return np.where(mask, value.astype(x.dtype), x)
