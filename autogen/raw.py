# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Array-level forward of every registry op.

This module is also the namespace `F` of the raw-array backward: formulas call `F.<op>` and get
these functions when the backward pass is not being recorded.
"""
import numpy as np

from yamlgrad.core.lazy import Deferred
from yamlgrad.core.saved import unpack_array as unpack, unpack_result_array as unpack_result
from yamlgrad.core.saved import unpack_list_array as unpack_list, unpack_list_result_array as unpack_list_result

records_graph = False
kernels = Deferred("yamlgrad.numerics.kernels", globals(), "kernels")  # loaded on first use (see yamlgrad/lazy.py)


def add(self, other, *, alpha=1):
    """add(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor"""
    return np.add(self, other) if alpha == 1 else np.add(self, np.multiply(other, alpha))


def sub(self, other, *, alpha=1):
    """sub(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor"""
    return np.subtract(self, other) if alpha == 1 else np.subtract(self, np.multiply(other, alpha))


def mul(self, other):
    """mul(Tensor self, Tensor other) -> Tensor"""
    return np.multiply(self, other)


def div(self, other, *, rounding_mode=None):
    """div(Tensor self, Tensor other, *, str? rounding_mode=None) -> Tensor"""
    return np.true_divide(self, other) if rounding_mode is None else kernels.div_rounding(self, other, rounding_mode)


def floor_divide(self, other):
    """floor_divide(Tensor self, Tensor other) -> Tensor"""
    return kernels.div_rounding(self, other, 'floor')


def neg(self):
    """neg(Tensor self) -> Tensor"""
    return np.negative(self)


def pow(self, exponent):
    """pow(Tensor self, Tensor exponent) -> Tensor"""
    return np.power(self, exponent)


def exp(self):
    """exp(Tensor self) -> Tensor"""
    return np.exp(self)


def log(self):
    """log(Tensor self) -> Tensor"""
    return np.log(self)


def log1p(self):
    """log1p(Tensor self) -> Tensor"""
    return np.log1p(self)


def sqrt(self):
    """sqrt(Tensor self) -> Tensor"""
    return np.sqrt(self)


def sin(self):
    """sin(Tensor self) -> Tensor"""
    return np.sin(self)


def cos(self):
    """cos(Tensor self) -> Tensor"""
    return np.cos(self)


def tanh(self):
    """tanh(Tensor self) -> Tensor"""
    return np.tanh(self)


def sigmoid(self):
    """sigmoid(Tensor self) -> Tensor"""
    return kernels.sigmoid(self)


def relu(self):
    """relu(Tensor self) -> Tensor"""
    return np.maximum(self, 0)


def abs(self):
    """abs(Tensor self) -> Tensor"""
    return np.abs(self)


def sign(self):
    """sign(Tensor self) -> Tensor"""
    return np.sign(self)


def round(self, *, decimals=0):
    """round(Tensor self, *, int decimals=0) -> Tensor"""
    return np.round(self, decimals)


def clamp(self, min=None, max=None):
    """clamp(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor"""
    return kernels.clamp_tensor(self, min, max)


def maximum(self, other):
    """maximum(Tensor self, Tensor other) -> Tensor"""
    return np.maximum(self, other)


def minimum(self, other):
    """minimum(Tensor self, Tensor other) -> Tensor"""
    return np.minimum(self, other)


def fmax(self, other):
    """fmax(Tensor self, Tensor other) -> Tensor"""
    return np.fmax(self, other)


def fmin(self, other):
    """fmin(Tensor self, Tensor other) -> Tensor"""
    return np.fmin(self, other)


def copysign(self, other):
    """copysign(Tensor self, Tensor other) -> Tensor"""
    return np.copysign(self, other)


def where(condition, self, other):
    """where(Tensor condition, Tensor self, Tensor other) -> Tensor"""
    return kernels.where(condition, self, other)


def exp2(self):
    """exp2(Tensor self) -> Tensor"""
    return np.exp2(self)


def expm1(self):
    """expm1(Tensor self) -> Tensor"""
    return np.expm1(self)


def log2(self):
    """log2(Tensor self) -> Tensor"""
    return np.log2(self)


def log10(self):
    """log10(Tensor self) -> Tensor"""
    return np.log10(self)


def rsqrt(self):
    """rsqrt(Tensor self) -> Tensor"""
    return kernels.rsqrt(self)


def square(self):
    """square(Tensor self) -> Tensor"""
    return np.square(self)


def reciprocal(self):
    """reciprocal(Tensor self) -> Tensor"""
    return kernels.reciprocal(self)


def tan(self):
    """tan(Tensor self) -> Tensor"""
    return np.tan(self)


def asin(self):
    """asin(Tensor self) -> Tensor"""
    return np.arcsin(self)


def acos(self):
    """acos(Tensor self) -> Tensor"""
    return np.arccos(self)


def atan(self):
    """atan(Tensor self) -> Tensor"""
    return np.arctan(self)


def sinh(self):
    """sinh(Tensor self) -> Tensor"""
    return np.sinh(self)


def cosh(self):
    """cosh(Tensor self) -> Tensor"""
    return np.cosh(self)


def asinh(self):
    """asinh(Tensor self) -> Tensor"""
    return np.arcsinh(self)


def acosh(self):
    """acosh(Tensor self) -> Tensor"""
    return np.arccosh(self)


def atanh(self):
    """atanh(Tensor self) -> Tensor"""
    return np.arctanh(self)


def logit(self, eps=None):
    """logit(Tensor self, float? eps=None) -> Tensor"""
    return kernels.logit(self, eps)


def erf(self):
    """erf(Tensor self) -> Tensor"""
    return kernels.erf(self)


def erfc(self):
    """erfc(Tensor self) -> Tensor"""
    return kernels.erfc(self)


def erfinv(self):
    """erfinv(Tensor self) -> Tensor"""
    return kernels.erfinv(self)


def lgamma(self):
    """lgamma(Tensor self) -> Tensor"""
    return kernels.lgamma(self)


def digamma(self):
    """digamma(Tensor self) -> Tensor"""
    return kernels.digamma(self)


def polygamma(n, self):
    """polygamma(int n, Tensor self) -> Tensor"""
    return kernels.polygamma(n, self)


def sinc(self):
    """sinc(Tensor self) -> Tensor"""
    return kernels.sinc(self)


def floor(self):
    """floor(Tensor self) -> Tensor"""
    return np.floor(self)


def ceil(self):
    """ceil(Tensor self) -> Tensor"""
    return np.ceil(self)


def trunc(self):
    """trunc(Tensor self) -> Tensor"""
    return np.trunc(self)


def frac(self):
    """frac(Tensor self) -> Tensor"""
    return kernels.frac(self)


def isfinite(self):
    """isfinite(Tensor self) -> Tensor"""
    return np.isfinite(self)


def isnan(self):
    """isnan(Tensor self) -> Tensor"""
    return np.isnan(self)


def isinf(self):
    """isinf(Tensor self) -> Tensor"""
    return np.isinf(self)


def isposinf(self):
    """isposinf(Tensor self) -> Tensor"""
    return np.isposinf(self)


def isneginf(self):
    """isneginf(Tensor self) -> Tensor"""
    return np.isneginf(self)


def signbit(self):
    """signbit(Tensor self) -> Tensor"""
    return np.signbit(self)


def nan_to_num(self, nan=None, posinf=None, neginf=None):
    """nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor"""
    return np.nan_to_num(self, nan=0.0 if nan is None else nan, posinf=posinf, neginf=neginf)


def atan2(self, other):
    """atan2(Tensor self, Tensor other) -> Tensor"""
    return kernels.atan2(self, other)


def hypot(self, other):
    """hypot(Tensor self, Tensor other) -> Tensor"""
    return kernels.hypot(self, other)


def fmod(self, other):
    """fmod(Tensor self, Tensor other) -> Tensor"""
    return kernels.fmod(self, other)


def remainder(self, other):
    """remainder(Tensor self, Tensor other) -> Tensor"""
    return kernels.remainder(self, other)


def xlogy(self, other):
    """xlogy(Tensor self, Tensor other) -> Tensor"""
    return kernels.xlogy(self, other)


def logaddexp(self, other):
    """logaddexp(Tensor self, Tensor other) -> Tensor"""
    return kernels.logaddexp(self, other)


def lerp(self, end, weight):
    """lerp(Tensor self, Tensor end, Tensor weight) -> Tensor"""
    return kernels.lerp(self, end, weight)


def addcmul(self, tensor1, tensor2, *, value=1):
    """addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor"""
    return kernels.addcmul(self, tensor1, tensor2, value)


def addcdiv(self, tensor1, tensor2, *, value=1):
    """addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor"""
    return kernels.addcdiv(self, tensor1, tensor2, value)


def clip(self, min=None, max=None):
    """clip(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor"""
    return kernels.clamp_tensor(self, min, max)


def softmax(self, dim, dtype=None):
    """softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor"""
    return kernels.softmax(self if dtype is None else self.astype(dtype), dim)


def log_softmax(self, dim, dtype=None):
    """log_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor"""
    return kernels.log_softmax(self if dtype is None else self.astype(dtype), dim)


def hardtanh(self, min_val=-1, max_val=1):
    """hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor"""
    return kernels.hardtanh(self, min_val, max_val)


def leaky_relu(self, negative_slope=0.01):
    """leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor"""
    return kernels.leaky_relu(self, negative_slope)


def elu(self, alpha=1, scale=1, input_scale=1):
    """elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor"""
    return kernels.elu(self, alpha, scale, input_scale)


def selu(self):
    """selu(Tensor self) -> Tensor"""
    return kernels.selu(self)


def celu(self, alpha=1.0):
    """celu(Tensor self, Scalar alpha=1.0) -> Tensor"""
    return kernels.celu(self, alpha)


def gelu(self, *, approximate='none'):
    """gelu(Tensor self, *, str approximate='none') -> Tensor"""
    return kernels.gelu(self, approximate)


def gelu_backward(output_grad, self, *, approximate='none'):
    """gelu_backward(Tensor output_grad, Tensor self, *, str approximate='none') -> Tensor"""
    return kernels.gelu_backward(output_grad, self, approximate)


def silu(self):
    """silu(Tensor self) -> Tensor"""
    return kernels.silu(self)


def mish(self):
    """mish(Tensor self) -> Tensor"""
    return kernels.mish(self)


def softplus(self, beta=1, threshold=20):
    """softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor"""
    return kernels.softplus(self, beta, threshold)


def log_sigmoid(self):
    """log_sigmoid(Tensor self) -> Tensor"""
    return kernels.log_sigmoid(self)


def hardsigmoid(self):
    """hardsigmoid(Tensor self) -> Tensor"""
    return kernels.hardsigmoid(self)


def hardswish(self):
    """hardswish(Tensor self) -> Tensor"""
    return kernels.hardswish(self)


def glu(self, dim=-1):
    """glu(Tensor self, int dim=-1) -> Tensor"""
    return kernels.glu(self, dim)


def sum(self, dim=None, keepdim=False, *, dtype=None):
    """sum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.sum(self, dim, keepdim, dtype)


def mean(self, dim=None, keepdim=False, *, dtype=None):
    """mean(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.mean(self, dim, keepdim, dtype)


def sum_dim_IntList(self, dim, keepdim=False, *, dtype=None):
    """sum.dim_IntList(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.sum(self, dim, keepdim, dtype)


def mean_dim(self, dim, keepdim=False, *, dtype=None):
    """mean.dim(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.mean(self, dim, keepdim, dtype)


def amax(self, dim=[], keepdim=False):
    """amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor"""
    return kernels.amax(self, dim, keepdim)


def amin(self, dim=[], keepdim=False):
    """amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor"""
    return kernels.amin(self, dim, keepdim)


def max(self):
    """max(Tensor self) -> Tensor"""
    return kernels.amax(self)


def min(self):
    """min(Tensor self) -> Tensor"""
    return kernels.amin(self)


def max_dim(self, dim, keepdim=False):
    """max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)"""
    return kernels.max_dim(self, dim, keepdim)


def min_dim(self, dim, keepdim=False):
    """min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)"""
    return kernels.min_dim(self, dim, keepdim)


def aminmax(self, *, dim=None, keepdim=False):
    """aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)"""
    return (kernels.amin(self, dim, keepdim), kernels.amax(self, dim, keepdim))


def prod(self, dim=None, keepdim=False, *, dtype=None):
    """prod(Tensor self, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.prod(self, dim, keepdim, dtype)


def var(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
    """var(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor"""
    return kernels.var(self, dim, unbiased, keepdim, correction)


def std(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
    """std(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor"""
    return kernels.std(self, dim, unbiased, keepdim, correction)


def norm(self, p='fro', dim=None, keepdim=False, *, dtype=None):
    """norm(Tensor self, str? p='fro', int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.norm(self, p, dim, keepdim, dtype)


def linalg_vector_norm(self, ord=2, dim=None, keepdim=False, *, dtype=None):
    """linalg_vector_norm(Tensor self, Scalar ord=2, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.vector_norm(self, ord, dim, keepdim, dtype)


def logsumexp(self, dim, keepdim=False):
    """logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor"""
    return kernels.logsumexp(self, dim, keepdim)


def cumsum(self, dim, *, dtype=None):
    """cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.cumsum(self, dim, dtype)


def cumprod(self, dim, *, dtype=None):
    """cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.cumprod(self, dim, dtype)


def argmax(self, dim=None, keepdim=False):
    """argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor"""
    return kernels.argmax(self, dim, keepdim)


def argmin(self, dim=None, keepdim=False):
    """argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor"""
    return kernels.argmin(self, dim, keepdim)


def all(self, dim=None, keepdim=False):
    """all(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor"""
    return kernels.all_any(np.all, self, dim, keepdim)


def any_reduce(self, dim=None, keepdim=False):
    """any.reduce(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor"""
    return kernels.all_any(np.any, self, dim, keepdim)


def count_nonzero(self, dim=None):
    """count_nonzero(Tensor self, int[]? dim=None) -> Tensor"""
    return kernels.count_nonzero(self, dim)


def argsort(self, dim=-1, descending=False, *, stable=False):
    """argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor"""
    return kernels.sort(self, dim, descending, stable)[1]


def nansum(self, dim=None, keepdim=False, *, dtype=None):
    """nansum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.nansum(self, dim, keepdim, dtype)


def sort(self, dim=-1, descending=False, *, stable=False):
    """sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=False) -> (Tensor values, Tensor indices)"""
    return kernels.sort(self, dim, descending, stable)


def topk(self, k, dim=-1, largest=True, sorted=True):
    """topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)"""
    return kernels.topk(self, k, dim, largest, sorted)


def matmul(self, other):
    """matmul(Tensor self, Tensor other) -> Tensor"""
    return np.matmul(self, other)


def dot(self, tensor):
    """dot(Tensor self, Tensor tensor) -> Tensor"""
    return np.dot(self, tensor)


def addmm(self, mat1, mat2, *, beta=1, alpha=1):
    """addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor"""
    return kernels.addmm(self, mat1, mat2, beta, alpha)


def mm(self, mat2):
    """mm(Tensor self, Tensor mat2) -> Tensor"""
    return kernels.mm(self, mat2)


def mv(self, vec):
    """mv(Tensor self, Tensor vec) -> Tensor"""
    return kernels.mv(self, vec)


def bmm(self, mat2):
    """bmm(Tensor self, Tensor mat2) -> Tensor"""
    return kernels.bmm(self, mat2)


def outer(self, vec2):
    """outer(Tensor self, Tensor vec2) -> Tensor"""
    return kernels.outer(self, vec2)


def trace(self):
    """trace(Tensor self) -> Tensor"""
    return kernels.trace(self)


def diag(self, diagonal=0):
    """diag(Tensor self, int diagonal=0) -> Tensor"""
    return kernels.diag(self, diagonal)


def diagonal(self, offset=0, dim1=0, dim2=1):
    """diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor"""
    return kernels.diagonal(self, offset, dim1, dim2)


def diagonal_backward(src, input_sizes, offset, dim1, dim2):
    """diagonal_backward(Tensor src, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor"""
    return kernels.diagonal_backward(src, input_sizes, offset, dim1, dim2)


def tril(self, diagonal=0):
    """tril(Tensor self, int diagonal=0) -> Tensor"""
    return kernels.tril(self, diagonal)


def triu(self, diagonal=0):
    """triu(Tensor self, int diagonal=0) -> Tensor"""
    return kernels.triu(self, diagonal)


def linalg_inv(A):
    """linalg_inv(Tensor A) -> Tensor"""
    return kernels.linalg_inv(A)


def linalg_det(A):
    """linalg_det(Tensor A) -> Tensor"""
    return kernels.linalg_det(A)


def det(self):
    """det(Tensor self) -> Tensor"""
    return kernels.linalg_det(self)


def linalg_slogdet(A):
    """linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)"""
    return kernels.linalg_slogdet(A)


def linalg_solve(A, B, *, left=True):
    """linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor"""
    return kernels.linalg_solve(A, B, left)


def linalg_cholesky(A, *, upper=False):
    """linalg_cholesky(Tensor A, *, bool upper=False) -> (Tensor L)"""
    return kernels.linalg_cholesky(A, upper)


def linalg_eigh(A, UPLO='L'):
    """linalg_eigh(Tensor A, str UPLO='L') -> (Tensor eigenvalues, Tensor eigenvectors)"""
    return kernels.linalg_eigh(A, UPLO)


def linalg_svd(A, full_matrices=True):
    """linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor U, Tensor S, Tensor Vh)"""
    return kernels.linalg_svd(A, full_matrices)


def linalg_svdvals(A):
    """linalg_svdvals(Tensor A) -> Tensor"""
    return kernels.linalg_svdvals(A)


def linalg_qr(A, mode='reduced'):
    """linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)"""
    return kernels.linalg_qr(A, mode)


def linalg_pinv(A, *, atol=None, rtol=None, hermitian=False):
    """linalg_pinv(Tensor A, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor"""
    return kernels.linalg_pinv(A, atol, rtol, hermitian)


def linalg_matrix_norm(A, ord='fro', dim=[-2, -1], keepdim=False, *, dtype=None):
    """linalg_matrix_norm(Tensor A, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor"""
    return kernels.linalg_matrix_norm(A, ord, dim, keepdim, dtype)


def reshape(self, shape):
    """reshape(Tensor self, int[] shape) -> Tensor"""
    return np.reshape(self, shape)


def view(self, size):
    """view(Tensor self, int[] size) -> Tensor"""
    return np.reshape(self, size)


def flatten(self, start_dim=0, end_dim=-1):
    """flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor"""
    return kernels.flatten(self, start_dim, end_dim)


def _unsafe_view(self, size):
    """_unsafe_view(Tensor self, int[] size) -> Tensor"""
    return np.reshape(self, size)


def alias(self):
    """alias(Tensor self) -> Tensor"""
    return kernels.alias(self)


def t(self):
    """t(Tensor self) -> Tensor"""
    return kernels.t(self)


def transpose(self, dim0, dim1):
    """transpose(Tensor self, int dim0, int dim1) -> Tensor"""
    return np.swapaxes(self, dim0, dim1)


def permute(self, dims):
    """permute(Tensor self, int[] dims) -> Tensor"""
    return np.transpose(self, dims)


def unsqueeze(self, dim):
    """unsqueeze(Tensor self, int dim) -> Tensor"""
    return np.expand_dims(self, dim)


def squeeze(self, dim=None):
    """squeeze(Tensor self, int[]? dim=None) -> Tensor"""
    return kernels.squeeze(self, dim)


def expand(self, size):
    """expand(Tensor self, int[] size) -> Tensor"""
    return kernels.expand(self, size)


def sum_to_size(self, size):
    """sum_to_size(Tensor self, int[] size) -> Tensor"""
    return kernels.sum_to_size(self, size)


def movedim(self, source, destination):
    """movedim(Tensor self, int[] source, int[] destination) -> Tensor"""
    return kernels.movedim(self, source, destination)


def moveaxis(self, source, destination):
    """moveaxis(Tensor self, int[] source, int[] destination) -> Tensor"""
    return kernels.movedim(self, source, destination)


def swapaxes(self, axis0, axis1):
    """swapaxes(Tensor self, int axis0, int axis1) -> Tensor"""
    return kernels.swapdims(self, axis0, axis1)


def swapdims(self, dim0, dim1):
    """swapdims(Tensor self, int dim0, int dim1) -> Tensor"""
    return kernels.swapdims(self, dim0, dim1)


def broadcast_to(self, size):
    """broadcast_to(Tensor self, int[] size) -> Tensor"""
    return kernels.broadcast_to(self, size)


def expand_as(self, other):
    """expand_as(Tensor self, Tensor other) -> Tensor"""
    return kernels.broadcast_to(self, other.shape)


def view_as(self, other):
    """view_as(Tensor self, Tensor other) -> Tensor"""
    return np.reshape(self, other.shape)


def reshape_as(self, other):
    """reshape_as(Tensor self, Tensor other) -> Tensor"""
    return np.reshape(self, other.shape)


def repeat(self, repeats):
    """repeat(Tensor self, int[] repeats) -> Tensor"""
    return kernels.repeat(self, repeats)


def tile(self, dims):
    """tile(Tensor self, int[] dims) -> Tensor"""
    return kernels.tile(self, dims)


def flip(self, dims):
    """flip(Tensor self, int[] dims) -> Tensor"""
    return kernels.flip(self, dims)


def roll(self, shifts, dims=[]):
    """roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor"""
    return kernels.roll(self, shifts, dims)


def narrow(self, dim, start, length):
    """narrow(Tensor self, int dim, int start, int length) -> Tensor"""
    return kernels.narrow(self, dim, start, length)


def select(self, dim, index):
    """select(Tensor self, int dim, int index) -> Tensor"""
    return kernels.select(self, dim, index)


def gather(self, dim, index, *, sparse_grad=False):
    """gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor"""
    return kernels.gather(self, dim, index)


def index_select(self, dim, index):
    """index_select(Tensor self, int dim, Tensor index) -> Tensor"""
    return kernels.index_select(self, dim, index)


def scatter_add(self, dim, index, src):
    """scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor"""
    return kernels.scatter_add(self, dim, index, src)


def scatter(self, dim, index, src):
    """scatter(Tensor self, int dim, Tensor index, Tensor src) -> Tensor"""
    return kernels.scatter(self, dim, index, src)


def masked_fill(self, mask, value):
    """masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor"""
    return kernels.masked_fill(self, mask, value)


def constant_pad_nd(self, pad, value=0):
    """constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor"""
    return kernels.constant_pad_nd(self, pad, value)


def cat(tensors, dim=0):
    """cat(Tensor[] tensors, int dim=0) -> Tensor"""
    return kernels.cat(tensors, dim)


def stack(tensors, dim=0):
    """stack(Tensor[] tensors, int dim=0) -> Tensor"""
    return kernels.stack(tensors, dim)


def split(self, split_size_or_sections, dim=0):
    """split(Tensor self, int[] split_size_or_sections, int dim=0) -> Tensor[]"""
    return kernels.split(self, split_size_or_sections, dim)


def chunk(self, chunks, dim=0):
    """chunk(Tensor self, int chunks, int dim=0) -> Tensor[]"""
    return kernels.chunk(self, chunks, dim)


def unbind(self, dim=0):
    """unbind(Tensor self, int dim=0) -> Tensor[]"""
    return kernels.unbind(self, dim)


def einsum(equation, tensors):
    """einsum(str equation, Tensor[] tensors) -> Tensor"""
    return kernels.einsum(equation, tensors)


def getitem(self, index):
    """getitem(Tensor self, Index index) -> Tensor"""
    return self[index]


def slice_Tensor(self, dim=0, start=None, end=None, step=1):
    """slice.Tensor(Tensor self, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor"""
    return kernels.slice_dim(self, dim, start, end, step)


def index_Tensor(self, indices):
    """index.Tensor(Tensor self, Index indices) -> Tensor"""
    return self[indices]


def index_put(self, index, values):
    """index_put(Tensor self, Index index, Tensor values) -> Tensor"""
    return kernels.index_put(self, index, values)


def index_backward(src, shape, index):
    """index_backward(Tensor src, int[] shape, Index index) -> Tensor"""
    return kernels.index_backward(src, shape, index)


def clone(self):
    """clone(Tensor self) -> Tensor"""
    return self.copy()


def _to_copy(self, dtype):
    """_to_copy(Tensor self, ScalarType dtype) -> Tensor"""
    return kernels.to_dtype(self, dtype)


def fill(self, value):
    """fill(Tensor self, Scalar value) -> Tensor"""
    return np.full_like(self, value)


def copy(self, src):
    """copy(Tensor self, Tensor src) -> Tensor"""
    return kernels.copy_into(self, src)


def zeros_like(self):
    """zeros_like(Tensor self) -> Tensor"""
    return np.zeros_like(self)


def nextafter(self, other):
    """nextafter(Tensor self, Tensor other) -> Tensor"""
    return np.nextafter(self, other)


def eq(self, other):
    """eq(Tensor self, Tensor other) -> Tensor"""
    return np.equal(self, other)


def ne(self, other):
    """ne(Tensor self, Tensor other) -> Tensor"""
    return np.not_equal(self, other)


def lt(self, other):
    """lt(Tensor self, Tensor other) -> Tensor"""
    return np.less(self, other)


def le(self, other):
    """le(Tensor self, Tensor other) -> Tensor"""
    return np.less_equal(self, other)


def gt(self, other):
    """gt(Tensor self, Tensor other) -> Tensor"""
    return np.greater(self, other)


def ge(self, other):
    """ge(Tensor self, Tensor other) -> Tensor"""
    return np.greater_equal(self, other)


def bitwise_and(self, other):
    """bitwise_and(Tensor self, Tensor other) -> Tensor"""
    return np.bitwise_and(self, other)


def bitwise_or(self, other):
    """bitwise_or(Tensor self, Tensor other) -> Tensor"""
    return np.bitwise_or(self, other)


def bitwise_not(self):
    """bitwise_not(Tensor self) -> Tensor"""
    return np.invert(self)


def positive(self):
    """positive(Tensor self) -> Tensor"""
    return np.positive(self)


def bitwise_xor(self, other):
    """bitwise_xor(Tensor self, Tensor other) -> Tensor"""
    return np.bitwise_xor(self, other)


def logical_and(self, other):
    """logical_and(Tensor self, Tensor other) -> Tensor"""
    return np.logical_and(self, other)


def logical_or(self, other):
    """logical_or(Tensor self, Tensor other) -> Tensor"""
    return np.logical_or(self, other)


def logical_xor(self, other):
    """logical_xor(Tensor self, Tensor other) -> Tensor"""
    return np.logical_xor(self, other)


def logical_not(self):
    """logical_not(Tensor self) -> Tensor"""
    return np.logical_not(self)


def nll_loss(self, target, weight=None, reduction=1, ignore_index=-100):
    """nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor"""
    return kernels.nll_loss(self, target, weight, reduction, ignore_index)


def nll_loss2d(self, target, weight=None, reduction=1, ignore_index=-100):
    """nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor"""
    return kernels.nll_loss2d(self, target, weight, reduction, ignore_index)


def mse_loss(self, target, reduction=1):
    """mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor"""
    return kernels.mse_loss(self, target, reduction)


def smooth_l1_loss(self, target, reduction=1, beta=1.0):
    """smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.0) -> Tensor"""
    return kernels.smooth_l1_loss(self, target, reduction, beta)


def huber_loss(self, target, reduction=1, delta=1.0):
    """huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.0) -> Tensor"""
    return kernels.huber_loss(self, target, reduction, delta)


def binary_cross_entropy(self, target, weight=None, reduction=1):
    """binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor"""
    return kernels.binary_cross_entropy(self, target, weight, reduction)


def binary_cross_entropy_with_logits(self, target, weight=None, pos_weight=None, reduction=1):
    """binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor"""
    return kernels.binary_cross_entropy_with_logits(self, target, weight, pos_weight, reduction)


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups):
    """convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor"""
    return kernels.convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups)


def conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups):
    """conv_transpose_input(Tensor output_grad, Tensor weight, int[] input_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor"""
    return kernels.conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups)


def conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups):
    """conv_weight_grad(Tensor input, Tensor output_grad, int[] weight_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor"""
    return kernels.conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups)


def max_pool2d_with_indices(self, kernel_size, stride=[], padding=0, dilation=1, ceil_mode=False):
    """max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, int[] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)"""
    return kernels.max_pool2d_with_indices(self, kernel_size, stride, padding, dilation, ceil_mode)


def max_pool2d_with_indices_backward(output_grad, self, kernel_size, stride, padding, dilation, ceil_mode, indices):
    """max_pool2d_with_indices_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, int[] dilation, bool ceil_mode, Tensor indices) -> Tensor"""
    return kernels.max_pool2d_with_indices_backward(output_grad, self.shape, indices)


def avg_pool2d(self, kernel_size, stride=[], padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None):
    """avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor"""
    return kernels.avg_pool2d(self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def avg_pool2d_backward(output_grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    """avg_pool2d_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor"""
    return kernels.avg_pool2d_backward(output_grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    """embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor"""
    return kernels.embedding(weight, indices, sparse)


def embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq):
    """embedding_dense_backward(Tensor output_grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor"""
    return kernels.embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq)
