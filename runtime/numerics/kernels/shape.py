"""Shape ops: views and copies that rearrange elements (squeeze, expand, cat, stack, split, movedim, flip,
roll, repeat, narrow, padding, ...)."""
from __future__ import annotations

import operator as _operator

import numpy as np

from yamlgrad.numerics.kernels.dims import _wrap_dim, dims_tuple
from yamlgrad.numerics.kernels.reductions import one_dim


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
    try:
        return np.broadcast_to(x, target)
    except ValueError:
        for i, n in enumerate(x.shape):
            if n != 1 and n != target[lead + i]:
                raise RuntimeError(f"The expanded size of the tensor ({target[lead + i]}) must match the existing size "
                                   f"({n}) at non-singleton dimension {lead + i}.  Target sizes: {list(size)}.  "
                                   f"Tensor sizes: {list(x.shape)}") from None
        raise


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
    elif np.sum(sizes) != n:
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
    try:
        return np.stack(tensors, axis=dim)
    except ValueError:
        first = np.shape(tensors[0])
        for i, t in enumerate(tensors):
            if np.shape(t) != first:
                raise RuntimeError(f"stack expects each tensor to be equal size, but got {list(first)} at entry 0 "
                                   f"and {list(np.shape(t))} at entry {i}") from None
        raise


def einsum(equation, tensors):
    return np.einsum(equation, *tensors)


def cat(tensors, dim=0):
    if not tensors:
        raise RuntimeError("torch.cat(): expected a non-empty list of Tensors")
    try:
        return np.concatenate(tensors, axis=dim)
    except ValueError:
        out = _cat_mismatch(tensors, dim)
        if out is None:
            raise
        return out


def _cat_mismatch(tensors, dim):
    """torch.cat's rules where NumPy refused: 1-d empty tensors are skipped (a legacy torch allows), and
    shape mismatches are RuntimeErrors naming the tensor."""
    arrays = [np.asarray(t) for t in tensors]
    kept = [a for a in arrays if a.shape != (0,)]
    if kept and len(kept) < len(arrays):
        return cat(kept, dim).astype(np.result_type(*arrays), copy=False)
    ref = arrays[0]
    for i, a in enumerate(arrays):
        if a.ndim == 0:
            raise RuntimeError(f"zero-dimensional tensor (at position {i}) cannot be concatenated") from None
    axis = one_dim(ref, dim)
    for i, a in enumerate(arrays[1:], 1):
        if a.ndim != ref.ndim:
            raise RuntimeError(f"Tensors must have same number of dimensions: got {ref.ndim} and {a.ndim}") from None
        for d in range(ref.ndim):
            if d != axis and a.shape[d] != ref.shape[d]:
                raise RuntimeError(f"Sizes of tensors must match except in dimension {axis}. Expected size "
                                   f"{ref.shape[d]} but got size {a.shape[d]} for tensor number {i} in the list.") from None
    return None


def movedim(x, source, destination):
    source, destination = tuple(source), tuple(destination)
    if len(source) != len(destination):
        raise RuntimeError(f"movedim: Invalid source or destination dims: source ({list(source)} dims) should "
                           f"contain the same number of dims as destination ({list(destination)} dims)")
    src = tuple(_wrap_dim(d, x.ndim) for d in source)
    dst = tuple(_wrap_dim(d, x.ndim) for d in destination)
    if len(set(src)) != len(src):
        raise RuntimeError(f"movedim: repeated dim in `source` ({list(source)})")
    if len(set(dst)) != len(dst):
        raise RuntimeError(f"movedim: repeated dim in `destination` ({list(destination)})")
    if x.ndim == 0:
        return x.view()
    return np.moveaxis(x, src, dst)


def swapdims(x, dim0, dim1):
    d0, d1 = _wrap_dim(dim0, x.ndim), _wrap_dim(dim1, x.ndim)
    if x.ndim == 0:
        return x.view()
    return np.swapaxes(x, d0, d1)


def broadcast_to(x, size):
    """torch.broadcast_to / expand_as: kernels.expand with torch's errors."""
    size = tuple(size)
    lead = len(size) - x.ndim
    if lead < 0:
        raise RuntimeError(f"expand: the number of sizes provided ({len(size)}) must be greater or equal to the "
                           f"number of dimensions in the tensor ({x.ndim})")
    for i, s in enumerate(size):
        if i < lead:
            if s < 0:
                raise RuntimeError(f"The expanded size of the tensor ({s}) isn't allowed in a leading, non-existing "
                                   f"dimension {i}")
        elif s != -1 and x.shape[i - lead] not in (1, s):
            raise RuntimeError(f"The expanded size of the tensor ({s}) must match the existing size "
                               f"({x.shape[i - lead]}) at non-singleton dimension {i}.  Target sizes: {list(size)}.  "
                               f"Tensor sizes: {list(x.shape)}")
    return expand(x, size)


