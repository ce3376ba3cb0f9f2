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


def _rpow_pow(self, other):
    return ops.pow(other, self)


def _rmatmul_matmul(self, other):
    return ops.matmul(other, self)


def _rand_bitwise_and(self, other):
    return ops.bitwise_and(other, self)


def _ror_bitwise_or(self, other):
    return ops.bitwise_or(other, self)



def add_(self, other, *, alpha=1):
    return inplace(ops.add, self, other, alpha=alpha)


def sub_(self, other, *, alpha=1):
    return inplace(ops.sub, self, other, alpha=alpha)


def mul_(self, other):
    return inplace(ops.mul, self, other)


def div_(self, other):
    return inplace(ops.div, self, other)


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


def round_(self):
    return inplace(ops.round, self)


def clamp_(self, min=None, max=None):
    return inplace(ops.clamp, self, min, max)


def fill_(self, value):
    return inplace(ops.fill, self, value)


def copy_(self, src):
    return inplace(ops.copy, self, src)


def cumsum_(self, dim, *, dtype=None):
    return inplace(ops.cumsum, self, dim, dtype=dtype)


def cumprod_(self, dim, *, dtype=None):
    return inplace(ops.cumprod, self, dim, dtype=dtype)


def tril_(self, diagonal=0):
    return inplace(ops.tril, self, diagonal)


def triu_(self, diagonal=0):
    return inplace(ops.triu, self, diagonal)


def scatter_add_(self, dim, index, src):
    return inplace(ops.scatter_add, self, dim, index, src)


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
    ("to_dtype", ops.to_dtype),
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
    ("sort", ops.sort),
    ("topk", ops.topk),
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
    ("masked_fill", ops.masked_fill),
    ("masked_fill_", masked_fill_),
)
