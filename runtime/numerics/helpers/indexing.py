"""Derivatives of indexing: masks, gather/scatter, index_select, select."""
from __future__ import annotations

from yamlgrad.numerics.helpers.registry import plain_helper, tensor_helper
from yamlgrad.numerics.helpers.shape import _zeros


@plain_helper
def index_mask(shape, indices, dim, keepdim):
    """Boolean array of `shape`: True where the position along `dim` equals `indices` (a reduction's)."""
    import numpy as np
    d = dim % len(shape) if shape else 0
    positions = np.arange(shape[d] if shape else 1).reshape([-1 if i == d else 1 for i in range(max(len(shape), 1))])
    idx = getattr(indices, "_data", indices)
    if not keepdim and shape:
        idx = np.expand_dims(idx, d)
    return positions == idx if shape else np.ones((), dtype=bool)


@tensor_helper
def select_backward(F, grad, shape, dim, index):
    """Zeros of `shape` with `grad` written at `index` along `dim` (one assignment: x[0] is a common path)."""
    d = dim % len(shape)
    return F.index_backward(grad, shape, (slice(None),) * d + (index,))


@tensor_helper
def gather_backward(F, grad, shape, dim, index):
    """Scatter-add the gathered gradient into zeros of the input's shape (repeated indices accumulate)."""
    return F.scatter_add(_zeros(F, grad, shape), dim, index, grad)


@tensor_helper
def index_select_backward(F, grad, shape, dim, index):
    if len(shape) == 0:
        return grad
    along = [1] * grad.ndim
    along[dim] = -1
    spread = F.expand(F.reshape(index, tuple(along)), grad.shape)
    return F.scatter_add(_zeros(F, grad, shape), dim, spread, grad)


@tensor_helper
def scatter_add_src_backward(F, grad, dim, index, src_shape):
    """grad gathered at `index`; src entries beyond index's extent were not used and get zero."""
    src_shape = tuple(src_shape)
    if 0 in tuple(index.shape):
        return _zeros(F, grad, src_shape)  # scatter_add with an empty index uses no element of src
    picked = F.gather(grad, dim, index)
    if picked.ndim == 0 and len(src_shape) > 0:
        picked = F.reshape(picked, (1,) * len(src_shape))
    if tuple(picked.shape) == src_shape:
        return picked
    widths = ()
    for have, want in zip(reversed(picked.shape), reversed(src_shape)):
        widths += (0, want - have)
    return F.constant_pad_nd(picked, widths)
