"""Forward code too long for one YAML line. Every public function here may be named in a
registry `forward:` as `kernels.<name>`; codegen reads this file's function names with `ast`.

Kernels take and return arrays (and Python values). They use NumPy functions rather than
constructors so that other array types can flow through NumPy's dispatch protocols.
"""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.dtypes import torch_name


class _LazyScipySpecial:
    """scipy.special, imported on first use: it is a third of `import yamlgrad`'s time otherwise."""

    def __getattr__(self, name):
        from scipy import special
        return getattr(special, name)


_LAZY_SPECIAL = _LazyScipySpecial()


def normalize_index(index):
    """A getitem index with any Tensors in it replaced by their arrays."""
    if isinstance(index, tuple):
        return tuple(normalize_index(i) for i in index)
    if isinstance(index, list):
        return [normalize_index(i) for i in index]
    data = getattr(index, "_data", None)
    return index if data is None else data


def dims_tuple(dim, ndim: int) -> tuple[int, ...]:
    """torch's `dim` argument (None, int or sequence; empty means all) as sorted positive axes."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, (int, np.integer)):
        dim = (dim,)
    if not len(dim):
        return tuple(range(ndim))
    n = max(ndim, 1)
    for orig in dim:
        if not -n <= orig < n:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {orig})")
    dims = tuple(sorted({d % ndim if ndim else 0 for d in dim}))
    if len(dims) != len(dim):
        seen = set()
        d = next(d % n for d in dim if d % n in seen or seen.add(d % n))
        raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
    return dims


def _axis(x, dim):
    if dim is None:
        return None
    if x.ndim == 0:
        return None
    return dims_tuple(dim, x.ndim)


def sum(x, dim=None, keepdim=False, dtype=None):
    """torch.sum: integral and bool inputs sum in int64 (NumPy would give uint64 for unsigned ones)."""
    if dtype is not None or x.dtype.kind in "bu":
        x = _integral_to_long(x, dtype)
    return np.sum(x, axis=_axis(x, dim), keepdims=keepdim)


def mean(x, dim=None, keepdim=False, dtype=None):
    if dtype is not None:
        x = x.astype(dtype, copy=False)
    elif x.dtype.kind not in "fc":
        raise RuntimeError(f"mean(): could not infer output dtype. Input dtype must be either a floating point or "
                           f"complex dtype. Got: {x.dtype.name}")
    return np.mean(x, axis=_axis(x, dim), keepdims=keepdim)


def nansum(x, dim=None, keepdim=False, dtype=None):
    if dtype is not None or x.dtype.kind in "bu":
        x = _integral_to_long(x, dtype)
    return np.nansum(x, axis=_axis(x, dim), keepdims=keepdim)


def all_any(reduce, x, dim=None, keepdim=False):
    """torch.all / torch.any: bool results, except uint8 in, uint8 out."""
    out = reduce(x, axis=_axis(x, dim), keepdims=keepdim)
    return out.astype(np.uint8) if x.dtype == np.uint8 else out


def count_nonzero(x, dim=None):
    return np.count_nonzero(x, axis=_axis(x, dim)).astype(np.int64)


DIV_ROUNDING_MODES = (None, "trunc", "floor")


def div_rounding(x, y, rounding_mode):
    """torch.div with rounding_mode 'trunc' or 'floor': the rounded quotient; integers stay integers."""
    if rounding_mode not in DIV_ROUNDING_MODES:
        raise RuntimeError(f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found "
                           f"'{rounding_mode}'")
    q = np.floor_divide(x, y)
    if rounding_mode == "floor":
        return q
    if q.dtype.kind in "fc":
        return np.trunc(np.true_divide(x, y)).astype(q.dtype, copy=False)
    # integers: floor division rounded toward zero where the signs differ and the division is inexact
    return np.where((np.remainder(x, y) != 0) & ((np.asarray(x) < 0) != (np.asarray(y) < 0)), q + 1, q).astype(q.dtype)


def amax(x, dim=(), keepdim=False):
    if x.size == 0 and not _empty_reduction_dims_ok("amax", x, dim):
        raise RuntimeError("amax(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amax(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def amin(x, dim=(), keepdim=False):
    if x.size == 0 and not _empty_reduction_dims_ok("amin", x, dim):
        raise RuntimeError("amin(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amin(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def _empty_reduction_dims_ok(name, x, dim):
    """An empty tensor reduces along dims of non-zero size (amax over dim 1 of a (0, 3) tensor is (0,));
    False when no dim is given, IndexError for a reduced dim of size zero."""
    if dim is None or (not isinstance(dim, (int, np.integer)) and len(dim) == 0):
        return False
    for d in dims_tuple(dim, x.ndim):
        if x.shape[d] == 0:
            raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")
    return True


def max_dim(x, dim, keepdim=False):
    return _extremum_dim(np.argmax, "max", x, dim, keepdim)


def min_dim(x, dim, keepdim=False):
    return _extremum_dim(np.argmin, "min", x, dim, keepdim)


def _extremum_dim(arg, name, x, dim, keepdim):
    """(values, indices) of max/min along dim; a 0-d tensor is its own extremum (dim 0 or -1)."""
    axis = _one_dim(x, dim)
    if x.ndim == 0:
        return x.copy(), np.zeros((), dtype=np.int64)
    if x.shape[axis] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {dim} to have non-zero size.")
    indices = arg(x, axis=axis, keepdims=True)
    values = np.take_along_axis(x, indices, axis=axis)
    if not keepdim:
        values, indices = np.squeeze(values, axis=axis), np.squeeze(indices, axis=axis)
    return values, indices.astype(np.int64)


# Reductions below call the ufuncs' reduce directly: np.sum / np.amax add a Python layer per call.
def softmax(x, dim):
    if x.dtype.kind not in "fc":  # integers: in the default float dtype (torch refuses them)
        x = x.astype(np.float32)
    if x.ndim == 0:
        return np.ones_like(x)
    if x.size == 0:
        return np.empty_like(x)
    e = np.exp(x - np.maximum.reduce(x, axis=dim, keepdims=True))
    e /= np.add.reduce(e, axis=dim, keepdims=True)
    return e


def log_softmax(x, dim):
    if x.dtype.kind not in "fc":
        x = x.astype(np.float32)
    if x.ndim == 0:
        return np.zeros_like(x)
    if x.size == 0:
        return np.empty_like(x)
    shifted = x - np.maximum.reduce(x, axis=dim, keepdims=True)
    shifted -= np.log(np.add.reduce(np.exp(shifted), axis=dim, keepdims=True))
    return shifted


_BITS = {2: np.uint16, 4: np.uint32, 8: np.uint64}


def _is_weak_plus_zero(value) -> bool:
    return value.__class__ in (float, int) and value == 0 and str(value)[0] != "-"


def where(condition, x, y):
    """np.where. Selecting between a float array and a Python zero (the backward of relu, where,
    hardtanh, ...) is done by masking the bits, exactly as np.where would, and several times faster:
    NumPy's where does not vectorize."""
    if condition.__class__ is np.ndarray and condition.dtype == bool:
        if _is_weak_plus_zero(y) and x.__class__ is np.ndarray and x.dtype.kind == "f" and x.dtype.itemsize in _BITS:
            bits = _BITS[x.dtype.itemsize]
            mask = np.negative(condition, dtype=bits)  # True -> all ones, False -> 0
            return np.bitwise_and(x.view(bits), mask).view(x.dtype)
        if _is_weak_plus_zero(x) and y.__class__ is np.ndarray and y.dtype.kind == "f" and y.dtype.itemsize in _BITS:
            bits = _BITS[y.dtype.itemsize]
            mask = np.subtract(condition, 1, dtype=bits)  # True -> 0, False -> all ones
            return np.bitwise_and(y.view(bits), mask).view(y.dtype)
    return np.where(condition, x, y)


def squeeze(x, dim=None):
    if dim is None:
        return np.squeeze(x)
    if x.ndim == 0:
        return x
    axes = tuple(d for d in dims_tuple(dim, x.ndim) if x.shape[d] == 1)
    return np.squeeze(x, axis=axes) if axes else x


def expand(x, size):
    size = tuple(size)
    lead = len(size) - x.ndim
    if lead < 0:
        raise RuntimeError(f"expand: the number of sizes provided ({len(size)}) must be greater or equal to the "
                           f"number of dimensions in the tensor ({x.ndim})")
    target = tuple(x.shape[i - lead] if s == -1 and i >= lead else s for i, s in enumerate(size))
    try:
        return np.broadcast_to(x, target)
    except ValueError:
        for i, n in enumerate(x.shape):
            if n != 1 and n != target[lead + i]:
                raise RuntimeError(f"The expanded size of the tensor ({target[lead + i]}) must match the existing size "
                                   f"({n}) at non-singleton dimension {lead + i}.  Target sizes: {list(size)}.  "
                                   f"Tensor sizes: {list(x.shape)}") from None
        raise


def broadcast_error(exc: ValueError, *inputs) -> Exception:
    """NumPy's "could not be broadcast" ValueError as torch reports it (a RuntimeError naming the sizes
    and the dimension); any other ValueError is handed back unchanged."""
    if "could not be broadcast" not in str(exc):
        return exc
    shape: tuple = ()
    for x in inputs:
        other = np.shape(x)
        n = max(len(shape), len(other))
        a, b = (1,) * (n - len(shape)) + tuple(shape), (1,) * (n - len(other)) + tuple(other)
        for d in range(n - 1, -1, -1):
            if a[d] != b[d] and a[d] != 1 and b[d] != 1:
                return RuntimeError(f"The size of tensor a ({a[d]}) must match the size of tensor b ({b[d]}) "
                                    f"at non-singleton dimension {d}")
        shape = tuple(max(i, j) for i, j in zip(a, b))
    return exc


def sum_to_shape(x, shape):
    """Sum a broadcast result back to `shape`; None if `shape` could not have broadcast to x.shape."""
    shape = tuple(shape)
    if x.shape == shape:
        return x
    if shape and x.shape[1:] == shape:  # the common case: a bias-like input broadcast along one leading dim
        return np.add.reduce(x, axis=0)
    lead = x.ndim - len(shape)
    if lead < 0:
        return None
    axes = list(range(lead))
    for i, n in enumerate(shape):
        have = x.shape[lead + i]
        if n == 1 and have != 1:
            axes.append(lead + i)
        elif n != have:
            return None
    out = np.add.reduce(x, axis=tuple(axes), keepdims=True) if axes else x
    return out.reshape(shape) if lead else out


