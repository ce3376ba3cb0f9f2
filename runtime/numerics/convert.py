"""Turning what users pass to tensor(), as_tensor(), from_numpy() and the legacy constructors into a
plain ndarray, with torch's refusals.

torch holds numbers only: arrays of objects, strings, dates or long doubles are refused with torch's
TypeError instead of becoming tensors no op can handle. NumPy subclasses (np.matrix, masked arrays)
are reduced to their plain data, as torch reads them: a kept np.matrix would turn every `*` in a
backward pass into a matrix product.
"""
from __future__ import annotations

import numbers
from collections.abc import Sequence

import numpy as np

# the NumPy dtypes torch converts, in the order its error message lists them
SUPPORTED = ("float64", "float32", "float16", "complex64", "complex128", "int64", "int32", "int16", "int8",
             "uint64", "uint32", "uint16", "uint8", "bool")
_SUPPORTED = frozenset(np.dtype(name) for name in SUPPORTED)


def check_dtype(array: np.ndarray) -> np.ndarray:
    """`array` itself when torch can hold its dtype; torch's TypeError otherwise."""
    if array.dtype not in _SUPPORTED:
        raise TypeError(f"can't convert np.ndarray of type numpy.{array.dtype.type.__name__}. The only supported "
                        f"types are: {', '.join(SUPPORTED[:-1])}, and {SUPPORTED[-1]}.")
    return array


def is_array_like(data) -> bool:
    """An ndarray (or subclass) or an object exporting one through `__array__` (not a Tensor)."""
    return isinstance(data, np.ndarray) or (hasattr(data, "__array__") and not hasattr(data, "_data")
                                            and not isinstance(data, (list, tuple, numbers.Number)))


def plain_array(data) -> np.ndarray:
    """An array-like as a base-class ndarray (no copy when it already is one); a masked array gives its
    data, as torch reads it."""
    if isinstance(data, np.ma.MaskedArray):
        data = data.data
    array = data if type(data) is np.ndarray else np.asarray(data).view(np.ndarray)
    return check_dtype(array)


def _is_number(x) -> bool:
    return isinstance(x, (numbers.Number, np.generic, np.ndarray)) or hasattr(x, "_data")


_TEXT = (str, bytes, np.str_, np.bytes_)


def _bad_leaves(data):
    """The elements of nested lists/tuples that are not numbers (nor arrays/tensors), in order."""
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, Sequence) and not isinstance(x, _TEXT):  # lists, tuples, deques, ranges
            stack.extend(reversed(x))
        elif not _is_number(x) or isinstance(x, _TEXT + (np.object_, np.datetime64, np.timedelta64)):
            yield x


def _first_leaf(data):
    while isinstance(data, Sequence) and not isinstance(data, _TEXT) and data:
        data = data[0]
    return data


def data_array(data) -> np.ndarray:
    """Python data (a number or nested sequences of numbers, arrays and tensors) as a new ndarray.

    The refusals follow torch, which infers the dtype and depth from the first elements: a string
    there is read as one more (character) dimension, anywhere else it is an invalid element."""
    for bad in _bad_leaves(data):
        if isinstance(bad, _TEXT):
            if not isinstance(data, _TEXT) and isinstance(_first_leaf(data), _TEXT):
                raise ValueError(f"too many dimensions '{type(bad).__name__}'")
            raise TypeError(f"new(): invalid data type '{type(bad).__name__}'")
        raise RuntimeError(f"Could not infer dtype of {type(bad).__name__}")
    return check_dtype(np.array(data))
