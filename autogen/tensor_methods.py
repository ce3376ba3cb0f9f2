# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Tensor methods and Python operators bound to registry ops (`variants:` and `operators:`).

Reflected operators call the op with the operands swapped: `2 - x` is `sub(2, x)`.
"""
from yamlgrad.autogen import ops


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


TENSOR_METHODS = (
    ("add", ops.add),
    ("__add__", ops.add),
    ("__radd__", _radd_add),
    ("sub", ops.sub),
    ("__sub__", ops.sub),
    ("__rsub__", _rsub_sub),
    ("mul", ops.mul),
    ("__mul__", ops.mul),
    ("__rmul__", _rmul_mul),
    ("div", ops.div),
    ("__truediv__", ops.div),
    ("__rtruediv__", _rtruediv_div),
    ("neg", ops.neg),
    ("__neg__", ops.neg),
    ("pow", ops.pow),
    ("__pow__", ops.pow),
    ("__rpow__", _rpow_pow),
    ("exp", ops.exp),
    ("log", ops.log),
    ("sqrt", ops.sqrt),
    ("sin", ops.sin),
    ("cos", ops.cos),
    ("tanh", ops.tanh),
    ("sigmoid", ops.sigmoid),
    ("relu", ops.relu),
    ("abs", ops.abs),
    ("__abs__", ops.abs),
    ("sign", ops.sign),
    ("round", ops.round),
    ("clamp", ops.clamp),
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
    ("transpose", ops.transpose),
    ("permute", ops.permute),
    ("unsqueeze", ops.unsqueeze),
    ("squeeze", ops.squeeze),
    ("expand", ops.expand),
    ("sum_to_size", ops.sum_to_size),
    ("__getitem__", ops.getitem),
    ("softmax", ops.softmax),
    ("log_softmax", ops.log_softmax),
    ("clone", ops.clone),
    ("to_dtype", ops.to_dtype),
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
)