def sum_to_size(x, size):
    out = sum_to_shape(x, size)
    if out is None:
        raise RuntimeError(f"size {list(size)} is not expandable to size {list(x.shape)}")
    return out


def index_backward(src, shape, index):
    """Scatter `src` into zeros of `shape` at `index`, adding where an integer index repeats."""
    out = np.zeros_like(src, shape=tuple(shape))
    if _has_integer_array(index):
        np.add.at(out, index, src)
    else:
        out[index] = src
    return out


def _has_integer_array(index) -> bool:
    items = index if isinstance(index, tuple) else (index,)
    for item in items:
        if isinstance(item, list) or (hasattr(item, "dtype") and getattr(item, "ndim", 0) > 0
                                      and item.dtype.kind in "iu"):
            return True
    return False


def to_dtype(x, dtype):
    """torch's _to_copy: always a new array (Tensor.to returns the tensor itself when nothing changes)."""
    return x.astype(dtype) if hasattr(x, "astype") else np.asarray(x, dtype=dtype)


def int_list(first, more=()):
    """torch accepts `x.reshape(2, 3)` and `x.reshape((2, 3))` alike; a bool is not an int here."""
    if more:
        first = (first, *more)
    if isinstance(first, (bool, np.bool_)):
        raise TypeError(f"expected an int or a sequence of ints, got {first!r}")
    if isinstance(first, (int, np.integer)):
        return (int(first),)
    if any(isinstance(d, (bool, np.bool_)) for d in first):
        raise TypeError(f"expected a sequence of ints, got {list(first)!r}")
    return tuple(int(d) for d in first)


def sigmoid(x):
    # exp(-logaddexp(0, -x)) == 1 / (1 + exp(-x)) without overflow warnings for large |x|
    return np.exp(-np.logaddexp(0, -x))


def index_put(x, index, values):
    """A copy of `x` with `values` written at `index` (the out-of-place form of `x[index] = values`)."""
    out = x.copy()
    out[index] = values
    return out


def copy_into(x, src):
    """`src` broadcast to `x`'s shape and cast to its dtype (the out-of-place form of `x.copy_(src)`)."""
    return np.broadcast_to(src, x.shape).astype(x.dtype)


def flatten(x, start_dim=0, end_dim=-1):
    if x.ndim == 0:
        return x.reshape(1)
    start, end = start_dim % x.ndim, end_dim % x.ndim
    if start > end:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    return x.reshape(x.shape[:start] + (-1,) + x.shape[end + 1:])


def t(x):
    if x.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {x.ndim}D")
    return x.T


def split(x, split_size_or_sections, dim=0):
    """torch.split: one size means chunks of that size (the last may be smaller); several, the sizes."""
    n = x.shape[dim]
    sizes = list(split_size_or_sections)
    if len(sizes) == 1:
        step = sizes[0]
        if step <= 0:
            raise RuntimeError(f"split expects split_size be non-negative, but got split_size={step}")
        sizes = [min(step, n - start) for start in range(0, n, step)] or [0]
    elif np.sum(sizes) != n:
        raise RuntimeError(f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's size at "
                           f"dimension {dim}), but got split_sizes={sizes}")
    return np.split(x, np.cumsum(sizes)[:-1], axis=dim)


