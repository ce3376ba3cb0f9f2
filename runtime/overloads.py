"""torch functions whose one name covers several registry ops (overloads) or takes varargs.

`max(x)` is the registry op max; `max(x, dim, keepdim)` is max.dim (values, indices); `max(x, y)` is
maximum. The registry keeps one entry per overload; this module only chooses between them.
"""
from __future__ import annotations

from .autogen import ops
from .tensor import Tensor


def max(input, dim=None, keepdim=False, *, out=None):
    if isinstance(dim, Tensor):
        return ops.maximum(input, dim)
    if dim is None:
        return ops.max(input)
    return ops.max_dim(input, dim, keepdim)


def min(input, dim=None, keepdim=False, *, out=None):
    if isinstance(dim, Tensor):
        return ops.minimum(input, dim)
    if dim is None:
        return ops.min(input)
    return ops.min_dim(input, dim, keepdim)


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
    from .inplace import inplace
    return inplace(_polygamma_method, self, n)


TENSOR_METHODS = (("max", max), ("min", min), ("polygamma", _polygamma_method), ("polygamma_", _polygamma_method_))