def repeat(x, repeats):
    repeats = tuple(repeats)
    if len(repeats) < x.ndim:
        raise RuntimeError("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    return tile(x, repeats)


def tile(x, dims):
    dims = tuple(dims)
    shape = (1,) * (len(dims) - x.ndim) + x.shape
    reps = (1,) * (len(shape) - len(dims)) + dims
    target = [n * r for n, r in zip(shape, reps)]
    if any(r < 0 for r in reps):
        bad = next(t for t in target if t < 0)
        raise RuntimeError(f"Trying to create tensor with negative dimension {bad}: {target}")
    return np.tile(x, reps)


def flip(x, dims):
    dims = tuple(dims)
    axes = tuple(_wrap_dim(d, x.ndim) for d in dims)
    for i, d in enumerate(axes):
        if d in axes[:i]:
            raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
    if x.ndim == 0 or not axes:
        return x.copy()
    return np.flip(x, axis=axes).copy()


def roll(x, shifts, dims=()):
    shifts, dims = tuple(shifts), tuple(dims)
    if not dims:
        if len(shifts) != 1:
            raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:0")
        if x.ndim == 0:
            return x.copy()
        return np.roll(x, shifts[0])
    if len(shifts) != len(dims):
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:{len(dims)}")
    if x.ndim == 0:
        raise IndexError(f"Dimension specified as {dims[0]} but tensor has no dimensions")
    return np.roll(x, shifts, axis=tuple(_wrap_dim(d, x.ndim) for d in dims))


def _narrow_start(x, dim, start, length, name="narrow"):
    """(axis, non-negative start) after torch's checks."""
    if x.ndim == 0:
        raise RuntimeError(f"{name}() cannot be applied to a 0-dim tensor.")
    d = _wrap_dim(dim, x.ndim)
    n = x.shape[d]
    start, length = _operator.index(start), _operator.index(length)
    if not -n <= start <= n:
        raise IndexError(f"start out of range (expected to be in range of [{-n}, {n}], but got {start})")
    if start < 0:
        start += n
    if length < 0:
        raise RuntimeError("narrow(): length must be non-negative.")
    if start + length > n:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({n}).")
    return d, start


def narrow(x, dim, start, length):
    d, start = _narrow_start(x, dim, start, length)
    return x[(slice(None),) * d + (slice(start, start + _operator.index(length)),)]


def select(x, dim, index):
    ndim = x.ndim
    if ndim == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    d = dim if type(dim) is int and 0 <= dim < ndim else _wrap_dim(dim, ndim)
    n, index = x.shape[d], _operator.index(index)
    if not -n <= index < n:
        raise IndexError(f"select(): index {index} out of range for tensor of size {list(x.shape)} at dimension {dim}")
    if ndim > 1:  # an integer index of a basic index is a view already (x[i] is the fast path of x[0])
        return x[index] if d == 0 else x[(slice(None),) * d + (index,)]
    # 1-d: a slice and a squeeze keep the 0-d result a view (x[i] would be a NumPy scalar)
    index %= n
    return np.squeeze(x[index:index + 1], axis=0)


def slice_dim(x, dim, start=None, end=None, step=1):
    """torch's slice.Tensor: x[start:end:step] along `dim` (a view; out-of-range bounds are clipped)."""
    d = dim if type(dim) is int and 0 <= dim < x.ndim else _wrap_dim(dim, x.ndim)
    piece = slice(start, end, step)
    return x[piece] if d == 0 else x[(slice(None),) * d + (piece,)]


def alias(x):
    """A new array object on the same data (torch's alias: x[...] and x[:, :])."""
    return x.view()


def flatten_shape(shape, start_dim=0, end_dim=-1):
    """The shape flatten(start_dim, end_dim) gives a tensor of `shape` (flatten's checks)."""
    if not shape:
        return (1,)
    ndim = len(shape)
    start, end = _wrap_dim(start_dim, ndim), _wrap_dim(end_dim, ndim)
    if start > end:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    count = 1
    for n in shape[start:end + 1]:
        count *= n
    return tuple(shape[:start]) + (count,) + tuple(shape[end + 1:])


def constant_pad_nd(x, pad, value=0):
    pad = tuple(int(p) for p in pad)
    if len(pad) % 2:
        raise RuntimeError(f"Length of pad must be even but instead it equals {len(pad)}")
    if len(pad) // 2 > x.ndim:
        raise RuntimeError(f"Length of pad should be no more than twice the number of dimensions of the input. "
                           f"Pad length is {len(pad)} while the input has {x.ndim} dimensions.")
    if not pad:
        return x.copy()
    crop, widths = [slice(None)] * x.ndim, [(0, 0)] * x.ndim
    for i in range(len(pad) // 2):
        d, (left, right) = x.ndim - 1 - i, pad[2 * i:2 * i + 2]
        n = x.shape[d]
        if n + min(left, 0) + min(right, 0) < 0:
            raise RuntimeError(f"narrow(): length must be non-negative. (The input size {n}, plus negative padding "
                               f"{left} and {right} resulted in a negative output size at dimension {d}.)")
        crop[d] = slice(max(-left, 0), n - max(-right, 0))
        widths[d] = (max(left, 0), max(right, 0))
    return np.pad(x[tuple(crop)], widths, mode="constant", constant_values=value)