def chunk(x, chunks, dim=0):
    """torch.chunk: pieces of size ceil(n / chunks), so possibly fewer than `chunks`."""
    if chunks <= 0:
        raise RuntimeError("chunk expects `chunks` to be greater than 0")
    n = x.shape[dim]
    size = -(-n // chunks) if n else 1
    return split(x, [size], dim) if n else [x] * 1


def unbind(x, dim=0):
    return [np.take(x, i, axis=dim) for i in range(x.shape[dim])]


def stack(tensors, dim=0):
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    try:
        return np.stack(tensors, axis=dim)
    except ValueError:
        first = np.shape(tensors[0])
        for i, t in enumerate(tensors):
            if np.shape(t) != first:
                raise RuntimeError(f"stack expects each tensor to be equal size, but got {list(first)} at entry 0 "
                                   f"and {list(np.shape(t))} at entry {i}") from None
        raise


def einsum(equation, tensors):
    return np.einsum(equation, *tensors)


def cat(tensors, dim=0):
    if not tensors:
        raise RuntimeError("torch.cat(): expected a non-empty list of Tensors")
    try:
        return np.concatenate(tensors, axis=dim)
    except ValueError:
        out = _cat_mismatch(tensors, dim)
        if out is None:
            raise
        return out


def _cat_mismatch(tensors, dim):
    """torch.cat's rules where NumPy refused: 1-d empty tensors are skipped (a legacy torch allows), and
    shape mismatches are RuntimeErrors naming the tensor."""
    arrays = [np.asarray(t) for t in tensors]
    kept = [a for a in arrays if a.shape != (0,)]
    if kept and len(kept) < len(arrays):
        return cat(kept, dim).astype(np.result_type(*arrays), copy=False)
    ref = arrays[0]
    for i, a in enumerate(arrays):
        if a.ndim == 0:
            raise RuntimeError(f"zero-dimensional tensor (at position {i}) cannot be concatenated") from None
    axis = _one_dim(ref, dim)
    for i, a in enumerate(arrays[1:], 1):
        if a.ndim != ref.ndim:
            raise RuntimeError(f"Tensors must have same number of dimensions: got {ref.ndim} and {a.ndim}") from None
        for d in range(ref.ndim):
            if d != axis and a.shape[d] != ref.shape[d]:
                raise RuntimeError(f"Sizes of tensors must match except in dimension {axis}. Expected size "
                                   f"{ref.shape[d]} but got size {a.shape[d]} for tensor number {i} in the list.") from None
    return None


# ==== group: math ====
# Elementwise math. Dtypes follow torch: integer inputs of float functions are computed in float32;
# binary/ternary ops promote like torch (dimensioned tensors, then 0-d tensors, then Python numbers,
# a lower tier only winning with a higher category), so float32 with a float64 0-d tensor stays float32.
_math_special = _LAZY_SPECIAL


def _math_category(dtype) -> int:
    return 0 if dtype.kind == "b" else 1 if dtype.kind in "iu" else 2 if dtype.kind == "f" else 3


def _math_promote(a, b):
    if a is None or b is None:
        return b if a is None else a
    ca, cb = _math_category(a), _math_category(b)
    if ca != cb:
        return a if ca > cb else b
    return np.promote_types(a, b)


def _math_combine(higher, lower):
    """torch's combine_categories: a lower tier only counts when its category is higher."""
    if higher is None or lower is None:
        return lower if higher is None else higher
    if _math_category(higher) >= 2:
        return higher
    if higher.kind == "b" or _math_category(lower) >= 2:
        return _math_promote(higher, lower)
    return higher


def _math_is_python_number(x) -> bool:
    """A Python bool/int/float/complex (weakly typed); NumPy scalars such as np.float64 count as 0-d arrays."""
    return isinstance(x, (bool, int, float, complex)) and not isinstance(x, np.generic)


def _math_result_dtype(*xs):
    """torch.result_type over arrays (0-d ones included) and Python numbers; None when nothing has a dtype."""
    dim = zero = wrapped = None
    for x in xs:
        if x is None:
            continue
        if _math_is_python_number(x):
            kind = (np.dtype(np.bool_) if isinstance(x, bool) else np.dtype(np.int64) if isinstance(x, int)
                    else np.dtype(np.float32) if isinstance(x, float) else np.dtype(np.complex64))
            wrapped = _math_promote(wrapped, kind)
        elif np.ndim(x) == 0:
            zero = _math_promote(zero, np.result_type(x))
        else:
            dim = _math_promote(dim, np.result_type(x))
    return _math_combine(dim, _math_combine(zero, wrapped))


def _math_as(x, dtype):
    """An operand in the computation dtype; Python numbers stay Python numbers (NumPy treats them as weak)."""
    if x is None or _math_is_python_number(x) or dtype is None:
        return x
    return x.astype(dtype) if np.result_type(x) != dtype else x


def _math_float_dtype(dtype):
    return np.dtype(np.float32) if dtype is None or _math_category(dtype) < 2 else dtype


def _math_floating(x):
    """A unary float function's input: integers and bools computed in float32, as torch does."""
    dtype = getattr(x, "dtype", None)
    if dtype is not None and _math_category(dtype) < 2:
        return x.astype(np.float32)
    return x


def _math_keep(out, x):
    """scipy may compute float32 in float64: give the result the input's float dtype back."""
    dtype = getattr(x, "dtype", None)
    if dtype is not None and _math_category(dtype) == 2 and out.dtype != dtype:
        return out.astype(dtype)
    return out


def _math_binary_float(fn, a, b):
    dtype = _math_float_dtype(_math_result_dtype(a, b))
    return fn(_math_as(a, dtype), _math_as(b, dtype))


def _math_binary(fn, a, b):
    dtype = _math_result_dtype(a, b)
    return fn(_math_as(a, dtype), _math_as(b, dtype))


def reciprocal(x):
    return np.reciprocal(_math_floating(x))


def rsqrt(x):
    x = _math_floating(x)
    with np.errstate(divide="ignore", invalid="ignore"):
        return 1 / np.sqrt(x)


def logit(x, eps=None):
    """log(z / (1 - z)), z = x clamped to [eps, 1 - eps] when eps is given (a negative eps means none)."""
    x = _math_floating(x)
    if eps is not None and eps >= 0:
        x = np.clip(x, eps, 1 - eps)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log(x / (1 - x))


def erf(x):
    return _math_keep(_math_special.erf(_math_floating(x)), x)


def erfc(x):
    return _math_keep(_math_special.erfc(_math_floating(x)), x)


def erfinv(x):
    return _math_keep(_math_special.erfinv(_math_floating(x)), x)


def lgamma(x):
    """log|Gamma(x)|; torch's lgamma(-inf) is +inf (scipy says -inf)."""
    x = _math_floating(x)
    out = _math_keep(_math_special.gammaln(x), x)
    return np.where(x == -np.inf, np.inf, out).astype(out.dtype) if np.any(x == -np.inf) else out


def digamma(x):
    x = _math_floating(x)
    return _math_keep(_math_special.psi(x), x)


def polygamma(n, x):
    if n < 0:
        raise RuntimeError("polygamma(n, x) does not support negative n.")
    x = _math_floating(x)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        out = _math_special.psi(x) if n == 0 else _math_special.polygamma(n, x)
    return _math_keep(np.asarray(out), x)


def sinc(x):
    return np.sinc(_math_floating(x))


def frac(x):
    dtype = getattr(x, "dtype", None)
    if dtype is not None and _math_category(dtype) < 2:
        names = {"b": "Bool", "i": "Long" if dtype.itemsize == 8 else "Int", "u": "Byte"}
        raise NotImplementedError(f'"frac_cpu" not implemented for \'{names.get(dtype.kind, dtype.name)}\'')
    return x - np.trunc(x)


def atan2(a, b):
    return _math_binary_float(np.arctan2, a, b)


def hypot(a, b):
    return _math_binary_float(np.hypot, a, b)


def _math_check_integer_divisor(a, b):
    dtype = _math_result_dtype(a, b)
    if dtype is not None and _math_category(dtype) < 2 and np.any(np.asarray(b) == 0):
        raise RuntimeError("ZeroDivisionError")


def fmod(a, b):
    _math_check_integer_divisor(a, b)
    return _math_binary(np.fmod, a, b)


def remainder(a, b):
    _math_check_integer_divisor(a, b)
    return _math_binary(np.remainder, a, b)


def xlogy(a, b):
    """x * log(y), 0 where x == 0 unless y is nan (torch's and scipy's convention)."""
    dtype = _math_float_dtype(_math_result_dtype(a, b))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.asarray(_math_special.xlogy(_math_as(a, dtype), _math_as(b, dtype)))
    return out if out.dtype == dtype else out.astype(dtype)


def logaddexp(a, b):
    return _math_binary_float(np.logaddexp, a, b)


def lerp(start, end, weight):
    """torch's two-sided formula: start + w (end - start) for |w| < 0.5, else end - (end - start)(1 - w)."""
    dtype = _math_float_dtype(_math_result_dtype(start, end, weight))
    start, end, weight = _math_as(start, dtype), _math_as(end, dtype), _math_as(weight, dtype)
    diff = end - start
    small = np.abs(weight) < 0.5
    return np.where(small, start + weight * diff, end - diff * (1 - weight)).astype(dtype, copy=False)


def addcmul(x, tensor1, tensor2, value=1):
    dtype = _math_result_dtype(x, tensor1, tensor2)
    x, tensor1, tensor2 = _math_as(x, dtype), _math_as(tensor1, dtype), _math_as(tensor2, dtype)
    return x + value * tensor1 * tensor2


def addcdiv(x, tensor1, tensor2, value=1):
    dtype = _math_result_dtype(x, tensor1, tensor2)
    if dtype is not None and _math_category(dtype) < 2:
        raise RuntimeError("Integer division with addcdiv is no longer supported, and in a future release "
                           "addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv "
                           "behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to("
                           "input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float "
                           "inputs. The future addcdiv behavior is just the latter implementation: (input + value "
                           "* tensor1 / tensor2), for all dtypes.")
    x, tensor1, tensor2 = _math_as(x, dtype), _math_as(tensor1, dtype), _math_as(tensor2, dtype)
    return x + value * tensor1 / tensor2


def clamp_tensor(x, min=None, max=None):
    """torch.clamp with Tensor or number bounds: min(max(x, min), max), so max wins where min > max."""
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    dtype = _math_result_dtype(x, min, max)
    x, min, max = _math_as(x, dtype), _math_as(min, dtype), _math_as(max, dtype)
    if min is not None:
        x = np.maximum(x, min)
    if max is not None:
        x = np.minimum(x, max)
    return x


# ==== group: activations ====
_special = _LAZY_SPECIAL



def _floating(x, name):
    """Activations other than hardtanh are defined for floating dtypes only (torch raises for ints)."""
    dtype = np.result_type(x)
    if dtype.kind != "f":
        raise RuntimeError(f'"{name}" not implemented for \'{torch_name(dtype)}\'')
    return x


def _same_dtype(out, x):
    dtype = np.result_type(x)
    return out.astype(dtype, copy=False) if np.result_type(out) != dtype else out


def hardtanh(x, min_val=-1, max_val=1):
    """min(max(x, min_val), max_val), keeping x's dtype (integer tensors too, as torch does)."""
    if np.result_type(x).kind == "b":
        raise RuntimeError("\"hardtanh_cpu\" not implemented for 'Bool'")
    return _same_dtype(np.minimum(np.maximum(x, min_val), max_val), x)


def leaky_relu(x, negative_slope=0.01):
    x = _floating(x, "leaky_relu_cpu")
    return _same_dtype(np.where(x > 0, x, x * negative_slope), x)


def elu(x, alpha=1, scale=1, input_scale=1):
    """scale * x for x > 0, else alpha * scale * (exp(x * input_scale) - 1) (torch's elu; selu and celu
    are elu with fixed alpha/scale and with input_scale = 1 / alpha)."""
    x = _floating(x, "elu_cpu")
    negative = np.expm1(np.minimum(x, 0) * input_scale) * (alpha * scale)
    return _same_dtype(np.where(x > 0, x * scale, negative), x)


SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def selu(x):
    return elu(x, SELU_ALPHA, SELU_SCALE)


def celu(x, alpha=1.0):
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError: alpha cannot be 0 for CELU")
    return elu(x, alpha, 1, 1.0 / alpha)


def _check_approximate(approximate):
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")


_GELU_K = 0.7978845608028654  # the tanh approximation's sqrt(2/pi) and cubic coefficient
_GELU_C = 0.044715


def gelu(x, approximate="none"):
    """x * Phi(x) (Phi the standard normal CDF, scipy.special.ndtr) or torch's tanh approximation."""
    _check_approximate(approximate)
    x = _floating(x, "GeluKernelImpl")
    if approximate == "tanh":
        out = 0.5 * x * (1 + np.tanh(_GELU_K * (x + _GELU_C * x * x * x)))
    else:
        out = x * _special.ndtr(x)
    return _same_dtype(out, x)


def gelu_backward(output_grad, x, approximate="none"):
    """output_grad * gelu'(x)."""
    _check_approximate(approximate)
    x = _floating(x, "GeluBackwardKernelImpl")
    if approximate == "tanh":
        inner = _GELU_K * (x + _GELU_C * x * x * x)
        sech2 = 4 * sigmoid(2 * inner) * sigmoid(-2 * inner)  # 1 - tanh(inner)^2 without cancellation
        d = 0.5 * (1 + np.tanh(inner)) + 0.5 * x * sech2 * _GELU_K * (1 + 3 * _GELU_C * x * x)
    else:
        d = _special.ndtr(x) + x * np.exp(-0.5 * x * x) * 0.3989422804014327  # 1 / sqrt(2 pi)
    return output_grad * _same_dtype(d, x)


def silu(x):
    x = _floating(x, "silu_cpu")
    return x * sigmoid(x)


def mish(x):
    """x * tanh(softplus(x)), softplus as logaddexp(0, x) (no overflow)."""
    x = _floating(x, "mish_cpu")
    return x * np.tanh(np.logaddexp(0, x))


def softplus(x, beta=1, threshold=20):
    """log(1 + exp(beta * x)) / beta, and x itself where beta * x > threshold (torch's rule)."""
    x = _floating(x, "softplus_cpu")
    bx = x * beta
    return _same_dtype(np.where(bx > threshold, x, np.logaddexp(0, bx) / beta), x)


def log_sigmoid(x):
    x = _floating(x, "log_sigmoid_cpu")
    return -np.logaddexp(0, -x)


def hardsigmoid(x):
    x = _floating(x, "hardsigmoid_cpu")
    return np.minimum(np.maximum(x + 3, 0), 6) / 6


def hardswish(x):
    x = _floating(x, "hardswish_cpu")
    return x * np.minimum(np.maximum(x + 3, 0), 6) / 6


def glu_halves(ndim, shape, dim):
    """The getitem indices of glu's two halves along `dim` (errors as torch words them)."""
    if ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    if not -ndim <= dim < ndim:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got {dim})")
    d = dim % ndim
    if shape[d] % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {d} is size {shape[d]}")
    half = shape[d] // 2
    lead = (slice(None),) * d
    return lead + (slice(0, half),), lead + (slice(half, None),)


def glu(x, dim=-1):
    """a * sigmoid(b), a and b the two halves of x along dim."""
    x = _floating(x, "glu_cpu")
    first, second = glu_halves(np.ndim(x), np.shape(x), dim)
    return x[first] * sigmoid(x[second])


# ==== group: reductions ====

def _check_float(x, name):
    if x.dtype.kind not in "fc":
        raise RuntimeError(f"{name}: Expected a floating point or complex tensor as input. "
                           f"Got {torch_name(x.dtype)}")




def _one_dim(x, dim):
    """A single `dim` checked against x.ndim (0-d tensors accept 0 and -1), as a positive axis."""
    n = max(x.ndim, 1)
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return dim % n


def _integral_to_long(x, dtype):
    """torch's rule for sum-like ops: cast to `dtype` when given, else integral and bool inputs become int64."""
    if dtype is not None:
        return x.astype(dtype, copy=False)
    if x.dtype.kind in "biu":
        return x.astype(np.int64)
    return x


def prod(x, dim=None, keepdim=False, dtype=None):
    x = _integral_to_long(x, dtype)
    if dim is None:
        out = np.prod(x)
        return out.reshape((1,) * x.ndim) if keepdim else out
    _one_dim(x, dim)
    return np.prod(x, axis=_axis(x, dim), keepdims=keepdim)


def var_correction(unbiased, correction):
    """The `correction` torch's var/std use: 1 by default, `unbiased` (True: 1, False: 0) or `correction`."""
    if unbiased is not None and correction is not None:
        raise RuntimeError("var/std: pass either unbiased or correction, not both")
    if correction is not None:
        return correction
    return 0 if unbiased is False else 1


def var(x, dim=None, unbiased=None, keepdim=False, correction=None):
    if x.dtype.kind not in "fc":
        raise RuntimeError("std and var only support floating point and complex dtypes")
    c = var_correction(unbiased, correction)
    axis = _axis(x, dim)
    count = x.size if axis is None else int(np.prod([x.shape[a] for a in axis]))
    centered = x - np.mean(x, axis=axis, keepdims=True) if x.size else x
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.sum(centered * centered, axis=axis, keepdims=keepdim) / x.dtype.type(max(count - c, 0))


def std(x, dim=None, unbiased=None, keepdim=False, correction=None):
    return np.sqrt(var(x, dim, unbiased, keepdim, correction))


