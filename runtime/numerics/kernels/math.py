"""Elementwise math beyond a single NumPy call: torch's dtype promotion for binary ops, division
rounding, where, special functions, clamping and the fused arithmetic ops."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.dtypes import torch_name
from yamlgrad.numerics.kernels.special import _LAZY_SPECIAL

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


_BITS = {2: np.uint16, 4: np.uint32, 8: np.uint64}


def _is_weak_plus_zero(value) -> bool:
    return value.__class__ in (float, int) and value == 0 and str(value)[0] != "-"


# Below this many elements np.where is faster than masking the bits (its per-call cost is lower).
_MASK_MIN_SIZE = 2048


def where(condition, x, y):
    """np.where. Selecting between a large float array and a Python zero (the backward of relu, where,
    hardtanh, ...) is done by masking the bits, exactly as np.where would, and several times faster:
    NumPy's where does not vectorize."""
    if condition.__class__ is np.ndarray and condition.dtype == bool and condition.size >= _MASK_MIN_SIZE:
        if _is_weak_plus_zero(y) and x.__class__ is np.ndarray and x.dtype.kind == "f" and x.dtype.itemsize in _BITS:
            bits = _BITS[x.dtype.itemsize]
            mask = np.negative(condition, dtype=bits)  # True -> all ones, False -> 0
            return np.bitwise_and(x.view(bits), mask).view(x.dtype)
        if _is_weak_plus_zero(x) and y.__class__ is np.ndarray and y.dtype.kind == "f" and y.dtype.itemsize in _BITS:
            bits = _BITS[y.dtype.itemsize]
            mask = np.subtract(condition, 1, dtype=bits)  # True -> 0, False -> all ones
            return np.bitwise_and(y.view(bits), mask).view(y.dtype)
    return np.where(condition, x, y)


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


def _floating(x, name):
    """Activations other than hardtanh are defined for floating dtypes only (torch raises for ints)."""
    dtype = np.result_type(x)
    if dtype.kind != "f":
        raise RuntimeError(f'"{name}" not implemented for \'{torch_name(dtype)}\'')
    return x


def _same_dtype(out, x):
    dtype = np.result_type(x)
    return out.astype(dtype, copy=False) if np.result_type(out) != dtype else out
