"""The arrays behind torch's legacy constructors: `torch.Tensor(2, 3)`, `torch.FloatTensor([1, 2])`.

A legacy constructor takes either sizes (ints, or one torch.Size) and makes an uninitialized tensor of
that shape, or data (a sequence, an array, a tensor) and makes a copy in the constructor's fixed
dtype. A bare number is neither, and torch refuses it. Uninitialized memory is zeros here, so results
are reproducible.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from yamlgrad.core.device import check_device
from yamlgrad.core.size import Size
from yamlgrad.numerics.convert import data_array, is_array_like, plain_array


def _is_int(x) -> bool:
    return isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_))


def legacy_array(dtype, args: tuple, device=None) -> np.ndarray:
    """The ndarray `<dtype>Tensor(*args)` holds."""
    check_device(device)
    if not args:
        return np.empty((0,), dtype=dtype)
    if all(_is_int(a) for a in args) or (len(args) == 1 and isinstance(args[0], Size)):
        shape = tuple(int(n) for n in (args[0] if isinstance(args[0], Size) else args))
        if any(n < 0 for n in shape):
            raise RuntimeError(f"Trying to create tensor with negative dimension {min(shape)}: {list(shape)}")
        return np.zeros(shape, dtype=dtype)
    if len(args) > 1:
        raise TypeError(f"new() received an invalid combination of arguments - got "
                        f"({', '.join(type(a).__name__ for a in args)})")
    data = args[0]
    if hasattr(data, "_data"):
        return data._data.astype(dtype)
    if is_array_like(data):
        return plain_array(data).astype(dtype)
    if not isinstance(data, Sequence) or isinstance(data, (str, bytes)):
        raise TypeError(f"new(): data must be a sequence (got {type(data).__name__})")
    return data_array(data).astype(dtype)
