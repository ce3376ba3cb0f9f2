# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Forward-mode AD: one function per op with forward formulas, returning each output's tangent.

Arguments: the op's inputs (arrays and Python values), the tangent of each differentiable input
(None when it has none), then the outputs. Formulas run over arrays (F = yamlgrad.autogen.raw).
"""
import numpy as np

from yamlgrad.numerics import helpers
from . import raw as F
from yamlgrad.core.tangents import zeros_if_none


def add(self, other, alpha, self_t, other_t, result):
    """add(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.add(self_t, other_t, alpha=alpha),)


def sub(self, other, alpha, self_t, other_t, result):
    """sub(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.sub(self_t, other_t, alpha=alpha),)


def mul(self, other, self_t, other_t, result):
    """mul(Tensor self, Tensor other) -> Tensor

    result: self_t * other_p + self_p * other_t
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (self_t * other + self * other_t,)


def div(self, other, rounding_mode, self_t, other_t, result):
    """div(Tensor self, Tensor other, *, str? rounding_mode=None) -> Tensor

    result: (self_t - other_t * result) / other_p if rounding_mode is None else zeros_like(result)
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return ((self_t - other_t * result) / other if rounding_mode is None else F.zeros_like(result),)


def floor_divide(self, other, self_t, other_t, result):
    """floor_divide(Tensor self, Tensor other) -> Tensor

    result: zeros_like(result)
    """
    return (F.zeros_like(result),)


def neg(self, self_t, result):
    """neg(Tensor self) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.neg(self_t),)


def pow(self, exponent, self_t, exponent_t, result):
    """pow(Tensor self, Tensor exponent) -> Tensor

    result: pow_jvp(self_t, self_p, exponent_p, exponent_t, result)
    """
    self_t = zeros_if_none(self_t, self)
    exponent_t = zeros_if_none(exponent_t, exponent)
    return (helpers.pow_jvp(F, self_t, self, exponent, exponent_t, result),)


def exp(self, self_t, result):
    """exp(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * result,)


def log(self, self_t, result):
    """log(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / self,)


def log1p(self, self_t, result):
    """log1p(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / (1 + self),)


def sqrt(self, self_t, result):
    """sqrt(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / (2 * result),)


def sin(self, self_t, result):
    """sin(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.cos(self),)


def cos(self, self_t, result):
    """cos(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (-self_t * F.sin(self),)


def tanh(self, self_t, result):
    """tanh(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * (1 - result * result),)


def sigmoid(self, self_t, result):
    """sigmoid(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * result * (1 - result),)


def relu(self, self_t, result):
    """relu(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(result > 0, self_t, 0.0),)


def abs(self, self_t, result):
    """abs(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.sign(self),)


def sign(self, self_t, result):
    """sign(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.zeros_like(self_t),)


def round(self, decimals, self_t, result):
    """round(Tensor self, *, int decimals=0) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.zeros_like(self_t),)


def clamp(self, min, max, self_t, min_t, max_t, result):
    """clamp(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor

    result: clamp_jvp(self_p, self_t, min_p, min_t, max_p, max_t)
    """
    self_t = zeros_if_none(self_t, self)
    min_t = zeros_if_none(min_t, min)
    max_t = zeros_if_none(max_t, max)
    return (helpers.clamp_jvp(F, self, self_t, min, min_t, max, max_t),)


def maximum(self, other, self_t, other_t, result):
    """maximum(Tensor self, Tensor other) -> Tensor

    result: where(self_p > other_p, self_t, where(self_p == other_p, (self_t + other_t) / 2, other_t))
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.where(self > other, self_t, F.where(self == other, (self_t + other_t) / 2, other_t)),)


def minimum(self, other, self_t, other_t, result):
    """minimum(Tensor self, Tensor other) -> Tensor

    result: where(self_p < other_p, self_t, where(self_p == other_p, (self_t + other_t) / 2, other_t))
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.where(self < other, self_t, F.where(self == other, (self_t + other_t) / 2, other_t)),)


def fmax(self, other, self_t, other_t, result):
    """fmax(Tensor self, Tensor other) -> Tensor

    result: where((self_p >= other_p).logical_or(other_p.isnan()), self_t, other_t)
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.where(F.logical_or(self >= other, F.isnan(other)), self_t, other_t),)


def fmin(self, other, self_t, other_t, result):
    """fmin(Tensor self, Tensor other) -> Tensor

    result: where((self_p <= other_p).logical_or(other_p.isnan()), self_t, other_t)
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.where(F.logical_or(self <= other, F.isnan(other)), self_t, other_t),)


def copysign(self, other, self_t, other_t, result):
    """copysign(Tensor self, Tensor other) -> Tensor

    result: self_t * self_p.sign() * where(other_p.signbit(), -1.0, 1.0)
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.sign(self) * F.where(F.signbit(other), -1.0, 1.0),)


def where(condition, self, other, self_t, other_t, result):
    """where(Tensor condition, Tensor self, Tensor other) -> Tensor

    result: where(condition, self_t, other_t)
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.where(condition, self_t, other_t),)


def exp2(self, self_t, result):
    """exp2(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * result * 0.6931471805599453,)


def expm1(self, self_t, result):
    """expm1(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * (result + 1),)


def log2(self, self_t, result):
    """log2(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / (self * 0.6931471805599453),)


def log10(self, self_t, result):
    """log10(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / (self * 2.302585092994046),)


