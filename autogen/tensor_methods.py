# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Tensor methods and Python operators bound to registry ops (`variants:` and `operators:`).

Reflected operators call the op with the operands swapped: `2 - x` is `sub(2, x)`. In-place
variants (`add_`, `x += y`) run the op through yamlgrad.inplace, which rebases autograd history.
"""
from yamlgrad.autogen import ops
from yamlgrad.inplace import inplace


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


def _rmatmul_matmul(self, other):
    return ops.matmul(other, self)


def _rand_bitwise_and(self, other):
    return ops.bitwise_and(other, self)


def _ror_bitwise_or(self, other):
    return ops.bitwise_or(other, self)


def _rxor_bitwise_xor(self, other):
    return ops.bitwise_xor(other, self)


def _rmod_remainder(self, other):
    return ops.remainder(other, self)



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


def fill_(self, value):
    return inplace(ops.fill, self, value)


def copy_(self, src):
    return inplace(ops.copy, self, src)


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


def scatter_(self, dim, index, src):
    return inplace(ops.scatter, self, dim, index, src)


def masked_fill_(self, mask, value):
    return inplace(ops.masked_fill, self, mask, value)


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
    ("sum", ops.sum),
    ("mean", ops.mean),
    ("amax", ops.amax),
    ("amin", ops.amin),
    ("max", ops.max),
    ("min", ops.min),
    ("aminmax", ops.aminmax),
    ("matmul", ops.matmul),
    ("__matmul__", ops.matmul),
    ("__rmatmul__", _rmatmul_matmul),
    ("dot", ops.dot),
    ("reshape", ops.reshape),
    ("view", ops.view),
    ("flatten", ops.flatten),
    ("t", ops.t),
    ("transpose", ops.transpose),
    ("permute", ops.permute),
    ("unsqueeze", ops.unsqueeze),
    ("squeeze", ops.squeeze),
    ("expand", ops.expand),
    ("sum_to_size", ops.sum_to_size),
    ("split", ops.split),
    ("chunk", ops.chunk),
    ("unbind", ops.unbind),
    ("__getitem__", ops.getitem),
    ("softmax", ops.softmax),
    ("log_softmax", ops.log_softmax),
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
    ("prod", ops.prod),
    ("var", ops.var),
    ("std", ops.std),
    ("norm", ops.norm),
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
    ("scatter", ops.scatter),
    ("scatter_", scatter_),
    ("masked_fill", ops.masked_fill),
    ("masked_fill_", masked_fill_),
)
