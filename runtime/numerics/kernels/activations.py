"""Activation functions and softmax, with torch's dtype checks and numerically stable forms."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.kernels.math import _floating, _same_dtype
from yamlgrad.numerics.kernels.special import _LAZY_SPECIAL


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


def sigmoid(x):
    # exp(-logaddexp(0, -x)) == 1 / (1 + exp(-x)) without overflow warnings for large |x|
    return np.exp(-np.logaddexp(0, -x))


_special = _LAZY_SPECIAL


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