def rsqrt(self, self_t, result):
    """rsqrt(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (-0.5 * self_t * F.pow(result, 3),)


def square(self, self_t, result):
    """square(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * 2 * self,)


def reciprocal(self, self_t, result):
    """reciprocal(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (-self_t * result * result,)


def tan(self, self_t, result):
    """tan(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * (1 + result * result),)


def asin(self, self_t, result):
    """asin(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.rsqrt(1 - self * self),)


def acos(self, self_t, result):
    """acos(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (-self_t * F.rsqrt(1 - self * self),)


def atan(self, self_t, result):
    """atan(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / (self * self + 1),)


def sinh(self, self_t, result):
    """sinh(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.cosh(self),)


def cosh(self, self_t, result):
    """cosh(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.sinh(self),)


def asinh(self, self_t, result):
    """asinh(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.rsqrt(self * self + 1),)


def acosh(self, self_t, result):
    """acosh(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.rsqrt(self * self - 1),)


def atanh(self, self_t, result):
    """atanh(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t / (1 - self * self),)


def logit(self, eps, self_t, result):
    """logit(Tensor self, float? eps=None) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.logit_backward(F, self_t, self, eps),)


def erf(self, self_t, result):
    """erf(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * 1.1283791670955126 * F.exp(-self * self),)


def erfc(self, self_t, result):
    """erfc(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * -1.1283791670955126 * F.exp(-self * self),)


def erfinv(self, self_t, result):
    """erfinv(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * 0.886226925452758 * F.exp(result * result),)


def lgamma(self, self_t, result):
    """lgamma(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.digamma(self),)


def digamma(self, self_t, result):
    """digamma(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.polygamma(1, self),)


def polygamma(n, self, self_t, result):
    """polygamma(int n, Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.polygamma(n + 1, self),)


def sinc(self, self_t, result):
    """sinc(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.sinc_backward(F, self_t, self),)


def floor(self, self_t, result):
    """floor(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.zeros_like(self_t),)


def ceil(self, self_t, result):
    """ceil(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.zeros_like(self_t),)


def trunc(self, self_t, result):
    """trunc(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.zeros_like(self_t),)


def frac(self, self_t, result):
    """frac(Tensor self) -> Tensor

    result: self_t
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t,)


def nan_to_num(self, nan, posinf, neginf, self_t, result):
    """nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.isfinite(self),)


def atan2(self, other, self_t, other_t, result):
    """atan2(Tensor self, Tensor other) -> Tensor

    result: (self_t * other_p - other_t * self_p) * atan2_recip(self_p, other_p)
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return ((self_t * other - other_t * self) * helpers.atan2_recip(F, self, other),)


def hypot(self, other, self_t, other_t, result):
    """hypot(Tensor self, Tensor other) -> Tensor

    result: (self_t * self_p + other_t * other_p) / result
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return ((self_t * self + other_t * other) / result,)


def fmod(self, other, self_t, other_t, result):
    """fmod(Tensor self, Tensor other) -> Tensor

    result: self_t - other_t * (self_p / other_p).trunc()
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (self_t - other_t * F.trunc(self / other),)


def remainder(self, other, self_t, other_t, result):
    """remainder(Tensor self, Tensor other) -> Tensor

    result: self_t - other_t * (self_p / other_p).floor()
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (self_t - other_t * F.floor(self / other),)


def xlogy(self, other, self_t, other_t, result):
    """xlogy(Tensor self, Tensor other) -> Tensor

    result: where((self_p == 0) & (other_p <= 0), 0.0, xlogy(self_t, other_p)) + other_t * self_p / other_p
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.where((self == 0) & (other <= 0), 0.0, F.xlogy(self_t, other)) + other_t * self / other,)


def logaddexp(self, other, self_t, other_t, result):
    """logaddexp(Tensor self, Tensor other) -> Tensor

    result: self_t / (1 + (other_p - self_p).exp()) + other_t / (1 + (self_p - other_p).exp())
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (self_t / (1 + F.exp(other - self)) + other_t / (1 + F.exp(self - other)),)


def lerp(self, end, weight, self_t, end_t, weight_t, result):
    """lerp(Tensor self, Tensor end, Tensor weight) -> Tensor

    result: self_t * (1 - weight_p) + end_t * weight_p + weight_t * (end_p - self_p)
    """
    self_t = zeros_if_none(self_t, self)
    end_t = zeros_if_none(end_t, end)
    weight_t = zeros_if_none(weight_t, weight)
    return (self_t * (1 - weight) + end_t * weight + weight_t * (end - self),)


def addcmul(self, tensor1, tensor2, value, self_t, tensor1_t, tensor2_t, result):
    """addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor

    result: self_t + value * (tensor1_t * tensor2_p + tensor1_p * tensor2_t)
    """
    self_t = zeros_if_none(self_t, self)
    tensor1_t = zeros_if_none(tensor1_t, tensor1)
    tensor2_t = zeros_if_none(tensor2_t, tensor2)
    return (self_t + value * (tensor1_t * tensor2 + tensor1 * tensor2_t),)


def addcdiv(self, tensor1, tensor2, value, self_t, tensor1_t, tensor2_t, result):
    """addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor

    result: self_t + value * tensor1_t / tensor2_p - value * tensor2_t * (tensor1_p / tensor2_p) / tensor2_p
    """
    self_t = zeros_if_none(self_t, self)
    tensor1_t = zeros_if_none(tensor1_t, tensor1)
    tensor2_t = zeros_if_none(tensor2_t, tensor2)
    return (self_t + value * tensor1_t / tensor2 - value * tensor2_t * (tensor1 / tensor2) / tensor2,)


def clip(self, min, max, self_t, min_t, max_t, result):
    """clip(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor

    result: clamp_jvp(self_p, self_t, min_p, min_t, max_p, max_t)
    """
    self_t = zeros_if_none(self_t, self)
    min_t = zeros_if_none(min_t, min)
    max_t = zeros_if_none(max_t, max)
    return (helpers.clamp_jvp(F, self, self_t, min, min_t, max, max_t),)


def softmax(self, dim, dtype, self_t, result):
    """softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor

    result: result * (self_t - (self_t * result).sum(dim, keepdim=True))
    """
    self_t = zeros_if_none(self_t, self)
    return (result * (self_t - F.sum(self_t * result, dim, keepdim=True)),)


def log_softmax(self, dim, dtype, self_t, result):
    """log_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor

    result: self_t - (self_t * result.exp()).sum(dim, keepdim=True)
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t - F.sum(self_t * F.exp(result), dim, keepdim=True),)


