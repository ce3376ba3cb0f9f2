"""Reductions: sums and means with torch's dims and dtypes, extrema with indices, variance and norms,
cumulative ops and arg-extrema."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.dtypes import torch_name
from yamlgrad.numerics.kernels.dims import _axis, dims_tuple


def sum(x, dim=None, keepdim=False, dtype=None):
    """torch.sum: integral and bool inputs sum in int64 (NumPy would give uint64 for unsigned ones)."""
    if dtype is not None or x.dtype.kind in "bu":
        x = _integral_to_long(x, dtype)
    # the ufunc's reduce is what np.sum calls, without np.sum's dispatch layers (half the cost on small arrays)
    return np.add.reduce(x, axis=_axis(x, dim), keepdims=keepdim)


def mean(x, dim=None, keepdim=False, dtype=None):
    if dtype is not None:
        x = x.astype(dtype, copy=False)
    elif x.dtype.kind not in "fc":
        raise RuntimeError(f"mean(): could not infer output dtype. Input dtype must be either a floating point or "
                           f"complex dtype. Got: {x.dtype.name}")
    return np.mean(x, axis=_axis(x, dim), keepdims=keepdim)


def nansum(x, dim=None, keepdim=False, dtype=None):
    if dtype is not None or x.dtype.kind in "bu":
        x = _integral_to_long(x, dtype)
    return np.nansum(x, axis=_axis(x, dim), keepdims=keepdim)


def all_any(reduce, x, dim=None, keepdim=False):
    """torch.all / torch.any: bool results, except uint8 in, uint8 out."""
    out = reduce(x, axis=_axis(x, dim), keepdims=keepdim)
    return out.astype(np.uint8) if x.dtype == np.uint8 else out


def count_nonzero(x, dim=None):
    return np.count_nonzero(x, axis=_axis(x, dim)).astype(np.int64)


def amax(x, dim=(), keepdim=False):
    if x.size == 0 and not _empty_reduction_dims_ok("amax", x, dim):
        raise RuntimeError("amax(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amax(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def amin(x, dim=(), keepdim=False):
    if x.size == 0 and not _empty_reduction_dims_ok("amin", x, dim):
        raise RuntimeError("amin(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amin(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def _empty_reduction_dims_ok(name, x, dim):
    """An empty tensor reduces along dims of non-zero size (amax over dim 1 of a (0, 3) tensor is (0,));
    False when no dim is given, IndexError for a reduced dim of size zero."""
    if dim is None or (not isinstance(dim, (int, np.integer)) and len(dim) == 0):
        return False
    for d in dims_tuple(dim, x.ndim):
        if x.shape[d] == 0:
            raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")
    return True


def max_dim(x, dim, keepdim=False):
    return _extremum_dim(np.argmax, "max", x, dim, keepdim)


def min_dim(x, dim, keepdim=False):
    return _extremum_dim(np.argmin, "min", x, dim, keepdim)


def _extremum_dim(arg, name, x, dim, keepdim):
    """(values, indices) of max/min along dim; a 0-d tensor is its own extremum (dim 0 or -1)."""
    axis = one_dim(x, dim)
    if x.ndim == 0:
        return x.copy(), np.zeros((), dtype=np.int64)
    if x.shape[axis] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {dim} to have non-zero size.")
    indices = arg(x, axis=axis, keepdims=True)
    values = np.take_along_axis(x, indices, axis=axis)
    if not keepdim:
        values, indices = np.squeeze(values, axis=axis), np.squeeze(indices, axis=axis)
    return values, indices.astype(np.int64)


def _check_float(x, name):
    if x.dtype.kind not in "fc":
        raise RuntimeError(f"{name}: Expected a floating point or complex tensor as input. "
                           f"Got {torch_name(x.dtype)}")


def one_dim(x, dim):
    """A single `dim` checked against x.ndim (0-d tensors accept 0 and -1), as a positive axis."""
    n = max(x.ndim, 1)
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return dim % n


def _integral_to_long(x, dtype):
    """torch's rule for sum-like ops: cast to `dtype` when given, else integral and bool inputs become int64."""
    if dtype is not None:
        return x.astype(dtype, copy=False)
    if x.dtype.kind in "biu":
        return x.astype(np.int64)
    return x


def prod(x, dim=None, keepdim=False, dtype=None):
    x = _integral_to_long(x, dtype)
    if dim is None:
        out = np.prod(x)
        return out.reshape((1,) * x.ndim) if keepdim else out
    one_dim(x, dim)
    return np.prod(x, axis=_axis(x, dim), keepdims=keepdim)


def var_correction(unbiased, correction):
    """The `correction` torch's var/std use: 1 by default, `unbiased` (True: 1, False: 0) or `correction`."""
    if unbiased is not None and correction is not None:
        raise RuntimeError("var/std: pass either unbiased or correction, not both")
    if correction is not None:
        return correction
    return 0 if unbiased is False else 1


