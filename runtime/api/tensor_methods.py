"""Tensor methods that need the engine or the generated ops, so they cannot live in core/tensor.py.

`METHODS` names each Tensor attribute defined here; codegen reads that literal (with `ast`, no
import) into the one generated binding table, yamlgrad.autogen.bindings, which refuses a name bound
twice.
"""
from __future__ import annotations

import numpy as np

from yamlgrad.autogen import ops
from yamlgrad.core import engine, grad_mode
from yamlgrad.core.device import parse_to
from yamlgrad.core.inplace import inplace
from yamlgrad.core.lazy import Deferred
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import as_dtype, bool_, float16, float32, float64, int32, int64

# loaded on first use, as in the generated code: the kernels are a tenth of `import yamlgrad` otherwise
kernels = Deferred("yamlgrad.numerics.kernels", globals(), "kernels")


def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None) -> None:
    """Accumulate the gradient of this tensor with respect to the graph leaves into their `.grad`."""
    engine.backward((self,), None if gradient is None else (gradient,), retain_graph, create_graph, inputs=inputs)


def to(self, *args, **kwargs) -> Tensor:
    """`to(dtype)`, `to(device)`, `to(device, dtype)`, `to(other)`, with `non_blocking=` and `copy=`, as torch.

    Only the dtype can change (every tensor is on the CPU); a GPU device fails as in a CPU-only torch.
    The result is `self` unless the dtype changes or `copy=True`.
    """
    _, dtype, copy = parse_to(args, kwargs)
    target = self._data.dtype if dtype is None else as_dtype(dtype)
    return _cast(self, target, copy)


def _cast(self, dtype, copy: bool = False) -> Tensor:
    """A copy in `dtype` (torch's `_to_copy`, node ToCopyBackward0); `self` when it already has it."""
    if self._data.dtype == dtype and not copy:
        return self
    return ops._to_copy(self, dtype)


def _float(self) -> Tensor:
    return _cast(self, float32)


def _double(self) -> Tensor:
    return _cast(self, float64)


def _half(self) -> Tensor:
    return _cast(self, float16)


def _long(self) -> Tensor:
    return _cast(self, int64)


def _int(self) -> Tensor:
    return _cast(self, int32)


def _bool(self) -> Tensor:
    return _cast(self, bool_)


def __setitem__(self, index, value) -> None:
    """`tensor[index] = value`: a direct write without autograd, else the in-place index_put."""
    if grad_mode.state.enabled and (self._requires_grad or (isinstance(value, Tensor) and value._requires_grad)):
        inplace(ops.index_put, self, index, value)
        return
    try:
        self._data[kernels.normalize_index(index)] = value._data if isinstance(value, Tensor) else value
    except ValueError as exc:
        raise RuntimeError(f"index_put_: {exc}") from None
    self._version[0] += 1


# Tensor attribute -> function of this module (casts are named `_float`, ... so that they do not
# shadow the builtins in this module)
METHODS = {
    "backward": "backward", "to": "to", "_cast": "_cast", "float": "_float", "double": "_double",
    "half": "_half", "long": "_long", "int": "_int", "bool": "_bool", "__setitem__": "__setitem__",
}