def hardtanh(self, min_val, max_val, self_t, result):
    """hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where((self > min_val) & (self < max_val), self_t, 0.0),)


def leaky_relu(self, negative_slope, self_t, result):
    """leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(self > 0, self_t, self_t * negative_slope),)


def elu(self, alpha, scale, input_scale, self_t, result):
    """elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(self > 0, self_t * scale, self_t * input_scale * (F.where(self < 0, result, 0.0) + alpha * scale)),)


def selu(self, self_t, result):
    """selu(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(self > 0, self_t * 1.0507009873554805, self_t * (F.where(self < 0, result, 0.0) + 1.7580993408473766)),)


def celu(self, alpha, self_t, result):
    """celu(Tensor self, Scalar alpha=1.0) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(self > 0, self_t, self_t * (F.where(self < 0, result, 0.0) / alpha + 1)),)


def gelu(self, approximate, self_t, result):
    """gelu(Tensor self, *, str approximate='none') -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.gelu_backward(self_t, self, approximate=approximate),)


def gelu_backward(output_grad, self, approximate, output_grad_t, self_t, result):
    """gelu_backward(Tensor output_grad, Tensor self, *, str approximate='none') -> Tensor

    result: gelu_backward(output_grad_t, self_p, approximate=approximate) + gelu_double_backward(self_t, output_grad_p, self_p, approximate)
    """
    output_grad_t = zeros_if_none(output_grad_t, output_grad)
    self_t = zeros_if_none(self_t, self)
    return (F.gelu_backward(output_grad_t, self, approximate=approximate) + helpers.gelu_double_backward(F, self_t, output_grad, self, approximate),)


def silu(self, self_t, result):
    """silu(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.silu_backward(F, self_t, self),)


def mish(self, self_t, result):
    """mish(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.mish_backward(F, self_t, self),)


def softplus(self, beta, threshold, self_t, result):
    """softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(self * beta > threshold, self_t, self_t * F.sigmoid(F.where(self * beta < threshold, self * beta, threshold))),)


def log_sigmoid(self, self_t, result):
    """log_sigmoid(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t * F.sigmoid(-self),)


def hardsigmoid(self, self_t, result):
    """hardsigmoid(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where((self > -3) & (self < 3), self_t / 6, 0.0),)


def hardswish(self, self_t, result):
    """hardswish(Tensor self) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.where(self <= -3, 0.0, F.where(self < 3, self_t * (self / 3 + 0.5), self_t)),)


def glu(self, dim, self_t, result):
    """glu(Tensor self, int dim=-1) -> Tensor

    result: glu_jvp(self_p, self_t, dim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.glu_jvp(F, self, self_t, dim),)


def sum(self, dim, keepdim, dtype, self_t, result):
    """sum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(self_t, dim, keepdim, dtype=dtype),)


def mean(self, dim, keepdim, dtype, self_t, result):
    """mean(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.mean(self_t, dim, keepdim, dtype=dtype),)


def sum_dim_IntList(self, dim, keepdim, dtype, self_t, result):
    """sum.dim_IntList(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum_dim_IntList(self_t, dim, keepdim, dtype=dtype),)


def mean_dim(self, dim, keepdim, dtype, self_t, result):
    """mean.dim(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.mean_dim(self_t, dim, keepdim, dtype=dtype),)


def amax(self, dim, keepdim, self_t, result):
    """amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor

    result: extremum_jvp(self_t, self_p, result, dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.extremum_jvp(F, self_t, self, result, dim, keepdim),)


def amin(self, dim, keepdim, self_t, result):
    """amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor

    result: extremum_jvp(self_t, self_p, result, dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.extremum_jvp(F, self_t, self, result, dim, keepdim),)


def max(self, self_t, result):
    """max(Tensor self) -> Tensor

    result: extremum_jvp(self_t, self_p, result, None, False)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.extremum_jvp(F, self_t, self, result, None, False),)


def min(self, self_t, result):
    """min(Tensor self) -> Tensor

    result: extremum_jvp(self_t, self_p, result, None, False)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.extremum_jvp(F, self_t, self, result, None, False),)


def max_dim(self, dim, keepdim, self_t, values, indices):
    """max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)

    values: index_reduction_jvp(self_t, indices, dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.index_reduction_jvp(F, self_t, indices, dim, keepdim), None)


