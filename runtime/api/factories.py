"""Tensor constructors with torch's names, arguments and default dtypes."""
from __future__ import annotations

import warnings

import numpy as np

from yamlgrad.core.device import check_device
from yamlgrad.core.size import Size
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.convert import check_dtype, data_array, is_array_like, plain_array
from yamlgrad.numerics.dtypes import DEFAULT_FLOAT, as_dtype, int64

COPY_CONSTRUCT = ("To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or "
                  "sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).")

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


def _finish(data, dtype, requires_grad: bool, device=None) -> Tensor:
    check_device(device)
    if dtype is not None:
        dtype = as_dtype(dtype)
        if data.dtype != dtype:
            data = data.astype(dtype)
    out = make(data)
    if requires_grad:
        out.requires_grad = True
    return out


def _infer_default(data):
    """Python floats become float32 and complex numbers complex64 (torch's defaults); arrays keep their dtype."""
    if data.dtype.kind == "f" and data.dtype != DEFAULT_FLOAT:
        return data.astype(DEFAULT_FLOAT)
    if data.dtype.kind == "c" and data.dtype != np.complex64:
        return data.astype(np.complex64)
    return data


def _array_of(data, dtype=None) -> np.ndarray:
    """`data` as an ndarray, sharing memory when it is one (or a Tensor) already; torch's refusals apply
    to everything else, and its default dtypes when no `dtype` is asked for (Python floats are read as
    float64 first, so `tensor([0.1], dtype=float64)` keeps every digit)."""
    if isinstance(data, Tensor):
        return data._data
    if isinstance(data, np.generic):
        return check_dtype(np.asarray(data))  # a NumPy scalar keeps its dtype, as in torch
    if is_array_like(data):
        return plain_array(data)  # np.matrix and masked arrays become their plain data
    array = data_array(data)
    return _infer_default(array) if dtype is None else array


def tensor(data, dtype=None, device=None, requires_grad: bool = False, pin_memory: bool = False) -> Tensor:
    """A new leaf holding a copy of `data` (a number, nested list, array or Tensor)."""
    if isinstance(data, Tensor):
        warnings.warn(COPY_CONSTRUCT, UserWarning, stacklevel=2)
    array = _array_of(data, dtype)
    if dtype is None or array.dtype == as_dtype(dtype):
        array = array.copy()
    return _finish(array, dtype, requires_grad, device)


def as_tensor(data, dtype=None, device=None) -> Tensor:
    """`data` as a tensor, sharing memory with it when it is a Tensor or an ndarray of the requested dtype
    (as torch); a copy otherwise."""
    check_device(device)
    if isinstance(data, Tensor):
        return data if dtype is None or data.dtype == as_dtype(dtype) else data.to(as_dtype(dtype))
    array = _array_of(data, dtype)
    if dtype is not None and array.dtype != as_dtype(dtype):
        array = array.astype(as_dtype(dtype))
    return make(array)


def from_numpy(ndarray) -> Tensor:
    """A leaf sharing memory with `ndarray` (no copy); refuses what torch's from_numpy refuses."""
    if not isinstance(ndarray, np.ndarray):
        kind = type(ndarray)
        name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__.split('.')[0]}.{kind.__name__}"
        raise TypeError(f"expected np.ndarray (got {name})")
    if any(stride < 0 for stride in ndarray.strides):
        raise ValueError("At least one stride in the given numpy array is negative, and tensors with negative "
                         "strides are not currently supported. (You can probably work around this by making a copy "
                         "of your array  with array.copy().)")
    if ndarray.dtype.byteorder not in "=|":
        raise ValueError("given numpy array has byte order different from the native byte order. Conversion "
                         "between byte orders is currently not supported.")
    return make(plain_array(ndarray))


def from_dlpack(ext_tensor) -> Tensor:
    """A tensor sharing memory with any object that exports DLPack (`__dlpack__`), e.g. a NumPy array."""
    if isinstance(ext_tensor, Tensor):
        return ext_tensor
    return make(check_dtype(np.from_dlpack(ext_tensor)))


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
    shape = _size(_size_kw(size, kwargs))
    return _finish(np.zeros(shape, dtype=as_dtype(dtype or DEFAULT_FLOAT)), None, requires_grad, device)


def ones(*size, dtype=None, device=None, requires_grad: bool = False, **kwargs) -> Tensor:
    shape = _size(_size_kw(size, kwargs))
    return _finish(np.ones(shape, dtype=as_dtype(dtype or DEFAULT_FLOAT)), None, requires_grad, device)


def empty(*size, dtype=None, device=None, requires_grad: bool = False, **kwargs) -> Tensor:
    return zeros(*_size_kw(size, kwargs), dtype=dtype, device=device, requires_grad=requires_grad)


def full(size, fill_value, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    if dtype is None:
        dtype = bool if isinstance(fill_value, bool) else int64 if isinstance(fill_value, int) else DEFAULT_FLOAT
    return _finish(np.full(_size((size,)), fill_value, dtype=as_dtype(dtype)), None, requires_grad, device)


def _like(t: Tensor, dtype):
    return as_dtype(dtype) if dtype is not None else t.dtype


def zeros_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.zeros_like(input._data, dtype=_like(input, dtype)), None, requires_grad, device)


def ones_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.ones_like(input._data, dtype=_like(input, dtype)), None, requires_grad, device)


def full_like(input: Tensor, fill_value, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.full_like(input._data, fill_value, dtype=_like(input, dtype)), None, requires_grad, device)


def rand_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return rand(*input.shape, dtype=dtype or input.dtype, device=device, requires_grad=requires_grad)


def randn_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return randn(*input.shape, dtype=dtype or input.dtype, device=device, requires_grad=requires_grad)


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
                   dtype, requires_grad, device)


def linspace(start, end, steps: int, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(np.linspace(start, end, steps), dtype or DEFAULT_FLOAT, requires_grad, device)


def eye(n: int, m: int | None = None, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    _size((n,) if m is None else (n, m))
    return _finish(np.eye(n, m, dtype=as_dtype(dtype or DEFAULT_FLOAT)), None, requires_grad, device)


def rand(*size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(generator().random(_size(size)), dtype or DEFAULT_FLOAT, requires_grad, device)


def randn(*size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(generator().standard_normal(_size(size)), dtype or DEFAULT_FLOAT, requires_grad, device)


def randint(low, high=None, size=None, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    """randint(high, size) or randint(low, high, size), as torch."""
    if size is None and isinstance(high, (tuple, list)):
        low, high, size = 0, low, high
    elif high is None:
        low, high = 0, low
    if size is None:
        size = ()
    return _finish(generator().integers(low, high, size=_size((size,))), dtype or int64, False, device)


# The names `yamlgrad` exports from this module (read by codegen into yamlgrad.autogen.bindings).
FUNCTIONS = ("arange", "as_tensor", "empty", "eye", "from_dlpack", "from_numpy", "full", "full_like", "linspace",
             "manual_seed", "ones", "ones_like", "rand", "rand_like", "randint", "randn", "randn_like", "tensor",
             "zeros", "zeros_like", "Size")
