"""torch functions whose one name covers several registry ops (overloads) or takes varargs.

`max(x)` is the registry op max; `max(x, dim, keepdim)` is max.dim (values, indices); `max(x, y)` is
maximum. The registry keeps one entry per overload; this module only chooses between them.
"""
from __future__ import annotations

import numpy as np

from yamlgrad.autogen import ops
from yamlgrad.core.inplace import inplace
from yamlgrad.core.tensor import Tensor


def max(input, dim=None, keepdim=False, *, other=None, out=None):
    if other is not None:
        return ops.maximum(input, other)
    if isinstance(dim, Tensor):
        return ops.maximum(input, dim, out=out)
    if dim is None:
        return ops.max(input, out=out)
    return ops.max_dim(input, dim, keepdim)


def min(input, dim=None, keepdim=False, *, other=None, out=None):
    if other is not None:
        return ops.minimum(input, other)
    if isinstance(dim, Tensor):
        return ops.minimum(input, dim, out=out)
    if dim is None:
        return ops.min(input, out=out)
    return ops.min_dim(input, dim, keepdim)


# The default of `dim` in sum and mean: torch picks the overload from whether `dim` was passed at all, so
# x.sum(dim=None) is sum.dim_IntList (SumBackward1), like x.sum(0), and only x.sum() is SumBackward0.
class _NoDim:
    __slots__ = ()

    def __repr__(self) -> str:
        return "None"  # what help() shows, as torch documents the default


_NO_DIM = _NoDim()


def sum(input, dim=_NO_DIM, keepdim=False, *, dtype=None, out=None):
    """torch.sum(x) is the op sum (SumBackward0); with a dim (even None), or keepdim, it is
    sum.dim_IntList (SumBackward1). Both have the same formulas."""
    if dim is _NO_DIM:
        if not keepdim:
            return ops.sum(input, dtype=dtype, out=out)
        dim = None
    return ops.sum_dim_IntList(input, dim, keepdim, dtype=dtype, out=out)


def mean(input, dim=_NO_DIM, keepdim=False, *, dtype=None, out=None):
    """torch.mean(x) is the op mean (MeanBackward0); with a dim (even None), or keepdim, mean.dim
    (MeanBackward1)."""
    if dim is _NO_DIM:
        if not keepdim:
            return ops.mean(input, dtype=dtype, out=out)
        dim = None
    return ops.mean_dim(input, dim, keepdim, dtype=dtype, out=out)


# ---- indexing -------------------------------------------------------------------------------------
# torch applies a getitem index one item at a time: an int selects (select), a slice slices (slice;
# `:` alone does nothing), None inserts a dim (unsqueeze), `...` stands for the `:`s it replaces, and
# the integer and boolean arrays left over are applied together at the end (index), with the dims the
# basic items kept. So x[0] records SelectBackward0 and x[idx, 1:] IndexBackward0 <- SliceBackward0.
# An item kind outside that chain (Python bools, negative steps) goes to the registry's getitem whole.

_FULL = slice(None)


def _getitem(self, index):
    kind = type(index)
    if kind is int:  # the common paths first: x[i] and x[a:b]
        data = self._data
        if data.ndim:
            n = data.shape[0]
            if not -n <= index < n:
                raise IndexError(f"index {index} is out of bounds for dimension 0 with size {n}")
            return ops.select(self, 0, index)
    elif kind is slice:
        step = index.step
        if step is None or (type(step) is int and step > 0):
            if index.start is None and index.stop is None and (step is None or step == 1):
                return ops.alias(self)
            return ops.slice_Tensor(self, 0, index.start, index.stop, 1 if step is None else step)
    elif index is None:
        return ops.unsqueeze(self, 0)
    elif kind is tuple and len(index) <= self._data.ndim and all(
            type(item) is int or (type(item) is slice and item.step is None) for item in index):
        return _basic_chain(self, index)  # x[:, 1], x[0, 1:3]: ints and step-1 slices only
    else:
        out = _index_chain(self, index if kind is tuple else (index,))
        if out is not None:
            return out
    return ops.getitem(self, index)


def _basic_chain(self, index):
    out, dim = self, 0
    for item in index:
        if type(item) is int:
            n = out._data.shape[dim]
            if not -n <= item < n:
                raise IndexError(f"index {item} is out of bounds for dimension {dim} with size {n}")
            out = ops.select(out, dim, item)
        else:
            if item.start is not None or item.stop is not None:
                out = ops.slice_Tensor(out, dim, item.start, item.stop, 1)
            dim += 1
    return ops.alias(self) if out is self else out