def min_dim(self, dim, keepdim, self_t, values, indices):
    """min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)

    values: index_reduction_jvp(self_t, indices, dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.index_reduction_jvp(F, self_t, indices, dim, keepdim), None)


def aminmax(self, dim, keepdim, self_t, min, max):
    """aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)

    min: extremum_jvp(self_t, self_p, min, dim, keepdim)
    max: extremum_jvp(self_t, self_p, max, dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.extremum_jvp(F, self_t, self, min, dim, keepdim), helpers.extremum_jvp(F, self_t, self, max, dim, keepdim))


def prod(self, dim, keepdim, dtype, self_t, result):
    """prod(Tensor self, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: (prod_backward(zeros_like(result) + 1, self_p, result, dim, keepdim) * self_t).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(helpers.prod_backward(F, F.zeros_like(result) + 1, self, result, dim, keepdim) * self_t, dim, keepdim),)


def var(self, dim, unbiased, keepdim, correction, self_t, result):
    """var(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor

    result: (var_backward(zeros_like(result) + 1, self_p, dim, var_correction(unbiased, correction), keepdim) * self_t).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(helpers.var_backward(F, F.zeros_like(result) + 1, self, dim, helpers.var_correction(unbiased, correction), keepdim) * self_t, dim, keepdim),)


def std(self, dim, unbiased, keepdim, correction, self_t, result):
    """std(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor

    result: (std_backward(zeros_like(result) + 1, self_p, result, dim, var_correction(unbiased, correction), keepdim) * self_t).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(helpers.std_backward(F, F.zeros_like(result) + 1, self, result, dim, helpers.var_correction(unbiased, correction), keepdim) * self_t, dim, keepdim),)


def norm(self, p, dim, keepdim, dtype, self_t, result):
    """norm(Tensor self, str? p='fro', int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: (norm_backward(zeros_like(result) + 1, self_p, norm_ord(p, dim), result, dim, keepdim) * self_t).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(helpers.norm_backward(F, F.zeros_like(result) + 1, self, helpers.norm_ord(p, dim), result, dim, keepdim) * self_t, dim, keepdim),)


def linalg_vector_norm(self, ord, dim, keepdim, dtype, self_t, result):
    """linalg_vector_norm(Tensor self, Scalar ord=2, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: (norm_backward(zeros_like(result) + 1, self_p, ord, result, dim, keepdim) * self_t).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(helpers.norm_backward(F, F.zeros_like(result) + 1, self, ord, result, dim, keepdim) * self_t, dim, keepdim),)


def logsumexp(self, dim, keepdim, self_t, result):
    """logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor

    result: (logsumexp_backward(zeros_like(result) + 1, self_p, result, dim, keepdim) * self_t).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(helpers.logsumexp_backward(F, F.zeros_like(result) + 1, self, result, dim, keepdim) * self_t, dim, keepdim),)


def cumsum(self, dim, dtype, self_t, result):
    """cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.cumsum(self_t, dim, dtype=dtype),)


def cumprod(self, dim, dtype, self_t, result):
    """cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor

    result: cumprod_jvp(self_t, self_p, result, dim)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.cumprod_jvp(F, self_t, self, result, dim),)


def argmax(self, dim, keepdim, result):
    """argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor

    result: non_differentiable
    """
    return (None,)


def argmin(self, dim, keepdim, result):
    """argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor

    result: non_differentiable
    """
    return (None,)


def nansum(self, dim, keepdim, dtype, self_t, result):
    """nansum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: self_t.masked_fill(self_p.isnan(), 0.0).sum(dim, keepdim)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum(F.masked_fill(self_t, F.isnan(self), 0.0), dim, keepdim),)


def sort(self, dim, descending, stable, self_t, values, indices):
    """sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=False) -> (Tensor values, Tensor indices)

    values: value_selecting_jvp(self_t, indices, dim)
    indices: non_differentiable
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.value_selecting_jvp(F, self_t, indices, dim), None)


def topk(self, k, dim, largest, sorted, self_t, values, indices):
    """topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)

    values: value_selecting_jvp(self_t, indices, dim)
    indices: non_differentiable
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.value_selecting_jvp(F, self_t, indices, dim), None)


def matmul(self, other, self_t, other_t, result):
    """matmul(Tensor self, Tensor other) -> Tensor

    result: matmul(self_t, other_p) + matmul(self_p, other_t)
    """
    self_t = zeros_if_none(self_t, self)
    other_t = zeros_if_none(other_t, other)
    return (F.matmul(self_t, other) + F.matmul(self, other_t),)


def dot(self, tensor, self_t, tensor_t, result):
    """dot(Tensor self, Tensor tensor) -> Tensor

    result: dot(self_t, tensor_p) + dot(self_p, tensor_t)
    """
    self_t = zeros_if_none(self_t, self)
    tensor_t = zeros_if_none(tensor_t, tensor)
    return (F.dot(self_t, tensor) + F.dot(self, tensor_t),)


def addmm(self, mat1, mat2, beta, alpha, self_t, mat1_t, mat2_t, result):
    """addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor

    result: self_t * beta + (mat1_t.mm(mat2_p) + mat1_p.mm(mat2_t)) * alpha
    """
    self_t = zeros_if_none(self_t, self)
    mat1_t = zeros_if_none(mat1_t, mat1)
    mat2_t = zeros_if_none(mat2_t, mat2)
    return (self_t * beta + (F.mm(mat1_t, mat2) + F.mm(mat1, mat2_t)) * alpha,)


def mm(self, mat2, self_t, mat2_t, result):
    """mm(Tensor self, Tensor mat2) -> Tensor

    result: self_t.mm(mat2_p) + self_p.mm(mat2_t)
    """
    self_t = zeros_if_none(self_t, self)
    mat2_t = zeros_if_none(mat2_t, mat2)
    return (F.mm(self_t, mat2) + F.mm(self, mat2_t),)


def mv(self, vec, self_t, vec_t, result):
    """mv(Tensor self, Tensor vec) -> Tensor

    result: self_t.mv(vec_p) + self_p.mv(vec_t)
    """
    self_t = zeros_if_none(self_t, self)
    vec_t = zeros_if_none(vec_t, vec)
    return (F.mv(self_t, vec) + F.mv(self, vec_t),)


def bmm(self, mat2, self_t, mat2_t, result):
    """bmm(Tensor self, Tensor mat2) -> Tensor

    result: self_t.bmm(mat2_p) + self_p.bmm(mat2_t)
    """
    self_t = zeros_if_none(self_t, self)
    mat2_t = zeros_if_none(mat2_t, mat2)
    return (F.bmm(self_t, mat2) + F.bmm(self, mat2_t),)


def outer(self, vec2, self_t, vec2_t, result):
    """outer(Tensor self, Tensor vec2) -> Tensor

    result: self_t.outer(vec2_p) + self_p.outer(vec2_t)
    """
    self_t = zeros_if_none(self_t, self)
    vec2_t = zeros_if_none(vec2_t, vec2)
    return (F.outer(self_t, vec2) + F.outer(self, vec2_t),)


def trace(self, self_t, result):
    """trace(Tensor self) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.trace(self_t),)


