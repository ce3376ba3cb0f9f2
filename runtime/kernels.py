"""Forward code too long for one YAML line. Every public function here may be named in a
registry `forward:` as `kernels.<name>`; codegen reads this file's function names with `ast`.

Kernels take and return arrays (and Python values). They use NumPy functions rather than
constructors so that other array types can flow through NumPy's dispatch protocols.
"""
from __future__ import annotations

import numpy as np


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
    dims = tuple(sorted({d % ndim if ndim else 0 for d in dim})) if len(dim) else tuple(range(ndim))
    for d, orig in zip(dims, dim):
        if ndim and not -ndim <= orig < ndim:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got {orig})")
    return dims


def _axis(x, dim):
    if dim is None:
        return None
    if x.ndim == 0:
        return None
    return dims_tuple(dim, x.ndim)


def sum(x, dim=None, keepdim=False):
    return np.sum(x, axis=_axis(x, dim), keepdims=keepdim)


def mean(x, dim=None, keepdim=False):
    return np.mean(x, axis=_axis(x, dim), keepdims=keepdim)


def amax(x, dim=(), keepdim=False):
    if x.size == 0:
        raise RuntimeError("amax(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amax(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def amin(x, dim=(), keepdim=False):
    if x.size == 0:
        raise RuntimeError("amin(): Expected reduction dim to be specified for input.numel() == 0.")
    return np.amin(x, axis=_axis(x, dim if dim is not None else ()), keepdims=keepdim)


def max_dim(x, dim, keepdim=False):
    indices = np.argmax(x, axis=dim, keepdims=True)
    values = np.take_along_axis(x, indices, axis=dim)
    if not keepdim:
        values, indices = np.squeeze(values, axis=dim), np.squeeze(indices, axis=dim)
    return values, indices.astype(np.int64)


def min_dim(x, dim, keepdim=False):
    indices = np.argmin(x, axis=dim, keepdims=True)
    values = np.take_along_axis(x, indices, axis=dim)
    if not keepdim:
        values, indices = np.squeeze(values, axis=dim), np.squeeze(indices, axis=dim)
    return values, indices.astype(np.int64)


def softmax(x, dim):
    if x.ndim == 0:
        return np.ones_like(x)
    shifted = x - np.amax(x, axis=dim, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=dim, keepdims=True)


def log_softmax(x, dim):
    if x.ndim == 0:
        return np.zeros_like(x)
    shifted = x - np.amax(x, axis=dim, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=dim, keepdims=True))


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
    return np.broadcast_to(x, target)


def sum_to_shape(x, shape):
    """Sum a broadcast result back to `shape`; None if `shape` could not have broadcast to x.shape."""
    shape = tuple(shape)
    if x.shape == shape:
        return x
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
    out = np.sum(x, axis=tuple(axes), keepdims=True) if axes else x
    return out.reshape(shape) if lead else out


def sum_to_size(x, size):
    out = sum_to_shape(x, size)
    if out is None:
        raise RuntimeError(f"size {list(size)} is not expandable to size {list(x.shape)}")
    return out


def clamp(x, min=None, max=None):
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if min is not None:
        x = np.maximum(x, min)
    if max is not None:
        x = np.minimum(x, max)
    return x


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
    return x if x.dtype == dtype else x.astype(dtype)


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
    elif sum(sizes) != n:
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
    return np.stack(tensors, axis=dim)


def einsum(equation, tensors):
    return np.einsum(equation, *tensors)


def cat(tensors, dim=0):
    if not tensors:
        raise RuntimeError("torch.cat(): expected a non-empty list of Tensors")
    return np.concatenate(tensors, axis=dim)


# ==== group: math ====


# ==== group: activations ====
from scipy import special as _special  # noqa: E402

_TORCH_TYPE_NAMES = {"int8": "Char", "int16": "Short", "int32": "Int", "int64": "Long", "uint8": "Byte", "bool": "Bool"}


def _floating(x, name):
    """Activations other than hardtanh are defined for floating dtypes only (torch raises for ints)."""
    dtype = np.result_type(x)
    if dtype.kind != "f":
        raise RuntimeError(f'"{name}" not implemented for \'{_TORCH_TYPE_NAMES.get(dtype.name, dtype.name)}\'')
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
                           f"Got {_torch_dtype_name(x.dtype)}")


def _torch_dtype_name(dtype) -> str:
    return {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool",
            "float16": "Half", "float32": "Float", "float64": "Double"}.get(dtype.name, dtype.name)


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
    np.add.at(out, tuple(grid), src.reshape(sshape)[tuple(slice(0, n) for n in ishape)])
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
        raise RuntimeError(f"INDICES element is out of DATA bounds, id={bad[0]} axis_dim={n}")
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