def vector_norm(x, ord=2, dim=None, keepdim=False, dtype=None):
    if dtype is not None:
        x = x.astype(dtype, copy=False)
    _check_float(x, "linalg.vector_norm")
    if isinstance(ord, str) or isinstance(ord, bool):
        raise TypeError(f"linalg.vector_norm: ord must be a number, got {ord!r}")
    axis = _axis(x, dim)
    a = np.abs(x)
    if np.isinf(ord):
        if a.size == 0:
            raise RuntimeError("linalg.vector_norm cannot compute the inf norm on an empty tensor because the "
                               "operation does not have an identity")
        return (np.amax if ord > 0 else np.amin)(a, axis=axis, keepdims=keepdim)
    if ord == 0:
        return np.sum(a != 0, axis=axis, keepdims=keepdim).astype(a.dtype)
    if ord == 1:
        return np.sum(a, axis=axis, keepdims=keepdim)
    if ord == 2:
        return np.sqrt(np.sum(a * a, axis=axis, keepdims=keepdim))
    with np.errstate(divide="ignore"):
        p = a.dtype.type(ord)
        return np.power(np.sum(np.power(a, p), axis=axis, keepdims=keepdim), 1 / p)


def norm_ord(p, dim):
    """torch.norm's `p` as a vector-norm order: 'fro' (or None) is 2; 'nuc' and matrix norms are not here."""
    if p is None:
        return 2
    if isinstance(p, str):
        if p == "fro" and (dim is None or isinstance(dim, (int, np.integer)) or len(dim) <= 2):
            return 2
        if p == "fro":
            raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(map(str, dim))}")
        if p == "nuc":
            raise NotImplementedError("torch.norm(p='nuc') (the nuclear norm needs an SVD) is not supported yet")
        raise RuntimeError(f"linalg.matrix_norm: Order {p} not supported.")
    return p


def norm(x, p="fro", dim=None, keepdim=False, dtype=None):
    return vector_norm(x, norm_ord(p, dim), dim, keepdim, dtype)


def logsumexp(x, dim, keepdim=False):
    if x.dtype.kind not in "fc":
        x = x.astype(np.float64)
    axis = _axis(x, dim)
    if x.size == 0:
        with np.errstate(divide="ignore"):
            return np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdim))
    m = np.amax(x, axis=axis, keepdims=True)
    m = np.where(np.isinf(m), 0, m)
    with np.errstate(divide="ignore"):  # log(0) = -inf where every element is -inf
        out = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return out if keepdim or axis is None and x.ndim == 0 else np.squeeze(out, axis=axis)


def cumsum(x, dim, dtype=None):
    x = _integral_to_long(x, dtype)
    axis = _one_dim(x, dim)
    return x.copy() if x.ndim == 0 else np.cumsum(x, axis=axis)


def cumprod(x, dim, dtype=None):
    x = _integral_to_long(x, dtype)
    axis = _one_dim(x, dim)
    return x.copy() if x.ndim == 0 else np.cumprod(x, axis=axis)


def argmax(x, dim=None, keepdim=False):
    return _arg_extremum(np.argmax, "argmax", x, dim, keepdim)


def argmin(x, dim=None, keepdim=False):
    return _arg_extremum(np.argmin, "argmin", x, dim, keepdim)


def _arg_extremum(fn, name, x, dim, keepdim):
    if x.dtype == np.bool_:
        raise RuntimeError(f"{name}(): does not support bool input")
    if dim is None:
        if x.size == 0:
            raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
        out = np.asarray(fn(x), dtype=np.int64)
        return out.reshape((1,) * x.ndim) if keepdim else out
    axis = _one_dim(x, dim)
    if x.ndim == 0:
        return np.zeros((), dtype=np.int64)
    if x.shape[axis] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {dim} to have non-zero size.")
    return np.asarray(fn(x, axis=axis, keepdims=keepdim), dtype=np.int64)


def _stable_argsort(x, axis, descending):
    """Stable argsort along `axis`; descending keeps equal elements in their original order (NaN is largest)."""
    if not descending:
        return np.argsort(x, axis=axis, kind="stable")
    n = x.shape[axis]
    rev = np.flip(np.argsort(np.flip(x, axis), axis=axis, kind="stable"), axis)
    return (n - 1) - rev


def sort(x, dim=-1, descending=False, stable=False):
    axis = _one_dim(x, dim)
    if x.ndim == 0:
        return x.copy(), np.zeros((), dtype=np.int64)
    idx = _stable_argsort(x, axis, descending).astype(np.int64)
    return np.take_along_axis(x, idx, axis), idx


def topk(x, k, dim=-1, largest=True, sorted=True):
    if x.dtype == np.bool_:
        raise RuntimeError("topk does not support bool dtypes on CPU")
    axis = _one_dim(x, dim)
    n = x.shape[axis] if x.ndim else 1
    if not 0 <= k <= n:
        raise RuntimeError("selected index k out of range")
    if x.ndim == 0:
        return x.copy(), np.zeros((), dtype=np.int64)
    idx = np.take(_stable_argsort(x, axis, largest), np.arange(k), axis=axis).astype(np.int64)
    return np.take_along_axis(x, idx, axis), idx


# ==== group: linalg ====

from yamlgrad.numerics.linalg_error import LinAlgError  # noqa: E402  (re-exported: kernels raise it)




def _la_input(A, name: str, square: bool = True, min_ndim: int = 2):
    """torch.linalg's checks: a floating tensor of at least 2 dims whose last two are square."""
    A = np.asarray(A)
    if A.dtype.kind not in "fc":
        raise RuntimeError(f"{name}: Expected a floating point or complex tensor as input. Got {torch_name(A)}")
    if A.ndim < min_ndim:
        raise RuntimeError(f"{name}: The input tensor A must have at least {min_ndim} dimensions.")
    if square and A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"{name}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    return A


def _la_same_dtype(a, b, message: str) -> None:
    if np.result_type(a) != np.result_type(b):
        raise RuntimeError(message.format(torch_name(a), torch_name(b)))


def _la_writable_view(view):
    """np.diagonal hands out read-only views; torch's diagonal is writable like any view."""
    if not view.flags.writeable:
        try:
            view.flags.writeable = True
        except ValueError:  # the base itself is read-only (a broadcast): keep the view read-only
            pass
    return view


def mm(x, mat2):
    if (x.__class__ is not np.ndarray or mat2.__class__ is not np.ndarray or x.ndim != 2 or mat2.ndim != 2
            or x.shape[1] != mat2.shape[0] or x.dtype != mat2.dtype):
        _mm_check(x, mat2)
    return np.matmul(x, mat2)


def _mm_check(x, mat2):
    if np.ndim(x) != 2:
        raise RuntimeError("self must be a matrix")
    if np.ndim(mat2) != 2:
        raise RuntimeError("mat2 must be a matrix")
    if x.shape[1] != mat2.shape[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({x.shape[0]}x{x.shape[1]} and "
                           f"{mat2.shape[0]}x{mat2.shape[1]})")
    if np.result_type(x) != np.result_type(mat2):
        names = {"float32": "float", "float64": "double", "float16": "c10::Half", "int64": "long int", "int32": "int",
                 "int16": "short int", "int8": "signed char", "uint8": "unsigned char", "bool": "bool"}
        a, b = np.result_type(x).name, np.result_type(mat2).name
        raise RuntimeError(f"expected m1 and m2 to have the same dtype, but got: {names.get(a, a)} != {names.get(b, b)}")


def addmm(x, mat1, mat2, beta=1, alpha=1):
    """beta * x + alpha * (mat1 @ mat2), adding into the fresh product (one output array, no temporary)."""
    out = mm(mat1, mat2)
    shape = np.shape(x)
    if shape != out.shape and shape != out.shape[1:] and not _broadcasts_to(shape, out.shape):
        raise RuntimeError(f"addmm: the input of shape {list(np.shape(x))} cannot be broadcast to the product's "
                           f"shape {list(out.shape)}")
    if alpha != 1:
        out *= alpha
    if beta == 0:  # as in torch: the input is ignored, nan and inf included
        return out
    x = x if beta == 1 else np.multiply(x, beta)
    if getattr(x, "dtype", None) == out.dtype or np.result_type(x, out) == out.dtype:
        out += x
        return out
    return out + x


def _broadcasts_to(shape, target) -> bool:
    try:
        return np.broadcast_shapes(shape, target) == target
    except ValueError:
        return False


def mv(x, vec):
    if np.ndim(x) != 2 or np.ndim(vec) != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got 1, {np.ndim(x)}, {np.ndim(vec)}")
    if x.shape[1] != vec.shape[0]:
        raise RuntimeError(f"size mismatch, got input ({x.shape[0]}), mat ({x.shape[0]}x{x.shape[1]}), "
                           f"vec ({vec.shape[0]})")
    _la_same_dtype(x, vec, "expected scalar type {} but found {}")
    return np.matmul(x, vec)


def bmm(x, mat2):
    if np.ndim(x) != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if np.ndim(mat2) != 3:
        raise RuntimeError("batch2 must be a 3D tensor")
    if mat2.shape[:2] != (x.shape[0], x.shape[2]):
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{x.shape[0]}, {x.shape[2]}] but got: [{mat2.shape[0]}, {mat2.shape[1]}].")
    _la_same_dtype(x, mat2, "expected scalar type {} but found {}")
    return np.matmul(x, mat2)


def outer(x, vec2):
    for name, v in (("self", x), ("vec2", vec2)):
        if np.ndim(v) != 1:
            raise RuntimeError(f"outer: Expected 1-D argument {name}, but got {np.ndim(v)}-D")
    return np.multiply.outer(x, vec2)


def trace(x):
    if np.ndim(x) != 2:
        raise RuntimeError(f"trace: expected a matrix, but got tensor with dim {np.ndim(x)}")
    if x.dtype == np.bool_:
        raise NotImplementedError("\"trace\" not implemented for 'Bool'")
    # torch sums integer (and bool-free) traces in int64, floats in their own dtype
    return np.asarray(np.trace(x), dtype=x.dtype if x.dtype.kind in "fc" else np.int64)


def diag(x, diagonal=0):
    if np.ndim(x) == 1:
        n = x.shape[0] + abs(diagonal)
        out = np.zeros_like(x, shape=(n, n))
        _la_writable_view(np.diagonal(out, diagonal))[...] = x
        return out
    if np.ndim(x) == 2:
        return np.diagonal(x, diagonal).copy()
    raise RuntimeError(f"diag(): Supports 1D or 2D tensors. Got {np.ndim(x)}D")