def diag(self, diagonal, self_t, result):
    """diag(Tensor self, int diagonal=0) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.diag(self_t, diagonal),)


def diagonal(self, offset, dim1, dim2, self_t, result):
    """diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.diagonal(self_t, offset, dim1, dim2),)


def diagonal_backward(src, input_sizes, offset, dim1, dim2, src_t, result):
    """diagonal_backward(Tensor src, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor

    result: auto_linear
    """
    src_t = zeros_if_none(src_t, src)
    return (F.diagonal_backward(src_t, input_sizes, offset, dim1, dim2),)


def tril(self, diagonal, self_t, result):
    """tril(Tensor self, int diagonal=0) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.tril(self_t, diagonal),)


def triu(self, diagonal, self_t, result):
    """triu(Tensor self, int diagonal=0) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.triu(self_t, diagonal),)


def linalg_inv(A, A_t, result):
    """linalg_inv(Tensor A) -> Tensor

    result: -(result @ A_t @ result)
    """
    A_t = zeros_if_none(A_t, A)
    return (-(result @ A_t @ result),)


def linalg_det(A, A_t, result):
    """linalg_det(Tensor A) -> Tensor

    result: det_jvp(A_p, A_t, result)
    """
    A_t = zeros_if_none(A_t, A)
    return (helpers.det_jvp(F, A, A_t, result),)


def det(self, self_t, result):
    """det(Tensor self) -> Tensor

    result: det_jvp(self_p, self_t, result)
    """
    self_t = zeros_if_none(self_t, self)
    return (helpers.det_jvp(F, self, self_t, result),)


def linalg_slogdet(A, A_t, sign, logabsdet):
    """linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)

    logabsdet: slogdet_jvp(A_p, A_t)
    """
    A_t = zeros_if_none(A_t, A)
    return (None, helpers.slogdet_jvp(F, A, A_t))


def linalg_solve(A, B, left, A_t, B_t, result):
    """linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor

    result: solve_jvp(A_p, A_t, B_p, B_t, result, left)
    """
    A_t = zeros_if_none(A_t, A)
    B_t = zeros_if_none(B_t, B)
    return (helpers.solve_jvp(F, A, A_t, B, B_t, result, left),)


def linalg_cholesky(A, upper, A_t, L):
    """linalg_cholesky(Tensor A, *, bool upper=False) -> (Tensor L)

    L: cholesky_jvp(A_t, L, upper)
    """
    A_t = zeros_if_none(A_t, A)
    return (helpers.cholesky_jvp(F, A_t, L, upper),)


def linalg_eigh(A, UPLO, A_t, eigenvalues, eigenvectors):
    """linalg_eigh(Tensor A, str UPLO='L') -> (Tensor eigenvalues, Tensor eigenvectors)

    eigenvalues, eigenvectors: eigh_jvp(A_t, eigenvalues, eigenvectors)
    """
    A_t = zeros_if_none(A_t, A)
    tangents0 = helpers.eigh_jvp(F, A_t, eigenvalues, eigenvectors)
    return (tangents0[0], tangents0[1])


def linalg_svd(A, full_matrices, A_t, U, S, Vh):
    """linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor U, Tensor S, Tensor Vh)

    U, S, Vh: svd_jvp(A_t, U, S, Vh, full_matrices)
    """
    A_t = zeros_if_none(A_t, A)
    tangents0 = helpers.svd_jvp(F, A_t, U, S, Vh, full_matrices)
    return (tangents0[0], tangents0[1], tangents0[2])


def linalg_svdvals(A, A_t, result):
    """linalg_svdvals(Tensor A) -> Tensor

    result: svdvals_jvp(A_p, A_t)
    """
    A_t = zeros_if_none(A_t, A)
    return (helpers.svdvals_jvp(F, A, A_t),)


