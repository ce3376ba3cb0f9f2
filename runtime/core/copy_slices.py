"""Writes into a region of a tensor while autograd records: torch's CopySlices node, and the
AsStridedBackward0 node that gives a view its history back after its base changed.

torch treats `y[0] = v`, `y[0] += 1` and every in-place op on a view as a write into a region of the
view's base. The base's history becomes a CopySlices node: the old base gets the incoming gradient
with the region replaced by what the write passes back to the old region's values (nothing for a
plain copy, the in-place op's own gradient otherwise), and the written value gets the region's
gradient. The views of the base then describe values that are gone, so each is given an
AsStridedBackward0 node that reads its region out of the base's new history.

A region is an index into the base: a basic index (ints, slices, None, Ellipsis; always holding an
Ellipsis, so that NumPy returns a 0-d array rather than a scalar for a single element) when setitem
knows it, else integer arrays, one per base dim, worked out from the view's and the base's strides.
"""
from __future__ import annotations

import copy

import numpy as np

from yamlgrad.core.namespaces import F as NAMESPACES
from yamlgrad.core.node import Node


class CopySlices(Node):
    """The base's node after a write into its region `index` (then `inner`, an advanced index into that
    region, for `y[0, [1, 2]] = v`). `fn` is the node of the in-place op applied to the region, its
    first input being the region's old values; None for a copy, whose second edge is the value."""
    __slots__ = ("index", "inner", "fn")
    # so the engine calls release(), which passes it on to `fn` (this node saves nothing itself)
    saved_tensor_slots = ("_saved",)

    def apply(node, grads, F):
        grad = grads[0]
        index, inner, fn = node.index, node.inner, node.fn
        base_edge = node._next[0]
        if fn is None:
            value_grad = base_grad = None
            if node._next[1] is not None:
                value_grad = grad[index] if inner is None else grad[index][inner]
            if base_edge is not None:
                if inner is None:
                    base_grad = F.index_put(grad, index, 0.0)
                else:
                    base_grad = F.index_put(grad, index, F.index_put(grad[index], inner, 0.0))
            return (base_grad, value_grad)
        if F is not NAMESPACES.raw:
            # The gradients' own graph reaches `fn` directly (as the grad_fn of the saved values its
            # formulas read): give it a copy, so that releasing either does not free the other's.
            fn = copy.copy(fn)
        out = fn.apply([grad[index]], F)
        base_grad = None
        if base_edge is not None:
            old = out[0]
            base_grad = F.index_put(grad, index, 0.0 if old is None else old)
        return (base_grad, *out[1:])

    def release(self) -> None:
        fn = self.fn
        if fn is not None and fn.saved_tensor_slots:
            fn.release()


class AsStridedBackward0(Node):
    """A view's node once its base's history changed: the view's gradient, scattered into the base's
    shape at the view's elements. The positions are worked out on first use (most views never are)."""
    __slots__ = ("base_shape", "geometry", "index")

    def apply(node, grads, F):
        index = node.index
        if index is None:
            index = node.index = positions(*node.geometry)
        grad = grads[0]
        if F is NAMESPACES.raw:  # a view's elements are distinct: a plain assignment scatters them
            out = np.zeros(node.base_shape, dtype=grad.dtype)
            out[index] = grad
            return (out,)
        return (F.index_backward(grad, node.base_shape, index),)


def geometry(view, base) -> tuple:
    """What `positions` needs to find `view`'s elements among `base`'s (both arrays over one memory),
    as plain numbers, so that it does not keep either array alive."""
    start = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    c_contiguous = base.flags.c_contiguous
    return (start, view.shape, view.strides, base.shape, None if c_contiguous else base.strides,
            base.dtype.itemsize)


def _offsets(start: int, shape, strides):
    """Byte offset of every element of an array with `shape` and `strides`, from `start`."""
    out = np.full((), start, dtype=np.int64)
    ndim = len(shape)
    for d, (n, s) in enumerate(zip(shape, strides)):
        out = out + (np.arange(n, dtype=np.int64) * s).reshape((n,) + (1,) * (ndim - d - 1))
    return out


def positions(start, shape, strides, base_shape, base_strides, itemsize) -> tuple:
    """The index (integer arrays, one per base dim) of a view's elements in its base (`geometry`)."""
    offsets = _offsets(start, shape, strides)
    if base_strides is None:  # a row-major base: the offset is the flat position times the item size
        flat = offsets // itemsize
    else:
        base_offsets = _offsets(0, base_shape, base_strides).ravel()
        order = np.argsort(base_offsets, kind="stable")
        ordered = base_offsets[order]
        at = np.searchsorted(ordered, offsets)
        if at.size and (at.max() >= ordered.size or not np.array_equal(ordered[at], offsets)):
            raise RuntimeError("in-place write through a view: the view's elements are not all elements of "
                               "its base tensor, so the write cannot be recorded; clone() the view first")
        flat = order[at]
    return np.unravel_index(flat, base_shape)
