# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Forward wrappers: unwrap Tensors, run the array forward, and record a node when needed.

This module is also the namespace `F` of the recorded backward (create_graph=True): formulas call
`F.<op>` and get these differentiable wrappers, so gradients of gradients come for free.
"""
import collections

import numpy as np

from yamlgrad.core.lazy import Deferred
from . import raw
from yamlgrad.core.grad_mode import state as grad_mode
from yamlgrad.core.inplace import mark_view, write_out
from yamlgrad.core.node import edge, meta_of
from yamlgrad.core.tangents import FORWARD_AD, no_forward_formula, record
from yamlgrad.core.saved import save, save_result, unpack_tensor as unpack, unpack_result_tensor as unpack_result
from yamlgrad.core.saved import unpack_list_tensor as unpack_list, unpack_list_result_tensor as unpack_list_result
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import as_dtype, default_float, float16, float64, is_float_dtype

records_graph = True
# Backward nodes, forward-mode formulas and the kernels load on first use (see yamlgrad/lazy.py).
functions = Deferred(__package__ + ".functions", globals(), "functions")
jvp = Deferred(__package__ + ".jvp", globals(), "jvp")
kernels = Deferred("yamlgrad.numerics.kernels", globals(), "kernels")

__all__ = [
    "add",
    "sub",
    "mul",
    "div",
    "floor_divide",
    "neg",
    "pow",
    "exp",
    "log",
    "log1p",
    "sqrt",
    "sin",
    "cos",
    "tanh",
    "sigmoid",
    "relu",
    "abs",
    "sign",
    "round",
    "clamp",
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "copysign",
    "exp2",
    "expm1",
    "log2",
    "log10",
    "rsqrt",
    "square",
    "reciprocal",
    "tan",
    "asin",
    "acos",
    "atan",
    "sinh",
    "cosh",
    "asinh",
    "acosh",
    "atanh",
    "logit",
    "erf",
    "erfc",
    "erfinv",
    "lgamma",
    "digamma",
    "polygamma",
    "sinc",
    "floor",
    "ceil",
    "trunc",
    "frac",
    "isfinite",
    "isnan",
    "isinf",
    "isposinf",
    "isneginf",
    "signbit",
    "nan_to_num",
    "atan2",
    "hypot",
    "fmod",
    "remainder",
    "xlogy",
    "logaddexp",
    "lerp",
    "addcmul",
    "addcdiv",
    "clip",
    "softmax",
    "log_softmax",
    "selu",
    "celu",
    "amax",
    "amin",
    "aminmax",
    "prod",
    "var",
    "std",
    "linalg_vector_norm",
    "logsumexp",
    "cumsum",
    "cumprod",
    "argmax",
    "argmin",
    "all",
    "count_nonzero",
    "argsort",
    "nansum",
    "sort",
    "topk",
    "dot",
    "addmm",
    "mm",
    "mv",
    "bmm",
    "outer",
    "trace",
    "diag",
    "diagonal",
    "diagonal_backward",
    "tril",
    "triu",
    "det",
    "t",
    "transpose",
    "permute",
    "unsqueeze",
    "squeeze",
    "sum_to_size",
    "movedim",
    "moveaxis",
    "swapaxes",
    "swapdims",
    "broadcast_to",
    "tile",
    "flip",
    "roll",
    "narrow",
    "select",
    "gather",
    "index_select",
    "scatter_add",
    "masked_fill",
    "constant_pad_nd",
    "cat",
    "stack",
    "chunk",
    "unbind",
    "getitem",
    "index_put",
    "index_backward",
    "clone",
    "nextafter",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "bitwise_and",
    "bitwise_or",
    "bitwise_not",
    "positive",
    "bitwise_xor",
    "logical_and",
    "logical_or",
    "logical_xor",
    "logical_not",
    "convolution",
    "embedding",
]


def add(input, other, *, alpha=1, out=None):
    """add(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor  [derivatives.yaml, entry add]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.add(input_a, other_a) if alpha == 1 else np.add(input_a, np.multiply(other_a, alpha))
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.alpha = alpha
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.add, (input, other), result, (input_a, other_a, alpha))
    return result if out is None else write_out("add", result, out)