def _la_diagonal_dims(ndim, dim1, dim2):
    for d in (dim1, dim2):
        if not -ndim <= d < ndim:
            lo, hi = (-ndim, ndim - 1) if ndim else (-1, 0)
            raise IndexError(f"Dimension out of range (expected to be in range of [{lo}, {hi}], but got {d})")
    d1, d2 = dim1 % ndim, dim2 % ndim
    if d1 == d2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    return d1, d2


def diagonal(x, offset=0, dim1=0, dim2=1):
    d1, d2 = _la_diagonal_dims(np.ndim(x), dim1, dim2)
    return _la_writable_view(np.diagonal(x, offset, d1, d2))


def diagonal_backward(grad_output, input_sizes, offset, dim1, dim2):
    """Zeros of `input_sizes` with `grad_output` on the diagonal (offset, dim1, dim2): diagonal's adjoint."""
    d1, d2 = _la_diagonal_dims(len(input_sizes), dim1, dim2)
    out = np.zeros_like(grad_output, shape=tuple(input_sizes))
    _la_writable_view(np.diagonal(out, offset, d1, d2))[...] = grad_output
    return out


def tril(x, diagonal=0):
    if np.ndim(x) < 2:
        raise RuntimeError("tril: input tensor must have at least 2 dimensions")
    return np.tril(x, diagonal)


def triu(x, diagonal=0):
    if np.ndim(x) < 2:
        raise RuntimeError("triu: input tensor must have at least 2 dimensions")
    return np.triu(x, diagonal)


def linalg_inv(A):
    A = _la_input(A, "linalg.inv")
    try:
        return np.linalg.inv(A)
    except np.linalg.LinAlgError:
        raise LinAlgError("linalg.inv: The diagonal element is zero, the inversion could not be completed "
                          "because the input matrix is singular.") from None


def linalg_det(A):
    A = _la_input(A, "linalg.det")
    return np.asarray(np.linalg.det(A), dtype=A.dtype)


def linalg_slogdet(A):
    A = _la_input(A, "linalg.slogdet")
    sign, logabsdet = np.linalg.slogdet(A)
    return np.asarray(sign, dtype=A.dtype), np.asarray(logabsdet, dtype=A.dtype)


def _la_solve_is_vector_rhs(A, B) -> bool:
    """torch's rule: B is a (batch of) vector(s) when 1-D, or when B.shape == A.shape[:-1]."""
    return np.ndim(B) == 1 or (np.ndim(B) == np.ndim(A) - 1 and np.shape(B) == np.shape(A)[:-1])


def linalg_solve(A, B, left=True):
    A = _la_input(A, "linalg.solve")
    B = np.asarray(B)
    _la_same_dtype(A, B, "linalg.solve: Expected A and B to have the same dtype, but found A of type {} and B of "
                      "type {} instead")
    vector = _la_solve_is_vector_rhs(A, B)
    B_ = B[..., None] if vector else B
    n = A.shape[-1]
    if B_.ndim < 2:  # a 0-d B (1-d is always a vector right-hand side)
        raise RuntimeError("linalg.solve: The input tensor B must have at least 2 dimensions.")
    if (B_.shape[-2] if left else B_.shape[-1]) != n:
        raise RuntimeError(f"linalg.solve: Incompatible shapes of A and B for the equation "
                           f"{'AX = B' if left else 'XA = B'} ({n}x{n} and {B_.shape[-2]}x{B_.shape[-1]})")
    if vector and not left:
        raise RuntimeError("linalg.solve: Vector broadcasting of the left hand side is not supported for left=False. "
                           "In this case linalg.solve is equivalent to B / A.squeeze(-1)")
    try:
        if left:
            X = np.linalg.solve(A, B_)
        else:
            X = np.swapaxes(np.linalg.solve(np.swapaxes(A, -1, -2), np.swapaxes(B_, -1, -2)), -1, -2)
    except np.linalg.LinAlgError:
        raise LinAlgError("linalg.solve: The solver failed because the input matrix is singular.") from None
    return X[..., 0] if vector else X


def linalg_cholesky(A, upper=False):
    A = _la_input(A, "linalg.cholesky")
    # like LAPACK's potrf, read only one triangle: the lower one, or the upper one when upper=True
    if upper:
        A = np.swapaxes(A, -1, -2)
    try:
        L = np.linalg.cholesky(np.tril(A) + np.swapaxes(np.tril(A, -1), -1, -2))
    except np.linalg.LinAlgError:
        raise LinAlgError("linalg.cholesky: The factorization could not be completed because the input is not "
                          "positive-definite.") from None
    return np.swapaxes(L, -1, -2).copy() if upper else L


def linalg_eigh(A, UPLO="L"):
    if UPLO not in ("L", "U", "l", "u"):
        raise RuntimeError(f"Expected UPLO argument to be 'L' or 'U', but got {UPLO}")
    A = _la_input(A, "linalg.eigh")
    w, V = np.linalg.eigh(A, UPLO=UPLO.upper())
    return w.astype(A.dtype, copy=False), V


def linalg_svd(A, full_matrices=True):
    A = _la_input(A, "linalg.svd", square=False)
    U, S, Vh = np.linalg.svd(A, full_matrices=full_matrices)
    return U, S.astype(A.dtype, copy=False), Vh


def linalg_svdvals(A):
    A = _la_input(A, "linalg.svdvals", square=False)
    return np.linalg.svd(A, compute_uv=False).astype(A.dtype, copy=False)


def linalg_qr(A, mode="reduced"):
    if mode not in ("reduced", "complete", "r"):
        raise RuntimeError(f"qr received unrecognized mode '{mode}' but expected one of 'reduced' (default), "
                           "'r', or 'complete'")
    A = _la_input(A, "linalg.qr", square=False)
    if mode == "r":
        return np.zeros((0,), dtype=A.dtype), np.linalg.qr(A, mode="r")
    Q, R = np.linalg.qr(A, mode=mode)
    return Q, R


def linalg_pinv(A, atol=None, rtol=None, hermitian=False):
    """Pseudo-inverse with torch's cut-off: singular values <= max(atol, rtol * largest) are dropped;
    rtol defaults to eps * max(m, n) when atol is not given and to 0 when it is."""
    A = _la_input(A, "linalg.pinv", square=False)
    m, n = A.shape[-2:]
    if rtol is None:
        rtol = np.finfo(A.dtype).eps * max(m, n) if atol is None or atol <= 0 else 0.0
    atol = 0.0 if atol is None else atol
    if A.size == 0:
        return np.zeros_like(A, shape=A.shape[:-2] + (n, m))
    if hermitian:
        w, V = np.linalg.eigh(A)
        big = np.max(np.abs(w), axis=-1, keepdims=True)
        keep = np.abs(w) > np.maximum(atol, rtol * big)
        winv = np.where(keep, 1 / np.where(keep, w, 1), 0).astype(A.dtype)
        return np.matmul(V * winv[..., None, :], np.swapaxes(V, -1, -2))
    U, S, Vh = np.linalg.svd(A, full_matrices=False)
    big = S[..., :1]
    keep = S > np.maximum(atol, rtol * big)
    Sinv = np.where(keep, 1 / np.where(keep, S, 1), 0).astype(A.dtype)
    return np.matmul(np.swapaxes(Vh, -1, -2) * Sinv[..., None, :], np.swapaxes(U, -1, -2))


_LA_MATRIX_NORM_ORDS = ("fro", "nuc", 1, -1, 2, -2, float("inf"), float("-inf"))


def _la_matrix_norm_dims(ord, dim, ndim):
    """linalg.matrix_norm's checks; the two dims as non-negative axes."""
    if isinstance(ord, str):
        if ord not in ("fro", "nuc"):
            raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    elif isinstance(ord, bool) or ord not in _LA_MATRIX_NORM_ORDS:
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    if ndim < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    dim = tuple(dim)
    if len(dim) != 2:
        raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(map(str, dim))}")
    for d in dim:
        if not -ndim <= d < ndim:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got {d})")
    d0, d1 = dim[0] % ndim, dim[1] % ndim
    if d0 == d1:
        raise RuntimeError(f"linalg.matrix_norm: dims must be different. Got ({dim[0]}, {dim[1]})")
    return d0, d1


def linalg_matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, dtype=None):
    A = np.asarray(A)
    if A.dtype.kind not in "fc":
        raise RuntimeError(f"linalg.matrix_norm: Expected a floating point or complex tensor as input. "
                           f"Got {torch_name(A)}")
    if dtype is not None:
        A = A.astype(dtype, copy=False)
    d0, d1 = _la_matrix_norm_dims(ord, dim, A.ndim)
    return np.asarray(np.linalg.norm(A, ord=ord, axis=(d0, d1), keepdims=keepdim), dtype=A.dtype)



# ==== group: shape ====
import operator as _operator


def _wrap_dim(dim, ndim: int) -> int:
    """torch's dim wrapping: a 0-d tensor accepts dims -1 and 0."""
    dim = int(dim)
    n = max(ndim, 1)
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return dim % n


def movedim(x, source, destination):
    source, destination = tuple(source), tuple(destination)
    if len(source) != len(destination):
        raise RuntimeError(f"movedim: Invalid source or destination dims: source ({list(source)} dims) should "
                           f"contain the same number of dims as destination ({list(destination)} dims)")
    src = tuple(_wrap_dim(d, x.ndim) for d in source)
    dst = tuple(_wrap_dim(d, x.ndim) for d in destination)
    if len(set(src)) != len(src):
        raise RuntimeError(f"movedim: repeated dim in `source` ({list(source)})")
    if len(set(dst)) != len(dst):
        raise RuntimeError(f"movedim: repeated dim in `destination` ({list(destination)})")
    if x.ndim == 0:
        return x.view()
    return np.moveaxis(x, src, dst)


def swapdims(x, dim0, dim1):
    d0, d1 = _wrap_dim(dim0, x.ndim), _wrap_dim(dim1, x.ndim)
    if x.ndim == 0:
        return x.view()
    return np.swapaxes(x, d0, d1)