def linalg_qr(A, mode, A_t, Q, R):
    """linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)

    Q, R: qr_jvp(A_t, Q, R, mode)
    """
    A_t = zeros_if_none(A_t, A)
    tangents0 = helpers.qr_jvp(F, A_t, Q, R, mode)
    return (tangents0[0], tangents0[1])


def linalg_pinv(A, atol, rtol, hermitian, A_t, result):
    """linalg_pinv(Tensor A, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor

    result: pinv_jvp(A_p, A_t, result)
    """
    A_t = zeros_if_none(A_t, A)
    return (helpers.pinv_jvp(F, A, A_t, result),)


def linalg_matrix_norm(A, ord, dim, keepdim, dtype, A_t, result):
    """linalg_matrix_norm(Tensor A, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor

    result: matrix_norm_jvp(A_p, A_t, result, ord, dim, keepdim)
    """
    A_t = zeros_if_none(A_t, A)
    return (helpers.matrix_norm_jvp(F, A, A_t, result, ord, dim, keepdim),)


def reshape(self, shape, self_t, result):
    """reshape(Tensor self, int[] shape) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.reshape(self_t, shape),)


def view(self, size, self_t, result):
    """view(Tensor self, int[] size) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.view(self_t, size),)


def flatten(self, start_dim, end_dim, self_t, result):
    """flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.flatten(self_t, start_dim, end_dim),)


def _unsafe_view(self, size, self_t, result):
    """_unsafe_view(Tensor self, int[] size) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F._unsafe_view(self_t, size),)


def alias(self, self_t, result):
    """alias(Tensor self) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.alias(self_t),)


def t(self, self_t, result):
    """t(Tensor self) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.t(self_t),)


def transpose(self, dim0, dim1, self_t, result):
    """transpose(Tensor self, int dim0, int dim1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.transpose(self_t, dim0, dim1),)


def permute(self, dims, self_t, result):
    """permute(Tensor self, int[] dims) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.permute(self_t, dims),)


def unsqueeze(self, dim, self_t, result):
    """unsqueeze(Tensor self, int dim) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.unsqueeze(self_t, dim),)


def squeeze(self, dim, self_t, result):
    """squeeze(Tensor self, int[]? dim=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.squeeze(self_t, dim),)


def expand(self, size, self_t, result):
    """expand(Tensor self, int[] size) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.expand(self_t, size),)


def sum_to_size(self, size, self_t, result):
    """sum_to_size(Tensor self, int[] size) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.sum_to_size(self_t, size),)


def movedim(self, source, destination, self_t, result):
    """movedim(Tensor self, int[] source, int[] destination) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.movedim(self_t, source, destination),)


def moveaxis(self, source, destination, self_t, result):
    """moveaxis(Tensor self, int[] source, int[] destination) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.moveaxis(self_t, source, destination),)


def swapaxes(self, axis0, axis1, self_t, result):
    """swapaxes(Tensor self, int axis0, int axis1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.swapaxes(self_t, axis0, axis1),)


def swapdims(self, dim0, dim1, self_t, result):
    """swapdims(Tensor self, int dim0, int dim1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.swapdims(self_t, dim0, dim1),)


def broadcast_to(self, size, self_t, result):
    """broadcast_to(Tensor self, int[] size) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.broadcast_to(self_t, size),)


def expand_as(self, other, self_t, result):
    """expand_as(Tensor self, Tensor other) -> Tensor

    result: self_t.expand_as(other_p)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.expand_as(self_t, other),)


def view_as(self, other, self_t, result):
    """view_as(Tensor self, Tensor other) -> Tensor

    result: self_t.view_as(other_p)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.view_as(self_t, other),)


def reshape_as(self, other, self_t, result):
    """reshape_as(Tensor self, Tensor other) -> Tensor

    result: self_t.reshape_as(other_p)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.reshape_as(self_t, other),)


def repeat(self, repeats, self_t, result):
    """repeat(Tensor self, int[] repeats) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.repeat(self_t, repeats),)


def tile(self, dims, self_t, result):
    """tile(Tensor self, int[] dims) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.tile(self_t, dims),)


def flip(self, dims, self_t, result):
    """flip(Tensor self, int[] dims) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.flip(self_t, dims),)


def roll(self, shifts, dims, self_t, result):
    """roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.roll(self_t, shifts, dims),)


def narrow(self, dim, start, length, self_t, result):
    """narrow(Tensor self, int dim, int start, int length) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.narrow(self_t, dim, start, length),)


def select(self, dim, index, self_t, result):
    """select(Tensor self, int dim, int index) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.select(self_t, dim, index),)


def gather(self, dim, index, sparse_grad, self_t, result):
    """gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor

    result: self_t.gather(dim, index_p)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.gather(self_t, dim, index),)


def index_select(self, dim, index, self_t, result):
    """index_select(Tensor self, int dim, Tensor index) -> Tensor

    result: self_t.index_select(dim, index_p)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.index_select(self_t, dim, index),)


def scatter_add(self, dim, index, src, self_t, src_t, result):
    """scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor

    result: self_t.scatter_add(dim, index_p, src_t)
    """
    self_t = zeros_if_none(self_t, self)
    src_t = zeros_if_none(src_t, src)
    return (F.scatter_add(self_t, dim, index, src_t),)


def scatter(self, dim, index, src, self_t, src_t, result):
    """scatter(Tensor self, int dim, Tensor index, Tensor src) -> Tensor

    result: self_t.scatter(dim, index_p, src_t)
    """
    self_t = zeros_if_none(self_t, self)
    src_t = zeros_if_none(src_t, src)
    return (F.scatter(self_t, dim, index, src_t),)


