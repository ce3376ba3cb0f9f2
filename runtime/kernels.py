"""Forward code too long for one YAML line. Every public function here may be named in a
registry `forward:` as `kernels.<name>`; codegen reads this file's function names with `ast`.

Kernels take and return arrays (and Python values). They use NumPy functions rather than
constructors so that other array types can flow through NumPy's dispatch protocols.
"""
from __future__ import annotations

import numpy as np


def normalize_index(index):
    """A getitem index with any Tensors in it replaced by their arrays."""
    if isinstance(index, tuple):
        return tuple(normalize_index(i) for i in index)
    if isinstance(index, list):
        return [normalize_index(i) for i in index]
    data = getattr(index, "_data", None)
    return index if data is None else data


def dims_tuple(dim, ndim: int) -> tuple[int, ...]:
    """torch's `dim` argument (None, int or sequence; empty means all) as sorted positive axes."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, (int, np.integer)):
        dim = (dim,)
    dims = tuple(sorted({d % ndim if ndim else 0 for d in dim})) if len(dim) else tuple(range(ndim))
    for d, orig in zip(dims, dim):
        if ndim and not -ndim <= orig < ndim:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got {orig})")
    return dims


def _axis(x, dim):
    if dim is None:
        return None
    if x.ndim == 0:
        return None
    return dims_tuple(dim, x.ndim)


def sum(x, dim=None, keepdim=False):
    return np.sum(x, axis=_axis(x, dim), keepdims=keepdim)


def mean(x, dim=None, keepdim=False):
    return np.mean(x, axis=_axis(x, dim), keepdims=keepdim)


def amax(x, dim=(), keepdim=False):
    if x.size == 0:
        raise RuntimeError("amax(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amax(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def amin(x, dim=(), keepdim=False):
    if x.size == 0:
        raise RuntimeError("amin(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amin(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def max_dim(x, dim, keepdim=False):
    indices = np.argmax(x, axis=dim, keepdims=True)
    values = np.take_along_axis(x, indices, axis=dim)
    if not keepdim:
        values, indices = np.squeeze(values, axis=dim), np.squeeze(indices, axis=dim)
    return values, indices.astype(np.int64)


def min_dim(x, dim, keepdim=False):
    indices = np.argmin(x, axis=dim, keepdims=True)
    values = np.take_along_axis(x, indices, axis=dim)
    if not keepdim:
        values, indices = np.squeeze(values, axis=dim), np.squeeze(indices, axis=dim)
    return values, indices.astype(np.int64)


def softmax(x, dim):
    if x.ndim == 0:
        return np.ones_like(x)
    shifted = x - np.amax(x, axis=dim, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=dim, keepdims=True)


def log_softmax(x, dim):
    if x.ndim == 0:
        return np.zeros_like(x)
    shifted = x - np.amax(x, axis=dim, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=dim, keepdims=True))


def squeeze(x, dim=None):
    if dim is None:
        return np.squeeze(x)
    if x.ndim == 0:
        return x
    axes = tuple(d for d in dims_tuple(dim, x.ndim) if x.shape[d] == 1)
    return np.squeeze(x, axis=axes) if axes else x


def expand(x, size):
    size = tuple(size)
    lead = len(size) - x.ndim
    if lead < 0:
        raise RuntimeError(f"expand: the number of sizes provided ({len(size)}) must be greater or equal to the "
                           f"number of dimensions in the tensor ({x.ndim})")
    target = tuple(x.shape[i - lead] if s == -1 and i >= lead else s for i, s in enumerate(size))
    return np.broadcast_to(x, target)


def sum_to_shape(x, shape):
    """Sum a broadcast result back to `shape`; None if `shape` could not have broadcast to x.shape."""
    shape = tuple(shape)
    if x.shape == shape:
        return x
    lead = x.ndim - len(shape)
    if lead < 0:
        return None
    axes = list(range(lead))
    for i, n in enumerate(shape):
        have = x.shape[lead + i]
        if n == 1 and have != 1:
            axes.append(lead + i)
        elif n != have:
            return None
    out = np.sum(x, axis=tuple(axes), keepdims=True) if axes else x
    return out.reshape(shape) if lead else out


def sum_to_size(x, size):
    out = sum_to_shape(x, size)
    if out is None:
        raise RuntimeError(f"size {list(size)} is not expandable to size {list(x.shape)}")
    return out


def clamp(x, min=None, max=None):
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if min is not None:
        x = np.maximum(x, min)
    if max is not None:
        x = np.minimum(x, max)
    return x


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


def to_dtype(x, dtype):
    return x if x.dtype == dtype else x.astype(dtype)


def int_list(first, more=()):
    """torch accepts `x.reshape(2, 3)` and `x.reshape((2, 3))` alike."""
    if more:
        return (first, *more)
    if isinstance(first, (int, np.integer)):
        return (int(first),)
    return tuple(int(d) for d in first)


def sigmoid(x):
    # exp(-logaddexp(0, -x)) == 1 / (1 + exp(-x)) without overflow warnings for large |x|
    return np.exp(-np.logaddexp(0, -x))


def index_put(x, index, values):
    """A copy of `x` with `values` written at `index` (the out-of-place form of `x[index] = values`)."""
    out = x.copy()
    out[index] = values
    return out


def copy_into(x, src):
    """`src` broadcast to `x`'s shape and cast to its dtype (the out-of-place form of `x.copy_(src)`)."""
    return np.broadcast_to(src, x.shape).astype(x.dtype)


def flatten(x, start_dim=0, end_dim=-1):
    if x.ndim == 0:
        return x.reshape(1)
    start, end = start_dim % x.ndim, end_dim % x.ndim
    if start > end:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    return x.reshape(x.shape[:start] + (-1,) + x.shape[end + 1:])


def t(x):
    if x.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {x.ndim}D")
    return x.T


def split(x, split_size_or_sections, dim=0):
    """torch.split: one size means chunks of that size (the last may be smaller); several, the sizes."""
    n = x.shape[dim]
    sizes = list(split_size_or_sections)
    if len(sizes) == 1:
        step = sizes[0]
        if step <= 0:
            raise RuntimeError(f"split expects split_size be non-negative, but got split_size={step}")
        sizes = [min(step, n - start) for start in range(0, n, step)] or [0]
    elif sum(sizes) != n:
        raise RuntimeError(f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's size at "
                           f"dimension {dim}), but got split_sizes={sizes}")
    return np.split(x, np.cumsum(sizes)[:-1], axis=dim)


def chunk(x, chunks, dim=0):
    """torch.chunk: pieces of size ceil(n / chunks), so possibly fewer than `chunks`."""
    if chunks <= 0:
        raise RuntimeError("chunk expects `chunks` to be greater than 0")
    n = x.shape[dim]
    size = -(-n // chunks) if n else 1
    return split(x, [size], dim) if n else [x] * 1


def unbind(x, dim=0):
    return [np.take(x, i, axis=dim) for i in range(x.shape[dim])]


def stack(tensors, dim=0):
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    return np.stack(tensors, axis=dim)


def einsum(equation, tensors):
    return np.einsum(equation, *tensors)


def cat(tensors, dim=0):
    if not tensors:
        raise RuntimeError("torch.cat(): expected a non-empty list of Tensors")
    return np.concatenate(tensors, axis=dim)


# ==== group: math ====


# ==== group: activations ====


# ==== group: reductions ====


# ==== group: linalg ====


# ==== group: shape ====


# ==== group: nn ====
