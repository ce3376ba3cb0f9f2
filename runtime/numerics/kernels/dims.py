"""Dims, broadcasting and dtype arguments: normalizing `dim` and int lists, summing a broadcast gradient back
to a shape, torch's broadcast error."""
from __future__ import annotations

import numpy as np


def dims_tuple(dim, ndim: int) -> tuple[int, ...]:
    """torch's `dim` argument (None, int or sequence; empty means all) as sorted positive axes."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, (int, np.integer)):
        dim = (dim,)
    if not len(dim):
        return tuple(range(ndim))
    n = max(ndim, 1)
    for orig in dim:
        if not -n <= orig < n:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {orig})")
    dims = tuple(sorted({d % ndim if ndim else 0 for d in dim}))
    if len(dims) != len(dim):
        seen = set()
        d = next(d % n for d in dim if d % n in seen or seen.add(d % n))
        raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
    return dims


def _axis(x, dim):
    if dim is None:
        return None
    if x.ndim == 0:
        return None
    return dims_tuple(dim, x.ndim)


def broadcast_error(exc: ValueError, *inputs) -> Exception:
    """NumPy's "could not be broadcast" ValueError as torch reports it (a RuntimeError naming the sizes
    and the dimension); any other ValueError is handed back unchanged."""
    if "could not be broadcast" not in str(exc):
        return exc
    shape: tuple = ()
    for x in inputs:
        other = np.shape(x)
        n = max(len(shape), len(other))
        a, b = (1,) * (n - len(shape)) + tuple(shape), (1,) * (n - len(other)) + tuple(other)
        for d in range(n - 1, -1, -1):
            if a[d] != b[d] and a[d] != 1 and b[d] != 1:
                return RuntimeError(f"The size of tensor a ({a[d]}) must match the size of tensor b ({b[d]}) "
                                    f"at non-singleton dimension {d}")
        shape = tuple(max(i, j) for i, j in zip(a, b))
    return exc


def sum_to_shape(x, shape):
    """Sum a broadcast result back to `shape`; None if `shape` could not have broadcast to x.shape."""
    shape = tuple(shape)
    if x.shape == shape:
        return x
    if shape and x.shape[1:] == shape:  # the common case: a bias-like input broadcast along one leading dim
        return np.add.reduce(x, axis=0)
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
    out = np.add.reduce(x, axis=tuple(axes), keepdims=True) if axes else x
    return out.reshape(shape) if lead else out


def sum_to_size(x, size):
    out = sum_to_shape(x, size)
    if out is None:
        raise RuntimeError(f"size {list(size)} is not expandable to size {list(x.shape)}")
    return out


def to_dtype(x, dtype):
    """torch's _to_copy: always a new array (Tensor.to returns the tensor itself when nothing changes)."""
    return x.astype(dtype) if hasattr(x, "astype") else np.asarray(x, dtype=dtype)


def int_list(first, more=()):
    """torch accepts `x.reshape(2, 3)` and `x.reshape((2, 3))` alike; a bool is not an int here."""
    if more:
        first = (first, *more)
    if isinstance(first, (bool, np.bool_)):
        raise TypeError(f"expected an int or a sequence of ints, got {first!r}")
    if isinstance(first, (int, np.integer)):
        return (int(first),)
    if any(isinstance(d, (bool, np.bool_)) for d in first):
        raise TypeError(f"expected a sequence of ints, got {list(first)!r}")
    return tuple(int(d) for d in first)


def _broadcasts_to(shape, target) -> bool:
    try:
        return np.broadcast_shapes(shape, target) == target
    except ValueError:
        return False


def _wrap_dim(dim, ndim: int) -> int:
    """torch's dim wrapping: a 0-d tensor accepts dims -1 and 0."""
    dim = int(dim)
    n = max(ndim, 1)
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return dim % n