def var(x, dim=None, unbiased=None, keepdim=False, correction=None):
    if x.dtype.kind not in "fc":
        raise RuntimeError("std and var only support floating point and complex dtypes")
    c = var_correction(unbiased, correction)
    axis = _axis(x, dim)
    count = x.size if axis is None else int(np.prod([x.shape[a] for a in axis]))
    # float16 accumulates in float32, as torch does: the sum of squares and the count itself (over
    # 65,504 elements) would overflow float16.
    acc = np.float32 if x.dtype == np.float16 else x.dtype.type
    centered = x - np.mean(x, axis=axis, keepdims=True, dtype=acc).astype(x.dtype) if x.size else x
    if acc is np.float32:
        centered = centered.astype(np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.sum(centered * centered, axis=axis, keepdims=keepdim) / acc(max(count - c, 0))
    return out.astype(x.dtype, copy=False)


def std(x, dim=None, unbiased=None, keepdim=False, correction=None):
    return np.sqrt(var(x, dim, unbiased, keepdim, correction))


def vector_norm(x, ord=2, dim=None, keepdim=False, dtype=None):
    if dtype is not None:
        x = x.astype(dtype, copy=False)
    _check_float(x, "linalg.vector_norm")
    if isinstance(ord, str) or isinstance(ord, bool):
        raise TypeError(f"linalg.vector_norm: ord must be a number, got {ord!r}")
    axis = _axis(x, dim)
    a = np.abs(x)
    if np.isinf(ord):
        if a.size == 0:
            raise RuntimeError("linalg.vector_norm cannot compute the inf norm on an empty tensor because the "
                               "operation does not have an identity")
        return (np.amax if ord > 0 else np.amin)(a, axis=axis, keepdims=keepdim)
    if ord == 0:
        return np.sum(a != 0, axis=axis, keepdims=keepdim).astype(a.dtype)
    if ord == 1:
        return np.sum(a, axis=axis, keepdims=keepdim)
    if ord == 2:
        return np.sqrt(np.sum(a * a, axis=axis, keepdims=keepdim))
    with np.errstate(divide="ignore"):
        p = a.dtype.type(ord)
        return np.power(np.sum(np.power(a, p), axis=axis, keepdims=keepdim), 1 / p)


def norm_ord(p, dim):
    """torch.norm's `p` as a vector-norm order: 'fro' (or None) is 2; 'nuc' and matrix norms are not here."""
    if p is None:
        return 2
    if isinstance(p, str):
        if p == "fro" and (dim is None or isinstance(dim, (int, np.integer)) or len(dim) <= 2):
            return 2
        if p == "fro":
            raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(map(str, dim))}")
        if p == "nuc":
            raise NotImplementedError("torch.norm(p='nuc') (the nuclear norm needs an SVD) is not supported yet")
        raise RuntimeError(f"linalg.matrix_norm: Order {p} not supported.")
    return p


def norm(x, p="fro", dim=None, keepdim=False, dtype=None):
    return vector_norm(x, norm_ord(p, dim), dim, keepdim, dtype)


def logsumexp(x, dim, keepdim=False):
    if x.dtype.kind not in "fc":
        x = x.astype(np.float64)
    axis = _axis(x, dim)
    if x.size == 0:
        with np.errstate(divide="ignore"):
            return np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdim))
    m = np.amax(x, axis=axis, keepdims=True)
    m = np.where(np.isinf(m), 0, m)
    with np.errstate(divide="ignore"):  # log(0) = -inf where every element is -inf
        out = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return out if keepdim or axis is None and x.ndim == 0 else np.squeeze(out, axis=axis)


def cumsum(x, dim, dtype=None):
    x = _integral_to_long(x, dtype)
    axis = one_dim(x, dim)
    return x.copy() if x.ndim == 0 else np.cumsum(x, axis=axis)


def cumprod(x, dim, dtype=None):
    x = _integral_to_long(x, dtype)
    axis = one_dim(x, dim)
    return x.copy() if x.ndim == 0 else np.cumprod(x, axis=axis)


def argmax(x, dim=None, keepdim=False):
    return _arg_extremum(np.argmax, "argmax", x, dim, keepdim)


def argmin(x, dim=None, keepdim=False):
    return _arg_extremum(np.argmin, "argmin", x, dim, keepdim)


def _arg_extremum(fn, name, x, dim, keepdim):
    if x.dtype == np.bool_:
        raise RuntimeError(f"{name}(): does not support bool input")
    if dim is None:
        if x.size == 0:
            raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
        out = np.asarray(fn(x), dtype=np.int64)
        return out.reshape((1,) * x.ndim) if keepdim else out
    axis = one_dim(x, dim)
    if x.ndim == 0:
        return np.zeros((), dtype=np.int64)
    if x.shape[axis] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {dim} to have non-zero size.")
    return np.asarray(fn(x, axis=axis, keepdims=keepdim), dtype=np.int64)