def sub(input, other, *, alpha=1, out=None):
    """sub(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor  [derivatives.yaml, entry sub]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.subtract(input_a, other_a) if alpha == 1 else np.subtract(input_a, np.multiply(other_a, alpha))
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SubBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.alpha = alpha
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sub, (input, other), result, (input_a, other_a, alpha))
    return result if out is None else write_out("sub", result, out)


def mul(input, other, *, out=None):
    """mul(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry mul]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.multiply(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MulBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(input)
        if input_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mul, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("mul", result, out)


def div(input, other, *, rounding_mode=None, out=None):
    """div(Tensor self, Tensor other, *, str? rounding_mode=None) -> Tensor  [derivatives.yaml, entry div]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.true_divide(input_a, other_a) if rounding_mode is None else kernels.div_rounding(input_a, other_a, rounding_mode)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DivBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(input)
        node.other = save(other)
        node.rounding_mode = rounding_mode
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.div, (input, other), result, (input_a, other_a, rounding_mode))
    return result if out is None else write_out("div", result, out)


def floor_divide(input, other, *, out=None):
    """floor_divide(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry floor_divide]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.div_rounding(input_a, other_a, 'floor')
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FloorDivideBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.floor_divide, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("floor_divide", result, out)


def neg(input, *, out=None):
    """neg(Tensor self) -> Tensor  [derivatives.yaml, entry neg]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.negative(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NegBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.neg, (input,), result, (input_a,))
    return result if out is None else write_out("neg", result, out)


def pow(input, exponent, *, out=None):
    """pow(Tensor self, Tensor exponent) -> Tensor  [derivatives.yaml, entry pow]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    exponent_a, exponent_rg = (exponent._data, exponent._requires_grad) if isinstance(exponent, Tensor) else (exponent, False)
    try:
        out_a = np.power(input_a, exponent_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, exponent_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, exponent_a)
    if (input_rg or exponent_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PowBackward0()
        node._next = (edge(input) if input_rg else None, edge(exponent) if exponent_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.exponent = save(exponent)
        if exponent_rg:
            node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.pow, (input, exponent), result, (input_a, exponent_a))
    return result if out is None else write_out("pow", result, out)


def exp(input, *, out=None):
    """exp(Tensor self) -> Tensor  [derivatives.yaml, entry exp]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.exp(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ExpBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.exp, (input,), result, (input_a,))
    return result if out is None else write_out("exp", result, out)


def log(input, *, out=None):
    """log(Tensor self) -> Tensor  [derivatives.yaml, entry log]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.log(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.log, (input,), result, (input_a,))
    return result if out is None else write_out("log", result, out)


def log1p(input, *, out=None):
    """log1p(Tensor self) -> Tensor  [derivatives.yaml, entry log1p]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.log1p(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Log1PBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.log1p, (input,), result, (input_a,))
    return result if out is None else write_out("log1p", result, out)


def sqrt(input, *, out=None):
    """sqrt(Tensor self) -> Tensor  [derivatives.yaml, entry sqrt]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.sqrt(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SqrtBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sqrt, (input,), result, (input_a,))
    return result if out is None else write_out("sqrt", result, out)


def sin(input, *, out=None):
    """sin(Tensor self) -> Tensor  [derivatives.yaml, entry sin]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.sin(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SinBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sin, (input,), result, (input_a,))
    return result if out is None else write_out("sin", result, out)


def cos(input, *, out=None):
    """cos(Tensor self) -> Tensor  [derivatives.yaml, entry cos]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.cos(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CosBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.cos, (input,), result, (input_a,))
    return result if out is None else write_out("cos", result, out)


def tanh(input, *, out=None):
    """tanh(Tensor self) -> Tensor  [derivatives.yaml, entry tanh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.tanh(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TanhBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.tanh, (input,), result, (input_a,))
    return result if out is None else write_out("tanh", result, out)


def sigmoid(input, *, out=None):
    """sigmoid(Tensor self) -> Tensor  [derivatives.yaml, entry sigmoid]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.sigmoid(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SigmoidBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sigmoid, (input,), result, (input_a,))
    return result if out is None else write_out("sigmoid", result, out)


def relu(input, *, out=None):
    """relu(Tensor self) -> Tensor  [derivatives.yaml, entry relu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.maximum(input_a, 0)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.relu, (input,), result, (input_a,))
    return result if out is None else write_out("relu", result, out)


def abs(input, *, out=None):
    """abs(Tensor self) -> Tensor  [derivatives.yaml, entry abs]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.abs(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AbsBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.abs, (input,), result, (input_a,))
    return result if out is None else write_out("abs", result, out)


def sign(input, *, out=None):
    """sign(Tensor self) -> Tensor  [derivatives.yaml, entry sign]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.sign(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SignBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sign, (input,), result, (input_a,))
    return result if out is None else write_out("sign", result, out)


def round(input, *, decimals=0, out=None):
    """round(Tensor self, *, int decimals=0) -> Tensor  [derivatives.yaml, entry round]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.round(input_a, decimals)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RoundBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.round, (input,), result, (input_a, decimals))
    return result if out is None else write_out("round", result, out)


def clamp(input, min=None, max=None, *, out=None):
    """clamp(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor  [derivatives.yaml, entry clamp]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    min_a, min_rg = (min._data, min._requires_grad) if isinstance(min, Tensor) else (min, False)
    max_a, max_rg = (max._data, max._requires_grad) if isinstance(max, Tensor) else (max, False)
    try:
        out_a = kernels.clamp_tensor(input_a, min_a, max_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, min_a, max_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, min_a, max_a)
    if (input_rg or min_rg or max_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ClampBackward0()
        node._next = (edge(input) if input_rg else None, edge(min) if min_rg else None, edge(max) if max_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.min = save(min)
        node.max = save(max)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.clamp, (input, min, max), result, (input_a, min_a, max_a))
    return result if out is None else write_out("clamp", result, out)


def maximum(input, other, *, out=None):
    """maximum(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry maximum]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.maximum(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaximumBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.maximum, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("maximum", result, out)


def minimum(input, other, *, out=None):
    """minimum(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry minimum]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.minimum(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MinimumBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.minimum, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("minimum", result, out)


def fmax(input, other, *, out=None):
    """fmax(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry fmax]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.fmax(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FmaxBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.fmax, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("fmax", result, out)


def fmin(input, other, *, out=None):
    """fmin(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry fmin]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.fmin(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FminBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.fmin, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("fmin", result, out)


def copysign(input, other, *, out=None):
    """copysign(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry copysign]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.copysign(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CopysignBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.self = save(input)
        if input_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.copysign, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("copysign", result, out)


def exp2(input, *, out=None):
    """exp2(Tensor self) -> Tensor  [derivatives.yaml, entry exp2]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.exp2(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Exp2Backward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.exp2, (input,), result, (input_a,))
    return result if out is None else write_out("exp2", result, out)


def expm1(input, *, out=None):
    """expm1(Tensor self) -> Tensor  [derivatives.yaml, entry expm1]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.expm1(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Expm1Backward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.expm1, (input,), result, (input_a,))
    return result if out is None else write_out("expm1", result, out)


def log2(input, *, out=None):
    """log2(Tensor self) -> Tensor  [derivatives.yaml, entry log2]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.log2(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Log2Backward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.log2, (input,), result, (input_a,))
    return result if out is None else write_out("log2", result, out)


def log10(input, *, out=None):
    """log10(Tensor self) -> Tensor  [derivatives.yaml, entry log10]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.log10(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Log10Backward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.log10, (input,), result, (input_a,))
    return result if out is None else write_out("log10", result, out)


def rsqrt(input, *, out=None):
    """rsqrt(Tensor self) -> Tensor  [derivatives.yaml, entry rsqrt]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.rsqrt(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RsqrtBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.rsqrt, (input,), result, (input_a,))
    return result if out is None else write_out("rsqrt", result, out)


def square(input, *, out=None):
    """square(Tensor self) -> Tensor  [derivatives.yaml, entry square]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.square(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SquareBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.square, (input,), result, (input_a,))
    return result if out is None else write_out("square", result, out)


def reciprocal(input, *, out=None):
    """reciprocal(Tensor self) -> Tensor  [derivatives.yaml, entry reciprocal]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.reciprocal(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReciprocalBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.reciprocal, (input,), result, (input_a,))
    return result if out is None else write_out("reciprocal", result, out)


def tan(input, *, out=None):
    """tan(Tensor self) -> Tensor  [derivatives.yaml, entry tan]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.tan(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TanBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.tan, (input,), result, (input_a,))
    return result if out is None else write_out("tan", result, out)


def asin(input, *, out=None):
    """asin(Tensor self) -> Tensor  [derivatives.yaml, entry asin]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.arcsin(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AsinBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.asin, (input,), result, (input_a,))
    return result if out is None else write_out("asin", result, out)


def acos(input, *, out=None):
    """acos(Tensor self) -> Tensor  [derivatives.yaml, entry acos]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.arccos(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AcosBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.acos, (input,), result, (input_a,))
    return result if out is None else write_out("acos", result, out)


def atan(input, *, out=None):
    """atan(Tensor self) -> Tensor  [derivatives.yaml, entry atan]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.arctan(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AtanBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.atan, (input,), result, (input_a,))
    return result if out is None else write_out("atan", result, out)


def sinh(input, *, out=None):
    """sinh(Tensor self) -> Tensor  [derivatives.yaml, entry sinh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.sinh(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SinhBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sinh, (input,), result, (input_a,))
    return result if out is None else write_out("sinh", result, out)


def cosh(input, *, out=None):
    """cosh(Tensor self) -> Tensor  [derivatives.yaml, entry cosh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.cosh(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CoshBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.cosh, (input,), result, (input_a,))
    return result if out is None else write_out("cosh", result, out)


def asinh(input, *, out=None):
    """asinh(Tensor self) -> Tensor  [derivatives.yaml, entry asinh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.arcsinh(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AsinhBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.asinh, (input,), result, (input_a,))
    return result if out is None else write_out("asinh", result, out)


def acosh(input, *, out=None):
    """acosh(Tensor self) -> Tensor  [derivatives.yaml, entry acosh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.arccosh(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AcoshBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.acosh, (input,), result, (input_a,))
    return result if out is None else write_out("acosh", result, out)


def atanh(input, *, out=None):
    """atanh(Tensor self) -> Tensor  [derivatives.yaml, entry atanh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.arctanh(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AtanhBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.atanh, (input,), result, (input_a,))
    return result if out is None else write_out("atanh", result, out)


def logit(input, eps=None, *, out=None):
    """logit(Tensor self, float? eps=None) -> Tensor  [derivatives.yaml, entry logit]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.logit(input_a, eps)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogitBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.eps = eps
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.logit, (input,), result, (input_a, eps))
    return result if out is None else write_out("logit", result, out)


def erf(input, *, out=None):
    """erf(Tensor self) -> Tensor  [derivatives.yaml, entry erf]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.erf(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ErfBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.erf, (input,), result, (input_a,))
    return result if out is None else write_out("erf", result, out)


def erfc(input, *, out=None):
    """erfc(Tensor self) -> Tensor  [derivatives.yaml, entry erfc]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.erfc(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ErfcBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.erfc, (input,), result, (input_a,))
    return result if out is None else write_out("erfc", result, out)


def erfinv(input, *, out=None):
    """erfinv(Tensor self) -> Tensor  [derivatives.yaml, entry erfinv]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.erfinv(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ErfinvBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.erfinv, (input,), result, (input_a,))
    return result if out is None else write_out("erfinv", result, out)


def lgamma(input, *, out=None):
    """lgamma(Tensor self) -> Tensor  [derivatives.yaml, entry lgamma]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.lgamma(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LgammaBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.lgamma, (input,), result, (input_a,))
    return result if out is None else write_out("lgamma", result, out)


def digamma(input, *, out=None):
    """digamma(Tensor self) -> Tensor  [derivatives.yaml, entry digamma]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.digamma(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DigammaBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.digamma, (input,), result, (input_a,))
    return result if out is None else write_out("digamma", result, out)


def polygamma(n, input, *, out=None):
    """polygamma(int n, Tensor self) -> Tensor  [derivatives.yaml, entry polygamma]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.polygamma(n, input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PolygammaBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.n = n
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.polygamma, (input,), result, (n, input_a))
    return result if out is None else write_out("polygamma", result, out)


def sinc(input, *, out=None):
    """sinc(Tensor self) -> Tensor  [derivatives.yaml, entry sinc]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.sinc(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SincBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sinc, (input,), result, (input_a,))
    return result if out is None else write_out("sinc", result, out)


def floor(input, *, out=None):
    """floor(Tensor self) -> Tensor  [derivatives.yaml, entry floor]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.floor(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FloorBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.floor, (input,), result, (input_a,))
    return result if out is None else write_out("floor", result, out)


def ceil(input, *, out=None):
    """ceil(Tensor self) -> Tensor  [derivatives.yaml, entry ceil]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.ceil(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CeilBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.ceil, (input,), result, (input_a,))
    return result if out is None else write_out("ceil", result, out)


def trunc(input, *, out=None):
    """trunc(Tensor self) -> Tensor  [derivatives.yaml, entry trunc]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.trunc(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TruncBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.trunc, (input,), result, (input_a,))
    return result if out is None else write_out("trunc", result, out)


def frac(input, *, out=None):
    """frac(Tensor self) -> Tensor  [derivatives.yaml, entry frac]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.frac(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FracBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.frac, (input,), result, (input_a,))
    return result if out is None else write_out("frac", result, out)


def isfinite(input, *, out=None):
    """isfinite(Tensor self) -> Tensor  [derivatives.yaml, entry isfinite]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.isfinite(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("isfinite", make(out_a), out)


def isnan(input, *, out=None):
    """isnan(Tensor self) -> Tensor  [derivatives.yaml, entry isnan]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.isnan(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("isnan", make(out_a), out)


def isinf(input, *, out=None):
    """isinf(Tensor self) -> Tensor  [derivatives.yaml, entry isinf]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.isinf(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("isinf", make(out_a), out)


def isposinf(input, *, out=None):
    """isposinf(Tensor self) -> Tensor  [derivatives.yaml, entry isposinf]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.isposinf(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("isposinf", make(out_a), out)


def isneginf(input, *, out=None):
    """isneginf(Tensor self) -> Tensor  [derivatives.yaml, entry isneginf]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.isneginf(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("isneginf", make(out_a), out)


def signbit(input, *, out=None):
    """signbit(Tensor self) -> Tensor  [derivatives.yaml, entry signbit]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.signbit(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("signbit", make(out_a), out)


def nan_to_num(input, nan=None, posinf=None, neginf=None, *, out=None):
    """nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor  [derivatives.yaml, entry nan_to_num]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.nan_to_num(input_a, nan=0.0 if nan is None else nan, posinf=posinf, neginf=neginf)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NanToNumBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.nan_to_num, (input,), result, (input_a, nan, posinf, neginf))
    return result if out is None else write_out("nan_to_num", result, out)


def atan2(input, other, *, out=None):
    """atan2(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry atan2]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.atan2(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Atan2Backward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.atan2, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("atan2", result, out)


def hypot(input, other, *, out=None):
    """hypot(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry hypot]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.hypot(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HypotBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.self = save(input)
        if other_rg:
            node.other = save(other)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.hypot, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("hypot", result, out)


def fmod(input, other, *, out=None):
    """fmod(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry fmod]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.fmod(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FmodBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(input)
        if other_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.fmod, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("fmod", result, out)


def remainder(input, other, *, out=None):
    """remainder(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry remainder]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.remainder(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RemainderBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(input)
        if other_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.remainder, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("remainder", result, out)


def xlogy(input, other, *, out=None):
    """xlogy(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry xlogy]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.xlogy(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.XlogyBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.xlogy, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("xlogy", result, out)


def logaddexp(input, other, *, out=None):
    """logaddexp(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry logaddexp]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.logaddexp(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogaddexpBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.logaddexp, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("logaddexp", result, out)


def lerp(input, end, weight, *, out=None):
    """lerp(Tensor self, Tensor end, Tensor weight) -> Tensor  [derivatives.yaml, entry lerp]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    end_a, end_rg = (end._data, end._requires_grad) if isinstance(end, Tensor) else (end, False)
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    try:
        out_a = kernels.lerp(input_a, end_a, weight_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, end_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, end_a, weight_a)
    if (input_rg or end_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LerpBackward0()
        node._next = (edge(input) if input_rg else None, edge(end) if end_rg else None, edge(weight) if weight_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if weight_rg:
            node.self = save(input)
        if weight_rg:
            node.end = save(end)
        if input_rg or end_rg:
            node.weight = save(weight)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.lerp, (input, end, weight), result, (input_a, end_a, weight_a))
    return result if out is None else write_out("lerp", result, out)


def addcmul(input, tensor1, tensor2, *, value=1, out=None):
    """addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor  [derivatives.yaml, entry addcmul]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    tensor1_a, tensor1_rg = (tensor1._data, tensor1._requires_grad) if isinstance(tensor1, Tensor) else (tensor1, False)
    tensor2_a, tensor2_rg = (tensor2._data, tensor2._requires_grad) if isinstance(tensor2, Tensor) else (tensor2, False)
    try:
        out_a = kernels.addcmul(input_a, tensor1_a, tensor2_a, value)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, tensor1_a, tensor2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, tensor1_a, tensor2_a)
    if (input_rg or tensor1_rg or tensor2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddcmulBackward0()
        node._next = (edge(input) if input_rg else None, edge(tensor1) if tensor1_rg else None, edge(tensor2) if tensor2_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if tensor2_rg:
            node.tensor1 = save(tensor1)
        if tensor1_rg:
            node.tensor2 = save(tensor2)
        if tensor1_rg or tensor2_rg:
            node.value = value
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.addcmul, (input, tensor1, tensor2), result, (input_a, tensor1_a, tensor2_a, value))
    return result if out is None else write_out("addcmul", result, out)


def addcdiv(input, tensor1, tensor2, *, value=1, out=None):
    """addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor  [derivatives.yaml, entry addcdiv]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    tensor1_a, tensor1_rg = (tensor1._data, tensor1._requires_grad) if isinstance(tensor1, Tensor) else (tensor1, False)
    tensor2_a, tensor2_rg = (tensor2._data, tensor2._requires_grad) if isinstance(tensor2, Tensor) else (tensor2, False)
    try:
        out_a = kernels.addcdiv(input_a, tensor1_a, tensor2_a, value)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, tensor1_a, tensor2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, tensor1_a, tensor2_a)
    if (input_rg or tensor1_rg or tensor2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddcdivBackward0()
        node._next = (edge(input) if input_rg else None, edge(tensor1) if tensor1_rg else None, edge(tensor2) if tensor2_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if tensor2_rg:
            node.tensor1 = save(tensor1)
        if tensor1_rg or tensor2_rg:
            node.tensor2 = save(tensor2)
        if tensor1_rg or tensor2_rg:
            node.value = value
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.addcdiv, (input, tensor1, tensor2), result, (input_a, tensor1_a, tensor2_a, value))
    return result if out is None else write_out("addcdiv", result, out)


def clip(input, min=None, max=None, *, out=None):
    """clip(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor  [derivatives.yaml, entry clip]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    min_a, min_rg = (min._data, min._requires_grad) if isinstance(min, Tensor) else (min, False)
    max_a, max_rg = (max._data, max._requires_grad) if isinstance(max, Tensor) else (max, False)
    try:
        out_a = kernels.clamp_tensor(input_a, min_a, max_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, min_a, max_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, min_a, max_a)
    if (input_rg or min_rg or max_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ClipBackward0()
        node._next = (edge(input) if input_rg else None, edge(min) if min_rg else None, edge(max) if max_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.min = save(min)
        node.max = save(max)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.clip, (input, min, max), result, (input_a, min_a, max_a))
    return result if out is None else write_out("clip", result, out)


def softmax(input, dim, dtype=None, *, out=None):
    """softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry softmax]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.softmax(input_a if dtype is None else input_a.astype(dtype), dim)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SoftmaxBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.softmax, (input,), result, (input_a, dim, dtype))
    return result if out is None else write_out("softmax", result, out)


def log_softmax(input, dim, dtype=None, *, out=None):
    """log_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry log_softmax]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.log_softmax(input_a if dtype is None else input_a.astype(dtype), dim)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogSoftmaxBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.log_softmax, (input,), result, (input_a, dim, dtype))
    return result if out is None else write_out("log_softmax", result, out)


def selu(input, *, out=None):
    """selu(Tensor self) -> Tensor  [derivatives.yaml, entry selu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.selu(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SeluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.selu, (input,), result, (input_a,))
    return result if out is None else write_out("selu", result, out)


def celu(input, alpha=1.0, *, out=None):
    """celu(Tensor self, Scalar alpha=1.0) -> Tensor  [derivatives.yaml, entry celu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.celu(input_a, alpha)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CeluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.alpha = alpha
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.celu, (input,), result, (input_a, alpha))
    return result if out is None else write_out("celu", result, out)


def amax(input, dim=[], keepdim=False, *, out=None):
    """amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor  [derivatives.yaml, entry amax]"""
    dim = kernels.int_list(dim)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.amax(input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AmaxBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.amax, (input,), result, (input_a, dim, keepdim))
    return result if out is None else write_out("amax", result, out)


def amin(input, dim=[], keepdim=False, *, out=None):
    """amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor  [derivatives.yaml, entry amin]"""
    dim = kernels.int_list(dim)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.amin(input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AminBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.amin, (input,), result, (input_a, dim, keepdim))
    return result if out is None else write_out("amin", result, out)
AminmaxResult = collections.namedtuple("AminmaxResult", ['min', 'max'])


def aminmax(input, *, dim=None, keepdim=False):
    """aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)  [derivatives.yaml, entry aminmax]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.aminmax(input_a, dim=dim, keepdim=keepdim)
    if input_rg and grad_mode.enabled:
        node = functions.AminmaxBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        min = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        max = make(outs[1], node if is_float_dtype(outs[1].dtype) else None, 1)
        node.self = save(input)
        node.dim = dim
        node.keepdim = keepdim
        node.min = save_result(min)
        node.max = save_result(max)
    else:
        min = make(outs[0])
        max = make(outs[1])
    if FORWARD_AD[0]:
        record(jvp.aminmax, (input,), (min, max), (input_a, dim, keepdim))
    return AminmaxResult(min, max)


def prod(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """prod(Tensor self, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry prod]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.prod(input_a, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ProdBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.prod, (input,), result, (input_a, dim, keepdim, dtype))
    return result if out is None else write_out("prod", result, out)


def var(input, dim=None, unbiased=None, keepdim=False, *, correction=None, out=None):
    """var(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor  [derivatives.yaml, entry var]"""
    dim = None if dim is None else kernels.int_list(dim)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.var(input_a, dim, unbiased, keepdim, correction)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.VarBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.unbiased = unbiased
        node.keepdim = keepdim
        node.correction = correction
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.var, (input,), result, (input_a, dim, unbiased, keepdim, correction))
    return result if out is None else write_out("var", result, out)


def std(input, dim=None, unbiased=None, keepdim=False, *, correction=None, out=None):
    """std(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor  [derivatives.yaml, entry std]"""
    dim = None if dim is None else kernels.int_list(dim)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.std(input_a, dim, unbiased, keepdim, correction)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.StdBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.unbiased = unbiased
        node.keepdim = keepdim
        node.correction = correction
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.std, (input,), result, (input_a, dim, unbiased, keepdim, correction))
    return result if out is None else write_out("std", result, out)


def linalg_vector_norm(input, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    """linalg_vector_norm(Tensor self, Scalar ord=2, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry linalg_vector_norm]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.vector_norm(input_a, ord, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgVectorNormBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.ord = ord
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_vector_norm, (input,), result, (input_a, ord, dim, keepdim, dtype))
    return result if out is None else write_out("linalg_vector_norm", result, out)


def logsumexp(input, dim, keepdim=False, *, out=None):
    """logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor  [derivatives.yaml, entry logsumexp]"""
    dim = kernels.int_list(dim)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.logsumexp(input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogsumexpBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.logsumexp, (input,), result, (input_a, dim, keepdim))
    return result if out is None else write_out("logsumexp", result, out)


def cumsum(input, dim, *, dtype=None, out=None):
    """cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry cumsum]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.cumsum(input_a, dim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CumsumBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.cumsum, (input,), result, (input_a, dim, dtype))
    return result if out is None else write_out("cumsum", result, out)


def cumprod(input, dim, *, dtype=None, out=None):
    """cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry cumprod]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.cumprod(input_a, dim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CumprodBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.cumprod, (input,), result, (input_a, dim, dtype))
    return result if out is None else write_out("cumprod", result, out)


def argmax(input, dim=None, keepdim=False, *, out=None):
    """argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml, entry argmax]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = kernels.argmax(input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("argmax", make(out_a), out)


def argmin(input, dim=None, keepdim=False, *, out=None):
    """argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml, entry argmin]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = kernels.argmin(input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("argmin", make(out_a), out)


def all(input, dim=None, keepdim=False, *, out=None):
    """all(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml, entry all]"""
    dim = None if dim is None else kernels.int_list(dim)
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = kernels.all_any(np.all, input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("all", make(out_a), out)


def count_nonzero(input, dim=None, *, out=None):
    """count_nonzero(Tensor self, int[]? dim=None) -> Tensor  [derivatives.yaml, entry count_nonzero]"""
    dim = None if dim is None else kernels.int_list(dim)
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = kernels.count_nonzero(input_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("count_nonzero", make(out_a), out)


def argsort(input, dim=-1, descending=False, *, stable=False, out=None):
    """argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor  [derivatives.yaml, entry argsort]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = kernels.sort(input_a, dim, descending, stable)[1]
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("argsort", make(out_a), out)


def nansum(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """nansum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry nansum]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.nansum(input_a, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NansumBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.nansum, (input,), result, (input_a, dim, keepdim, dtype))
    return result if out is None else write_out("nansum", result, out)
SortResult = collections.namedtuple("SortResult", ['values', 'indices'])


def sort(input, dim=-1, descending=False, *, stable=False):
    """sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=False) -> (Tensor values, Tensor indices)  [derivatives.yaml, entry sort]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.sort(input_a, dim, descending, stable=stable)
    if input_rg and grad_mode.enabled:
        node = functions.SortBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        record(jvp.sort, (input,), (values, indices), (input_a, dim, descending, stable))
    return SortResult(values, indices)
TopkResult = collections.namedtuple("TopkResult", ['values', 'indices'])


def topk(input, k, dim=-1, largest=True, sorted=True):
    """topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)  [derivatives.yaml, entry topk]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.topk(input_a, k, dim, largest, sorted)
    if input_rg and grad_mode.enabled:
        node = functions.TopkBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        record(jvp.topk, (input,), (values, indices), (input_a, k, dim, largest, sorted))
    return TopkResult(values, indices)


def dot(input, tensor, *, out=None):
    """dot(Tensor self, Tensor tensor) -> Tensor  [derivatives.yaml, entry dot]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    tensor_a, tensor_rg = (tensor._data, tensor._requires_grad) if isinstance(tensor, Tensor) else (tensor, False)
    try:
        out_a = np.dot(input_a, tensor_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, tensor_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, tensor_a)
    if (input_rg or tensor_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DotBackward0()
        node._next = (edge(input) if input_rg else None, edge(tensor) if tensor_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if tensor_rg:
            node.self = save(input)
        if input_rg:
            node.tensor = save(tensor)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.dot, (input, tensor), result, (input_a, tensor_a))
    return result if out is None else write_out("dot", result, out)


def addmm(input, mat1, mat2, *, beta=1, alpha=1, out=None):
    """addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor  [derivatives.yaml, entry addmm]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    mat1_a, mat1_rg = (mat1._data, mat1._requires_grad) if isinstance(mat1, Tensor) else (mat1, False)
    mat2_a, mat2_rg = (mat2._data, mat2._requires_grad) if isinstance(mat2, Tensor) else (mat2, False)
    try:
        out_a = kernels.addmm(input_a, mat1_a, mat2_a, beta, alpha)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, mat1_a, mat2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, mat1_a, mat2_a)
    if (input_rg or mat1_rg or mat2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddmmBackward0()
        node._next = (edge(input) if input_rg else None, edge(mat1) if mat1_rg else None, edge(mat2) if mat2_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if mat2_rg:
            node.mat1 = save(mat1)
        if mat1_rg or mat2_rg:
            node.mat2 = save(mat2)
        if input_rg:
            node.beta = beta
        if mat1_rg or mat2_rg:
            node.alpha = alpha
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.addmm, (input, mat1, mat2), result, (input_a, mat1_a, mat2_a, beta, alpha))
    return result if out is None else write_out("addmm", result, out)


def mm(input, mat2, *, out=None):
    """mm(Tensor self, Tensor mat2) -> Tensor  [derivatives.yaml, entry mm]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    mat2_a, mat2_rg = (mat2._data, mat2._requires_grad) if isinstance(mat2, Tensor) else (mat2, False)
    try:
        out_a = kernels.mm(input_a, mat2_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, mat2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, mat2_a)
    if (input_rg or mat2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MmBackward0()
        node._next = (edge(input) if input_rg else None, edge(mat2) if mat2_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if mat2_rg:
            node.self = save(input)
        node.mat2 = save(mat2)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mm, (input, mat2), result, (input_a, mat2_a))
    return result if out is None else write_out("mm", result, out)


def mv(input, vec, *, out=None):
    """mv(Tensor self, Tensor vec) -> Tensor  [derivatives.yaml, entry mv]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    vec_a, vec_rg = (vec._data, vec._requires_grad) if isinstance(vec, Tensor) else (vec, False)
    try:
        out_a = kernels.mv(input_a, vec_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, vec_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, vec_a)
    if (input_rg or vec_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MvBackward0()
        node._next = (edge(input) if input_rg else None, edge(vec) if vec_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if vec_rg:
            node.self = save(input)
        if input_rg:
            node.vec = save(vec)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mv, (input, vec), result, (input_a, vec_a))
    return result if out is None else write_out("mv", result, out)


def bmm(input, mat2, *, out=None):
    """bmm(Tensor self, Tensor mat2) -> Tensor  [derivatives.yaml, entry bmm]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    mat2_a, mat2_rg = (mat2._data, mat2._requires_grad) if isinstance(mat2, Tensor) else (mat2, False)
    try:
        out_a = kernels.bmm(input_a, mat2_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, mat2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, mat2_a)
    if (input_rg or mat2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.BmmBackward0()
        node._next = (edge(input) if input_rg else None, edge(mat2) if mat2_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if mat2_rg:
            node.self = save(input)
        if input_rg:
            node.mat2 = save(mat2)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.bmm, (input, mat2), result, (input_a, mat2_a))
    return result if out is None else write_out("bmm", result, out)


def outer(input, vec2, *, out=None):
    """outer(Tensor self, Tensor vec2) -> Tensor  [derivatives.yaml, entry outer]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    vec2_a, vec2_rg = (vec2._data, vec2._requires_grad) if isinstance(vec2, Tensor) else (vec2, False)
    try:
        out_a = kernels.outer(input_a, vec2_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, vec2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, vec2_a)
    if (input_rg or vec2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.OuterBackward0()
        node._next = (edge(input) if input_rg else None, edge(vec2) if vec2_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if vec2_rg:
            node.self = save(input)
        if input_rg:
            node.vec2 = save(vec2)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.outer, (input, vec2), result, (input_a, vec2_a))
    return result if out is None else write_out("outer", result, out)


def trace(input, *, out=None):
    """trace(Tensor self) -> Tensor  [derivatives.yaml, entry trace]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.trace(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TraceBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.trace, (input,), result, (input_a,))
    return result if out is None else write_out("trace", result, out)


def diag(input, diagonal=0, *, out=None):
    """diag(Tensor self, int diagonal=0) -> Tensor  [derivatives.yaml, entry diag]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.diag(input_a, diagonal)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DiagBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.diagonal = diagonal
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.diag, (input,), result, (input_a, diagonal))
    return result if out is None else write_out("diag", result, out)


def diagonal(input, offset=0, dim1=0, dim2=1, *, out=None):
    """diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor  [derivatives.yaml, entry diagonal]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.diagonal(input_a, offset, dim1, dim2)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DiagonalBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.offset = offset
        node.dim1 = dim1
        node.dim2 = dim2
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.diagonal, (input,), result, (input_a, offset, dim1, dim2))
    return result if out is None else write_out("diagonal", result, out)


def diagonal_backward(src, input_sizes, offset, dim1, dim2, *, out=None):
    """diagonal_backward(Tensor src, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor  [derivatives.yaml, entry diagonal_backward]"""
    input_sizes = kernels.int_list(input_sizes)
    src_a, src_rg = (src._data, src._requires_grad) if isinstance(src, Tensor) else (src, False)
    out_a = kernels.diagonal_backward(src_a, input_sizes, offset, dim1, dim2)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(src_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, src_a)
    if src_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DiagonalBackwardBackward0()
        node._next = (edge(src),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.offset = offset
        node.dim1 = dim1
        node.dim2 = dim2
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.diagonal_backward, (src,), result, (src_a, input_sizes, offset, dim1, dim2))
    return result if out is None else write_out("diagonal_backward", result, out)


def tril(input, diagonal=0, *, out=None):
    """tril(Tensor self, int diagonal=0) -> Tensor  [derivatives.yaml, entry tril]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.tril(input_a, diagonal)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TrilBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.diagonal = diagonal
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.tril, (input,), result, (input_a, diagonal))
    return result if out is None else write_out("tril", result, out)


def triu(input, diagonal=0, *, out=None):
    """triu(Tensor self, int diagonal=0) -> Tensor  [derivatives.yaml, entry triu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.triu(input_a, diagonal)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TriuBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.diagonal = diagonal
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.triu, (input,), result, (input_a, diagonal))
    return result if out is None else write_out("triu", result, out)


def linalg_inv(A, *, out=None):
    """linalg_inv(Tensor A) -> Tensor  [derivatives.yaml, entry linalg_inv]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    out_a = kernels.linalg_inv(A_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgInvBackward0()
        node._next = (edge(A),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_inv, (A,), result, (A_a,))
    return result if out is None else write_out("linalg_inv", result, out)


def det(input, *, out=None):
    """det(Tensor self) -> Tensor  [derivatives.yaml, entry det]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.linalg_det(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DetBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.det, (input,), result, (input_a,))
    return result if out is None else write_out("det", result, out)
LinalgSlogdetResult = collections.namedtuple("LinalgSlogdetResult", ['sign', 'logabsdet'])


def linalg_slogdet(A):
    """linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)  [derivatives.yaml, entry linalg_slogdet]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    outs = raw.linalg_slogdet(A_a)
    if A_rg and grad_mode.enabled:
        node = functions.LinalgSlogdetBackward0()
        node._next = (edge(A),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        sign = make(outs[0])
        logabsdet = make(outs[1], node if is_float_dtype(outs[1].dtype) else None, 1)
        node.A = save(A)
    else:
        sign = make(outs[0])
        logabsdet = make(outs[1])
    if FORWARD_AD[0]:
        record(jvp.linalg_slogdet, (A,), (sign, logabsdet), (A_a,))
    return LinalgSlogdetResult(sign, logabsdet)


def t(input, *, out=None):
    """t(Tensor self) -> Tensor  [derivatives.yaml, entry t]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.t(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.t, (input,), result, (input_a,))
    return result if out is None else write_out("t", result, out)


def transpose(input, dim0, dim1, *, out=None):
    """transpose(Tensor self, int dim0, int dim1) -> Tensor  [derivatives.yaml, entry transpose]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.swapaxes(input_a, dim0, dim1)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TransposeBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim0 = dim0
        node.dim1 = dim1
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.transpose, (input,), result, (input_a, dim0, dim1))
    return result if out is None else write_out("transpose", result, out)


def permute(input, dims, *more, out=None):
    """permute(Tensor self, int[] dims) -> Tensor  [derivatives.yaml, entry permute]"""
    dims = kernels.int_list(dims, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.transpose(input_a, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PermuteBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dims = dims
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.permute, (input,), result, (input_a, dims))
    return result if out is None else write_out("permute", result, out)


def unsqueeze(input, dim, *, out=None):
    """unsqueeze(Tensor self, int dim) -> Tensor  [derivatives.yaml, entry unsqueeze]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.expand_dims(input_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.UnsqueezeBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.unsqueeze, (input,), result, (input_a, dim))
    return result if out is None else write_out("unsqueeze", result, out)


def squeeze(input, dim=None, *, out=None):
    """squeeze(Tensor self, int[]? dim=None) -> Tensor  [derivatives.yaml, entry squeeze]"""
    dim = None if dim is None else kernels.int_list(dim)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.squeeze(input_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SqueezeBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.squeeze, (input,), result, (input_a, dim))
    return result if out is None else write_out("squeeze", result, out)


def expand(input, size, *more, out=None):
    """expand(Tensor self, int[] size) -> Tensor  [derivatives.yaml, entry expand]"""
    size = kernels.int_list(size, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.expand(input_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ExpandBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.expand, (input,), result, (input_a, size))
    return result if out is None else write_out("expand", result, out)


def sum_to_size(input, size, *more, out=None):
    """sum_to_size(Tensor self, int[] size) -> Tensor  [derivatives.yaml, entry sum_to_size]"""
    size = kernels.int_list(size, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.sum_to_size(input_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SumToSizeBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sum_to_size, (input,), result, (input_a, size))
    return result if out is None else write_out("sum_to_size", result, out)


def movedim(input, source, destination, *, out=None):
    """movedim(Tensor self, int[] source, int[] destination) -> Tensor  [derivatives.yaml, entry movedim]"""
    source = kernels.int_list(source)
    destination = kernels.int_list(destination)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.movedim(input_a, source, destination)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MovedimBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.source = source
        node.destination = destination
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.movedim, (input,), result, (input_a, source, destination))
    return result if out is None else write_out("movedim", result, out)


def moveaxis(input, source, destination, *, out=None):
    """moveaxis(Tensor self, int[] source, int[] destination) -> Tensor  [derivatives.yaml, entry moveaxis]"""
    source = kernels.int_list(source)
    destination = kernels.int_list(destination)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.movedim(input_a, source, destination)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MoveaxisBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.source = source
        node.destination = destination
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.moveaxis, (input,), result, (input_a, source, destination))
    return result if out is None else write_out("moveaxis", result, out)


def swapaxes(input, axis0, axis1, *, out=None):
    """swapaxes(Tensor self, int axis0, int axis1) -> Tensor  [derivatives.yaml, entry swapaxes]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.swapdims(input_a, axis0, axis1)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SwapaxesBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.axis0 = axis0
        node.axis1 = axis1
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.swapaxes, (input,), result, (input_a, axis0, axis1))
    return result if out is None else write_out("swapaxes", result, out)


def swapdims(input, dim0, dim1, *, out=None):
    """swapdims(Tensor self, int dim0, int dim1) -> Tensor  [derivatives.yaml, entry swapdims]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.swapdims(input_a, dim0, dim1)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SwapdimsBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim0 = dim0
        node.dim1 = dim1
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.swapdims, (input,), result, (input_a, dim0, dim1))
    return result if out is None else write_out("swapdims", result, out)


def broadcast_to(input, size, *more, out=None):
    """broadcast_to(Tensor self, int[] size) -> Tensor  [derivatives.yaml, entry broadcast_to]"""
    size = kernels.int_list(size, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.broadcast_to(input_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.BroadcastToBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.broadcast_to, (input,), result, (input_a, size))
    return result if out is None else write_out("broadcast_to", result, out)


def expand_as(input, other, *, out=None):
    """expand_as(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry expand_as]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = kernels.broadcast_to(input_a, other_a.shape)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ExpandAsBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.expand_as, (input,), result, (input_a, other_a))
    return result if out is None else write_out("expand_as", result, out)


def view_as(input, other, *, out=None):
    """view_as(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry view_as]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.reshape(input_a, other_a.shape)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ViewAsBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.view_as, (input,), result, (input_a, other_a))
    return result if out is None else write_out("view_as", result, out)


def reshape_as(input, other, *, out=None):
    """reshape_as(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry reshape_as]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.reshape(input_a, other_a.shape)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReshapeAsBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.reshape_as, (input,), result, (input_a, other_a))
    return result if out is None else write_out("reshape_as", result, out)


def repeat(input, repeats, *more, out=None):
    """repeat(Tensor self, int[] repeats) -> Tensor  [derivatives.yaml, entry repeat]"""
    repeats = kernels.int_list(repeats, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.repeat(input_a, repeats)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RepeatBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.repeats = repeats
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.repeat, (input,), result, (input_a, repeats))
    return result if out is None else write_out("repeat", result, out)


def tile(input, dims, *more, out=None):
    """tile(Tensor self, int[] dims) -> Tensor  [derivatives.yaml, entry tile]"""
    dims = kernels.int_list(dims, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.tile(input_a, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TileBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dims = dims
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.tile, (input,), result, (input_a, dims))
    return result if out is None else write_out("tile", result, out)


def flip(input, dims, *more, out=None):
    """flip(Tensor self, int[] dims) -> Tensor  [derivatives.yaml, entry flip]"""
    dims = kernels.int_list(dims, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.flip(input_a, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FlipBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dims = dims
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.flip, (input,), result, (input_a, dims))
    return result if out is None else write_out("flip", result, out)


def roll(input, shifts, dims=[], *, out=None):
    """roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor  [derivatives.yaml, entry roll]"""
    shifts = kernels.int_list(shifts)
    dims = kernels.int_list(dims)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.roll(input_a, shifts, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RollBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.shifts = shifts
        node.dims = dims
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.roll, (input,), result, (input_a, shifts, dims))
    return result if out is None else write_out("roll", result, out)


def narrow(input, dim, start, length, *, out=None):
    """narrow(Tensor self, int dim, int start, int length) -> Tensor  [derivatives.yaml, entry narrow]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.narrow(input_a, dim, start, length)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NarrowBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.start = start
        node.length = length
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.narrow, (input,), result, (input_a, dim, start, length))
    return result if out is None else write_out("narrow", result, out)


def select(input, dim, index, *, out=None):
    """select(Tensor self, int dim, int index) -> Tensor  [derivatives.yaml, entry select]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.select(input_a, dim, index)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SelectBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.index = index
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.select, (input,), result, (input_a, dim, index))
    return result if out is None else write_out("select", result, out)


def gather(input, dim, index, *, sparse_grad=False, out=None):
    """gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor  [derivatives.yaml, entry gather]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    index_a = index._data if isinstance(index, Tensor) else index
    try:
        out_a = kernels.gather(input_a, dim, index_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, index_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, index_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GatherBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.index = save(index)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.gather, (input,), result, (input_a, dim, index_a, sparse_grad))
    return result if out is None else write_out("gather", result, out)


def index_select(input, dim, index, *, out=None):
    """index_select(Tensor self, int dim, Tensor index) -> Tensor  [derivatives.yaml, entry index_select]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    index_a = index._data if isinstance(index, Tensor) else index
    try:
        out_a = kernels.index_select(input_a, dim, index_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, index_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, index_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexSelectBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.index = save(index)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.index_select, (input,), result, (input_a, dim, index_a))
    return result if out is None else write_out("index_select", result, out)


def scatter_add(input, dim, index, src, *, out=None):
    """scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor  [derivatives.yaml, entry scatter_add]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    index_a = index._data if isinstance(index, Tensor) else index
    src_a, src_rg = (src._data, src._requires_grad) if isinstance(src, Tensor) else (src, False)
    try:
        out_a = kernels.scatter_add(input_a, dim, index_a, src_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, index_a, src_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, index_a, src_a)
    if (input_rg or src_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ScatterAddBackward0()
        node._next = (edge(input) if input_rg else None, edge(src) if src_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if src_rg:
            node.dim = dim
        if src_rg:
            node.index = save(index)
        if src_rg:
            node.src_shape = np.shape(src_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.scatter_add, (input, src), result, (input_a, dim, index_a, src_a))
    return result if out is None else write_out("scatter_add", result, out)


def masked_fill(input, mask, value, *, out=None):
    """masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor  [derivatives.yaml, entry masked_fill]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    mask_a = mask._data if isinstance(mask, Tensor) else mask
    value_a, value_rg = (value._data, value._requires_grad) if isinstance(value, Tensor) else (value, False)
    try:
        out_a = kernels.masked_fill(input_a, mask_a, value_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, mask_a, value_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, mask_a, value_a)
    if (input_rg or value_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaskedFillBackward0()
        node._next = (edge(input) if input_rg else None, edge(value) if value_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.mask = save(mask)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.masked_fill, (input, value), result, (input_a, mask_a, value_a))
    return result if out is None else write_out("masked_fill", result, out)


def constant_pad_nd(input, pad, value=0, *, out=None):
    """constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor  [derivatives.yaml, entry constant_pad_nd]"""
    pad = kernels.int_list(pad)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.constant_pad_nd(input_a, pad, value)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConstantPadNdBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.pad = pad
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.constant_pad_nd, (input,), result, (input_a, pad, value))
    return result if out is None else write_out("constant_pad_nd", result, out)


def cat(tensors, dim=0, *, out=None):
    """cat(Tensor[] tensors, int dim=0) -> Tensor  [derivatives.yaml, entry cat]"""
    tensors_a = [t._data if isinstance(t, Tensor) else t for t in tensors]
    tensors_rg = any(isinstance(t, Tensor) and t._requires_grad for t in tensors)
    out_a = kernels.cat(tensors_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(tensors_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, *tensors_a)
    if tensors_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CatBackward0()
        node._next = tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in tensors)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.tensors_shape = [np.shape(t) for t in tensors_a]
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.cat, (tensors,), result, (tensors_a, dim))
    return result if out is None else write_out("cat", result, out)


def stack(tensors, dim=0, *, out=None):
    """stack(Tensor[] tensors, int dim=0) -> Tensor  [derivatives.yaml, entry stack]"""
    tensors_a = [t._data if isinstance(t, Tensor) else t for t in tensors]
    tensors_rg = any(isinstance(t, Tensor) and t._requires_grad for t in tensors)
    out_a = kernels.stack(tensors_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(tensors_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, *tensors_a)
    if tensors_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.StackBackward0()
        node._next = tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in tensors)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.stack, (tensors,), result, (tensors_a, dim))
    return result if out is None else write_out("stack", result, out)


def chunk(input, chunks, dim=0):
    """chunk(Tensor self, int chunks, int dim=0) -> Tensor[]  [derivatives.yaml, entry chunk]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.chunk(input_a, chunks, dim)
    if input_rg and grad_mode.enabled:
        node = functions.ChunkBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        result = [make(x, node if is_float_dtype(x.dtype) else None, i) for i, x in enumerate(outs)]
        node.dim = dim
    else:
        result = [make(x) for x in outs]
    if FORWARD_AD[0]:
        record(jvp.chunk, (input,), result, (input_a, chunks, dim))
    return tuple(result)


def unbind(input, dim=0):
    """unbind(Tensor self, int dim=0) -> Tensor[]  [derivatives.yaml, entry unbind]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.unbind(input_a, dim)
    if input_rg and grad_mode.enabled:
        node = functions.UnbindBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        result = [make(x, node if is_float_dtype(x.dtype) else None, i) for i, x in enumerate(outs)]
        node.dim = dim
    else:
        result = [make(x) for x in outs]
    if FORWARD_AD[0]:
        record(jvp.unbind, (input,), result, (input_a, dim))
    return tuple(result)


def getitem(input, index, *, out=None):
    """getitem(Tensor self, Index index) -> Tensor  [derivatives.yaml, entry getitem]"""
    index = kernels.normalize_index(index)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = input_a[index]
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GetitemBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.index = index
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.getitem, (input,), result, (input_a, index))
    return result if out is None else write_out("getitem", result, out)


def index_put(input, index, values, *, out=None):
    """index_put(Tensor self, Index index, Tensor values) -> Tensor  [derivatives.yaml, entry index_put]"""
    index = kernels.normalize_index(index)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    values_a, values_rg = (values._data, values._requires_grad) if isinstance(values, Tensor) else (values, False)
    try:
        out_a = kernels.index_put(input_a, index, values_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, values_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, values_a)
    if (input_rg or values_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexPutBackward0()
        node._next = (edge(input) if input_rg else None, edge(values) if values_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.index = index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.index_put, (input, values), result, (input_a, index, values_a))
    return result if out is None else write_out("index_put", result, out)


def index_backward(src, shape, index, *, out=None):
    """index_backward(Tensor src, int[] shape, Index index) -> Tensor  [derivatives.yaml, entry index_backward]"""
    shape = kernels.int_list(shape)
    index = kernels.normalize_index(index)
    src_a, src_rg = (src._data, src._requires_grad) if isinstance(src, Tensor) else (src, False)
    out_a = kernels.index_backward(src_a, shape, index)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(src_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, src_a)
    if src_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexBackwardBackward0()
        node._next = (edge(src),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.index = index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.index_backward, (src,), result, (src_a, shape, index))
    return result if out is None else write_out("index_backward", result, out)


def clone(input, *, out=None):
    """clone(Tensor self) -> Tensor  [derivatives.yaml, entry clone]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = input_a.copy()
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CloneBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.clone, (input,), result, (input_a,))
    return result if out is None else write_out("clone", result, out)


def fill(input, value, *, out=None):
    """fill(Tensor self, Scalar value) -> Tensor  [derivatives.yaml, entry fill]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.full_like(input_a, value)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FillBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.fill, (input,), result, (input_a, value))
    return result if out is None else write_out("fill", result, out)


def copy(input, src, *, out=None):
    """copy(Tensor self, Tensor src) -> Tensor  [derivatives.yaml, entry copy]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    src_a, src_rg = (src._data, src._requires_grad) if isinstance(src, Tensor) else (src, False)
    try:
        out_a = kernels.copy_into(input_a, src_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, src_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, src_a)
    if (input_rg or src_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CopyBackward0()
        node._next = (edge(input) if input_rg else None, edge(src) if src_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.copy, (input, src), result, (input_a, src_a))
    return result if out is None else write_out("copy", result, out)


def nextafter(input, other, *, out=None):
    """nextafter(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry nextafter]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.nextafter(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NextafterBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        no_forward_formula("nextafter", (input, other))
    return result if out is None else write_out("nextafter", result, out)


def eq(input, other, *, out=None):
    """eq(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry eq]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.equal(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("eq", make(out_a), out)


def ne(input, other, *, out=None):
    """ne(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry ne]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.not_equal(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("ne", make(out_a), out)


def lt(input, other, *, out=None):
    """lt(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry lt]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.less(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("lt", make(out_a), out)


def le(input, other, *, out=None):
    """le(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry le]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.less_equal(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("le", make(out_a), out)


def gt(input, other, *, out=None):
    """gt(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry gt]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.greater(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("gt", make(out_a), out)


def ge(input, other, *, out=None):
    """ge(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry ge]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.greater_equal(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("ge", make(out_a), out)


def bitwise_and(input, other, *, out=None):
    """bitwise_and(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry bitwise_and]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.bitwise_and(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("bitwise_and", make(out_a), out)


def bitwise_or(input, other, *, out=None):
    """bitwise_or(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry bitwise_or]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.bitwise_or(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("bitwise_or", make(out_a), out)


def bitwise_not(input, *, out=None):
    """bitwise_not(Tensor self) -> Tensor  [derivatives.yaml, entry bitwise_not]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.invert(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("bitwise_not", make(out_a), out)


def positive(input, *, out=None):
    """positive(Tensor self) -> Tensor  [derivatives.yaml, entry positive]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.positive(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PositiveBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.positive, (input,), result, (input_a,))
    return result if out is None else write_out("positive", result, out)


def bitwise_xor(input, other, *, out=None):
    """bitwise_xor(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry bitwise_xor]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.bitwise_xor(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("bitwise_xor", make(out_a), out)


def logical_and(input, other, *, out=None):
    """logical_and(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry logical_and]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.logical_and(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("logical_and", make(out_a), out)


def logical_or(input, other, *, out=None):
    """logical_or(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry logical_or]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.logical_or(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("logical_or", make(out_a), out)


def logical_xor(input, other, *, out=None):
    """logical_xor(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry logical_xor]"""
    input_a = input._data if isinstance(input, Tensor) else input
    other_a = other._data if isinstance(other, Tensor) else other
    try:
        out_a = np.logical_xor(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    return make(out_a) if out is None else write_out("logical_xor", make(out_a), out)


def logical_not(input, *, out=None):
    """logical_not(Tensor self) -> Tensor  [derivatives.yaml, entry logical_not]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.logical_not(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("logical_not", make(out_a), out)


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups, *, out=None):
    """convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor  [derivatives.yaml, entry convolution]"""
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    output_padding = kernels.int_list(output_padding)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    bias_a, bias_rg = (bias._data, bias._requires_grad) if isinstance(bias, Tensor) else (bias, False)
    try:
        out_a = kernels.convolution(input_a, weight_a, bias_a, stride, padding, dilation, transposed, output_padding, groups)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, weight_a, bias_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, weight_a, bias_a)
    if (input_rg or weight_rg or bias_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConvolutionBackward0()
        node._next = (edge(input) if input_rg else None, edge(weight) if weight_rg else None, edge(bias) if bias_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if weight_rg:
            node.input = save(input)
        if input_rg:
            node.input_shape = np.shape(input_a)
        if input_rg:
            node.weight = save(weight)
        if weight_rg:
            node.weight_shape = np.shape(weight_a)
        if input_rg or weight_rg:
            node.stride = stride
        if input_rg or weight_rg:
            node.padding = padding
        if input_rg or weight_rg:
            node.dilation = dilation
        if input_rg or weight_rg:
            node.transposed = transposed
        if input_rg or weight_rg:
            node.groups = groups
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.convolution, (input, weight, bias), result, (input_a, weight_a, bias_a, stride, padding, dilation, transposed, output_padding, groups))
    return result if out is None else write_out("convolution", result, out)


def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False, *, out=None):
    """embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor  [derivatives.yaml, entry embedding]"""
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    indices_a = indices._data if isinstance(indices, Tensor) else indices
    try:
        out_a = kernels.embedding(weight_a, indices_a, sparse)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, weight_a, indices_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(weight_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, weight_a, indices_a)
    if weight_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EmbeddingBackward0()
        node._next = (edge(weight),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.weight_shape = np.shape(weight_a)
        node.indices = save(indices)
        node.padding_idx = padding_idx
        node.scale_grad_by_freq = scale_grad_by_freq
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.embedding, (weight,), result, (weight_a, indices_a, padding_idx, scale_grad_by_freq, sparse))
    return result if out is None else write_out("embedding", result, out)


# The ops no yamlgrad.* function or Tensor method binds live in ops_internal.py, compiled on first use:
# `import yamlgrad` then compiles a quarter less of this generated code when there is no bytecode cache.
_INTERNAL = frozenset({
    "LinalgEighResult",
    "LinalgQrResult",
    "LinalgSvdResult",
    "MaxDimResult",
    "MaxPool2dWithIndicesResult",
    "MinDimResult",
    "_to_copy",
    "_unsafe_view",
    "alias",
    "any_reduce",
    "avg_pool2d",
    "avg_pool2d_backward",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "conv_transpose_input",
    "conv_weight_grad",
    "einsum",
    "elu",
    "embedding_dense_backward",
    "flatten",
    "gelu",
    "gelu_backward",
    "glu",
    "hardsigmoid",
    "hardswish",
    "hardtanh",
    "huber_loss",
    "index_Tensor",
    "leaky_relu",
    "linalg_cholesky",
    "linalg_det",
    "linalg_eigh",
    "linalg_matrix_norm",
    "linalg_pinv",
    "linalg_qr",
    "linalg_solve",
    "linalg_svd",
    "linalg_svdvals",
    "log_sigmoid",
    "matmul",
    "max",
    "max_dim",
    "max_pool2d_with_indices",
    "max_pool2d_with_indices_backward",
    "mean",
    "mean_dim",
    "min",
    "min_dim",
    "mish",
    "mse_loss",
    "nll_loss",
    "nll_loss2d",
    "norm",
    "reshape",
    "scatter",
    "silu",
    "slice_Tensor",
    "smooth_l1_loss",
    "softplus",
    "split",
    "sum",
    "sum_dim_IntList",
    "view",
    "where",
    "zeros_like",
})


def __getattr__(name):
    if name in _INTERNAL:
        from . import ops_internal
        value = globals()[name] = getattr(ops_internal, name)  # found here directly from now on
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