def masked_fill(self, mask, value, self_t, value_t, result):
    """masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor

    result: self_t.masked_fill(mask_p, value_t)
    """
    self_t = zeros_if_none(self_t, self)
    value_t = zeros_if_none(value_t, value)
    return (F.masked_fill(self_t, mask, value_t),)


def constant_pad_nd(self, pad, value, self_t, result):
    """constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor

    result: constant_pad_nd(self_t, pad, 0)
    """
    self_t = zeros_if_none(self_t, self)
    return (F.constant_pad_nd(self_t, pad, 0),)


def cat(tensors, dim, tensors_t, result):
    """cat(Tensor[] tensors, int dim=0) -> Tensor

    result: auto_linear
    """
    tensors_t = [zeros_if_none(t, p) for t, p in zip(tensors_t, tensors)]
    return (F.cat(tensors_t, dim),)


def stack(tensors, dim, tensors_t, result):
    """stack(Tensor[] tensors, int dim=0) -> Tensor

    result: auto_linear
    """
    tensors_t = [zeros_if_none(t, p) for t, p in zip(tensors_t, tensors)]
    return (F.stack(tensors_t, dim),)


def split(self, split_size_or_sections, dim, self_t, result):
    """split(Tensor self, int[] split_size_or_sections, int dim=0) -> Tensor[]

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.split(self_t, split_size_or_sections, dim),)


def chunk(self, chunks, dim, self_t, result):
    """chunk(Tensor self, int chunks, int dim=0) -> Tensor[]

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.chunk(self_t, chunks, dim),)


def unbind(self, dim, self_t, result):
    """unbind(Tensor self, int dim=0) -> Tensor[]

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.unbind(self_t, dim),)


def einsum(equation, tensors, tensors_t, result):
    """einsum(str equation, Tensor[] tensors) -> Tensor

    result: einsum_jvp(equation, tensors_p, tensors_t)
    """
    tensors_t = [zeros_if_none(t, p) for t, p in zip(tensors_t, tensors)]
    return (helpers.einsum_jvp(F, equation, tensors, tensors_t),)


def getitem(self, index, self_t, result):
    """getitem(Tensor self, Index index) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.getitem(self_t, index),)


def slice_Tensor(self, dim, start, end, step, self_t, result):
    """slice.Tensor(Tensor self, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.slice_Tensor(self_t, dim, start, end, step),)


def index_Tensor(self, indices, self_t, result):
    """index.Tensor(Tensor self, Index indices) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.index_Tensor(self_t, indices),)


def index_put(self, index, values, self_t, values_t, result):
    """index_put(Tensor self, Index index, Tensor values) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    values_t = zeros_if_none(values_t, values)
    return (F.index_put(self_t, index, values_t),)


def index_backward(src, shape, index, src_t, result):
    """index_backward(Tensor src, int[] shape, Index index) -> Tensor

    result: auto_linear
    """
    src_t = zeros_if_none(src_t, src)
    return (F.index_backward(src_t, shape, index),)


def clone(self, self_t, result):
    """clone(Tensor self) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.clone(self_t),)


def _to_copy(self, dtype, self_t, result):
    """_to_copy(Tensor self, ScalarType dtype) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F._to_copy(self_t, dtype),)


def fill(self, value, self_t, result):
    """fill(Tensor self, Scalar value) -> Tensor

    result: auto_element_wise
    """
    self_t = zeros_if_none(self_t, self)
    return (F.zeros_like(self_t),)


def copy(self, src, self_t, src_t, result):
    """copy(Tensor self, Tensor src) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    src_t = zeros_if_none(src_t, src)
    return (F.copy(self_t, src_t),)


def positive(self, self_t, result):
    """positive(Tensor self) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.positive(self_t),)


def nll_loss(self, target, weight, reduction, ignore_index, self_t, result):
    """nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.nll_loss(self_t, target, weight, reduction, ignore_index),)


