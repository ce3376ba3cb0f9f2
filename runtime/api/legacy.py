"""torch's legacy tensor types: `torch.FloatTensor(...)`, `isinstance(x, torch.LongTensor)`, `x.type()`.

Each legacy type is a class whose call builds a tensor of its dtype from sizes or data (see
yamlgrad.core.legacy) and whose isinstance check tests the dtype, as in torch. They are not
subclasses of Tensor (in torch `issubclass(torch.FloatTensor, torch.Tensor)` is False too): every
tensor is a plain Tensor whatever its dtype.
"""
from __future__ import annotations

import numpy as np

from yamlgrad.core.device import check_device
from yamlgrad.core.legacy import legacy_array
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import LEGACY_TYPES


class _LegacyType(type):
    """The metaclass: calling a legacy type constructs, isinstance compares dtypes."""

    def __call__(cls, *args, device=None):
        return make(legacy_array(cls.dtype, args, device))

    def __instancecheck__(cls, obj) -> bool:
        return isinstance(obj, Tensor) and obj._data.dtype == cls.dtype

    def __repr__(cls) -> str:
        return f"<class 'torch.{cls.__name__}'>"


def _legacy_type(dtype_name: str) -> _LegacyType:
    name = LEGACY_TYPES[dtype_name]
    return _LegacyType(name, (), {"dtype": np.dtype(dtype_name), "__doc__": f"torch.{name}: {dtype_name} tensors.",
                                  "__module__": "torch"})


FloatTensor = _legacy_type("float32")
DoubleTensor = _legacy_type("float64")
HalfTensor = _legacy_type("float16")
LongTensor = _legacy_type("int64")
IntTensor = _legacy_type("int32")
ShortTensor = _legacy_type("int16")
CharTensor = _legacy_type("int8")
ByteTensor = _legacy_type("uint8")
BoolTensor = _legacy_type("bool")

_BY_NAME = {f"torch.{cls.__name__}": cls for cls in (FloatTensor, DoubleTensor, HalfTensor, LongTensor, IntTensor,
                                                       ShortTensor, CharTensor, ByteTensor, BoolTensor)}


def type_name(t: Tensor) -> str:
    """'torch.FloatTensor' for a float32 tensor, and so on."""
    return f"torch.{LEGACY_TYPES.get(t._data.dtype.name, t._data.dtype.name)}"


def type_dtype(dtype):
    """The dtype `Tensor.type(dtype)` converts to: a dtype, a legacy type or its name."""
    if isinstance(dtype, _LegacyType):
        return dtype.dtype
    if isinstance(dtype, str):
        if dtype.startswith("torch.cuda."):
            check_device("cuda")
        if dtype not in _BY_NAME:
            raise ValueError(f"invalid type: '{dtype}'")
        return _BY_NAME[dtype].dtype
    return dtype


def tensor_type(self, dtype=None, non_blocking: bool = False, **kwargs):
    """`x.type()` -> 'torch.FloatTensor'; `x.type(yg.float64)`, `x.type('torch.LongTensor')` or
    `x.type(torch.LongTensor)` -> a copy in that dtype (`x` itself when it already has it)."""
    if dtype is None:
        return type_name(self)
    return self._cast(np.dtype(type_dtype(dtype)))


FUNCTIONS = ("FloatTensor", "DoubleTensor", "HalfTensor", "LongTensor", "IntTensor", "ShortTensor", "CharTensor",
             "ByteTensor", "BoolTensor")
# Tensor attribute -> function of this module
METHODS = {"type": "tensor_type"}
