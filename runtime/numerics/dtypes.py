"""Dtypes as torch names them: yamlgrad's dtype objects (NumPy dtypes), the conversion from what users
pass, torch's default float, and torch's type names for error messages."""
from __future__ import annotations

import numpy as np

float16 = np.dtype("float16")
float32 = np.dtype("float32")
float64 = np.dtype("float64")
int8 = np.dtype("int8")
int16 = np.dtype("int16")
int32 = np.dtype("int32")
int64 = np.dtype("int64")
uint8 = np.dtype("uint8")
bool_ = np.dtype("bool")
DEFAULT_FLOAT = float32

# torch's scalar type names ("Float", "Long", ...), as its error messages print them
TORCH_NAMES = {"float16": "Half", "float32": "Float", "float64": "Double", "int8": "Char", "int16": "Short",
               "int32": "Int", "int64": "Long", "uint8": "Byte", "bool": "Bool"}
# the legacy tensor type of each dtype (`x.type()` -> 'torch.FloatTensor', torch.FloatTensor(...))
LEGACY_TYPES = {"float16": "HalfTensor", "float32": "FloatTensor", "float64": "DoubleTensor", "int8": "CharTensor",
                "int16": "ShortTensor", "int32": "IntTensor", "int64": "LongTensor", "uint8": "ByteTensor",
                "bool": "BoolTensor", "complex64": "ComplexFloatTensor", "complex128": "ComplexDoubleTensor"}


def torch_name(dtype) -> str:
    """torch's name of `dtype` (or of the dtype of an array-like)."""
    name = np.result_type(dtype).name
    return TORCH_NAMES.get(name, name)


def is_float_dtype(dtype) -> bool:
    return dtype.kind in "fc"


def as_dtype(dtype):
    """Accept yamlgrad/NumPy dtypes, NumPy scalar types and Python's float/int/bool."""
    if dtype is float:
        return float64
    if dtype is int:
        return int64
    if dtype is bool:
        return bool_
    return np.dtype(dtype)


def default_float(out, *inputs):
    """NumPy promotes integer data to float64 (float16 for 8-bit integers and bools); torch to its
    default float32, unless an input already has that float dtype.

    (Compare dtypes with `is not None` first: NumPy reads `dtype == None` as `dtype == float64`.)
    """
    if out.dtype == float64 or out.dtype == float16:
        for x in inputs:
            dtype = getattr(x, "dtype", None)
            if dtype is None:
                continue
            # a real result of a complex input (abs, angle) keeps its precision: complex128 -> float64
            if dtype == out.dtype or (dtype.kind == "c" and dtype.itemsize == 2 * out.dtype.itemsize):
                return out
        return out.astype(float32)
    return out