def nll_loss2d(self, target, weight, reduction, ignore_index, self_t, result):
    """nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.nll_loss2d(self_t, target, weight, reduction, ignore_index),)


def mse_loss(self, target, reduction, self_t, target_t, result):
    """mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor

    result: loss_reduce(2.0 * (self_p - target_p) * (self_t - target_t), reduction)
    """
    self_t = zeros_if_none(self_t, self)
    target_t = zeros_if_none(target_t, target)
    return (helpers.loss_reduce(F, 2.0 * (self - target) * (self_t - target_t), reduction),)


def smooth_l1_loss(self, target, reduction, beta, self_t, target_t, result):
    """smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.0) -> Tensor

    result: loss_reduce(smooth_l1_grad(self_p - target_p, beta) * (self_t - target_t), reduction)
    """
    self_t = zeros_if_none(self_t, self)
    target_t = zeros_if_none(target_t, target)
    return (helpers.loss_reduce(F, helpers.smooth_l1_grad(F, self - target, beta) * (self_t - target_t), reduction),)


def huber_loss(self, target, reduction, delta, self_t, target_t, result):
    """huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.0) -> Tensor

    result: loss_reduce(huber_grad(self_p - target_p, delta) * (self_t - target_t), reduction)
    """
    self_t = zeros_if_none(self_t, self)
    target_t = zeros_if_none(target_t, target)
    return (helpers.loss_reduce(F, helpers.huber_grad(F, self - target, delta) * (self_t - target_t), reduction),)


def binary_cross_entropy(self, target, weight, reduction, self_t, target_t, weight_t, result):
    """binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor

    result: bce_jvp(self_t, target_t, weight_t, self_p, target_p, weight_p, reduction)
    """
    self_t = zeros_if_none(self_t, self)
    target_t = zeros_if_none(target_t, target)
    weight_t = zeros_if_none(weight_t, weight)
    return (helpers.bce_jvp(F, self_t, target_t, weight_t, self, target, weight, reduction),)


def binary_cross_entropy_with_logits(self, target, weight, pos_weight, reduction, self_t, target_t, weight_t, pos_weight_t, result):
    """binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor

    result: bce_logits_jvp(self_t, target_t, weight_t, pos_weight_t, self_p, target_p, weight_p, pos_weight_p, reduction)
    """
    self_t = zeros_if_none(self_t, self)
    target_t = zeros_if_none(target_t, target)
    weight_t = zeros_if_none(weight_t, weight)
    pos_weight_t = zeros_if_none(pos_weight_t, pos_weight)
    return (helpers.bce_logits_jvp(F, self_t, target_t, weight_t, pos_weight_t, self, target, weight, pos_weight, reduction),)


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups, input_t, weight_t, bias_t, result):
    """convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor

    result: convolution(input_t, weight_p, None, stride, padding, dilation, transposed, output_padding, groups) + convolution(input_p, weight_t, None, stride, padding, dilation, transposed, output_padding, groups) + bias_t.reshape(conv_bias_view(weight_p.ndim))
    """
    input_t = zeros_if_none(input_t, input)
    weight_t = zeros_if_none(weight_t, weight)
    bias_t = zeros_if_none(bias_t, bias)
    return (F.convolution(input_t, weight, None, stride, padding, dilation, transposed, output_padding, groups) + F.convolution(input, weight_t, None, stride, padding, dilation, transposed, output_padding, groups) + F.reshape(bias_t, helpers.conv_bias_view(weight.ndim)),)


def conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups, output_grad_t, weight_t, result):
    """conv_transpose_input(Tensor output_grad, Tensor weight, int[] input_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor

    result: conv_transpose_input(output_grad_t, weight_p, input_size, stride, padding, dilation, groups) + conv_transpose_input(output_grad_p, weight_t, input_size, stride, padding, dilation, groups)
    """
    output_grad_t = zeros_if_none(output_grad_t, output_grad)
    weight_t = zeros_if_none(weight_t, weight)
    return (F.conv_transpose_input(output_grad_t, weight, input_size, stride, padding, dilation, groups) + F.conv_transpose_input(output_grad, weight_t, input_size, stride, padding, dilation, groups),)


def conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups, input_t, output_grad_t, result):
    """conv_weight_grad(Tensor input, Tensor output_grad, int[] weight_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor

    result: conv_weight_grad(input_t, output_grad_p, weight_size, stride, padding, dilation, groups) + conv_weight_grad(input_p, output_grad_t, weight_size, stride, padding, dilation, groups)
    """
    input_t = zeros_if_none(input_t, input)
    output_grad_t = zeros_if_none(output_grad_t, output_grad)
    return (F.conv_weight_grad(input_t, output_grad, weight_size, stride, padding, dilation, groups) + F.conv_weight_grad(input, output_grad_t, weight_size, stride, padding, dilation, groups),)


def max_pool2d_with_indices(self, kernel_size, stride, padding, dilation, ceil_mode, self_t, output, indices):
    """max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, int[] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)

    output: self_t[max_pool_index(indices, self_p.shape)]
    indices: non_differentiable
    """
    self_t = zeros_if_none(self_t, self)
    return (self_t[helpers.max_pool_index(indices, self.shape)], None)


def max_pool2d_with_indices_backward(output_grad, self, kernel_size, stride, padding, dilation, ceil_mode, indices, output_grad_t, self_t, result):
    """max_pool2d_with_indices_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, int[] dilation, bool ceil_mode, Tensor indices) -> Tensor

    result: max_pool2d_with_indices_backward(output_grad_t, self_p, kernel_size, stride, padding, dilation, ceil_mode, indices_p)
    """
    output_grad_t = zeros_if_none(output_grad_t, output_grad)
    return (F.max_pool2d_with_indices_backward(output_grad_t, self, kernel_size, stride, padding, dilation, ceil_mode, indices),)


def avg_pool2d(self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override, self_t, result):
    """avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor

    result: auto_linear
    """
    self_t = zeros_if_none(self_t, self)
    return (F.avg_pool2d(self_t, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override),)


def avg_pool2d_backward(output_grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override, output_grad_t, self_t, result):
    """avg_pool2d_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor

    result: avg_pool2d_backward(output_grad_t, self_p, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    """
    output_grad_t = zeros_if_none(output_grad_t, output_grad)
    return (F.avg_pool2d_backward(output_grad_t, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override),)


def embedding(weight, indices, padding_idx, scale_grad_by_freq, sparse, weight_t, result):
    """embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor

    result: auto_linear
    """
    weight_t = zeros_if_none(weight_t, weight)
    return (F.embedding(weight_t, indices, padding_idx, scale_grad_by_freq, sparse),)


def embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq, output_grad_t, result):
    """embedding_dense_backward(Tensor output_grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor

    result: auto_linear
    """
    output_grad_t = zeros_if_none(output_grad_t, output_grad)
    return (F.embedding_dense_backward(output_grad_t, indices, num_weights, padding_idx, scale_grad_by_freq),)

