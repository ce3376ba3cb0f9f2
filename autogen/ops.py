# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Forward wrappers: unwrap Tensors, run the array forward, and record a node when needed.

This module is also the namespace `F` of the recorded backward (create_graph=True): formulas call
`F.<op>` and get these differentiable wrappers, so gradients of gradients come for free.
"""
import collections

import numpy as np

from yamlgrad.lazy import Deferred
from . import raw
from yamlgrad.lazy import Deferred
from yamlgrad.grad_mode import state as grad_mode
from yamlgrad.inplace import mark_view, write_out
from yamlgrad.node import _META, edge, meta_of
from yamlgrad.tangents import FORWARD_AD, no_forward_formula, tangent
from yamlgrad.saved import save, save_result, unpack_tensor as unpack, unpack_result_tensor as unpack_result
from yamlgrad.saved import unpack_list_tensor as unpack_list, unpack_list_result_tensor as unpack_list_result
from yamlgrad.tensor import Tensor, as_dtype, default_float, float16, float64, is_float_dtype, make

records_graph = True
# Backward nodes, forward-mode formulas and the kernels load on first use (see yamlgrad/lazy.py).
functions = Deferred(__package__ + ".functions", globals(), "functions")
jvp = Deferred(__package__ + ".jvp", globals(), "jvp")
kernels = Deferred("yamlgrad.kernels", globals(), "kernels")

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
    "where",
    "sum",
    "mean",
    "amax",
    "amin",
    "max",
    "min",
    "aminmax",
    "matmul",
    "dot",
    "reshape",
    "flatten",
    "t",
    "transpose",
    "permute",
    "unsqueeze",
    "squeeze",
    "sum_to_size",
    "cat",
    "stack",
    "split",
    "chunk",
    "unbind",
    "einsum",
    "getitem",
    "index_put",
    "index_backward",
    "softmax",
    "log_softmax",
    "clone",
    "zeros_like",
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
    "selu",
    "celu",
    "prod",
    "var",
    "std",
    "norm",
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
    "scatter",
    "masked_fill",
    "constant_pad_nd",
    "convolution",
    "embedding",
]


def add(self, other, *, alpha=1, out=None):
    """add(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor  [derivatives.yaml:47]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.add(self_a, other_a) if alpha == 1 else np.add(self_a, np.multiply(other_a, alpha))
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.alpha = alpha
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.add(alpha, other, other_a, result, self, self_a)
    return result if out is None else write_out("add", result, out)


def sub(self, other, *, alpha=1, out=None):
    """sub(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor  [derivatives.yaml:55]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.subtract(self_a, other_a) if alpha == 1 else np.subtract(self_a, np.multiply(other_a, alpha))
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SubBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.alpha = alpha
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sub(alpha, other, other_a, result, self, self_a)
    return result if out is None else write_out("sub", result, out)


def mul(self, other, *, out=None):
    """mul(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:63]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.multiply(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MulBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(self)
        if self_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.mul(other, other_a, result, self, self_a)
    return result if out is None else write_out("mul", result, out)


def div(self, other, *, rounding_mode=None, out=None):
    """div(Tensor self, Tensor other, *, str? rounding_mode=None) -> Tensor  [derivatives.yaml:73]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.true_divide(self_a, other_a) if rounding_mode is None else kernels.div_rounding(self_a, other_a, rounding_mode)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DivBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(self)
        node.other = save(other)
        node.rounding_mode = rounding_mode
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.div(other, other_a, result, rounding_mode, self, self_a)
    return result if out is None else write_out("div", result, out)


def floor_divide(self, other, *, out=None):
    """floor_divide(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:93]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.div_rounding(self_a, other_a, 'floor')
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FloorDivideBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.floor_divide(other, other_a, result, self, self_a)
    return result if out is None else write_out("floor_divide", result, out)


def neg(self, *, out=None):
    """neg(Tensor self) -> Tensor  [derivatives.yaml:103]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.negative(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NegBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.neg(result, self, self_a)
    return result if out is None else write_out("neg", result, out)


def pow(self, exponent, *, out=None):
    """pow(Tensor self, Tensor exponent) -> Tensor  [derivatives.yaml:110]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(exponent, Tensor):
        exponent_a, exponent_rg = exponent._data, exponent._requires_grad
    else:
        exponent_a, exponent_rg = exponent, False
    try:
        out_a = np.power(self_a, exponent_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, exponent_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, exponent_a)
    if (self_rg or exponent_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PowBackward0()
        node._next = (edge(self) if self_rg else None, edge(exponent) if exponent_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.exponent = save(exponent)
        if exponent_rg:
            node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.pow(exponent, exponent_a, result, self, self_a)
    return result if out is None else write_out("pow", result, out)


def exp(self, *, out=None):
    """exp(Tensor self) -> Tensor  [derivatives.yaml:128]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.exp(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ExpBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.exp(result, self, self_a)
    return result if out is None else write_out("exp", result, out)


def log(self, *, out=None):
    """log(Tensor self) -> Tensor  [derivatives.yaml:134]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.log(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.log(result, self, self_a)
    return result if out is None else write_out("log", result, out)


def log1p(self, *, out=None):
    """log1p(Tensor self) -> Tensor  [derivatives.yaml:142]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.log1p(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Log1pBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.log1p(result, self, self_a)
    return result if out is None else write_out("log1p", result, out)


def sqrt(self, *, out=None):
    """sqrt(Tensor self) -> Tensor  [derivatives.yaml:150]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.sqrt(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SqrtBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sqrt(result, self, self_a)
    return result if out is None else write_out("sqrt", result, out)


def sin(self, *, out=None):
    """sin(Tensor self) -> Tensor  [derivatives.yaml:158]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.sin(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SinBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sin(result, self, self_a)
    return result if out is None else write_out("sin", result, out)


def cos(self, *, out=None):
    """cos(Tensor self) -> Tensor  [derivatives.yaml:164]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.cos(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CosBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.cos(result, self, self_a)
    return result if out is None else write_out("cos", result, out)


def tanh(self, *, out=None):
    """tanh(Tensor self) -> Tensor  [derivatives.yaml:170]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.tanh(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TanhBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.tanh(result, self, self_a)
    return result if out is None else write_out("tanh", result, out)


def sigmoid(self, *, out=None):
    """sigmoid(Tensor self) -> Tensor  [derivatives.yaml:176]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.sigmoid(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SigmoidBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sigmoid(result, self, self_a)
    return result if out is None else write_out("sigmoid", result, out)


def relu(self, *, out=None):
    """relu(Tensor self) -> Tensor  [derivatives.yaml:182]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.maximum(self_a, 0)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.relu(result, self, self_a)
    return result if out is None else write_out("relu", result, out)


def abs(self, *, out=None):
    """abs(Tensor self) -> Tensor  [derivatives.yaml:188]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.abs(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AbsBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.abs(result, self, self_a)
    return result if out is None else write_out("abs", result, out)


def sign(self, *, out=None):
    """sign(Tensor self) -> Tensor  [derivatives.yaml:195]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.sign(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SignBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sign(result, self, self_a)
    return result if out is None else write_out("sign", result, out)


def round(self, *, decimals=0, out=None):
    """round(Tensor self, *, int decimals=0) -> Tensor  [derivatives.yaml:201]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.round(self_a, decimals)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RoundBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.round(decimals, result, self, self_a)
    return result if out is None else write_out("round", result, out)


def clamp(self, min=None, max=None, *, out=None):
    """clamp(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor  [derivatives.yaml:209]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(min, Tensor):
        min_a, min_rg = min._data, min._requires_grad
    else:
        min_a, min_rg = min, False
    if isinstance(max, Tensor):
        max_a, max_rg = max._data, max._requires_grad
    else:
        max_a, max_rg = max, False
    try:
        out_a = kernels.clamp_tensor(self_a, min_a, max_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, min_a, max_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, min_a, max_a)
    if (self_rg or min_rg or max_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ClampBackward0()
        node._next = (edge(self) if self_rg else None, edge(min) if min_rg else None, edge(max) if max_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.min = save(min)
        node.max = save(max)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.clamp(max, max_a, min, min_a, result, self, self_a)
    return result if out is None else write_out("clamp", result, out)


def maximum(self, other, *, out=None):
    """maximum(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:230]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.maximum(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaximumBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.maximum(other, other_a, result, self, self_a)
    return result if out is None else write_out("maximum", result, out)


def minimum(self, other, *, out=None):
    """minimum(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:237]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.minimum(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MinimumBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.minimum(other, other_a, result, self, self_a)
    return result if out is None else write_out("minimum", result, out)


def fmax(self, other, *, out=None):
    """fmax(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:245]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.fmax(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FmaxBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.fmax(other, other_a, result, self, self_a)
    return result if out is None else write_out("fmax", result, out)


def fmin(self, other, *, out=None):
    """fmin(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:252]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.fmin(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FminBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.fmin(other, other_a, result, self, self_a)
    return result if out is None else write_out("fmin", result, out)


def copysign(self, other, *, out=None):
    """copysign(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:259]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.copysign(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CopysignBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if self_rg:
            node.self = save(self)
        if self_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.copysign(other, other_a, result, self, self_a)
    return result if out is None else write_out("copysign", result, out)


def where(condition, self, other, *, out=None):
    """where(Tensor condition, Tensor self, Tensor other) -> Tensor  [derivatives.yaml:266]"""
    if isinstance(condition, Tensor):
        condition_a = condition._data
    else:
        condition_a = condition
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.where(condition_a, self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, condition_a, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(condition_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, condition_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.WhereBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.condition = save(condition)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.where(condition, condition_a, other, other_a, result, self, self_a)
    return result if out is None else write_out("where", result, out)


def sum(self, dim=None, keepdim=False, *, dtype=None, out=None):
    """sum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:279]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.sum(self_a, dim, keepdim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SumBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sum(dim, dtype, keepdim, result, self, self_a)
    return result if out is None else write_out("sum", result, out)


def mean(self, dim=None, keepdim=False, *, dtype=None, out=None):
    """mean(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:292]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.mean(self_a, dim, keepdim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MeanBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.mean(dim, dtype, keepdim, result, self, self_a)
    return result if out is None else write_out("mean", result, out)


def amax(self, dim=[], keepdim=False, *, out=None):
    """amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor  [derivatives.yaml:304]"""
    dim = kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.amax(self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AmaxBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.amax(dim, keepdim, result, self, self_a)
    return result if out is None else write_out("amax", result, out)


def amin(self, dim=[], keepdim=False, *, out=None):
    """amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor  [derivatives.yaml:316]"""
    dim = kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.amin(self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AminBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.amin(dim, keepdim, result, self, self_a)
    return result if out is None else write_out("amin", result, out)


def max(self, *, out=None):
    """max(Tensor self) -> Tensor  [derivatives.yaml:327]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.amax(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaxBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.max(result, self, self_a)
    return result if out is None else write_out("max", result, out)


def min(self, *, out=None):
    """min(Tensor self) -> Tensor  [derivatives.yaml:333]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.amin(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MinBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.min(result, self, self_a)
    return result if out is None else write_out("min", result, out)
MaxDimResult = collections.namedtuple("MaxDimResult", ['values', 'indices'])


def max_dim(self, dim, keepdim=False):
    """max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)  [derivatives.yaml:341]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.max_dim(self_a, dim, keepdim)
    if self_rg and grad_mode.enabled:
        node = functions.MaxBackward1()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.keepdim = keepdim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.max_dim(dim, indices, keepdim, self, self_a, values)
    return MaxDimResult(values, indices)
MinDimResult = collections.namedtuple("MinDimResult", ['values', 'indices'])


def min_dim(self, dim, keepdim=False):
    """min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)  [derivatives.yaml:353]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.min_dim(self_a, dim, keepdim)
    if self_rg and grad_mode.enabled:
        node = functions.MinBackward1()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.keepdim = keepdim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.min_dim(dim, indices, keepdim, self, self_a, values)
    return MinDimResult(values, indices)
AminmaxResult = collections.namedtuple("AminmaxResult", ['min', 'max'])


def aminmax(self, *, dim=None, keepdim=False):
    """aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)  [derivatives.yaml:364]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.aminmax(self_a, dim=dim, keepdim=keepdim)
    if self_rg and grad_mode.enabled:
        node = functions.AminmaxBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        min = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        max = make(outs[1], node if is_float_dtype(outs[1].dtype) else None, 1)
        node.self = save(self)
        node.dim = dim
        node.keepdim = keepdim
        node.min = save_result(min)
        node.max = save_result(max)
    else:
        min = make(outs[0])
        max = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.aminmax(dim, keepdim, max, min, self, self_a)
    return AminmaxResult(min, max)


def matmul(self, other, *, out=None):
    """matmul(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:377]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.matmul(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MatmulBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.matmul(other, other_a, result, self, self_a)
    return result if out is None else write_out("matmul", result, out)


def dot(self, tensor, *, out=None):
    """dot(Tensor self, Tensor tensor) -> Tensor  [derivatives.yaml:395]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(tensor, Tensor):
        tensor_a, tensor_rg = tensor._data, tensor._requires_grad
    else:
        tensor_a, tensor_rg = tensor, False
    try:
        out_a = np.dot(self_a, tensor_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, tensor_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, tensor_a)
    if (self_rg or tensor_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DotBackward0()
        node._next = (edge(self) if self_rg else None, edge(tensor) if tensor_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if tensor_rg:
            node.self = save(self)
        if self_rg:
            node.tensor = save(tensor)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.dot(result, self, self_a, tensor, tensor_a)
    return result if out is None else write_out("dot", result, out)


def reshape(self, shape, *more, out=None):
    """reshape(Tensor self, int[] shape) -> Tensor  [derivatives.yaml:407]"""
    shape = kernels.int_list(shape, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.reshape(self_a, shape)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReshapeBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.reshape(result, self, self_a, shape)
    return result if out is None else write_out("reshape", result, out)


def view(self, size, *more, out=None):
    """view(Tensor self, int[] size) -> Tensor  [derivatives.yaml:419]"""
    size = kernels.int_list(size, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.reshape(self_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ViewBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.view(result, self, self_a, size)
    return result if out is None else write_out("view", result, out)


def flatten(self, start_dim=0, end_dim=-1, *, out=None):
    """flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor  [derivatives.yaml:430]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.flatten(self_a, start_dim, end_dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FlattenBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.flatten(end_dim, result, self, self_a, start_dim)
    return result if out is None else write_out("flatten", result, out)


def t(self, *, out=None):
    """t(Tensor self) -> Tensor  [derivatives.yaml:443]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.t(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.t(result, self, self_a)
    return result if out is None else write_out("t", result, out)


def transpose(self, dim0, dim1, *, out=None):
    """transpose(Tensor self, int dim0, int dim1) -> Tensor  [derivatives.yaml:455]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.swapaxes(self_a, dim0, dim1)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TransposeBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim0 = dim0
        node.dim1 = dim1
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.transpose(dim0, dim1, result, self, self_a)
    return result if out is None else write_out("transpose", result, out)


def permute(self, dims, *more, out=None):
    """permute(Tensor self, int[] dims) -> Tensor  [derivatives.yaml:466]"""
    dims = kernels.int_list(dims, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.transpose(self_a, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PermuteBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dims = dims
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.permute(dims, result, self, self_a)
    return result if out is None else write_out("permute", result, out)


def unsqueeze(self, dim, *, out=None):
    """unsqueeze(Tensor self, int dim) -> Tensor  [derivatives.yaml:478]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.expand_dims(self_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.UnsqueezeBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.unsqueeze(dim, result, self, self_a)
    return result if out is None else write_out("unsqueeze", result, out)


def squeeze(self, dim=None, *, out=None):
    """squeeze(Tensor self, int[]? dim=None) -> Tensor  [derivatives.yaml:490]"""
    dim = None if dim is None else kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.squeeze(self_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SqueezeBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.squeeze(dim, result, self, self_a)
    return result if out is None else write_out("squeeze", result, out)


def expand(self, size, *more, out=None):
    """expand(Tensor self, int[] size) -> Tensor  [derivatives.yaml:503]"""
    size = kernels.int_list(size, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.expand(self_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ExpandBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.expand(result, self, self_a, size)
    return result if out is None else write_out("expand", result, out)


def sum_to_size(self, size, *more, out=None):
    """sum_to_size(Tensor self, int[] size) -> Tensor  [derivatives.yaml:516]"""
    size = kernels.int_list(size, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.sum_to_size(self_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SumToSizeBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sum_to_size(result, self, self_a, size)
    return result if out is None else write_out("sum_to_size", result, out)


def cat(tensors, dim=0, *, out=None):
    """cat(Tensor[] tensors, int dim=0) -> Tensor  [derivatives.yaml:528]"""
    tensors_a = [t._data if isinstance(t, Tensor) else t for t in tensors]
    tensors_rg = any(isinstance(t, Tensor) and t._requires_grad for t in tensors)
    out_a = kernels.cat(tensors_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(tensors_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, *tensors_a)
    if tensors_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CatBackward0()
        node._next = tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in tensors)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.tensors_shape = [np.shape(t) for t in tensors_a]
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.cat(dim, result, tensors, tensors_a)
    return result if out is None else write_out("cat", result, out)


def stack(tensors, dim=0, *, out=None):
    """stack(Tensor[] tensors, int dim=0) -> Tensor  [derivatives.yaml:539]"""
    tensors_a = [t._data if isinstance(t, Tensor) else t for t in tensors]
    tensors_rg = any(isinstance(t, Tensor) and t._requires_grad for t in tensors)
    out_a = kernels.stack(tensors_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(tensors_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, *tensors_a)
    if tensors_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.StackBackward0()
        node._next = tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in tensors)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.stack(dim, result, tensors, tensors_a)
    return result if out is None else write_out("stack", result, out)


def split(self, split_size_or_sections, dim=0):
    """split(Tensor self, int[] split_size_or_sections, int dim=0) -> Tensor[]  [derivatives.yaml:550]"""
    split_size_or_sections = kernels.int_list(split_size_or_sections)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.split(self_a, split_size_or_sections, dim)
    if self_rg and grad_mode.enabled:
        node = functions.SplitBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        result = [make(x, node if is_float_dtype(x.dtype) else None, i) for i, x in enumerate(outs)]
        node.dim = dim
    else:
        result = [make(x) for x in outs]
    if FORWARD_AD[0]:
        jvp.record.split(dim, result, self, self_a, split_size_or_sections)
    return tuple(result)


def chunk(self, chunks, dim=0):
    """chunk(Tensor self, int chunks, int dim=0) -> Tensor[]  [derivatives.yaml:560]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.chunk(self_a, chunks, dim)
    if self_rg and grad_mode.enabled:
        node = functions.ChunkBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        result = [make(x, node if is_float_dtype(x.dtype) else None, i) for i, x in enumerate(outs)]
        node.dim = dim
    else:
        result = [make(x) for x in outs]
    if FORWARD_AD[0]:
        jvp.record.chunk(chunks, dim, result, self, self_a)
    return tuple(result)


def unbind(self, dim=0):
    """unbind(Tensor self, int dim=0) -> Tensor[]  [derivatives.yaml:570]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.unbind(self_a, dim)
    if self_rg and grad_mode.enabled:
        node = functions.UnbindBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        result = [make(x, node if is_float_dtype(x.dtype) else None, i) for i, x in enumerate(outs)]
        node.dim = dim
    else:
        result = [make(x) for x in outs]
    if FORWARD_AD[0]:
        jvp.record.unbind(dim, result, self, self_a)
    return tuple(result)


def einsum(equation, tensors, *, out=None):
    """einsum(str equation, Tensor[] tensors) -> Tensor  [derivatives.yaml:581]"""
    tensors_a = [t._data if isinstance(t, Tensor) else t for t in tensors]
    tensors_rg = any(isinstance(t, Tensor) and t._requires_grad for t in tensors)
    out_a = kernels.einsum(equation, tensors_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(tensors_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, *tensors_a)
    if tensors_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EinsumBackward0()
        node._next = tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in tensors)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.equation = equation
        node.tensors = [save(t) for t in tensors]
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.einsum(equation, result, tensors, tensors_a)
    return result if out is None else write_out("einsum", result, out)


def getitem(self, index, *, out=None):
    """getitem(Tensor self, Index index) -> Tensor  [derivatives.yaml:597]"""
    index = kernels.normalize_index(index)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = self_a[index]
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GetitemBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.index = index
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.getitem(index, result, self, self_a)
    return result if out is None else write_out("getitem", result, out)


def index_put(self, index, values, *, out=None):
    """index_put(Tensor self, Index index, Tensor values) -> Tensor  [derivatives.yaml:613]"""
    index = kernels.normalize_index(index)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(values, Tensor):
        values_a, values_rg = values._data, values._requires_grad
    else:
        values_a, values_rg = values, False
    try:
        out_a = kernels.index_put(self_a, index, values_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, values_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, values_a)
    if (self_rg or values_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexPutBackward0()
        node._next = (edge(self) if self_rg else None, edge(values) if values_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.index = index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.index_put(index, result, self, self_a, values, values_a)
    return result if out is None else write_out("index_put", result, out)


def index_backward(src, shape, index, *, out=None):
    """index_backward(Tensor src, int[] shape, Index index) -> Tensor  [derivatives.yaml:624]"""
    shape = kernels.int_list(shape)
    index = kernels.normalize_index(index)
    if isinstance(src, Tensor):
        src_a, src_rg = src._data, src._requires_grad
    else:
        src_a, src_rg = src, False
    out_a = kernels.index_backward(src_a, shape, index)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(src_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, src_a)
    if src_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexBackwardBackward0()
        node._next = (edge(src),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.index = index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.index_backward(index, result, shape, src, src_a)
    return result if out is None else write_out("index_backward", result, out)


def softmax(self, dim, dtype=None, *, out=None):
    """softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:634]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.softmax(self_a if dtype is None else self_a.astype(dtype), dim)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SoftmaxBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.softmax(dim, dtype, result, self, self_a)
    return result if out is None else write_out("softmax", result, out)


def log_softmax(self, dim, dtype=None, *, out=None):
    """log_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:646]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.log_softmax(self_a if dtype is None else self_a.astype(dtype), dim)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogSoftmaxBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.log_softmax(dim, dtype, result, self, self_a)
    return result if out is None else write_out("log_softmax", result, out)


def clone(self, *, out=None):
    """clone(Tensor self) -> Tensor  [derivatives.yaml:659]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = self_a.copy()
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CloneBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.clone(result, self, self_a)
    return result if out is None else write_out("clone", result, out)


def _to_copy(self, dtype, *, out=None):
    """_to_copy(Tensor self, ScalarType dtype) -> Tensor  [derivatives.yaml:665]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.to_dtype(self_a, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ToCopyBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_dtype = np.result_type(self_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record._to_copy(dtype, result, self, self_a)
    return result if out is None else write_out("_to_copy", result, out)


def fill(self, value, *, out=None):
    """fill(Tensor self, Scalar value) -> Tensor  [derivatives.yaml:675]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.full_like(self_a, value)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FillBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.fill(result, self, self_a, value)
    return result if out is None else write_out("fill", result, out)


def copy(self, src, *, out=None):
    """copy(Tensor self, Tensor src) -> Tensor  [derivatives.yaml:684]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(src, Tensor):
        src_a, src_rg = src._data, src._requires_grad
    else:
        src_a, src_rg = src, False
    try:
        out_a = kernels.copy_into(self_a, src_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, src_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, src_a)
    if (self_rg or src_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CopyBackward0()
        node._next = (edge(self) if self_rg else None, edge(src) if src_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.copy(result, self, self_a, src, src_a)
    return result if out is None else write_out("copy", result, out)


def zeros_like(self, *, out=None):
    """zeros_like(Tensor self) -> Tensor  [derivatives.yaml:696]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.zeros_like(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("zeros_like", make(out_a), out)


def nextafter(self, other, *, out=None):
    """nextafter(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:704]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = np.nextafter(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NextafterBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        no_forward_formula("nextafter", (self, other))
    return result if out is None else write_out("nextafter", result, out)


def eq(self, other, *, out=None):
    """eq(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:711]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.equal(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("eq", make(out_a), out)


def ne(self, other, *, out=None):
    """ne(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:718]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.not_equal(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("ne", make(out_a), out)


def lt(self, other, *, out=None):
    """lt(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:725]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.less(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("lt", make(out_a), out)


def le(self, other, *, out=None):
    """le(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:732]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.less_equal(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("le", make(out_a), out)


def gt(self, other, *, out=None):
    """gt(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:739]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.greater(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("gt", make(out_a), out)


def ge(self, other, *, out=None):
    """ge(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:746]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.greater_equal(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("ge", make(out_a), out)


def bitwise_and(self, other, *, out=None):
    """bitwise_and(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:753]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.bitwise_and(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("bitwise_and", make(out_a), out)


def bitwise_or(self, other, *, out=None):
    """bitwise_or(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:763]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.bitwise_or(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("bitwise_or", make(out_a), out)


def bitwise_not(self, *, out=None):
    """bitwise_not(Tensor self) -> Tensor  [derivatives.yaml:773]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.invert(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("bitwise_not", make(out_a), out)


def positive(self, *, out=None):
    """positive(Tensor self) -> Tensor  [derivatives.yaml:782]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.positive(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PositiveBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.positive(result, self, self_a)
    return result if out is None else write_out("positive", result, out)


def bitwise_xor(self, other, *, out=None):
    """bitwise_xor(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:789]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.bitwise_xor(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("bitwise_xor", make(out_a), out)


def logical_and(self, other, *, out=None):
    """logical_and(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:799]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.logical_and(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("logical_and", make(out_a), out)


def logical_or(self, other, *, out=None):
    """logical_or(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:805]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.logical_or(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("logical_or", make(out_a), out)


def logical_xor(self, other, *, out=None):
    """logical_xor(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:811]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.logical_xor(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    return make(out_a) if out is None else write_out("logical_xor", make(out_a), out)


def logical_not(self, *, out=None):
    """logical_not(Tensor self) -> Tensor  [derivatives.yaml:817]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.logical_not(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("logical_not", make(out_a), out)


def exp2(self, *, out=None):
    """exp2(Tensor self) -> Tensor  [derivatives.yaml:824]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.exp2(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Exp2Backward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.exp2(result, self, self_a)
    return result if out is None else write_out("exp2", result, out)


def expm1(self, *, out=None):
    """expm1(Tensor self) -> Tensor  [derivatives.yaml:830]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.expm1(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Expm1Backward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.expm1(result, self, self_a)
    return result if out is None else write_out("expm1", result, out)


def log2(self, *, out=None):
    """log2(Tensor self) -> Tensor  [derivatives.yaml:836]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.log2(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Log2Backward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.log2(result, self, self_a)
    return result if out is None else write_out("log2", result, out)


def log10(self, *, out=None):
    """log10(Tensor self) -> Tensor  [derivatives.yaml:844]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.log10(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Log10Backward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.log10(result, self, self_a)
    return result if out is None else write_out("log10", result, out)


def rsqrt(self, *, out=None):
    """rsqrt(Tensor self) -> Tensor  [derivatives.yaml:852]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.rsqrt(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RsqrtBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.rsqrt(result, self, self_a)
    return result if out is None else write_out("rsqrt", result, out)


def square(self, *, out=None):
    """square(Tensor self) -> Tensor  [derivatives.yaml:860]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.square(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SquareBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.square(result, self, self_a)
    return result if out is None else write_out("square", result, out)


def reciprocal(self, *, out=None):
    """reciprocal(Tensor self) -> Tensor  [derivatives.yaml:866]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.reciprocal(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReciprocalBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.reciprocal(result, self, self_a)
    return result if out is None else write_out("reciprocal", result, out)


def tan(self, *, out=None):
    """tan(Tensor self) -> Tensor  [derivatives.yaml:878]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.tan(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TanBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.tan(result, self, self_a)
    return result if out is None else write_out("tan", result, out)


def asin(self, *, out=None):
    """asin(Tensor self) -> Tensor  [derivatives.yaml:886]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.arcsin(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AsinBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.asin(result, self, self_a)
    return result if out is None else write_out("asin", result, out)


def acos(self, *, out=None):
    """acos(Tensor self) -> Tensor  [derivatives.yaml:894]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.arccos(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AcosBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.acos(result, self, self_a)
    return result if out is None else write_out("acos", result, out)


def atan(self, *, out=None):
    """atan(Tensor self) -> Tensor  [derivatives.yaml:902]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.arctan(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AtanBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.atan(result, self, self_a)
    return result if out is None else write_out("atan", result, out)


def sinh(self, *, out=None):
    """sinh(Tensor self) -> Tensor  [derivatives.yaml:908]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.sinh(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SinhBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sinh(result, self, self_a)
    return result if out is None else write_out("sinh", result, out)


def cosh(self, *, out=None):
    """cosh(Tensor self) -> Tensor  [derivatives.yaml:914]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.cosh(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CoshBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.cosh(result, self, self_a)
    return result if out is None else write_out("cosh", result, out)


def asinh(self, *, out=None):
    """asinh(Tensor self) -> Tensor  [derivatives.yaml:920]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.arcsinh(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AsinhBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.asinh(result, self, self_a)
    return result if out is None else write_out("asinh", result, out)


def acosh(self, *, out=None):
    """acosh(Tensor self) -> Tensor  [derivatives.yaml:926]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.arccosh(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AcoshBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.acosh(result, self, self_a)
    return result if out is None else write_out("acosh", result, out)


def atanh(self, *, out=None):
    """atanh(Tensor self) -> Tensor  [derivatives.yaml:934]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.arctanh(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AtanhBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.atanh(result, self, self_a)
    return result if out is None else write_out("atanh", result, out)


def logit(self, eps=None, *, out=None):
    """logit(Tensor self, float? eps=None) -> Tensor  [derivatives.yaml:942]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.logit(self_a, eps)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogitBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.eps = eps
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.logit(eps, result, self, self_a)
    return result if out is None else write_out("logit", result, out)


def erf(self, *, out=None):
    """erf(Tensor self) -> Tensor  [derivatives.yaml:956]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.erf(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ErfBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.erf(result, self, self_a)
    return result if out is None else write_out("erf", result, out)


def erfc(self, *, out=None):
    """erfc(Tensor self) -> Tensor  [derivatives.yaml:962]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.erfc(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ErfcBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.erfc(result, self, self_a)
    return result if out is None else write_out("erfc", result, out)


def erfinv(self, *, out=None):
    """erfinv(Tensor self) -> Tensor  [derivatives.yaml:968]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.erfinv(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ErfinvBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.erfinv(result, self, self_a)
    return result if out is None else write_out("erfinv", result, out)


def lgamma(self, *, out=None):
    """lgamma(Tensor self) -> Tensor  [derivatives.yaml:976]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.lgamma(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LgammaBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.lgamma(result, self, self_a)
    return result if out is None else write_out("lgamma", result, out)


def digamma(self, *, out=None):
    """digamma(Tensor self) -> Tensor  [derivatives.yaml:989]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.digamma(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DigammaBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.digamma(result, self, self_a)
    return result if out is None else write_out("digamma", result, out)


def polygamma(n, self, *, out=None):
    """polygamma(int n, Tensor self) -> Tensor  [derivatives.yaml:1004]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.polygamma(n, self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.PolygammaBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.n = n
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.polygamma(n, result, self, self_a)
    return result if out is None else write_out("polygamma", result, out)


def sinc(self, *, out=None):
    """sinc(Tensor self) -> Tensor  [derivatives.yaml:1018]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.sinc(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SincBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.sinc(result, self, self_a)
    return result if out is None else write_out("sinc", result, out)


def floor(self, *, out=None):
    """floor(Tensor self) -> Tensor  [derivatives.yaml:1024]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.floor(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FloorBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.floor(result, self, self_a)
    return result if out is None else write_out("floor", result, out)


def ceil(self, *, out=None):
    """ceil(Tensor self) -> Tensor  [derivatives.yaml:1030]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.ceil(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CeilBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.ceil(result, self, self_a)
    return result if out is None else write_out("ceil", result, out)


def trunc(self, *, out=None):
    """trunc(Tensor self) -> Tensor  [derivatives.yaml:1036]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.trunc(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TruncBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.trunc(result, self, self_a)
    return result if out is None else write_out("trunc", result, out)


def frac(self, *, out=None):
    """frac(Tensor self) -> Tensor  [derivatives.yaml:1042]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.frac(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FracBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.frac(result, self, self_a)
    return result if out is None else write_out("frac", result, out)


def isfinite(self, *, out=None):
    """isfinite(Tensor self) -> Tensor  [derivatives.yaml:1048]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.isfinite(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("isfinite", make(out_a), out)


def isnan(self, *, out=None):
    """isnan(Tensor self) -> Tensor  [derivatives.yaml:1053]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.isnan(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("isnan", make(out_a), out)


def isinf(self, *, out=None):
    """isinf(Tensor self) -> Tensor  [derivatives.yaml:1058]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.isinf(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("isinf", make(out_a), out)


def isposinf(self, *, out=None):
    """isposinf(Tensor self) -> Tensor  [derivatives.yaml:1063]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.isposinf(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("isposinf", make(out_a), out)


def isneginf(self, *, out=None):
    """isneginf(Tensor self) -> Tensor  [derivatives.yaml:1068]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.isneginf(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("isneginf", make(out_a), out)


def signbit(self, *, out=None):
    """signbit(Tensor self) -> Tensor  [derivatives.yaml:1073]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = np.signbit(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("signbit", make(out_a), out)


def nan_to_num(self, nan=None, posinf=None, neginf=None, *, out=None):
    """nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor  [derivatives.yaml:1078]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = np.nan_to_num(self_a, nan=0.0 if nan is None else nan, posinf=posinf, neginf=neginf)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NanToNumBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.nan_to_num(nan, neginf, posinf, result, self, self_a)
    return result if out is None else write_out("nan_to_num", result, out)


def atan2(self, other, *, out=None):
    """atan2(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1090]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.atan2(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.Atan2Backward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.atan2(other, other_a, result, self, self_a)
    return result if out is None else write_out("atan2", result, out)


def hypot(self, other, *, out=None):
    """hypot(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1097]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.hypot(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HypotBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if self_rg:
            node.self = save(self)
        if other_rg:
            node.other = save(other)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.hypot(other, other_a, result, self, self_a)
    return result if out is None else write_out("hypot", result, out)


def fmod(self, other, *, out=None):
    """fmod(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1104]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.fmod(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FmodBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(self)
        if other_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.fmod(other, other_a, result, self, self_a)
    return result if out is None else write_out("fmod", result, out)


def remainder(self, other, *, out=None):
    """remainder(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1123]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.remainder(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RemainderBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if other_rg:
            node.self = save(self)
        if other_rg:
            node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.remainder(other, other_a, result, self, self_a)
    return result if out is None else write_out("remainder", result, out)


def xlogy(self, other, *, out=None):
    """xlogy(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1143]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.xlogy(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.XlogyBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.xlogy(other, other_a, result, self, self_a)
    return result if out is None else write_out("xlogy", result, out)


def logaddexp(self, other, *, out=None):
    """logaddexp(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1161]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a, other_rg = other._data, other._requires_grad
    else:
        other_a, other_rg = other, False
    try:
        out_a = kernels.logaddexp(self_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if (self_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogaddexpBackward0()
        node._next = (edge(self) if self_rg else None, edge(other) if other_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.logaddexp(other, other_a, result, self, self_a)
    return result if out is None else write_out("logaddexp", result, out)


def lerp(self, end, weight, *, out=None):
    """lerp(Tensor self, Tensor end, Tensor weight) -> Tensor  [derivatives.yaml:1168]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(end, Tensor):
        end_a, end_rg = end._data, end._requires_grad
    else:
        end_a, end_rg = end, False
    if isinstance(weight, Tensor):
        weight_a, weight_rg = weight._data, weight._requires_grad
    else:
        weight_a, weight_rg = weight, False
    try:
        out_a = kernels.lerp(self_a, end_a, weight_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, end_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, end_a, weight_a)
    if (self_rg or end_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LerpBackward0()
        node._next = (edge(self) if self_rg else None, edge(end) if end_rg else None, edge(weight) if weight_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if weight_rg:
            node.self = save(self)
        if weight_rg:
            node.end = save(end)
        if self_rg or end_rg:
            node.weight = save(weight)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.lerp(end, end_a, result, self, self_a, weight, weight_a)
    return result if out is None else write_out("lerp", result, out)


def addcmul(self, tensor1, tensor2, *, value=1, out=None):
    """addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor  [derivatives.yaml:1185]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(tensor1, Tensor):
        tensor1_a, tensor1_rg = tensor1._data, tensor1._requires_grad
    else:
        tensor1_a, tensor1_rg = tensor1, False
    if isinstance(tensor2, Tensor):
        tensor2_a, tensor2_rg = tensor2._data, tensor2._requires_grad
    else:
        tensor2_a, tensor2_rg = tensor2, False
    try:
        out_a = kernels.addcmul(self_a, tensor1_a, tensor2_a, value)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, tensor1_a, tensor2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, tensor1_a, tensor2_a)
    if (self_rg or tensor1_rg or tensor2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddcmulBackward0()
        node._next = (edge(self) if self_rg else None, edge(tensor1) if tensor1_rg else None, edge(tensor2) if tensor2_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
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
        jvp.record.addcmul(result, self, self_a, tensor1, tensor1_a, tensor2, tensor2_a, value)
    return result if out is None else write_out("addcmul", result, out)


def addcdiv(self, tensor1, tensor2, *, value=1, out=None):
    """addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor  [derivatives.yaml:1200]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(tensor1, Tensor):
        tensor1_a, tensor1_rg = tensor1._data, tensor1._requires_grad
    else:
        tensor1_a, tensor1_rg = tensor1, False
    if isinstance(tensor2, Tensor):
        tensor2_a, tensor2_rg = tensor2._data, tensor2._requires_grad
    else:
        tensor2_a, tensor2_rg = tensor2, False
    try:
        out_a = kernels.addcdiv(self_a, tensor1_a, tensor2_a, value)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, tensor1_a, tensor2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, tensor1_a, tensor2_a)
    if (self_rg or tensor1_rg or tensor2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddcdivBackward0()
        node._next = (edge(self) if self_rg else None, edge(tensor1) if tensor1_rg else None, edge(tensor2) if tensor2_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
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
        jvp.record.addcdiv(result, self, self_a, tensor1, tensor1_a, tensor2, tensor2_a, value)
    return result if out is None else write_out("addcdiv", result, out)


def clip(self, min=None, max=None, *, out=None):
    """clip(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor  [derivatives.yaml:1217]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(min, Tensor):
        min_a, min_rg = min._data, min._requires_grad
    else:
        min_a, min_rg = min, False
    if isinstance(max, Tensor):
        max_a, max_rg = max._data, max._requires_grad
    else:
        max_a, max_rg = max, False
    try:
        out_a = kernels.clamp_tensor(self_a, min_a, max_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, min_a, max_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, min_a, max_a)
    if (self_rg or min_rg or max_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ClipBackward0()
        node._next = (edge(self) if self_rg else None, edge(min) if min_rg else None, edge(max) if max_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.min = save(min)
        node.max = save(max)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.clip(max, max_a, min, min_a, result, self, self_a)
    return result if out is None else write_out("clip", result, out)


def hardtanh(self, min_val=-1, max_val=1, *, out=None):
    """hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor  [derivatives.yaml:1238]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.hardtanh(self_a, min_val, max_val)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HardtanhBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.min_val = min_val
        node.max_val = max_val
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.hardtanh(max_val, min_val, result, self, self_a)
    return result if out is None else write_out("hardtanh", result, out)


def leaky_relu(self, negative_slope=0.01, *, out=None):
    """leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor  [derivatives.yaml:1250]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.leaky_relu(self_a, negative_slope)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LeakyReluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.negative_slope = negative_slope
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.leaky_relu(negative_slope, result, self, self_a)
    return result if out is None else write_out("leaky_relu", result, out)


def elu(self, alpha=1, scale=1, input_scale=1, *, out=None):
    """elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor  [derivatives.yaml:1262]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.elu(self_a, alpha, scale, input_scale)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.alpha = alpha
        node.scale = scale
        node.input_scale = input_scale
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.elu(alpha, input_scale, result, scale, self, self_a)
    return result if out is None else write_out("elu", result, out)


def selu(self, *, out=None):
    """selu(Tensor self) -> Tensor  [derivatives.yaml:1275]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.selu(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SeluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.selu(result, self, self_a)
    return result if out is None else write_out("selu", result, out)


def celu(self, alpha=1.0, *, out=None):
    """celu(Tensor self, Scalar alpha=1.0) -> Tensor  [derivatives.yaml:1281]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.celu(self_a, alpha)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CeluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.alpha = alpha
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.celu(alpha, result, self, self_a)
    return result if out is None else write_out("celu", result, out)


def gelu(self, *, approximate='none', out=None):
    """gelu(Tensor self, *, str approximate='none') -> Tensor  [derivatives.yaml:1293]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.gelu(self_a, approximate)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GeluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.approximate = approximate
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.gelu(approximate, result, self, self_a)
    return result if out is None else write_out("gelu", result, out)


def gelu_backward(output_grad, self, *, approximate='none', out=None):
    """gelu_backward(Tensor output_grad, Tensor self, *, str approximate='none') -> Tensor  [derivatives.yaml:1308]"""
    if isinstance(output_grad, Tensor):
        output_grad_a, output_grad_rg = output_grad._data, output_grad._requires_grad
    else:
        output_grad_a, output_grad_rg = output_grad, False
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    try:
        out_a = kernels.gelu_backward(output_grad_a, self_a, approximate)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, self_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, self_a)
    if (output_grad_rg or self_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GeluBackwardBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(self) if self_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if self_rg:
            node.output_grad = save(output_grad)
        node.self = save(self)
        node.approximate = approximate
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.gelu_backward(approximate, output_grad, output_grad_a, result, self, self_a)
    return result if out is None else write_out("gelu_backward", result, out)


def silu(self, *, out=None):
    """silu(Tensor self) -> Tensor  [derivatives.yaml:1323]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.silu(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SiluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.silu(result, self, self_a)
    return result if out is None else write_out("silu", result, out)


def mish(self, *, out=None):
    """mish(Tensor self) -> Tensor  [derivatives.yaml:1331]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.mish(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MishBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.mish(result, self, self_a)
    return result if out is None else write_out("mish", result, out)


def softplus(self, beta=1, threshold=20, *, out=None):
    """softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor  [derivatives.yaml:1339]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.softplus(self_a, beta, threshold)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SoftplusBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.beta = beta
        node.threshold = threshold
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.softplus(beta, result, self, self_a, threshold)
    return result if out is None else write_out("softplus", result, out)


def log_sigmoid(self, *, out=None):
    """log_sigmoid(Tensor self) -> Tensor  [derivatives.yaml:1353]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.log_sigmoid(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogSigmoidBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.log_sigmoid(result, self, self_a)
    return result if out is None else write_out("log_sigmoid", result, out)


def hardsigmoid(self, *, out=None):
    """hardsigmoid(Tensor self) -> Tensor  [derivatives.yaml:1361]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.hardsigmoid(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HardsigmoidBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.hardsigmoid(result, self, self_a)
    return result if out is None else write_out("hardsigmoid", result, out)


def hardswish(self, *, out=None):
    """hardswish(Tensor self) -> Tensor  [derivatives.yaml:1373]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.hardswish(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HardswishBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.hardswish(result, self, self_a)
    return result if out is None else write_out("hardswish", result, out)


def glu(self, dim=-1, *, out=None):
    """glu(Tensor self, int dim=-1) -> Tensor  [derivatives.yaml:1385]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.glu(self_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GluBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.glu(dim, result, self, self_a)
    return result if out is None else write_out("glu", result, out)


def prod(self, dim=None, keepdim=False, *, dtype=None, out=None):
    """prod(Tensor self, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1400]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.prod(self_a, dim, keepdim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ProdBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.prod(dim, dtype, keepdim, result, self, self_a)
    return result if out is None else write_out("prod", result, out)


def var(self, dim=None, unbiased=None, keepdim=False, *, correction=None, out=None):
    """var(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor  [derivatives.yaml:1416]"""
    dim = None if dim is None else kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.var(self_a, dim, unbiased, keepdim, correction)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.VarBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.unbiased = unbiased
        node.keepdim = keepdim
        node.correction = correction
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.var(correction, dim, keepdim, result, self, self_a, unbiased)
    return result if out is None else write_out("var", result, out)


def std(self, dim=None, unbiased=None, keepdim=False, *, correction=None, out=None):
    """std(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor  [derivatives.yaml:1431]"""
    dim = None if dim is None else kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.std(self_a, dim, unbiased, keepdim, correction)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.StdBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.unbiased = unbiased
        node.keepdim = keepdim
        node.correction = correction
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.std(correction, dim, keepdim, result, self, self_a, unbiased)
    return result if out is None else write_out("std", result, out)


def norm(self, p='fro', dim=None, keepdim=False, *, dtype=None, out=None):
    """norm(Tensor self, str? p='fro', int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1448]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.norm(self_a, p, dim, keepdim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NormBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.p = p
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.norm(dim, dtype, keepdim, p, result, self, self_a)
    return result if out is None else write_out("norm", result, out)


def linalg_vector_norm(self, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    """linalg_vector_norm(Tensor self, Scalar ord=2, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1468]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.vector_norm(self_a, ord, dim, keepdim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgVectorNormBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.ord = ord
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_vector_norm(dim, dtype, keepdim, ord, result, self, self_a)
    return result if out is None else write_out("linalg_vector_norm", result, out)


def logsumexp(self, dim, keepdim=False, *, out=None):
    """logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor  [derivatives.yaml:1487]"""
    dim = kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.logsumexp(self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogsumexpBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.logsumexp(dim, keepdim, result, self, self_a)
    return result if out is None else write_out("logsumexp", result, out)


def cumsum(self, dim, *, dtype=None, out=None):
    """cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1500]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.cumsum(self_a, dim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CumsumBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.cumsum(dim, dtype, result, self, self_a)
    return result if out is None else write_out("cumsum", result, out)


def cumprod(self, dim, *, dtype=None, out=None):
    """cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1513]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.cumprod(self_a, dim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.CumprodBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.dim = dim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.cumprod(dim, dtype, result, self, self_a)
    return result if out is None else write_out("cumprod", result, out)


def argmax(self, dim=None, keepdim=False, *, out=None):
    """argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml:1526]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = kernels.argmax(self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("argmax", make(out_a), out)


def argmin(self, dim=None, keepdim=False, *, out=None):
    """argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml:1536]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = kernels.argmin(self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("argmin", make(out_a), out)


def all(self, dim=None, keepdim=False, *, out=None):
    """all(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml:1547]"""
    dim = None if dim is None else kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = kernels.all_any(np.all, self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("all", make(out_a), out)


def any_reduce(self, dim=None, keepdim=False, *, out=None):
    """any.reduce(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml:1558]"""
    dim = None if dim is None else kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = kernels.all_any(np.any, self_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("any_reduce", make(out_a), out)


def count_nonzero(self, dim=None, *, out=None):
    """count_nonzero(Tensor self, int[]? dim=None) -> Tensor  [derivatives.yaml:1567]"""
    dim = None if dim is None else kernels.int_list(dim)
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = kernels.count_nonzero(self_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("count_nonzero", make(out_a), out)


def argsort(self, dim=-1, descending=False, *, stable=False, out=None):
    """argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor  [derivatives.yaml:1572]"""
    if isinstance(self, Tensor):
        self_a = self._data
    else:
        self_a = self
    out_a = kernels.sort(self_a, dim, descending, stable)[1]
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    return make(out_a) if out is None else write_out("argsort", make(out_a), out)


def nansum(self, dim=None, keepdim=False, *, dtype=None, out=None):
    """nansum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1578]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.nansum(self_a, dim, keepdim, dtype)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NansumBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.nansum(dim, dtype, keepdim, result, self, self_a)
    return result if out is None else write_out("nansum", result, out)
SortResult = collections.namedtuple("SortResult", ['values', 'indices'])


def sort(self, dim=-1, descending=False, *, stable=False):
    """sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=False) -> (Tensor values, Tensor indices)  [derivatives.yaml:1589]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.sort(self_a, dim, descending, stable=stable)
    if self_rg and grad_mode.enabled:
        node = functions.SortBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.sort(descending, dim, indices, self, self_a, stable, values)
    return SortResult(values, indices)
TopkResult = collections.namedtuple("TopkResult", ['values', 'indices'])


def topk(self, k, dim=-1, largest=True, sorted=True):
    """topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)  [derivatives.yaml:1604]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.topk(self_a, k, dim, largest, sorted)
    if self_rg and grad_mode.enabled:
        node = functions.TopkBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.topk(dim, indices, k, largest, self, self_a, sorted, values)
    return TopkResult(values, indices)


def addmm(self, mat1, mat2, *, beta=1, alpha=1, out=None):
    """addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor  [derivatives.yaml:1622]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(mat1, Tensor):
        mat1_a, mat1_rg = mat1._data, mat1._requires_grad
    else:
        mat1_a, mat1_rg = mat1, False
    if isinstance(mat2, Tensor):
        mat2_a, mat2_rg = mat2._data, mat2._requires_grad
    else:
        mat2_a, mat2_rg = mat2, False
    try:
        out_a = kernels.addmm(self_a, mat1_a, mat2_a, beta, alpha)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, mat1_a, mat2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, mat1_a, mat2_a)
    if (self_rg or mat1_rg or mat2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AddmmBackward0()
        node._next = (edge(self) if self_rg else None, edge(mat1) if mat1_rg else None, edge(mat2) if mat2_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if mat2_rg:
            node.mat1 = save(mat1)
        if mat1_rg or mat2_rg:
            node.mat2 = save(mat2)
        if self_rg:
            node.beta = beta
        if mat1_rg or mat2_rg:
            node.alpha = alpha
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.addmm(alpha, beta, mat1, mat1_a, mat2, mat2_a, result, self, self_a)
    return result if out is None else write_out("addmm", result, out)


def mm(self, mat2, *, out=None):
    """mm(Tensor self, Tensor mat2) -> Tensor  [derivatives.yaml:1636]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(mat2, Tensor):
        mat2_a, mat2_rg = mat2._data, mat2._requires_grad
    else:
        mat2_a, mat2_rg = mat2, False
    try:
        out_a = kernels.mm(self_a, mat2_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, mat2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, mat2_a)
    if (self_rg or mat2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MmBackward0()
        node._next = (edge(self) if self_rg else None, edge(mat2) if mat2_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if mat2_rg:
            node.self = save(self)
        node.mat2 = save(mat2)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.mm(mat2, mat2_a, result, self, self_a)
    return result if out is None else write_out("mm", result, out)


def mv(self, vec, *, out=None):
    """mv(Tensor self, Tensor vec) -> Tensor  [derivatives.yaml:1649]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(vec, Tensor):
        vec_a, vec_rg = vec._data, vec._requires_grad
    else:
        vec_a, vec_rg = vec, False
    try:
        out_a = kernels.mv(self_a, vec_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, vec_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, vec_a)
    if (self_rg or vec_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MvBackward0()
        node._next = (edge(self) if self_rg else None, edge(vec) if vec_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if vec_rg:
            node.self = save(self)
        if self_rg:
            node.vec = save(vec)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.mv(result, self, self_a, vec, vec_a)
    return result if out is None else write_out("mv", result, out)


def bmm(self, mat2, *, out=None):
    """bmm(Tensor self, Tensor mat2) -> Tensor  [derivatives.yaml:1661]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(mat2, Tensor):
        mat2_a, mat2_rg = mat2._data, mat2._requires_grad
    else:
        mat2_a, mat2_rg = mat2, False
    try:
        out_a = kernels.bmm(self_a, mat2_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, mat2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, mat2_a)
    if (self_rg or mat2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.BmmBackward0()
        node._next = (edge(self) if self_rg else None, edge(mat2) if mat2_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if mat2_rg:
            node.self = save(self)
        if self_rg:
            node.mat2 = save(mat2)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.bmm(mat2, mat2_a, result, self, self_a)
    return result if out is None else write_out("bmm", result, out)


def outer(self, vec2, *, out=None):
    """outer(Tensor self, Tensor vec2) -> Tensor  [derivatives.yaml:1674]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(vec2, Tensor):
        vec2_a, vec2_rg = vec2._data, vec2._requires_grad
    else:
        vec2_a, vec2_rg = vec2, False
    try:
        out_a = kernels.outer(self_a, vec2_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, vec2_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, vec2_a)
    if (self_rg or vec2_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.OuterBackward0()
        node._next = (edge(self) if self_rg else None, edge(vec2) if vec2_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if vec2_rg:
            node.self = save(self)
        if self_rg:
            node.vec2 = save(vec2)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.outer(result, self, self_a, vec2, vec2_a)
    return result if out is None else write_out("outer", result, out)


def trace(self, *, out=None):
    """trace(Tensor self) -> Tensor  [derivatives.yaml:1686]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.trace(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TraceBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.trace(result, self, self_a)
    return result if out is None else write_out("trace", result, out)


def diag(self, diagonal=0, *, out=None):
    """diag(Tensor self, int diagonal=0) -> Tensor  [derivatives.yaml:1699]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.diag(self_a, diagonal)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DiagBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.diagonal = diagonal
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.diag(diagonal, result, self, self_a)
    return result if out is None else write_out("diag", result, out)


def diagonal(self, offset=0, dim1=0, dim2=1, *, out=None):
    """diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor  [derivatives.yaml:1714]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.diagonal(self_a, offset, dim1, dim2)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DiagonalBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.offset = offset
        node.dim1 = dim1
        node.dim2 = dim2
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.diagonal(dim1, dim2, offset, result, self, self_a)
    return result if out is None else write_out("diagonal", result, out)


def diagonal_backward(src, input_sizes, offset, dim1, dim2, *, out=None):
    """diagonal_backward(Tensor src, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor  [derivatives.yaml:1730]"""
    input_sizes = kernels.int_list(input_sizes)
    if isinstance(src, Tensor):
        src_a, src_rg = src._data, src._requires_grad
    else:
        src_a, src_rg = src, False
    out_a = kernels.diagonal_backward(src_a, input_sizes, offset, dim1, dim2)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(src_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, src_a)
    if src_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DiagonalBackwardBackward0()
        node._next = (edge(src),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.offset = offset
        node.dim1 = dim1
        node.dim2 = dim2
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.diagonal_backward(dim1, dim2, input_sizes, offset, result, src, src_a)
    return result if out is None else write_out("diagonal_backward", result, out)


def tril(self, diagonal=0, *, out=None):
    """tril(Tensor self, int diagonal=0) -> Tensor  [derivatives.yaml:1741]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.tril(self_a, diagonal)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TrilBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.diagonal = diagonal
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.tril(diagonal, result, self, self_a)
    return result if out is None else write_out("tril", result, out)


def triu(self, diagonal=0, *, out=None):
    """triu(Tensor self, int diagonal=0) -> Tensor  [derivatives.yaml:1752]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.triu(self_a, diagonal)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TriuBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.diagonal = diagonal
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.triu(diagonal, result, self, self_a)
    return result if out is None else write_out("triu", result, out)


def linalg_inv(A, *, out=None):
    """linalg_inv(Tensor A) -> Tensor  [derivatives.yaml:1766]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    out_a = kernels.linalg_inv(A_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgInvBackward0()
        node._next = (edge(A),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_inv(A, A_a, result)
    return result if out is None else write_out("linalg_inv", result, out)


def linalg_det(A, *, out=None):
    """linalg_det(Tensor A) -> Tensor  [derivatives.yaml:1777]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    out_a = kernels.linalg_det(A_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgDetBackward0()
        node._next = (edge(A),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_det(A, A_a, result)
    return result if out is None else write_out("linalg_det", result, out)


def det(self, *, out=None):
    """det(Tensor self) -> Tensor  [derivatives.yaml:1788]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.linalg_det(self_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.DetBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.det(result, self, self_a)
    return result if out is None else write_out("det", result, out)
LinalgSlogdetResult = collections.namedtuple("LinalgSlogdetResult", ['sign', 'logabsdet'])


def linalg_slogdet(A):
    """linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)  [derivatives.yaml:1798]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
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
        jvp.record.linalg_slogdet(A, A_a, logabsdet, sign)
    return LinalgSlogdetResult(sign, logabsdet)


def linalg_solve(A, B, *, left=True, out=None):
    """linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor  [derivatives.yaml:1811]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    if isinstance(B, Tensor):
        B_a, B_rg = B._data, B._requires_grad
    else:
        B_a, B_rg = B, False
    try:
        out_a = kernels.linalg_solve(A_a, B_a, left)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, A_a, B_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a, B_a)
    if (A_rg or B_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgSolveBackward0()
        node._next = (edge(A) if A_rg else None, edge(B) if B_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.B_shape = np.shape(B_a)
        node.left = left
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_solve(A, A_a, B, B_a, left, result)
    return result if out is None else write_out("linalg_solve", result, out)


def linalg_cholesky(A, *, upper=False, out=None):
    """linalg_cholesky(Tensor A, *, bool upper=False) -> (Tensor L)  [derivatives.yaml:1830]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    out_a = kernels.linalg_cholesky(A_a, upper)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgCholeskyBackward0()
        node._next = (edge(A),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.upper = upper
        node.L = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_cholesky(A, A_a, result, upper)
    return result if out is None else write_out("linalg_cholesky", result, out)
LinalgEighResult = collections.namedtuple("LinalgEighResult", ['eigenvalues', 'eigenvectors'])


def linalg_eigh(A, UPLO='L'):
    """linalg_eigh(Tensor A, str UPLO='L') -> (Tensor eigenvalues, Tensor eigenvectors)  [derivatives.yaml:1844]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    outs = raw.linalg_eigh(A_a, UPLO)
    if A_rg and grad_mode.enabled:
        node = functions.LinalgEighBackward0()
        node._next = (edge(A),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        eigenvalues = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        eigenvectors = make(outs[1], node if is_float_dtype(outs[1].dtype) else None, 1)
        node.eigenvalues = save_result(eigenvalues)
        node.eigenvectors = save_result(eigenvectors)
    else:
        eigenvalues = make(outs[0])
        eigenvectors = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.linalg_eigh(A, A_a, UPLO, eigenvalues, eigenvectors)
    return LinalgEighResult(eigenvalues, eigenvectors)
LinalgSvdResult = collections.namedtuple("LinalgSvdResult", ['U', 'S', 'Vh'])


def linalg_svd(A, full_matrices=True):
    """linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor U, Tensor S, Tensor Vh)  [derivatives.yaml:1859]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    outs = raw.linalg_svd(A_a, full_matrices)
    if A_rg and grad_mode.enabled:
        node = functions.LinalgSvdBackward0()
        node._next = (edge(A),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        U = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        S = make(outs[1], node if is_float_dtype(outs[1].dtype) else None, 1)
        Vh = make(outs[2], node if is_float_dtype(outs[2].dtype) else None, 2)
        node.full_matrices = full_matrices
        node.U = save_result(U)
        node.S = save_result(S)
        node.Vh = save_result(Vh)
    else:
        U = make(outs[0])
        S = make(outs[1])
        Vh = make(outs[2])
    if FORWARD_AD[0]:
        jvp.record.linalg_svd(A, A_a, S, U, Vh, full_matrices)
    return LinalgSvdResult(U, S, Vh)


def linalg_svdvals(A, *, out=None):
    """linalg_svdvals(Tensor A) -> Tensor  [derivatives.yaml:1874]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    out_a = kernels.linalg_svdvals(A_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgSvdvalsBackward0()
        node._next = (edge(A),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_svdvals(A, A_a, result)
    return result if out is None else write_out("linalg_svdvals", result, out)
LinalgQrResult = collections.namedtuple("LinalgQrResult", ['Q', 'R'])


def linalg_qr(A, mode='reduced'):
    """linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)  [derivatives.yaml:1886]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    outs = raw.linalg_qr(A_a, mode)
    if A_rg and grad_mode.enabled:
        node = functions.LinalgQrBackward0()
        node._next = (edge(A),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        Q = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        R = make(outs[1], node if is_float_dtype(outs[1].dtype) else None, 1)
        node.mode = mode
        node.Q = save_result(Q)
        node.R = save_result(R)
    else:
        Q = make(outs[0])
        R = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.linalg_qr(A, A_a, Q, R, mode)
    return LinalgQrResult(Q, R)


def linalg_pinv(A, *, atol=None, rtol=None, hermitian=False, out=None):
    """linalg_pinv(Tensor A, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor  [derivatives.yaml:1901]"""
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    out_a = kernels.linalg_pinv(A_a, atol, rtol, hermitian)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgPinvBackward0()
        node._next = (edge(A),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_pinv(A, A_a, atol, hermitian, result, rtol)
    return result if out is None else write_out("linalg_pinv", result, out)


def linalg_matrix_norm(A, ord='fro', dim=[-2, -1], keepdim=False, *, dtype=None, out=None):
    """linalg_matrix_norm(Tensor A, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml:1915]"""
    dim = kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    if isinstance(A, Tensor):
        A_a, A_rg = A._data, A._requires_grad
    else:
        A_a, A_rg = A, False
    out_a = kernels.linalg_matrix_norm(A_a, ord, dim, keepdim, dtype)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgMatrixNormBackward0()
        node._next = (edge(A),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.ord = ord
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.linalg_matrix_norm(A, A_a, dim, dtype, keepdim, ord, result)
    return result if out is None else write_out("linalg_matrix_norm", result, out)


def movedim(self, source, destination, *, out=None):
    """movedim(Tensor self, int[] source, int[] destination) -> Tensor  [derivatives.yaml:1935]"""
    source = kernels.int_list(source)
    destination = kernels.int_list(destination)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.movedim(self_a, source, destination)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MovedimBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.source = source
        node.destination = destination
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.movedim(destination, result, self, self_a, source)
    return result if out is None else write_out("movedim", result, out)


def moveaxis(self, source, destination, *, out=None):
    """moveaxis(Tensor self, int[] source, int[] destination) -> Tensor  [derivatives.yaml:1948]"""
    source = kernels.int_list(source)
    destination = kernels.int_list(destination)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.movedim(self_a, source, destination)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MoveaxisBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.source = source
        node.destination = destination
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.moveaxis(destination, result, self, self_a, source)
    return result if out is None else write_out("moveaxis", result, out)


def swapaxes(self, axis0, axis1, *, out=None):
    """swapaxes(Tensor self, int axis0, int axis1) -> Tensor  [derivatives.yaml:1959]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.swapdims(self_a, axis0, axis1)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SwapaxesBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.axis0 = axis0
        node.axis1 = axis1
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.swapaxes(axis0, axis1, result, self, self_a)
    return result if out is None else write_out("swapaxes", result, out)


def swapdims(self, dim0, dim1, *, out=None):
    """swapdims(Tensor self, int dim0, int dim1) -> Tensor  [derivatives.yaml:1971]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.swapdims(self_a, dim0, dim1)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SwapdimsBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim0 = dim0
        node.dim1 = dim1
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.swapdims(dim0, dim1, result, self, self_a)
    return result if out is None else write_out("swapdims", result, out)


def broadcast_to(self, size, *more, out=None):
    """broadcast_to(Tensor self, int[] size) -> Tensor  [derivatives.yaml:1983]"""
    size = kernels.int_list(size, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.broadcast_to(self_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.BroadcastToBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.broadcast_to(result, self, self_a, size)
    return result if out is None else write_out("broadcast_to", result, out)


def expand_as(self, other, *, out=None):
    """expand_as(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:1996]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = kernels.broadcast_to(self_a, other_a.shape)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ExpandAsBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.expand_as(other, other_a, result, self, self_a)
    return result if out is None else write_out("expand_as", result, out)


def view_as(self, other, *, out=None):
    """view_as(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:2009]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.reshape(self_a, other_a.shape)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ViewAsBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.view_as(other, other_a, result, self, self_a)
    return result if out is None else write_out("view_as", result, out)


def reshape_as(self, other, *, out=None):
    """reshape_as(Tensor self, Tensor other) -> Tensor  [derivatives.yaml:2021]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(other, Tensor):
        other_a = other._data
    else:
        other_a = other
    try:
        out_a = np.reshape(self_a, other_a.shape)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, other_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReshapeAsBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.reshape_as(other, other_a, result, self, self_a)
    return result if out is None else write_out("reshape_as", result, out)


def repeat(self, repeats, *more, out=None):
    """repeat(Tensor self, int[] repeats) -> Tensor  [derivatives.yaml:2034]"""
    repeats = kernels.int_list(repeats, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.repeat(self_a, repeats)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RepeatBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.repeats = repeats
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.repeat(repeats, result, self, self_a)
    return result if out is None else write_out("repeat", result, out)


def tile(self, dims, *more, out=None):
    """tile(Tensor self, int[] dims) -> Tensor  [derivatives.yaml:2048]"""
    dims = kernels.int_list(dims, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.tile(self_a, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.TileBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dims = dims
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.tile(dims, result, self, self_a)
    return result if out is None else write_out("tile", result, out)


def flip(self, dims, *more, out=None):
    """flip(Tensor self, int[] dims) -> Tensor  [derivatives.yaml:2060]"""
    dims = kernels.int_list(dims, more)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.flip(self_a, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FlipBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dims = dims
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.flip(dims, result, self, self_a)
    return result if out is None else write_out("flip", result, out)


def roll(self, shifts, dims=[], *, out=None):
    """roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor  [derivatives.yaml:2072]"""
    shifts = kernels.int_list(shifts)
    dims = kernels.int_list(dims)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.roll(self_a, shifts, dims)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.RollBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.shifts = shifts
        node.dims = dims
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.roll(dims, result, self, self_a, shifts)
    return result if out is None else write_out("roll", result, out)


def narrow(self, dim, start, length, *, out=None):
    """narrow(Tensor self, int dim, int start, int length) -> Tensor  [derivatives.yaml:2085]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.narrow(self_a, dim, start, length)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NarrowBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.start = start
        node.length = length
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.narrow(dim, length, result, self, self_a, start)
    return result if out is None else write_out("narrow", result, out)


def select(self, dim, index, *, out=None):
    """select(Tensor self, int dim, int index) -> Tensor  [derivatives.yaml:2098]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.select(self_a, dim, index)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SelectBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.index = index
    else:
        result = make(out_a)
    mark_view(result, self)
    if FORWARD_AD[0]:
        jvp.record.select(dim, index, result, self, self_a)
    return result if out is None else write_out("select", result, out)


def gather(self, dim, index, *, sparse_grad=False, out=None):
    """gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor  [derivatives.yaml:2111]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(index, Tensor):
        index_a = index._data
    else:
        index_a = index
    try:
        out_a = kernels.gather(self_a, dim, index_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, index_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, index_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GatherBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.index = save(index)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.gather(dim, index, index_a, result, self, self_a, sparse_grad)
    return result if out is None else write_out("gather", result, out)


def index_select(self, dim, index, *, out=None):
    """index_select(Tensor self, int dim, Tensor index) -> Tensor  [derivatives.yaml:2126]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(index, Tensor):
        index_a = index._data
    else:
        index_a = index
    try:
        out_a = kernels.index_select(self_a, dim, index_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, index_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, index_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexSelectBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(self_a)
        node.dim = dim
        node.index = save(index)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.index_select(dim, index, index_a, result, self, self_a)
    return result if out is None else write_out("index_select", result, out)


def scatter_add(self, dim, index, src, *, out=None):
    """scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor  [derivatives.yaml:2140]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(index, Tensor):
        index_a = index._data
    else:
        index_a = index
    if isinstance(src, Tensor):
        src_a, src_rg = src._data, src._requires_grad
    else:
        src_a, src_rg = src, False
    try:
        out_a = kernels.scatter_add(self_a, dim, index_a, src_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, index_a, src_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, index_a, src_a)
    if (self_rg or src_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ScatterAddBackward0()
        node._next = (edge(self) if self_rg else None, edge(src) if src_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
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
        jvp.record.scatter_add(dim, index, index_a, result, self, self_a, src, src_a)
    return result if out is None else write_out("scatter_add", result, out)


def scatter(self, dim, index, src, *, out=None):
    """scatter(Tensor self, int dim, Tensor index, Tensor src) -> Tensor  [derivatives.yaml:2157]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(index, Tensor):
        index_a = index._data
    else:
        index_a = index
    if isinstance(src, Tensor):
        src_a, src_rg = src._data, src._requires_grad
    else:
        src_a, src_rg = src, False
    try:
        out_a = kernels.scatter(self_a, dim, index_a, src_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, index_a, src_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, index_a, src_a)
    if (self_rg or src_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ScatterBackward0()
        node._next = (edge(self) if self_rg else None, edge(src) if src_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
        node.index = save(index)
        if src_rg:
            node.src_shape = np.shape(src_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.scatter(dim, index, index_a, result, self, self_a, src, src_a)
    return result if out is None else write_out("scatter", result, out)


def masked_fill(self, mask, value, *, out=None):
    """masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor  [derivatives.yaml:2171]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(mask, Tensor):
        mask_a = mask._data
    else:
        mask_a = mask
    if isinstance(value, Tensor):
        value_a, value_rg = value._data, value._requires_grad
    else:
        value_a, value_rg = value, False
    try:
        out_a = kernels.masked_fill(self_a, mask_a, value_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, mask_a, value_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, mask_a, value_a)
    if (self_rg or value_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaskedFillBackward0()
        node._next = (edge(self) if self_rg else None, edge(value) if value_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.mask = save(mask)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.masked_fill(mask, mask_a, result, self, self_a, value, value_a)
    return result if out is None else write_out("masked_fill", result, out)


def constant_pad_nd(self, pad, value=0, *, out=None):
    """constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor  [derivatives.yaml:2186]"""
    pad = kernels.int_list(pad)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.constant_pad_nd(self_a, pad, value)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConstantPadNdBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.pad = pad
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.constant_pad_nd(pad, result, self, self_a, value)
    return result if out is None else write_out("constant_pad_nd", result, out)


def nll_loss(self, target, weight=None, reduction=1, ignore_index=-100, *, out=None):
    """nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor  [derivatives.yaml:2202]"""
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(target, Tensor):
        target_a = target._data
    else:
        target_a = target
    if isinstance(weight, Tensor):
        weight_a, weight_rg = weight._data, weight._requires_grad
    else:
        weight_a, weight_rg = weight, False
    try:
        out_a = kernels.nll_loss(self_a, target_a, weight_a, reduction, ignore_index)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, self_a, target_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a, target_a, weight_a)
    if (self_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NllLossBackward0()
        node._next = (edge(self) if self_rg else None, edge(weight) if weight_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if self_rg:
            node.self_shape = np.shape(self_a)
        if self_rg:
            node.target = save(target)
        if self_rg:
            node.weight = save(weight)
        if self_rg:
            node.reduction = reduction
        if self_rg:
            node.ignore_index = ignore_index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.nll_loss(ignore_index, reduction, result, self, self_a, target, target_a, weight, weight_a)
    return result if out is None else write_out("nll_loss", result, out)


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups, *, out=None):
    """convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor  [derivatives.yaml:2221]"""
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    output_padding = kernels.int_list(output_padding)
    if isinstance(input, Tensor):
        input_a, input_rg = input._data, input._requires_grad
    else:
        input_a, input_rg = input, False
    if isinstance(weight, Tensor):
        weight_a, weight_rg = weight._data, weight._requires_grad
    else:
        weight_a, weight_rg = weight, False
    if isinstance(bias, Tensor):
        bias_a, bias_rg = bias._data, bias._requires_grad
    else:
        bias_a, bias_rg = bias, False
    try:
        out_a = kernels.convolution(input_a, weight_a, bias_a, stride, padding, dilation, transposed, output_padding, groups)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, weight_a, bias_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, weight_a, bias_a)
    if (input_rg or weight_rg or bias_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConvolutionBackward0()
        node._next = (edge(input) if input_rg else None, edge(weight) if weight_rg else None, edge(bias) if bias_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
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
        jvp.record.convolution(bias, bias_a, dilation, groups, input, input_a, output_padding, padding, result, stride, transposed, weight, weight_a)
    return result if out is None else write_out("convolution", result, out)


def conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups, *, out=None):
    """conv_transpose_input(Tensor output_grad, Tensor weight, int[] input_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor  [derivatives.yaml:2237]"""
    input_size = kernels.int_list(input_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    if isinstance(output_grad, Tensor):
        output_grad_a, output_grad_rg = output_grad._data, output_grad._requires_grad
    else:
        output_grad_a, output_grad_rg = output_grad, False
    if isinstance(weight, Tensor):
        weight_a, weight_rg = weight._data, weight._requires_grad
    else:
        weight_a, weight_rg = weight, False
    try:
        out_a = kernels.conv_transpose_input(output_grad_a, weight_a, input_size, stride, padding, dilation, groups)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, weight_a)
    if (output_grad_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConvTransposeInputBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(weight) if weight_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if weight_rg:
            node.output_grad = save(output_grad)
        if output_grad_rg:
            node.output_grad_shape = np.shape(output_grad_a)
        if output_grad_rg:
            node.weight = save(weight)
        if weight_rg:
            node.weight_shape = np.shape(weight_a)
        node.stride = stride
        node.padding = padding
        node.dilation = dilation
        node.groups = groups
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.conv_transpose_input(dilation, groups, input_size, output_grad, output_grad_a, padding, result, stride, weight, weight_a)
    return result if out is None else write_out("conv_transpose_input", result, out)


def conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups, *, out=None):
    """conv_weight_grad(Tensor input, Tensor output_grad, int[] weight_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor  [derivatives.yaml:2249]"""
    weight_size = kernels.int_list(weight_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    if isinstance(input, Tensor):
        input_a, input_rg = input._data, input._requires_grad
    else:
        input_a, input_rg = input, False
    if isinstance(output_grad, Tensor):
        output_grad_a, output_grad_rg = output_grad._data, output_grad._requires_grad
    else:
        output_grad_a, output_grad_rg = output_grad, False
    try:
        out_a = kernels.conv_weight_grad(input_a, output_grad_a, weight_size, stride, padding, dilation, groups)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, output_grad_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, output_grad_a)
    if (input_rg or output_grad_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConvWeightGradBackward0()
        node._next = (edge(input) if input_rg else None, edge(output_grad) if output_grad_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if output_grad_rg:
            node.input = save(input)
        if input_rg:
            node.input_shape = np.shape(input_a)
        if input_rg:
            node.output_grad = save(output_grad)
        if output_grad_rg:
            node.output_grad_shape = np.shape(output_grad_a)
        node.stride = stride
        node.padding = padding
        node.dilation = dilation
        node.groups = groups
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.conv_weight_grad(dilation, groups, input, input_a, output_grad, output_grad_a, padding, result, stride, weight_size)
    return result if out is None else write_out("conv_weight_grad", result, out)
MaxPool2dWithIndicesResult = collections.namedtuple("MaxPool2dWithIndicesResult", ['output', 'indices'])


def max_pool2d_with_indices(self, kernel_size, stride=[], padding=0, dilation=1, ceil_mode=False):
    """max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, int[] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)  [derivatives.yaml:2263]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    outs = raw.max_pool2d_with_indices(self_a, kernel_size, stride, padding, dilation, ceil_mode)
    if self_rg and grad_mode.enabled:
        node = functions.MaxPool2dWithIndicesBackward0()
        node._next = (edge(self),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        output = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self = save(self)
        node.kernel_size = kernel_size
        node.stride = stride
        node.padding = padding
        node.dilation = dilation
        node.ceil_mode = ceil_mode
        node.indices = save_result(indices)
    else:
        output = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        jvp.record.max_pool2d_with_indices(ceil_mode, dilation, indices, kernel_size, output, padding, self, self_a, stride)
    return MaxPool2dWithIndicesResult(output, indices)


def max_pool2d_with_indices_backward(output_grad, self, kernel_size, stride, padding, dilation, ceil_mode, indices, *, out=None):
    """max_pool2d_with_indices_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, int[] dilation, bool ceil_mode, Tensor indices) -> Tensor  [derivatives.yaml:2277]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    if isinstance(output_grad, Tensor):
        output_grad_a, output_grad_rg = output_grad._data, output_grad._requires_grad
    else:
        output_grad_a, output_grad_rg = output_grad, False
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    if isinstance(indices, Tensor):
        indices_a = indices._data
    else:
        indices_a = indices
    try:
        out_a = kernels.max_pool2d_with_indices_backward(output_grad_a, self_a.shape, indices_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, self_a, indices_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, self_a, indices_a)
    if (output_grad_rg or self_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaxPool2dWithIndicesBackwardBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(self) if self_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if self_rg:
            node.self = save(self)
        if output_grad_rg:
            node.self_shape = np.shape(self_a)
        if output_grad_rg:
            node.indices = save(indices)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.max_pool2d_with_indices_backward(ceil_mode, dilation, indices, indices_a, kernel_size, output_grad, output_grad_a, padding, result, self, self_a, stride)
    return result if out is None else write_out("max_pool2d_with_indices_backward", result, out)


def avg_pool2d(self, kernel_size, stride=[], padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None, *, out=None):
    """avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor  [derivatives.yaml:2289]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    out_a = kernels.avg_pool2d(self_a, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(self_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, self_a)
    if self_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AvgPool2dBackward0()
        node._next = (edge(self),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.self = save(self)
        node.kernel_size = kernel_size
        node.stride = stride
        node.padding = padding
        node.ceil_mode = ceil_mode
        node.count_include_pad = count_include_pad
        node.divisor_override = divisor_override
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.avg_pool2d(ceil_mode, count_include_pad, divisor_override, kernel_size, padding, result, self, self_a, stride)
    return result if out is None else write_out("avg_pool2d", result, out)


def avg_pool2d_backward(output_grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override, *, out=None):
    """avg_pool2d_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor  [derivatives.yaml:2302]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    if isinstance(output_grad, Tensor):
        output_grad_a, output_grad_rg = output_grad._data, output_grad._requires_grad
    else:
        output_grad_a, output_grad_rg = output_grad, False
    if isinstance(self, Tensor):
        self_a, self_rg = self._data, self._requires_grad
    else:
        self_a, self_rg = self, False
    try:
        out_a = kernels.avg_pool2d_backward(output_grad_a, self_a, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, self_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, self_a)
    if (output_grad_rg or self_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AvgPool2dBackwardBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(self) if self_rg else None)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        if self_rg:
            node.self = save(self)
        if output_grad_rg:
            node.kernel_size = kernel_size
        if output_grad_rg:
            node.stride = stride
        if output_grad_rg:
            node.padding = padding
        if output_grad_rg:
            node.ceil_mode = ceil_mode
        if output_grad_rg:
            node.count_include_pad = count_include_pad
        if output_grad_rg:
            node.divisor_override = divisor_override
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.avg_pool2d_backward(ceil_mode, count_include_pad, divisor_override, kernel_size, output_grad, output_grad_a, padding, result, self, self_a, stride)
    return result if out is None else write_out("avg_pool2d_backward", result, out)


def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False, *, out=None):
    """embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor  [derivatives.yaml:2317]"""
    if isinstance(weight, Tensor):
        weight_a, weight_rg = weight._data, weight._requires_grad
    else:
        weight_a, weight_rg = weight, False
    if isinstance(indices, Tensor):
        indices_a = indices._data
    else:
        indices_a = indices
    try:
        out_a = kernels.embedding(weight_a, indices_a, sparse)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, weight_a, indices_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(weight_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, weight_a, indices_a)
    if weight_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EmbeddingBackward0()
        node._next = (edge(weight),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.weight_shape = np.shape(weight_a)
        node.indices = save(indices)
        node.padding_idx = padding_idx
        node.scale_grad_by_freq = scale_grad_by_freq
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.embedding(indices, indices_a, padding_idx, result, scale_grad_by_freq, sparse, weight, weight_a)
    return result if out is None else write_out("embedding", result, out)


def embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq, *, out=None):
    """embedding_dense_backward(Tensor output_grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor  [derivatives.yaml:2329]"""
    if isinstance(output_grad, Tensor):
        output_grad_a, output_grad_rg = output_grad._data, output_grad._requires_grad
    else:
        output_grad_a, output_grad_rg = output_grad, False
    if isinstance(indices, Tensor):
        indices_a = indices._data
    else:
        indices_a = indices
    try:
        out_a = kernels.embedding_dense_backward(output_grad_a, indices_a, num_weights, padding_idx, scale_grad_by_freq)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, indices_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, indices_a)
    if output_grad_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EmbeddingDenseBackwardBackward0()
        node._next = (edge(output_grad),)
        node._meta = _META.get((out_a.shape, out_a.dtype)) or meta_of(out_a)
        result = make(out_a, node)
        node.indices = save(indices)
        node.padding_idx = padding_idx
        node.scale_grad_by_freq = scale_grad_by_freq
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        jvp.record.embedding_dense_backward(indices, indices_a, num_weights, output_grad, output_grad_a, padding_idx, result, scale_grad_by_freq)
    return result if out is None else write_out("embedding_dense_backward", result, out)