def broadcast_to(x, size):
    """torch.broadcast_to / expand_as: kernels.expand with torch's errors."""
    size = tuple(size)
    lead = len(size) - x.ndim
    if lead < 0:
        raise RuntimeError(f"expand: the number of sizes provided ({len(size)}) must be greater or equal to the "
                           f"number of dimensions in the tensor ({x.ndim})")
    for i, s in enumerate(size):
        if i < lead:
            if s < 0:
                raise RuntimeError(f"The expanded size of the tensor ({s}) isn't allowed in a leading, non-existing "
                                   f"dimension {i}")
        elif s != -1 and x.shape[i - lead] not in (1, s):
            raise RuntimeError(f"The expanded size of the tensor ({s}) must match the existing size "
                               f"({x.shape[i - lead]}) at non-singleton dimension {i}.  Target sizes: {list(size)}.  "
                               f"Tensor sizes: {list(x.shape)}")
    return expand(x, size)


def repeat(x, repeats):
    repeats = tuple(repeats)
    if len(repeats) < x.ndim:
        raise RuntimeError("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    return tile(x, repeats)


def tile(x, dims):
    dims = tuple(dims)
    shape = (1,) * (len(dims) - x.ndim) + x.shape
    reps = (1,) * (len(shape) - len(dims)) + dims
    target = [n * r for n, r in zip(shape, reps)]
    if any(r < 0 for r in reps):
        bad = next(t for t in target if t < 0)
        raise RuntimeError(f"Trying to create tensor with negative dimension {bad}: {target}")
    return np.tile(x, reps)


def flip(x, dims):
    dims = tuple(dims)
    axes = tuple(_wrap_dim(d, x.ndim) for d in dims)
    for i, d in enumerate(axes):
        if d in axes[:i]:
            raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
    if x.ndim == 0 or not axes:
        return x.copy()
    return np.flip(x, axis=axes).copy()


def roll(x, shifts, dims=()):
    shifts, dims = tuple(shifts), tuple(dims)
    if not dims:
        if len(shifts) != 1:
            raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:0")
        if x.ndim == 0:
            return x.copy()
        return np.roll(x, shifts[0])
    if len(shifts) != len(dims):
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:{len(dims)}")
    if x.ndim == 0:
        raise IndexError(f"Dimension specified as {dims[0]} but tensor has no dimensions")
    return np.roll(x, shifts, axis=tuple(_wrap_dim(d, x.ndim) for d in dims))


def _narrow_start(x, dim, start, length, name="narrow"):
    """(axis, non-negative start) after torch's checks."""
    if x.ndim == 0:
        raise RuntimeError(f"{name}() cannot be applied to a 0-dim tensor.")
    d = _wrap_dim(dim, x.ndim)
    n = x.shape[d]
    start, length = _operator.index(start), _operator.index(length)
    if not -n <= start <= n:
        raise IndexError(f"start out of range (expected to be in range of [{-n}, {n}], but got {start})")
    if start < 0:
        start += n
    if length < 0:
        raise RuntimeError("narrow(): length must be non-negative.")
    if start + length > n:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({n}).")
    return d, start


def narrow(x, dim, start, length):
    d, start = _narrow_start(x, dim, start, length)
    return x[(slice(None),) * d + (slice(start, start + _operator.index(length)),)]


def select(x, dim, index):
    if x.ndim == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    d = _wrap_dim(dim, x.ndim)
    n, index = x.shape[d], _operator.index(index)
    if not -n <= index < n:
        raise IndexError(f"select(): index {index} out of range for tensor of size {list(x.shape)} at dimension {dim}")
    index %= n
    # a slice and a squeeze keep the result a view even when it is 0-d
    return np.squeeze(x[(slice(None),) * d + (slice(index, index + 1),)], axis=d)


def _check_index_dtype(index, name, what):
    if np.asarray(index).dtype.kind not in "iu":
        raise RuntimeError(f"{name}(): Expected dtype {what} for index")


def _check_bounds(index, size, dim):
    if index.size:
        bad = index[(index < 0) | (index >= size)]
        if bad.size:
            raise RuntimeError(f"index {bad.flat[0]} is out of bounds for dimension {dim} with size {size}")


def gather(x, dim, index):
    index = np.asarray(index)
    _check_index_dtype(index, "gather", "int32/int64")
    d = _wrap_dim(dim, x.ndim)
    xs = x.shape or (1,)
    ishape = index.shape or (1,)
    if len(xs) != len(ishape):
        raise RuntimeError("Index tensor must have the same number of dimensions as input tensor")
    for i, (a, b) in enumerate(zip(ishape, xs)):
        if i != d and a > b:
            raise RuntimeError(f"Size does not match at dimension {i} expected index {list(index.shape)} to be no "
                               f"larger than self {list(x.shape)} apart from dimension {d}")
    _check_bounds(index, xs[d], d)
    x1 = x.reshape(xs)[tuple(slice(None) if i == d else slice(0, n) for i, n in enumerate(ishape))]
    return np.take_along_axis(x1, index.reshape(ishape).astype(np.intp, copy=False), axis=d).reshape(index.shape)


def scatter_add(x, dim, index, src):
    return _scatter(x, dim, index, src, True)


def scatter(x, dim, index, src):
    """torch.scatter: src (a tensor, or a number for every indexed place) written at index along dim."""
    if not isinstance(src, np.ndarray) or (src.ndim == 0 and np.ndim(index) != 0):
        src = np.full(np.shape(index), src, dtype=x.dtype)
    return _scatter(x, dim, index, src, False)


def _scatter(x, dim, index, src, accumulate):
    index, src = np.asarray(index), np.asarray(src)
    _check_index_dtype(index, "scatter", "int64")
    if src.dtype != x.dtype:
        raise RuntimeError("scatter(): Expected self.dtype to be equal to src.dtype")
    d = _wrap_dim(dim, x.ndim)
    xs, ishape, sshape = x.shape or (1,), index.shape or (1,), src.shape or (1,)
    out = x.reshape(xs).copy()
    if index.size == 0:
        return out.reshape(x.shape)
    if len(ishape) != len(xs):
        raise RuntimeError("Index tensor must have the same number of dimensions as self tensor")
    if len(sshape) != len(ishape):
        raise RuntimeError("Index tensor must have the same number of dimensions as src tensor")
    if any(b > s or (i != d and b > a) for i, (a, b, s) in enumerate(zip(xs, ishape, sshape))):
        raise RuntimeError(f"Expected index {list(index.shape)} to be no larger than self {list(x.shape)} apart "
                           f"from dimension {d} and to be no larger size than src {list(src.shape)}")
    _check_bounds(index, xs[d], d)
    grid = list(np.indices(ishape, sparse=True))
    grid[d] = index.reshape(ishape)
    values = src.reshape(sshape)[tuple(slice(0, n) for n in ishape)]
    if accumulate:
        np.add.at(out, tuple(grid), values)
    else:
        out[tuple(grid)] = values
    return out.reshape(x.shape)


def index_select(x, dim, index):
    index = np.asarray(index)
    if index.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    _check_index_dtype(index, "index_select", "int32 or int64")
    d = _wrap_dim(dim, x.ndim)
    flat = index.reshape(-1)
    if x.ndim == 0:
        if flat.size != 1:
            raise RuntimeError(f"index_select(): Index to scalar can have only 1 value, got {flat.size} value(s)")
        if flat[0] != 0:
            raise IndexError("index out of range in self")
        return x.copy()
    n = x.shape[d]
    bad = flat[(flat < 0) | (flat >= n)]
    if bad.size:
        raise IndexError("index out of range in self")
    return np.take(x, flat, axis=d)


def masked_fill(x, mask, value):
    mask = np.asarray(mask)
    if mask.dtype != np.bool_:
        raise RuntimeError(f"masked_fill_ only supports boolean masks, but got mask with dtype {mask.dtype}")
    if np.ndim(value) != 0:
        raise RuntimeError(f"masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                           f"{np.ndim(value)} dimension(s).")
    value = np.asarray(value)
    if x.dtype.kind != "c" and value.dtype.kind == "c":
        raise RuntimeError(f"value cannot be converted to type {x.dtype} without overflow")
    return np.where(mask, value.astype(x.dtype), x)


def constant_pad_nd(x, pad, value=0):
    pad = tuple(int(p) for p in pad)
    if len(pad) % 2:
        raise RuntimeError(f"Length of pad must be even but instead it equals {len(pad)}")
    if len(pad) // 2 > x.ndim:
        raise RuntimeError(f"Length of pad should be no more than twice the number of dimensions of the input. "
                           f"Pad length is {len(pad)} while the input has {x.ndim} dimensions.")
    if not pad:
        return x.copy()
    crop, widths = [slice(None)] * x.ndim, [(0, 0)] * x.ndim
    for i in range(len(pad) // 2):
        d, (left, right) = x.ndim - 1 - i, pad[2 * i:2 * i + 2]
        n = x.shape[d]
        if n + min(left, 0) + min(right, 0) < 0:
            raise RuntimeError(f"narrow(): length must be non-negative. (The input size {n}, plus negative padding "
                               f"{left} and {right} resulted in a negative output size at dimension {d}.)")
        crop[d] = slice(max(-left, 0), n - max(-right, 0))
        widths[d] = (max(left, 0), max(right, 0))
    return np.pad(x[tuple(crop)], widths, mode="constant", constant_values=value)


# ==== group: nn ====
def _nll_picks(shape, target, weight, ignore_index, dtype, check=True):
    """The class picked in each row (ignored rows pick 0) and each row's weight (None: all 1)."""
    n_classes = shape[1]
    if target.size == 0:
        return target, None
    # ufunc reduces, not .min()/.all(): on a batch of a few hundred labels the Python layer dominates
    lo, hi = np.minimum.reduce(target), np.maximum.reduce(target)
    all_valid = not lo <= ignore_index <= hi or not np.any(target == ignore_index)
    if all_valid:
        index = target
    else:
        valid = target != ignore_index
        index = np.where(valid, target, 0)
        lo, hi = np.minimum.reduce(index), np.maximum.reduce(index)
    if check and (lo < 0 or hi >= n_classes):
        bad = index[(index < 0) | (index >= n_classes)][0]
        raise IndexError(f"Target {int(bad)} is out of bounds.")
    if weight is not None:
        w = weight[index]
        return index, (w if all_valid else w * valid)
    return index, (None if all_valid else valid.astype(dtype))


def nll_loss(x, target, weight=None, reduction=1, ignore_index=-100):
    """-x[n, target[n]] * weight[target[n]] for log-probabilities x (N, C); ignored rows count 0 and
    are left out of the mean's denominator (the sum of the picked weights)."""
    index, w = _nll_picks(x.shape, target, weight, ignore_index, x.dtype)
    picked = x[np.arange(x.shape[0]), index]  # a fresh array: negated in place
    loss = np.negative(picked, out=picked) if w is None else np.negative(np.multiply(picked, w, out=picked), out=picked)
    if reduction == 0:
        return loss
    total = np.add.reduce(loss)
    if reduction == 2:
        return total
    count = x.shape[0] if w is None else np.add.reduce(w)
    if count == 0:  # an empty batch, or every row ignored: nan, as torch
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.true_divide(total, count, dtype=x.dtype)
    return np.true_divide(total, count, dtype=x.dtype)


def nll_loss_grad_pattern(shape, target, weight, reduction, ignore_index, dtype):
    """d nll_loss / d x per unit of the loss's gradient: (N, C), nonzero only at each row's target."""
    index, w = _nll_picks(shape, target, weight, ignore_index, dtype, check=False)  # the forward checked
    n = shape[0]
    pattern = np.zeros(shape, dtype)
    if n == 0:
        return pattern
    rows = np.arange(n)
    if w is None:
        pattern[rows, index] = -1.0 / n if reduction == 1 else -1.0
    else:  # ignored rows get no gradient (not -0.0, not nan)
        scale = np.negative(w, dtype=dtype)
        total = np.add.reduce(w)
        if reduction == 1 and total != 0:  # every row ignored: the pattern stays all zeros
            scale /= total
        keep = w != 0
        pattern[rows[keep], index[keep]] = scale[keep]
    return pattern


# Convolution, pooling and embedding. Windows are strided views (im2col through as_strided, no
# copies until the matmul); no Python loop runs over pixels, only over spatial dims or kernel offsets.


def _nn_nd_tuple(value, nd: int, name: str) -> tuple[int, ...]:
    """An int[] argument of a `nd`-d op: one value is repeated, otherwise exactly nd values."""
    value = (value,) if isinstance(value, (int, np.integer)) else tuple(value)
    if len(value) == 1:
        value = value * nd
    if len(value) != nd:
        raise RuntimeError(f"expected {name} to be a single integer value or a list of {nd} values to match the "
                           f"convolution dimensions, but got {name}={list(value)}")
    return tuple(int(v) for v in value)


def _nn_windows(x, kernel, stride, dilation, out_size):
    """The view x[..., o*stride + k*dilation] of shape (*lead, *out_size, *kernel) over the last nd dims."""
    nd = len(kernel)
    lead = x.shape[:x.ndim - nd]
    sp = x.strides[x.ndim - nd:]
    shape = lead + tuple(out_size) + tuple(kernel)
    strides = (x.strides[:x.ndim - nd] + tuple(s * st for s, st in zip(sp, stride))
               + tuple(s * d for s, d in zip(sp, dilation)))
    return np.lib.stride_tricks.as_strided(x, shape, strides, writeable=False)


def _nn_pad_spatial(x, padding, value=0):
    nd = len(padding)
    if not any(padding):
        return x
    return np.pad(x, [(0, 0)] * (x.ndim - nd) + [(p, p) for p in padding], constant_values=value)


def _nn_check_conv_dtypes(*arrays):
    dtypes = {a.dtype for a in arrays if a is not None}
    if len(dtypes) > 1:
        names = sorted(torch_name(d) for d in dtypes)
        raise RuntimeError(f"expected all convolution arguments to have the same dtype, but got {' and '.join(names)}")


def _nn_conv_nd(x, w, stride, padding, dilation, groups):
    """Cross-correlation of x (N, C, *S) with w (F, C/groups, *K) (symmetric zero padding), by im2col + matmul."""
    nd = w.ndim - 2
    n, c = x.shape[:2]
    f, cg = w.shape[:2]
    k = w.shape[2:]
    x = _nn_pad_spatial(x, padding)
    size = x.shape[2:]
    out = tuple((size[i] - dilation[i] * (k[i] - 1) - 1) // stride[i] + 1 for i in range(nd))
    if any(size[i] < dilation[i] * (k[i] - 1) + 1 for i in range(nd)):
        raise RuntimeError(f"Calculated padded input size per channel: ({' x '.join(map(str, size))}). Kernel size: "
                           f"({' x '.join(str(dilation[i] * (k[i] - 1) + 1) for i in range(nd))}). Kernel size can't "
                           "be greater than actual input size")
    g, fg = groups, f // groups
    positions = int(np.prod(out)) if nd else 1
    taps = cg * int(np.prod(k))
    win = _nn_windows(x, k, stride, dilation, out).reshape((n, g, cg) + out + k)
    # (g, N, *out, C/g, *K) -> (g, N*P, C/g*K): the im2col matrix of each group
    perm = (1, 0) + tuple(range(3, 3 + nd)) + (2,) + tuple(range(3 + nd, 3 + 2 * nd))
    cols = win.transpose(perm).reshape(g, n * positions, taps)
    res = np.matmul(cols, w.reshape(g, fg, taps).transpose(0, 2, 1))  # (g, N*P, F/g)
    res = res.reshape((g, n) + out + (fg,))
    perm = (1, 0, nd + 2) + tuple(range(2, 2 + nd))
    return np.ascontiguousarray(res.transpose(perm).reshape((n, f) + out))


def conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups):
    """The adjoint of the convolution x -> conv(x, weight) (the gradient of a convolution with respect to
    its input, and the transposed convolution): `output_grad` (N, F, *out) -> (N, C, *input_size).

    Written as a stride-1 correlation of the zero-stuffed, re-padded `output_grad` with the flipped,
    group-transposed kernel."""
    _nn_check_conv_dtypes(output_grad, weight)
    nd = weight.ndim - 2
    stride, padding, dilation = (_nn_nd_tuple(v, nd, name) for v, name in
                                 ((stride, "stride"), (padding, "padding"), (dilation, "dilation")))
    size = tuple(input_size)[-nd:] if nd else ()
    n, f = output_grad.shape[:2]
    cg, k = weight.shape[1], weight.shape[2:]
    g = groups
    ext = tuple(dilation[i] * (k[i] - 1) for i in range(nd))
    zshape = (n, f) + tuple(size[i] + ext[i] for i in range(nd))
    dtype = np.result_type(output_grad, weight)
    z = np.zeros(zshape, dtype=dtype)
    zi, yi = [slice(None)] * 2, [slice(None)] * 2
    for i in range(nd):  # place output_grad[o] at ext - padding + o*stride, dropping what falls outside
        off, s, lz, lo = ext[i] - padding[i], stride[i], zshape[2 + i], output_grad.shape[2 + i]
        o_lo = max(0, -(off // s))
        o_hi = min(lo, (lz - 1 - off) // s + 1) if lz - 1 - off >= 0 else 0
        if o_hi <= o_lo:
            return np.zeros((n, cg * g) + size, dtype=dtype)
        zi.append(slice(off + o_lo * s, off + (o_hi - 1) * s + 1, s))
        yi.append(slice(o_lo, o_hi))
    z[tuple(zi)] = output_grad[tuple(yi)]
    wt = weight.reshape((g, f // g, cg) + k).swapaxes(1, 2).reshape((g * cg, f // g) + k)
    wt = wt[(Ellipsis,) + (slice(None, None, -1),) * nd]
    return _nn_conv_nd(z, wt, (1,) * nd, (0,) * nd, dilation, g)


def conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups):
    """The gradient of a convolution with respect to its weight: sum over n and output positions of
    output_grad[n, f, o] * input_padded[n, c, o*stride + k*dilation], per group; shape weight_size."""
    _nn_check_conv_dtypes(input, output_grad)
    nd = input.ndim - 2
    stride, padding, dilation = (_nn_nd_tuple(v, nd, name) for v, name in
                                 ((stride, "stride"), (padding, "padding"), (dilation, "dilation")))
    k = tuple(weight_size)[2:]
    n, c = input.shape[:2]
    f = output_grad.shape[1]
    g = groups
    cg, fg = c // g, f // g
    out = output_grad.shape[2:]
    x = _nn_pad_spatial(input, padding)
    if any(x.shape[2 + i] < (out[i] - 1) * stride[i] + dilation[i] * (k[i] - 1) + 1 for i in range(nd)):
        raise RuntimeError("conv_weight_grad: output_grad has more positions than the input allows")
    positions = int(np.prod(out)) if nd else 1
    win = _nn_windows(x, k, stride, dilation, out).reshape((n, g, cg) + out + k)
    perm = (1, 0) + tuple(range(3, 3 + nd)) + (2,) + tuple(range(3 + nd, 3 + 2 * nd))
    cols = win.transpose(perm).reshape(g, n * positions, cg * int(np.prod(k)))
    y = output_grad.reshape(n, g, fg, positions).transpose(1, 2, 0, 3).reshape(g, fg, n * positions)
    return np.matmul(y, cols).reshape((f, cg) + k)


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups):
    """torch.convolution: N-d cross-correlation of a batched input, or its transpose (`transposed`)."""
    _nn_check_conv_dtypes(input, weight, bias)
    nd = weight.ndim - 2
    if nd < 1:
        raise RuntimeError(f"weight should have at least three dimensions, got weight of size {list(weight.shape)}")
    if input.ndim != nd + 2:
        raise RuntimeError(f"Expected {nd + 2}-dimensional input for {nd + 2}-dimensional weight "
                           f"{list(weight.shape)}, but got {input.ndim}-dimensional input of size "
                           f"{list(input.shape)} instead")
    stride, padding, dilation, output_padding = (
        _nn_nd_tuple(v, nd, name) for v, name in ((stride, "stride"), (padding, "padding"), (dilation, "dilation"),
                                               (output_padding, "output_padding")))
    if groups < 1:
        raise RuntimeError("non-positive groups is not supported")
    if any(s < 1 for s in stride):
        raise RuntimeError("non-positive stride is not supported")
    if any(p < 0 for p in padding):
        raise RuntimeError("negative padding is not supported")
    if any(d < 1 for d in dilation):
        raise RuntimeError("dilation should be greater than zero")
    channels = input.shape[1]
    if weight.shape[0] % groups:
        raise RuntimeError(f"Given groups={groups}, expected weight to be divisible by {groups} at dimension 0, "
                           f"but got weight of size {list(weight.shape)} instead")
    if not transposed:
        if channels != weight.shape[1] * groups:
            raise RuntimeError(f"Given groups={groups}, weight of size {list(weight.shape)}, expected "
                               f"input{list(input.shape)} to have {weight.shape[1] * groups} channels, but got "
                               f"{channels} channels instead")
        out = _nn_conv_nd(input, weight, stride, padding, dilation, groups)
    else:
        if channels != weight.shape[0]:
            raise RuntimeError(f"Given transposed=1, weight of size {list(weight.shape)}, expected "
                               f"input{list(input.shape)} to have {weight.shape[0]} channels, but got {channels} "
                               "channels instead")
        if any(op >= s and op >= d for op, s, d in zip(output_padding, stride, dilation)):
            raise RuntimeError("output padding must be smaller than either stride or dilation, but got "
                               f"output_padding={list(output_padding)}, stride={list(stride)}, "
                               f"dilation={list(dilation)}")
        size = tuple((input.shape[2 + i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (weight.shape[2 + i] - 1)
                     + output_padding[i] + 1 for i in range(nd))
        out = conv_transpose_input(input, weight, size, stride, padding, dilation, groups)
    if bias is not None:
        if bias.shape != (out.shape[1],):
            raise RuntimeError(f"Given weight of size {list(weight.shape)}, expected bias to be 1-dimensional with "
                               f"{out.shape[1]} elements, but got bias of size {list(bias.shape)} instead")
        out = out + bias.reshape((1, -1) + (1,) * nd)
    return out


def _nn_pool_out_size(size, k, s, p, d, ceil_mode):
    """torch's pooling_output_shape: the window count along one dim."""
    out = (size + 2 * p - d * (k - 1) - 1 + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1
    return out


def _nn_pool_args(x, kernel_size, stride, padding, dilation, ceil_mode, name):
    if x.ndim not in (3, 4):
        raise RuntimeError(f"non-empty 3D or 4D (batch mode) tensor expected for input to {name}, but got "
                           f"input of size {list(x.shape)}")
    k = _nn_pool_tuple(kernel_size, "kernel_size", name)
    s = _nn_pool_tuple(stride, "stride", name) if len(tuple(stride)) else k
    p = _nn_pool_tuple(padding, "padding", name)
    d = _nn_pool_tuple(dilation, "dilation", name)
    if any(v <= 0 for v in k):
        raise RuntimeError(f"kernel size should be greater than zero, but got kH: {k[0]} kW: {k[1]}")
    if any(v <= 0 for v in s):
        raise RuntimeError(f"stride should be greater than zero, but got dH: {s[0]} dW: {s[1]}")
    if any(v <= 0 for v in d):
        raise RuntimeError(f"dilation should be greater than zero, but got dilationH: {d[0]} dilationW: {d[1]}")
    for i in range(2):
        if not k[i] // 2 >= p[i]:
            raise RuntimeError(f"pad should be at most half of effective kernel size, but got pad={p[i]}, "
                               f"kernel_size={k[i]} and dilation={d[i]}")
    size = x.shape[-2:]
    out = tuple(_nn_pool_out_size(size[i], k[i], s[i], p[i], d[i], ceil_mode) for i in range(2))
    if min(out) < 1:
        raise RuntimeError(f"Given input size: ({'x'.join(map(str, x.shape[-3:]))}). Calculated output size: "
                           f"({x.shape[-3]}x{out[0]}x{out[1]}). Output size is too small")
    return k, s, p, d, out


def _nn_pool_tuple(value, name, op):
    value = (value,) if isinstance(value, (int, np.integer)) else tuple(value)
    if len(value) == 1:
        value = value * 2
    if len(value) != 2:
        raise RuntimeError(f"{op}: {name} must either be a single int, or a tuple of two ints")
    return tuple(int(v) for v in value)


def _nn_pool_padded(x, k, s, p, d, out, value):
    """x padded by p on the left and enough on the right for every (ceil_mode) window, filled with value."""
    pads = []
    for i in range(2):
        need = (out[i] - 1) * s[i] + d[i] * (k[i] - 1) + 1
        pads.append((p[i], max(0, need - x.shape[-2 + i] - p[i])))
    if not any(a or b for a, b in pads):
        return x
    return np.pad(x, [(0, 0)] * (x.ndim - 2) + pads, constant_values=value)


def max_pool2d_with_indices(x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    """Max over each window and the flat index (h * W + w) of the first maximum in the window's
    row-major scan (torch's choice at ties; a NaN counts as the maximum)."""
    k, s, p, d, out = _nn_pool_args(x, kernel_size, stride, padding, dilation, ceil_mode, "max_pool2d")
    height, width = x.shape[-2:]
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    win = _nn_windows(_nn_pool_padded(x, k, s, p, d, out, fill), k, s, d, out)
    flat = win.reshape(win.shape[:-2] + (k[0] * k[1],))
    arg = np.argmax(flat, axis=-1)
    values = np.take_along_axis(flat, arg[..., None], axis=-1)[..., 0]
    rows = np.arange(out[0])[:, None] * s[0] - p[0] + (arg // k[1]) * d[0]
    cols = np.arange(out[1])[None, :] * s[1] - p[1] + (arg % k[1]) * d[1]
    return values, (rows * width + cols).astype(np.int64)


def max_pool2d_with_indices_backward(output_grad, input_shape, indices):
    """Scatter-add output_grad (*lead, Ho, Wo) at the flat spatial `indices` into zeros of input_shape."""
    lead = tuple(input_shape[:-2])
    plane = int(input_shape[-2]) * int(input_shape[-1])
    count = int(np.prod(lead)) if lead else 1
    offsets = (np.arange(count) * plane).reshape(lead + (1, 1))
    flat = (indices + offsets).reshape(-1)
    out = np.bincount(flat, weights=output_grad.reshape(-1).astype(np.float64), minlength=count * plane)
    return out.astype(output_grad.dtype).reshape(tuple(input_shape))


def _nn_avg_divisors(size, k, s, p, out):
    """Per-dim window lengths: torch counts the zero padding (not the ceil_mode overhang) in `include`,
    only input elements in `exclude`."""
    start = np.arange(out) * s - p
    end = np.minimum(start + k, size + p)
    include = end - start
    exclude = np.minimum(end, size) - np.maximum(start, 0)
    return include, exclude


def _nn_avg_divisor(x_shape, k, s, p, out, count_include_pad, divisor_override, dtype):
    if divisor_override is not None:
        if divisor_override == 0:
            raise RuntimeError("divisor must be not zero")
        return np.asarray(divisor_override, dtype=dtype)
    (inc_h, exc_h), (inc_w, exc_w) = (_nn_avg_divisors(x_shape[-2 + i], k[i], s[i], p[i], out[i]) for i in range(2))
    if count_include_pad:
        return np.outer(inc_h, inc_w).astype(dtype)
    return np.outer(exc_h, exc_w).astype(dtype)


def avg_pool2d(x, kernel_size, stride=(), padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None):
    k, s, p, d, out = _nn_pool_args(x, kernel_size, stride, padding, 1, ceil_mode, "avg_pool2d")
    win = _nn_windows(_nn_pool_padded(x, k, s, p, d, out, 0), k, s, d, out)
    total = win.sum(axis=(-2, -1))
    return (total / _nn_avg_divisor(x.shape, k, s, p, out, count_include_pad, divisor_override, x.dtype)).astype(x.dtype)


def avg_pool2d_backward(output_grad, input, kernel_size, stride, padding, ceil_mode, count_include_pad,
                        divisor_override):
    """The adjoint of avg_pool2d: each output gradient, divided by its window's divisor, is added to every
    input element of the window (a loop over the kh*kw kernel offsets, each a strided slice add)."""
    k, s, p, d, out = _nn_pool_args(input, kernel_size, stride, padding, 1, ceil_mode, "avg_pool2d")
    expected = input.shape[:-2] + out
    if output_grad.shape != expected:
        raise RuntimeError(f"avg_pool2d_backward: expected output_grad of size {list(expected)}, but got "
                           f"{list(output_grad.shape)}")
    g = output_grad / _nn_avg_divisor(input.shape, k, s, p, out, count_include_pad, divisor_override,
                                   output_grad.dtype)
    height, width = input.shape[-2:]
    padded = np.zeros(input.shape[:-2] + tuple(max(input.shape[-2 + i] + p[i], (out[i] - 1) * s[i] + k[i])
                                               for i in range(2)), dtype=output_grad.dtype)
    for i in range(k[0]):
        for j in range(k[1]):
            padded[..., i:i + (out[0] - 1) * s[0] + 1:s[0], j:j + (out[1] - 1) * s[1] + 1:s[1]] += g
    return np.ascontiguousarray(padded[..., p[0]:p[0] + height, p[1]:p[1] + width])


def embedding(weight, indices, sparse=False):
    if sparse:
        raise NotImplementedError("embedding: sparse gradients are not supported (sparse=True)")
    if indices.dtype.kind not in "iu":
        kind = {"f": "Float", "b": "Bool"}.get(indices.dtype.kind, indices.dtype.name)
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           f"Long, Int; but got {kind}Tensor instead (while checking arguments for embedding)")
    if weight.ndim != 2:
        raise RuntimeError("'weight' must be 2-D")
    if indices.size and (indices.min() < 0 or indices.max() >= weight.shape[0]):
        raise IndexError("index out of range in self")
    return np.take(weight, indices, axis=0)


def embedding_row_scale(indices, num_weights, padding_idx, scale_grad_by_freq):
    """Per index, the factor its gradient row is scaled by: 0 at padding_idx, 1/count with
    scale_grad_by_freq, else 1. None when every factor is 1."""
    if padding_idx < 0 and not scale_grad_by_freq:
        return None
    scale = np.ones(indices.shape, dtype=np.float64)
    if scale_grad_by_freq:
        counts = np.bincount(indices.reshape(-1), minlength=num_weights)
        scale = scale / counts[indices]
    if padding_idx >= 0:
        scale = np.where(indices == padding_idx, 0.0, scale)
    return scale


def embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq):
    """Scatter-add the rows of output_grad (*indices.shape, D) into a (num_weights, D) gradient."""
    dim = output_grad.shape[-1]
    rows = output_grad.reshape(-1, dim)
    scale = embedding_row_scale(indices, num_weights, padding_idx, scale_grad_by_freq)
    if scale is not None:
        rows = rows * scale.reshape(-1, 1).astype(output_grad.dtype)
    out = np.zeros((num_weights, dim), dtype=output_grad.dtype)
    np.add.at(out, indices.reshape(-1), rows)
    return out
