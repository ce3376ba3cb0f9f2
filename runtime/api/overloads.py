"""torch functions whose one name covers several registry ops (overloads) or takes varargs.

`max(x)` is the registry op max; `max(x, dim, keepdim)` is max.dim (values, indices); `max(x, y)` is
maximum. The registry keeps one entry per overload; this module only chooses between them.
"""
from __future__ import annotations

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


FUNCTIONS = ("max", "min", "matmul", "einsum")
# Tensor attribute -> the function of this module that implements it
METHODS = {"max": "max", "min": "min", "matmul": "matmul", "__matmul__": "matmul", "__rmatmul__": "_rmatmul",
           "polygamma": "_polygamma_method", "polygamma_": "_polygamma_method_"}
