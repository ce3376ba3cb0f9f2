# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""The one binding table: every function of `yamlgrad` and every Tensor method and operator.

From the registry's `variants:` and `operators:` and from the literal tables of runtime/api/
(codegen/bindings.py); codegen refuses a name bound twice, so each name has exactly one definition,
listed here. Reflected operators call the op with the operands swapped (`2 - x` is `sub(2, x)`);
in-place variants (`add_`, `x += y`) run the op through yamlgrad.core.inplace, which rebases
autograd history.
"""
from yamlgrad.api import composed, devices, legacy, overloads, solvers, sparse, tensor_methods
from yamlgrad.autogen import ops
from yamlgrad.core.inplace import inplace
from yamlgrad.core.tensor import Tensor
from yamlgrad.api.composed import (addbmm, addmv, addr, allclose, any, argwhere, atleast_1d, atleast_2d, atleast_3d, baddbmm, bernoulli, bincount, block_diag, broadcast_shapes, broadcast_tensors, bucketize, can_cast, cartesian_prod, cdist, chain_matmul, cholesky, clamp_max, clamp_min, column_stack, concatenate, cross, cummax, cummin, deg2rad, diag_embed, diagflat, diff, dist, dsplit, dstack, empty_like, equal, finfo, flatten, fliplr, flipud, float_power, gcd, heaviside, hsplit, hstack, iinfo, index_add, index_copy, index_fill, inner, is_floating_point, is_nonzero, isclose, isin, kron, kthvalue, lcm, ldexp, logaddexp2, logcumsumexp, logdet, logspace, masked_select, matrix_power, median, meshgrid, msort, multinomial, nanmean, nonzero, norm, normal, numel, pinverse, promote_types, quantile, rad2deg, randint_like, randperm, ravel, repeat_interleave, reshape, result_type, rot90, scatter, searchsorted, sgn, split, std_mean, svd, take, take_along_dim, tensor_split, tensordot, tril_indices, triu_indices, unflatten, unique, var_mean, vdot, vsplit, vstack, where)
from yamlgrad.api.devices import (autocast, device)
from yamlgrad.api.factories import (Generator, Size, arange, as_tensor, default_generator, empty, eye, from_dlpack, from_numpy, full, full_like, get_rng_state, initial_seed, linspace, manual_seed, ones, ones_like, rand, rand_like, randint, randn, randn_like, seed, set_rng_state, tensor, zeros, zeros_like)
from yamlgrad.api.legacy import (BoolTensor, ByteTensor, CharTensor, DoubleTensor, FloatTensor, HalfTensor, IntTensor, LongTensor, ShortTensor)
from yamlgrad.api.overloads import (einsum, matmul, max, mean, min, sum)
from yamlgrad.api.solvers import (cholesky_solve)
from yamlgrad.api.sparse import (sparse_coo_tensor)
from yamlgrad.autogen.ops import (abs, abs as absolute, acos, acosh, add, addcdiv, addcmul, addmm, all, amax, amin, aminmax, acos as arccos, acosh as arccosh, asin as arcsin, asinh as arcsinh, atan as arctan, atan2 as arctan2, atanh as arctanh, argmax, argmin, argsort, asin, asinh, atan, atan2, atanh, bitwise_and, bitwise_not, bitwise_or, bitwise_xor, bmm, broadcast_to, cat, ceil, celu, chunk, clamp, clip, clone, cat as concat, constant_pad_nd, convolution, copysign, cos, cosh, count_nonzero, cumprod, cumsum, det, diag, diagonal, diagonal_backward, digamma, div, div as divide, dot, embedding, eq, erf, erfc, erfinv, exp, exp2, expm1, trunc as fix, flip, floor, floor_divide, fmax, fmin, fmod, frac, gather, ge, outer as ger, getitem, gt as greater, ge as greater_equal, gt, hypot, index_backward, index_put, index_select, linalg_inv as inverse, isfinite, isinf, isnan, isneginf, isposinf, le, lerp, lt as less, le as less_equal, lgamma, linalg_vector_norm, log, log10, log1p, log2, log_softmax, logaddexp, logical_and, logical_not, logical_or, logical_xor, logit, logsumexp, lt, masked_fill, maximum, minimum, mm, moveaxis, movedim, mul, mul as multiply, mv, nan_to_num, nansum, narrow, ne, neg, neg as negative, nextafter, ne as not_equal, outer, permute, polygamma, positive, pow, prod, reciprocal, relu, remainder, roll, round, rsqrt, scatter_add, select, selu, sigmoid, sign, signbit, sin, sinc, sinh, linalg_slogdet as slogdet, softmax, sort, sqrt, square, squeeze, stack, std, sub, sub as subtract, sum_to_size, swapaxes, swapdims, t, tan, tanh, tile, topk, trace, transpose, tril, triu, div as true_divide, trunc, unbind, unsqueeze, var, xlogy)

__all__ = [
    "BoolTensor",
    "ByteTensor",
    "CharTensor",
    "DoubleTensor",
    "FloatTensor",
    "Generator",
    "HalfTensor",
    "IntTensor",
    "LongTensor",
    "ShortTensor",
    "Size",
    "abs",
    "absolute",
    "acos",
    "acosh",
    "add",
    "addbmm",
    "addcdiv",
    "addcmul",
    "addmm",
    "addmv",
    "addr",
    "all",
    "allclose",
    "amax",
    "amin",
    "aminmax",
    "any",
    "arange",
    "arccos",
    "arccosh",
    "arcsin",
    "arcsinh",
    "arctan",
    "arctan2",
    "arctanh",
    "argmax",
    "argmin",
    "argsort",
    "argwhere",
    "as_tensor",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "autocast",
    "baddbmm",
    "bernoulli",
    "bincount",
    "bitwise_and",
    "bitwise_not",
    "bitwise_or",
    "bitwise_xor",
    "block_diag",
    "bmm",
    "broadcast_shapes",
    "broadcast_tensors",
    "broadcast_to",
    "bucketize",
    "can_cast",
    "cartesian_prod",
    "cat",
    "cdist",
    "ceil",
    "celu",
    "chain_matmul",
    "cholesky",
    "cholesky_solve",
    "chunk",
    "clamp",
    "clamp_max",
    "clamp_min",
    "clip",
    "clone",
    "column_stack",
    "concat",
    "concatenate",
    "constant_pad_nd",
    "convolution",
    "copysign",
    "cos",
    "cosh",
    "count_nonzero",
    "cross",
    "cummax",
    "cummin",
    "cumprod",
    "cumsum",
    "default_generator",
    "deg2rad",
    "det",
    "device",
    "diag",
    "diag_embed",
    "diagflat",
    "diagonal",
    "diagonal_backward",
    "diff",
    "digamma",
    "dist",
    "div",
    "divide",
    "dot",
    "dsplit",
    "dstack",
    "einsum",
    "embedding",
    "empty",
    "empty_like",
    "eq",
    "equal",
    "erf",
    "erfc",
    "erfinv",
    "exp",
    "exp2",
    "expm1",
    "eye",
    "finfo",
    "fix",
    "flatten",
    "flip",
    "fliplr",
    "flipud",
    "float_power",
    "floor",
    "floor_divide",
    "fmax",
    "fmin",
    "fmod",
    "frac",
    "from_dlpack",
    "from_numpy",
    "full",
    "full_like",
    "gather",
    "gcd",
    "ge",
    "ger",
    "get_rng_state",
    "getitem",
    "greater",
    "greater_equal",
    "gt",
    "heaviside",
    "hsplit",
    "hstack",
    "hypot",
    "iinfo",
    "index_add",
    "index_backward",
    "index_copy",
    "index_fill",
    "index_put",
    "index_select",
    "initial_seed",
    "inner",
    "inverse",
    "is_floating_point",
    "is_nonzero",
    "isclose",
    "isfinite",
    "isin",
    "isinf",
    "isnan",
    "isneginf",
    "isposinf",
    "kron",
    "kthvalue",
    "lcm",
    "ldexp",
    "le",
    "lerp",
    "less",
    "less_equal",
    "lgamma",
    "linalg_vector_norm",
    "linspace",
    "log",
    "log10",
    "log1p",
    "log2",
    "log_softmax",
    "logaddexp",
    "logaddexp2",
    "logcumsumexp",
    "logdet",
    "logical_and",
    "logical_not",
    "logical_or",
    "logical_xor",
    "logit",
    "logspace",
    "logsumexp",
    "lt",
    "manual_seed",
    "masked_fill",
    "masked_select",
    "matmul",
    "matrix_power",
    "max",
    "maximum",
    "mean",
    "median",
    "meshgrid",
    "min",
    "minimum",
    "mm",
    "moveaxis",
    "movedim",
    "msort",
    "mul",
    "multinomial",
    "multiply",
    "mv",
    "nan_to_num",
    "nanmean",
    "nansum",
    "narrow",
    "ne",
    "neg",
    "negative",
    "nextafter",
    "nonzero",
    "norm",
    "normal",
    "not_equal",
    "numel",
    "ones",
    "ones_like",
    "outer",
    "permute",
    "pinverse",
    "polygamma",
    "positive",
    "pow",
    "prod",
    "promote_types",
    "quantile",
    "rad2deg",
    "rand",
    "rand_like",
    "randint",
    "randint_like",
    "randn",
    "randn_like",
    "randperm",
    "ravel",
    "reciprocal",
    "relu",
    "remainder",
    "repeat_interleave",
    "reshape",
    "result_type",
    "roll",
    "rot90",
    "round",
    "rsqrt",
    "scatter",
    "scatter_add",
    "searchsorted",
    "seed",
    "select",
    "selu",
    "set_rng_state",
    "sgn",
    "sigmoid",
    "sign",
    "signbit",
    "sin",
    "sinc",
    "sinh",
    "slogdet",
    "softmax",
    "sort",
    "sparse_coo_tensor",
    "split",
    "sqrt",
    "square",
    "squeeze",
    "stack",
    "std",
    "std_mean",
    "sub",
    "subtract",
    "sum",
    "sum_to_size",
    "svd",
    "swapaxes",
    "swapdims",
    "t",
    "take",
    "take_along_dim",
    "tan",
    "tanh",
    "tensor",
    "tensor_split",
    "tensordot",
    "tile",
    "topk",
    "trace",
    "transpose",
    "tril",
    "tril_indices",
    "triu",
    "triu_indices",
    "true_divide",
    "trunc",
    "unbind",
    "unflatten",
    "unique",
    "unsqueeze",
    "var",
    "var_mean",
    "vdot",
    "vsplit",
    "vstack",
    "where",
    "xlogy",
    "zeros",
    "zeros_like",
]


def _radd_add(self, other):
    return ops.add(other, self)


def _rsub_sub(self, other):
    return ops.sub(other, self)


def _rmul_mul(self, other):
    return ops.mul(other, self)


def _rtruediv_div(self, other):
    return ops.div(other, self)


def _rfloordiv_floor_divide(self, other):
    return ops.floor_divide(other, self)


def _rpow_pow(self, other):
    return ops.pow(other, self)


def _rmod_remainder(self, other):
    return ops.remainder(other, self)


def _rand_bitwise_and(self, other):
    return ops.bitwise_and(other, self)


def _ror_bitwise_or(self, other):
    return ops.bitwise_or(other, self)


def _rxor_bitwise_xor(self, other):
    return ops.bitwise_xor(other, self)


def add_(self, other, *, alpha=1):
    return inplace(ops.add, self, other, alpha=alpha)


def sub_(self, other, *, alpha=1):
    return inplace(ops.sub, self, other, alpha=alpha)


def mul_(self, other):
    return inplace(ops.mul, self, other)


def div_(self, other, *, rounding_mode=None):
    return inplace(ops.div, self, other, rounding_mode=rounding_mode)


def floor_divide_(self, other):
    return inplace(ops.floor_divide, self, other)


def neg_(self):
    return inplace(ops.neg, self)


def pow_(self, exponent):
    return inplace(ops.pow, self, exponent)


def exp_(self):
    return inplace(ops.exp, self)


def log_(self):
    return inplace(ops.log, self)


def log1p_(self):
    return inplace(ops.log1p, self)


def sqrt_(self):
    return inplace(ops.sqrt, self)


def sin_(self):
    return inplace(ops.sin, self)


def cos_(self):
    return inplace(ops.cos, self)


def tanh_(self):
    return inplace(ops.tanh, self)


def sigmoid_(self):
    return inplace(ops.sigmoid, self)


def relu_(self):
    return inplace(ops.relu, self)


def abs_(self):
    return inplace(ops.abs, self)


def sign_(self):
    return inplace(ops.sign, self)


def round_(self, *, decimals=0):
    return inplace(ops.round, self, decimals=decimals)


def clamp_(self, min=None, max=None):
    return inplace(ops.clamp, self, min, max)


def copysign_(self, other):
    return inplace(ops.copysign, self, other)


def exp2_(self):
    return inplace(ops.exp2, self)


def expm1_(self):
    return inplace(ops.expm1, self)


def log2_(self):
    return inplace(ops.log2, self)


def log10_(self):
    return inplace(ops.log10, self)


def rsqrt_(self):
    return inplace(ops.rsqrt, self)


def square_(self):
    return inplace(ops.square, self)


def reciprocal_(self):
    return inplace(ops.reciprocal, self)


def tan_(self):
    return inplace(ops.tan, self)


def asin_(self):
    return inplace(ops.asin, self)


def acos_(self):
    return inplace(ops.acos, self)


def atan_(self):
    return inplace(ops.atan, self)


def sinh_(self):
    return inplace(ops.sinh, self)


def cosh_(self):
    return inplace(ops.cosh, self)


def asinh_(self):
    return inplace(ops.asinh, self)


def acosh_(self):
    return inplace(ops.acosh, self)


def atanh_(self):
    return inplace(ops.atanh, self)


def logit_(self, eps=None):
    return inplace(ops.logit, self, eps)


def erf_(self):
    return inplace(ops.erf, self)


def erfc_(self):
    return inplace(ops.erfc, self)


def erfinv_(self):
    return inplace(ops.erfinv, self)


def lgamma_(self):
    return inplace(ops.lgamma, self)


def digamma_(self):
    return inplace(ops.digamma, self)


def sinc_(self):
    return inplace(ops.sinc, self)


def floor_(self):
    return inplace(ops.floor, self)


def ceil_(self):
    return inplace(ops.ceil, self)


def trunc_(self):
    return inplace(ops.trunc, self)


def frac_(self):
    return inplace(ops.frac, self)


def nan_to_num_(self, nan=None, posinf=None, neginf=None):
    return inplace(ops.nan_to_num, self, nan, posinf, neginf)


def atan2_(self, other):
    return inplace(ops.atan2, self, other)


def hypot_(self, other):
    return inplace(ops.hypot, self, other)


def fmod_(self, other):
    return inplace(ops.fmod, self, other)


def remainder_(self, other):
    return inplace(ops.remainder, self, other)


def xlogy_(self, other):
    return inplace(ops.xlogy, self, other)


def lerp_(self, end, weight):
    return inplace(ops.lerp, self, end, weight)


def addcmul_(self, tensor1, tensor2, *, value=1):
    return inplace(ops.addcmul, self, tensor1, tensor2, value=value)


def addcdiv_(self, tensor1, tensor2, *, value=1):
    return inplace(ops.addcdiv, self, tensor1, tensor2, value=value)


def clip_(self, min=None, max=None):
    return inplace(ops.clip, self, min, max)


def cumsum_(self, dim, *, dtype=None):
    return inplace(ops.cumsum, self, dim, dtype=dtype)


def cumprod_(self, dim, *, dtype=None):
    return inplace(ops.cumprod, self, dim, dtype=dtype)


def addmm_(self, mat1, mat2, *, beta=1, alpha=1):
    return inplace(ops.addmm, self, mat1, mat2, beta=beta, alpha=alpha)


def tril_(self, diagonal=0):
    return inplace(ops.tril, self, diagonal)


def triu_(self, diagonal=0):
    return inplace(ops.triu, self, diagonal)


def scatter_add_(self, dim, index, src):
    return inplace(ops.scatter_add, self, dim, index, src)


def masked_fill_(self, mask, value):
    return inplace(ops.masked_fill, self, mask, value)


def fill_(self, value):
    return inplace(ops.fill, self, value)


def copy_(self, src):
    return inplace(ops.copy, self, src)


TENSOR_METHODS = (
    ("add", ops.add),
    ("add_", add_),
    ("__add__", ops.add),
    ("__radd__", _radd_add),
    ("__iadd__", add_),
    ("sub", ops.sub),
    ("sub_", sub_),
    ("__sub__", ops.sub),
    ("__rsub__", _rsub_sub),
    ("__isub__", sub_),
    ("mul", ops.mul),
    ("mul_", mul_),
    ("__mul__", ops.mul),
    ("__rmul__", _rmul_mul),
    ("__imul__", mul_),
    ("div", ops.div),
    ("div_", div_),
    ("__truediv__", ops.div),
    ("__rtruediv__", _rtruediv_div),
    ("__itruediv__", div_),
    ("floor_divide", ops.floor_divide),
    ("floor_divide_", floor_divide_),
    ("__floordiv__", ops.floor_divide),
    ("__rfloordiv__", _rfloordiv_floor_divide),
    ("__ifloordiv__", floor_divide_),
    ("neg", ops.neg),
    ("neg_", neg_),
    ("__neg__", ops.neg),
    ("pow", ops.pow),
    ("pow_", pow_),
    ("__pow__", ops.pow),
    ("__rpow__", _rpow_pow),
    ("__ipow__", pow_),
    ("exp", ops.exp),
    ("exp_", exp_),
    ("log", ops.log),
    ("log_", log_),
    ("log1p", ops.log1p),
    ("log1p_", log1p_),
    ("sqrt", ops.sqrt),
    ("sqrt_", sqrt_),
    ("sin", ops.sin),
    ("sin_", sin_),
    ("cos", ops.cos),
    ("cos_", cos_),
    ("tanh", ops.tanh),
    ("tanh_", tanh_),
    ("sigmoid", ops.sigmoid),
    ("sigmoid_", sigmoid_),
    ("relu", ops.relu),
    ("relu_", relu_),
    ("abs", ops.abs),
    ("abs_", abs_),
    ("__abs__", ops.abs),
    ("sign", ops.sign),
    ("sign_", sign_),
    ("round", ops.round),
    ("round_", round_),
    ("clamp", ops.clamp),
    ("clamp_", clamp_),
    ("maximum", ops.maximum),
    ("minimum", ops.minimum),
    ("fmax", ops.fmax),
    ("fmin", ops.fmin),
    ("copysign", ops.copysign),
    ("copysign_", copysign_),
    ("exp2", ops.exp2),
    ("exp2_", exp2_),
    ("expm1", ops.expm1),
    ("expm1_", expm1_),
    ("log2", ops.log2),
    ("log2_", log2_),
    ("log10", ops.log10),
    ("log10_", log10_),
    ("rsqrt", ops.rsqrt),
    ("rsqrt_", rsqrt_),
    ("square", ops.square),
    ("square_", square_),
    ("reciprocal", ops.reciprocal),
    ("reciprocal_", reciprocal_),
    ("tan", ops.tan),
    ("tan_", tan_),
    ("asin", ops.asin),
    ("asin_", asin_),
    ("acos", ops.acos),
    ("acos_", acos_),
    ("atan", ops.atan),
    ("atan_", atan_),
    ("sinh", ops.sinh),
    ("sinh_", sinh_),
    ("cosh", ops.cosh),
    ("cosh_", cosh_),
    ("asinh", ops.asinh),
    ("asinh_", asinh_),
    ("acosh", ops.acosh),
    ("acosh_", acosh_),
    ("atanh", ops.atanh),
    ("atanh_", atanh_),
    ("logit", ops.logit),
    ("logit_", logit_),
    ("erf", ops.erf),
    ("erf_", erf_),
    ("erfc", ops.erfc),
    ("erfc_", erfc_),
    ("erfinv", ops.erfinv),
    ("erfinv_", erfinv_),
    ("lgamma", ops.lgamma),
    ("lgamma_", lgamma_),
    ("digamma", ops.digamma),
    ("digamma_", digamma_),
    ("sinc", ops.sinc),
    ("sinc_", sinc_),
    ("floor", ops.floor),
    ("floor_", floor_),
    ("ceil", ops.ceil),
    ("ceil_", ceil_),
    ("trunc", ops.trunc),
    ("trunc_", trunc_),
    ("frac", ops.frac),
    ("frac_", frac_),
    ("isfinite", ops.isfinite),
    ("isnan", ops.isnan),
    ("isinf", ops.isinf),
    ("isposinf", ops.isposinf),
    ("isneginf", ops.isneginf),
    ("signbit", ops.signbit),
    ("nan_to_num", ops.nan_to_num),
    ("nan_to_num_", nan_to_num_),
    ("atan2", ops.atan2),
    ("atan2_", atan2_),
    ("hypot", ops.hypot),
    ("hypot_", hypot_),
    ("fmod", ops.fmod),
    ("fmod_", fmod_),
    ("remainder", ops.remainder),
    ("remainder_", remainder_),
    ("__mod__", ops.remainder),
    ("__rmod__", _rmod_remainder),
    ("__imod__", remainder_),
    ("xlogy", ops.xlogy),
    ("xlogy_", xlogy_),
    ("logaddexp", ops.logaddexp),
    ("lerp", ops.lerp),
    ("lerp_", lerp_),
    ("addcmul", ops.addcmul),
    ("addcmul_", addcmul_),
    ("addcdiv", ops.addcdiv),
    ("addcdiv_", addcdiv_),
    ("clip", ops.clip),
    ("clip_", clip_),
    ("softmax", ops.softmax),
    ("log_softmax", ops.log_softmax),
    ("amax", ops.amax),
    ("amin", ops.amin),
    ("aminmax", ops.aminmax),
    ("prod", ops.prod),
    ("var", ops.var),
    ("std", ops.std),
    ("logsumexp", ops.logsumexp),
    ("cumsum", ops.cumsum),
    ("cumsum_", cumsum_),
    ("cumprod", ops.cumprod),
    ("cumprod_", cumprod_),
    ("argmax", ops.argmax),
    ("argmin", ops.argmin),
    ("all", ops.all),
    ("count_nonzero", ops.count_nonzero),
    ("argsort", ops.argsort),
    ("nansum", ops.nansum),
    ("sort", ops.sort),
    ("topk", ops.topk),
    ("dot", ops.dot),
    ("addmm", ops.addmm),
    ("addmm_", addmm_),
    ("mm", ops.mm),
    ("mv", ops.mv),
    ("bmm", ops.bmm),
    ("outer", ops.outer),
    ("trace", ops.trace),
    ("diag", ops.diag),
    ("diagonal", ops.diagonal),
    ("tril", ops.tril),
    ("tril_", tril_),
    ("triu", ops.triu),
    ("triu_", triu_),
    ("det", ops.det),
    ("t", ops.t),
    ("transpose", ops.transpose),
    ("permute", ops.permute),
    ("unsqueeze", ops.unsqueeze),
    ("squeeze", ops.squeeze),
    ("expand", ops.expand),
    ("sum_to_size", ops.sum_to_size),
    ("movedim", ops.movedim),
    ("moveaxis", ops.moveaxis),
    ("swapaxes", ops.swapaxes),
    ("swapdims", ops.swapdims),
    ("broadcast_to", ops.broadcast_to),
    ("expand_as", ops.expand_as),
    ("view_as", ops.view_as),
    ("reshape_as", ops.reshape_as),
    ("repeat", ops.repeat),
    ("tile", ops.tile),
    ("flip", ops.flip),
    ("roll", ops.roll),
    ("narrow", ops.narrow),
    ("select", ops.select),
    ("gather", ops.gather),
    ("index_select", ops.index_select),
    ("scatter_add", ops.scatter_add),
    ("scatter_add_", scatter_add_),
    ("masked_fill", ops.masked_fill),
    ("masked_fill_", masked_fill_),
    ("chunk", ops.chunk),
    ("unbind", ops.unbind),
    ("clone", ops.clone),
    ("fill_", fill_),
    ("copy_", copy_),
    ("nextafter", ops.nextafter),
    ("eq", ops.eq),
    ("__eq__", ops.eq),
    ("ne", ops.ne),
    ("__ne__", ops.ne),
    ("lt", ops.lt),
    ("__lt__", ops.lt),
    ("le", ops.le),
    ("__le__", ops.le),
    ("gt", ops.gt),
    ("__gt__", ops.gt),
    ("ge", ops.ge),
    ("__ge__", ops.ge),
    ("bitwise_and", ops.bitwise_and),
    ("__and__", ops.bitwise_and),
    ("__rand__", _rand_bitwise_and),
    ("bitwise_or", ops.bitwise_or),
    ("__or__", ops.bitwise_or),
    ("__ror__", _ror_bitwise_or),
    ("bitwise_not", ops.bitwise_not),
    ("__invert__", ops.bitwise_not),
    ("positive", ops.positive),
    ("__pos__", ops.positive),
    ("bitwise_xor", ops.bitwise_xor),
    ("__xor__", ops.bitwise_xor),
    ("__rxor__", _rxor_bitwise_xor),
    ("logical_and", ops.logical_and),
    ("logical_or", ops.logical_or),
    ("logical_xor", ops.logical_xor),
    ("logical_not", ops.logical_not),
    ("multiply", ops.mul),
    ("subtract", ops.sub),
    ("divide", ops.div),
    ("true_divide", ops.div),
    ("negative", ops.neg),
    ("absolute", ops.abs),
    ("greater", ops.gt),
    ("greater_equal", ops.ge),
    ("less", ops.lt),
    ("less_equal", ops.le),
    ("not_equal", ops.ne),
    ("fix", ops.trunc),
    ("arcsin", ops.asin),
    ("arccos", ops.acos),
    ("arctan", ops.atan),
    ("arcsinh", ops.asinh),
    ("arccosh", ops.acosh),
    ("arctanh", ops.atanh),
    ("arctan2", ops.atan2),
    ("ger", ops.outer),
    ("inverse", ops.linalg_inv),
    ("slogdet", ops.linalg_slogdet),
    ("any", composed._any_method),
    ("nonzero", composed._nonzero_method),
    ("argwhere", composed._argwhere_method),
    ("type_as", composed._type_as),
    ("ndimension", composed._ndimension),
    ("is_contiguous", composed._is_contiguous),
    ("ravel", composed._ravel),
    ("unflatten", composed._unflatten),
    ("view", composed._view),
    ("contiguous", composed._contiguous),
    ("reshape", composed.reshape),
    ("flatten", composed.flatten),
    ("new_zeros", composed._new_zeros),
    ("new_ones", composed._new_ones),
    ("new_empty", composed._new_empty),
    ("new_full", composed._new_full),
    ("new_tensor", composed._new_tensor),
    ("clamp_min", composed._clamp_min),
    ("clamp_max", composed._clamp_max),
    ("std_mean", composed.std_mean),
    ("var_mean", composed.var_mean),
    ("nanmean", composed.nanmean),
    ("median", composed.median),
    ("cross", composed.cross),
    ("kron", composed.kron),
    ("inner", composed.inner),
    ("vdot", composed.vdot),
    ("repeat_interleave", composed.repeat_interleave),
    ("take", composed.take),
    ("take_along_dim", composed.take_along_dim),
    ("masked_select", composed.masked_select),
    ("index_add", composed.index_add),
    ("index_copy", composed.index_copy),
    ("index_fill", composed.index_fill),
    ("diff", composed.diff),
    ("rot90", composed.rot90),
    ("fliplr", composed.fliplr),
    ("flipud", composed.flipud),
    ("msort", composed.msort),
    ("diag_embed", composed.diag_embed),
    ("diagflat", composed.diagflat),
    ("addmv", composed.addmv),
    ("baddbmm", composed.baddbmm),
    ("float_power", composed.float_power),
    ("logdet", composed.logdet),
    ("svd", composed.svd),
    ("pinverse", composed.pinverse),
    ("cholesky", composed.cholesky),
    ("matrix_power", composed.matrix_power),
    ("equal", composed.equal),
    ("isclose", composed.isclose),
    ("allclose", composed.allclose),
    ("unique", composed.unique),
    ("tensor_split", composed.tensor_split),
    ("sgn", composed.sgn),
    ("logaddexp2", composed.logaddexp2),
    ("ldexp", composed.ldexp),
    ("heaviside", composed.heaviside),
    ("cummax", composed.cummax),
    ("cummin", composed.cummin),
    ("logcumsumexp", composed.logcumsumexp),
    ("kthvalue", composed.kthvalue),
    ("where", composed._where_method),
    ("split", composed._split_method),
    ("norm", composed.norm),
    ("deg2rad", composed.deg2rad),
    ("rad2deg", composed.rad2deg),
    ("addbmm", composed.addbmm),
    ("addr", composed.addr),
    ("dist", composed.dist),
    ("quantile", composed.quantile),
    ("bincount", composed.bincount),
    ("bernoulli", composed.bernoulli),
    ("multinomial", composed.multinomial),
    ("hsplit", composed.hsplit),
    ("vsplit", composed.vsplit),
    ("dsplit", composed.dsplit),
    ("gcd", composed.gcd),
    ("lcm", composed.lcm),
    ("is_nonzero", composed.is_nonzero),
    ("byte", composed._byte),
    ("char", composed._char),
    ("short", composed._short),
    ("get_device", composed._get_device),
    ("index_add_", composed._index_add_),
    ("index_copy_", composed._index_copy_),
    ("index_fill_", composed._index_fill_),
    ("fill_diagonal_", composed._fill_diagonal_method_),
    ("random_", composed._random_),
    ("scatter", composed.scatter),
    ("scatter_", composed._scatter_),
    ("index_put", composed._index_put_method),
    ("index_put_", composed._index_put_method_),
    ("stride", composed._stride_method),
    ("uniform_", composed._uniform_),
    ("normal_", composed._normal_),
    ("itemsize", composed._itemsize),
    ("nbytes", composed._nbytes),
    ("is_cuda", composed._is_cuda),
    ("mH", composed._mH),
    ("H", composed._H),
    ("max", overloads.max),
    ("min", overloads.min),
    ("matmul", overloads.matmul),
    ("__matmul__", overloads.matmul),
    ("__rmatmul__", overloads._rmatmul),
    ("polygamma", overloads._polygamma_method),
    ("polygamma_", overloads._polygamma_method_),
    ("sum", overloads.sum),
    ("mean", overloads.mean),
    ("__getitem__", overloads._getitem),
    ("backward", tensor_methods.backward),
    ("to", tensor_methods.to),
    ("_cast", tensor_methods._cast),
    ("float", tensor_methods._float),
    ("double", tensor_methods._double),
    ("half", tensor_methods._half),
    ("long", tensor_methods._long),
    ("int", tensor_methods._int),
    ("bool", tensor_methods._bool),
    ("__setitem__", tensor_methods.__setitem__),
    ("cuda", devices.cuda),
    ("type", legacy.tensor_type),
    ("cholesky_solve", solvers._cholesky_solve_method),
    ("to_sparse", sparse.to_sparse),
    ("to_dense", sparse.to_dense),
    ("coalesce", sparse.coalesce),
    ("is_coalesced", sparse.is_coalesced),
    ("indices", sparse.indices),
    ("values", sparse.values),
    ("sparse_dim", sparse.sparse_dim),
)


def bind() -> None:
    """Set every entry of TENSOR_METHODS on Tensor (yamlgrad/__init__.py calls this once)."""
    for name, value in TENSOR_METHODS:
        setattr(Tensor, name, value)
