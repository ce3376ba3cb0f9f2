"""Tensor constructors with torch's names, arguments and default dtypes."""
from __future__ import annotations

import os
import warnings

import numpy as np

from yamlgrad.core.device import CPU, check_device
from yamlgrad.core.size import Size
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.convert import check_dtype, data_array, is_array_like, plain_array
from yamlgrad.numerics.dtypes import DEFAULT_FLOAT, as_dtype, int64

COPY_CONSTRUCT = ("To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or "
                  "sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).")

# A new Generator starts from torch's default seed; the default generator keeps yamlgrad's 0, so
# unseeded programs draw the same numbers as before Generator existed.
_NEW_GENERATOR_SEED = 67280421310721
# get_state's layout: the initial seed, then NumPy PCG64's state, increment, has_uint32 and uinteger
_STATE_FIELDS = (("seed", 8), ("state", 16), ("inc", 16), ("has_uint32", 8), ("uinteger", 8))
_STATE_BYTES = sum(size for _, size in _STATE_FIELDS)


def _check_seed(seed) -> int:
    """`seed` as torch stores it: an int in [-2**63, 2**64), negatives wrapped modulo 2**64."""
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise RuntimeError(f"manual_seed expected a long, but got {type(seed).__name__}")
    seed = int(seed)
    if not -2 ** 63 <= seed < 2 ** 64:
        raise ValueError("Overflow when unpacking long long")
    return seed % 2 ** 64


class Generator:
    """torch.Generator on the CPU: a seeded stream of random numbers (NumPy's PCG64) that the random
    functions draw from when given `generator=`; without one they draw from `default_generator`.
    The same seed gives the same numbers in yamlgrad, not the numbers torch's Mersenne Twister gives."""

    def __init__(self, device="cpu") -> None:
        check_device(device)
        self.device = CPU
        self._seed = _NEW_GENERATOR_SEED
        self._rng = None  # made on first draw: numpy.random costs ~10 ms of `import yamlgrad`

    def manual_seed(self, seed) -> "Generator":
        """Restart the stream from `seed`; returns the generator, as torch."""
        self._seed, self._rng = _check_seed(seed), None
        return self

    def seed(self) -> int:
        """Seed from the operating system's entropy (not reproducible) and return that seed."""
        seed = int.from_bytes(os.urandom(8), "little")
        self.manual_seed(seed)
        return seed

    def initial_seed(self) -> int:
        return self._seed

    def get_state(self) -> Tensor:
        """The stream's position as a uint8 tensor, for set_state (its layout is yamlgrad's own)."""
        state = self._numpy().bit_generator.state
        values = {"seed": self._seed, **state["state"], "has_uint32": state["has_uint32"],
                  "uinteger": state["uinteger"]}
        raw = b"".join(int(values[name]).to_bytes(size, "little") for name, size in _STATE_FIELDS)
        return make(np.frombuffer(raw, dtype=np.uint8).copy())

    def set_state(self, new_state) -> "Generator":
        """Continue from a state get_state returned (of any generator); returns the generator."""
        if not isinstance(new_state, Tensor):
            raise TypeError(f"expected a torch.ByteTensor, but got {type(new_state).__name__}")
        if new_state.dtype != np.uint8:
            raise TypeError("RNG state must be a torch.ByteTensor")
        if new_state.numel() != _STATE_BYTES:
            raise RuntimeError(f"Expected a yamlgrad Generator state of size {_STATE_BYTES} but found the input RNG "
                               f"state size to be {new_state.numel()}")
        raw, values, start = new_state._data.reshape(-1).tobytes(), {}, 0
        for name, size in _STATE_FIELDS:
            values[name] = int.from_bytes(raw[start:start + size], "little")
            start += size
        rng = np.random.Generator(np.random.PCG64(0))
        rng.bit_generator.state = {"bit_generator": "PCG64", "state": {"state": values["state"], "inc": values["inc"]},
                                   "has_uint32": values["has_uint32"], "uinteger": values["uinteger"]}
        self._seed, self._rng = values["seed"], rng
        return self

    def clone_state(self) -> "Generator":
        """A new generator at this one's position; the two streams then advance independently."""
        return Generator().set_state(self.get_state())

    def _numpy(self) -> "np.random.Generator":
        if self._rng is None:
            self._rng = np.random.default_rng(self._seed)
        return self._rng


default_generator = Generator().manual_seed(0)


def generator(source=None) -> "np.random.Generator":
    """The NumPy stream that random draws come from: `source`'s (a Generator), or the default generator's
    for None. Every random function draws through this module attribute, which yamlgrad.compile replaces
    while tracing to refuse random ops."""
    if source is None:
        return default_generator._numpy()
    if isinstance(source, Generator):
        return source._numpy()
    raise TypeError(f"generator must be a yamlgrad.Generator or None, got {type(source).__name__}")


def numpy_rng(source=None) -> "np.random.Generator":
    """generator(source), for functions whose own `generator=` argument hides the module's `generator`."""
    return generator(source)


def manual_seed(seed) -> Generator:
    """Seed the default generator (behind rand/randn, dropout and the nn initializers); returns it, as torch."""
    return default_generator.manual_seed(int(seed))


def seed() -> int:
    """Seed the default generator from the operating system's entropy and return that seed."""
    return default_generator.seed()


def initial_seed() -> int:
    return default_generator.initial_seed()


def get_rng_state() -> Tensor:
    return default_generator.get_state()


def set_rng_state(new_state) -> None:
    default_generator.set_state(new_state)


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


def rand_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False, *, generator=None) -> Tensor:
    return rand(*input.shape, dtype=dtype or input.dtype, device=device, requires_grad=requires_grad,
                generator=generator)


def randn_like(input: Tensor, dtype=None, device=None, requires_grad: bool = False, *, generator=None) -> Tensor:
    return randn(*input.shape, dtype=dtype or input.dtype, device=device, requires_grad=requires_grad,
                 generator=generator)


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


def rand(*size, generator=None, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(numpy_rng(generator).random(_size(size)), dtype or DEFAULT_FLOAT, requires_grad, device)


def randn(*size, generator=None, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _finish(numpy_rng(generator).standard_normal(_size(size)), dtype or DEFAULT_FLOAT, requires_grad, device)


def randint(low, high=None, size=None, dtype=None, device=None, requires_grad: bool = False, *,
            generator=None) -> Tensor:
    """randint(high, size) or randint(low, high, size), as torch."""
    if size is None and isinstance(high, (tuple, list)):
        low, high, size = 0, low, high
    elif high is None:
        low, high = 0, low
    if size is None:
        size = ()
    return _finish(numpy_rng(generator).integers(low, high, size=_size((size,))), dtype or int64, False, device)


# The names `yamlgrad` exports from this module (read by codegen into yamlgrad.autogen.bindings).
FUNCTIONS = ("arange", "as_tensor", "empty", "eye", "from_dlpack", "from_numpy", "full", "full_like", "linspace",
             "manual_seed", "ones", "ones_like", "rand", "rand_like", "randint", "randn", "randn_like", "tensor",
             "zeros", "zeros_like", "Size", "Generator", "default_generator", "seed", "initial_seed", "get_rng_state",
             "set_rng_state")
