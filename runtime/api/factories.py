"""Tensor constructors with torch's names, arguments and default dtypes."""
from __future__ import annotations

import numpy as np

from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import DEFAULT_FLOAT, as_dtype, int64

_rng = None  # made on first use: numpy.random costs ~10 ms of `import yamlgrad`
_seed = 0


def manual_seed(seed: int) -> None:
    """Seed the generator behind rand/randn (and nn initializers)."""
    global _rng, _seed
    _rng, _seed = None, seed


def generator() -> "np.random.Generator":
    global _rng
    if _rng is None:
        _rng = np.random.default_rng(_seed)
    return _rng


def _finish(data, dtype, requires_grad: bool) -> Tensor:
    if dtype is not None:
        dtype = as_dtype(dtype)
        if data.dtype != dtype:
            data = data.astype(dtype)
    out = make(data)
    if requires_grad:
        out.requires_grad = True
    return out


def _infer_default(data):
    """Python floats become float32 (torch's default dtype); arrays keep their dtype."""
    return data.astype(DEFAULT_FLOAT) if data.dtype.kind == "f" and data.dtype != DEFAULT_FLOAT else data


def tensor(data, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    """A new leaf holding a copy of `data` (a number, nested list, array or Tensor)."""
    if isinstance(data, Tensor):
        array = data._data.copy()
    elif hasattr(data, "__array_function__") and hasattr(data, "dtype"):
        array = data.copy()  # an array already: keep its type and dtype
    elif isinstance(data, np.generic):
        array = np.asarray(data)  # a NumPy scalar keeps its dtype, as in torch
    else:
        array = np.array(data)
        if array.dtype == object:
            raise TypeError(f"Could not infer dtype of {type(data).__name__}")
        if dtype is None:
            array = _infer_default(array)
    return _finish(array, dtype, requires_grad)


def as_tensor(data, dtype=None, device=None) -> Tensor:
    if isinstance(data, Tensor) and (dtype is None or data.dtype == as_dtype(dtype)):
        return data
    return tensor(data, dtype=dtype)


def from_numpy(array) -> Tensor:
    """A leaf sharing memory with `array` (no copy)."""
    return make(array)


def _size(size) -> tuple[int, ...]:
    if len(size) == 1 and not isinstance(size[0], (int, np.integer)):
        size = size[0]
    shape = tuple(int(s) for s in size)
    for n in shape:
        if n < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {n}: {list(shape)}")
    return shape


def _size_kw(size, kwargs):
    """torch's factories take the shape as varargs, one sequence, or the keyword `size=`."""
    if "size" in kwargs and not size:
        size = (kwargs.pop("size"),)
    if kwargs:
        raise TypeError(f"unexpected keyword argument {next(iter(kwargs))!r}")
    return size


def zeros(*size, dtype=None, device=None, requires_grad: bool = False, **kwargs) -> Tensor:
    return _finish(np.zeros(_size(_size_kw(size, kwargs)), dtype=as_dtype(dtype or DEFAULT_FLOAT)), None, requires_grad)


def ones(*size, dtype=None, device=None, requires_grad: bool = False, **kwargs) -> Tensor:
    return _finish(np.ones(_size(_size_kw(size, kwargs)), dtype=as_dtype(dtype or DEFAULT_FLOAT)), None, requires_grad)


def empty(*size, dtype=None, device=None, requires_grad: bool = False, **kwargs) -> Tensor:
    return zeros(*_size_kw(size, kwargs), dtype=dtype, requires_grad=requires_grad)


def full(size, fill_value, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    if dtype is None:
        dtype = bool if isinstance(fill_value, bool) else int64 if isinstance(fill_value, int) else DEFAULT_FLOAT
    return _finish(np.full(_size((size,)), fill_value, dtype=as_dtype(dtype)), None, requires_grad)


def _like(t: Tensor, dtype):
    return as_dtype(dtype) if dtype is not None else t.dtype


def zeros_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.zeros_like(input._data, dtype=_like(input, dtype)), None, requires_grad)


def ones_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.ones_like(input._data, dtype=_like(input, dtype)), None, requires_grad)


def full_like(input: Tensor, fill_value, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.full_like(input._data, fill_value, dtype=_like(input, dtype)), None, requires_grad)


def rand_like(input: Tensor, dtype=None, requires_grad: bool = False) -> Tensor:
    return rand(*input.shape, dtype=dtype or input.dtype, requires_grad=requires_grad)


def randn_like(input: Tensor, dtype=None, requires_grad: bool = False) -> Tensor:
    return randn(*input.shape, dtype=dtype or input.dtype, requires_grad=requires_grad)


def arange(start=None, end=None, step=1, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    if end is None:
        start, end = 0, start
    elif start is None:
        start = 0
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (end - start) * step < 0:
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    if dtype is None:
        is_int = all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in (start, end, step))
        dtype = int64 if is_int else DEFAULT_FLOAT
    return _finish(np.arange(start, end, step, dtype=np.float64 if as_dtype(dtype).kind == "f" else None),
                   dtype, requires_grad)


def linspace(start, end, steps: int, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.linspace(start, end, steps), dtype or DEFAULT_FLOAT, requires_grad)


def eye(n: int, m: int | None = None, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    _size((n,) if m is None else (n, m))
    return _finish(np.eye(n, m, dtype=as_dtype(dtype or DEFAULT_FLOAT)), None, requires_grad)


def rand(*size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(generator().random(_size(size)), dtype or DEFAULT_FLOAT, requires_grad)


def randn(*size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(generator().standard_normal(_size(size)), dtype or DEFAULT_FLOAT, requires_grad)


def randint(low, high=None, size=None, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    """randint(high, size) or randint(low, high, size), as torch."""
    if size is None and isinstance(high, (tuple, list)):
        low, high, size = 0, low, high
    elif high is None:
        low, high = 0, low
    if size is None:
        size = ()
    return _finish(generator().integers(low, high, size=_size((size,))), dtype or int64, False)


# The names `yamlgrad` exports from this module (read by codegen into yamlgrad.autogen.bindings).
FUNCTIONS = ("arange", "as_tensor", "empty", "eye", "from_numpy", "full", "full_like", "linspace", "manual_seed",
             "ones", "ones_like", "rand", "rand_like", "randint", "randn", "randn_like", "tensor", "zeros",
             "zeros_like")
