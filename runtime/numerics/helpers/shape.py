"""Derivatives of shape ops: cat, repeat, narrow."""
from __future__ import annotations

from yamlgrad.numerics.helpers.registry import plain_helper, tensor_helper


@tensor_helper
def cat_backward(F, grad, shapes, dim):
    """The slices of `grad` that each concatenated tensor contributed."""
    pieces, start = [], 0
    for shape in shapes:
        if tuple(shape) == (0,) and grad.ndim != 1:  # a 1-d empty tensor kernels.cat skipped (torch's legacy rule)
            pieces.append(F.reshape(F.getitem(grad, (slice(0, 0),)), (0,)))
            continue
        d = dim % len(shape)
        index = (slice(None),) * d + (slice(start, start + shape[d]),)
        pieces.append(F.getitem(grad, index))
        start += shape[d]
    return pieces


@plain_helper
def negated(values):
    """Each int of a list negated: undoes a roll's shifts or a pad's widths."""
    return tuple(-v for v in values)


@plain_helper
def narrow_pad(shape, dim, start, length):
    """The constant_pad_nd widths (last dim first) that put a narrow(dim, start, length) back into `shape`."""
    d = dim % len(shape)
    n, start, length = shape[d], int(start), int(length)
    start = start + n if start < 0 else start
    return (0, 0) * (len(shape) - 1 - d) + (start, n - start - length)


def _zeros(F, like, shape):
    """Zeros of `shape` with `like`'s dtype, from registry ops only (a broadcast 0-d zero)."""
    return F.expand(F.zeros_like(F.sum(like)), tuple(shape))


@tensor_helper
def repeat_backward(F, grad, repeats, shape):
    """Sum the tiles of repeat/tile back onto the input: view each dim n*r as (r, n) and sum the r's."""
    shape, repeats = tuple(shape), tuple(repeats)
    ndim = max(len(shape), len(repeats))
    padded = (1,) * (ndim - len(shape)) + shape
    reps = (1,) * (ndim - len(repeats)) + repeats
    if ndim == 0:
        return grad
    split = []
    for r, n in zip(reps, padded):
        split += [r, n]
    summed = F.sum(F.reshape(grad, tuple(split)), tuple(range(0, 2 * ndim, 2)))
    return F.reshape(summed, shape)


@tensor_helper
def narrow_backward(F, grad, shape, dim, start, length):
    """Zeros of `shape` with `grad` at [start, start + length) along `dim`."""
    return F.constant_pad_nd(grad, narrow_pad(shape, dim, start, length))


@tensor_helper
def slice_backward(F, grad, shape, dim, start, end, step):
    """Zeros of `shape` with `grad` written at the slice start:end:step along `dim`."""
    d = dim % len(shape)
    return F.index_backward(grad, shape, (slice(None),) * d + (slice(start, end, step),))