def _index_item(item):
    """('int', i) / ('slice', s) / ('none', None) / ('ellipsis', None) / ('array', a, dims consumed), or None
    for an item the chain leaves to getitem."""
    kind = type(item)
    if kind is int:
        return "int", item
    if kind is slice:
        step = item.step
        return ("slice", item) if step is None or (isinstance(step, int) and step > 0) else None
    if item is None:
        return "none", None
    if item is Ellipsis:
        return "ellipsis", None
    if kind is bool or isinstance(item, np.bool_):
        return None
    data = getattr(item, "_data", None)
    if data is None:
        if isinstance(item, (list, np.ndarray)):
            data = np.asarray(item)
            if data.dtype.kind not in "biu":
                return None
        else:
            try:
                return "int", item.__index__()
            except (AttributeError, TypeError):
                return None
    if data.dtype.kind == "b":
        return ("array", data, data.ndim) if data.ndim else None
    if data.dtype.kind in "iu":
        return ("int", int(data)) if data.ndim == 0 else ("array", data, 1)
    return None


def _index_chain(self, index):
    items = []
    consumed, ellipses = 0, 0
    for item in index:
        parsed = _index_item(item)
        if parsed is None:
            return None
        if parsed[0] == "ellipsis":
            ellipses += 1
        elif parsed[0] == "array":
            consumed += parsed[2]
        elif parsed[0] != "none":
            consumed += 1
        items.append(parsed)
    ndim = self._data.ndim
    if ellipses > 1 or consumed > ndim:
        return None  # getitem reports it
    out, dim, applied = self, 0, False
    indices, arrays = [], False
    for parsed in items:
        what = parsed[0]
        if what == "int":
            n = out.shape[dim]
            if not -n <= parsed[1] < n:
                raise IndexError(f"index {parsed[1]} is out of bounds for dimension {dim} with size {n}")
            out, applied = ops.select(out, dim, parsed[1]), True
        elif what == "slice":
            piece = parsed[1]
            if piece.start is not None or piece.stop is not None or piece.step not in (None, 1):
                out, applied = ops.slice_Tensor(out, dim, piece.start, piece.stop,
                                                1 if piece.step is None else piece.step), True
            indices.append(_FULL)
            dim += 1
        elif what == "none":
            out, applied = ops.unsqueeze(out, dim), True
            indices.append(_FULL)
            dim += 1
        elif what == "ellipsis":
            indices.extend([_FULL] * (ndim - consumed))
            dim += ndim - consumed
        else:
            indices.append(parsed[1])
            dim += parsed[2]
            arrays = True
    if arrays:
        while indices[-1] is _FULL:
            indices.pop()
        return ops.index_Tensor(out, tuple(indices))
    return out if applied else ops.alias(self)


def matmul(input, other, *, out=None):
    """torch.matmul is a composite: matrix @ matrix is mm, matrix @ vector mv, vector @ vector dot,
    so graphs show MmBackward0 / MvBackward0 / DotBackward0 as torch's do. Other shapes (batches,
    vector @ matrix) and mixed dtypes are the registry's matmul."""
    a, b = getattr(input, "_data", None), getattr(other, "_data", None)
    if a is not None and b is not None and a.dtype == b.dtype:
        if a.ndim == 2 and b.ndim == 2:
            return ops.mm(input, other, out=out)
        if a.ndim == 2 and b.ndim == 1:
            return ops.mv(input, other, out=out)
        if a.ndim == 1 and b.ndim == 1:
            return ops.dot(input, other, out=out)
    return ops.matmul(input, other, out=out)


def _rmatmul(self, other):
    return matmul(other, self)


def einsum(equation, *operands):
    """torch.einsum(equation, *operands) or (equation, [operands])."""
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    return ops.einsum(equation, list(operands))


def _polygamma_method(self, n):
    """Tensor.polygamma(n) is torch.polygamma(n, self): the tensor is not the first argument."""
    return ops.polygamma(n, self)


_polygamma_method.__name__ = "polygamma"  # in-place errors name the op `polygamma_`


def _polygamma_method_(self, n):
    return inplace(_polygamma_method, self, n)


FUNCTIONS = ("max", "min", "sum", "mean", "matmul", "einsum")
# Tensor attribute -> the function of this module that implements it
METHODS = {"max": "max", "min": "min", "matmul": "matmul", "__matmul__": "matmul", "__rmatmul__": "_rmatmul",
           "polygamma": "_polygamma_method", "polygamma_": "_polygamma_method_",
           "sum": "sum", "mean": "mean", "__getitem__": "_getitem"}
