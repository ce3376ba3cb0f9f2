# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Forward wrappers of the ops no `yamlgrad.*` function or Tensor method binds (`variants: []`):
nn.functional, linalg and the overloads call them through `ops`, which loads this module on first use.
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



def where(condition, input, other, *, out=None):
    """where(Tensor condition, Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry where]"""
    condition_a = condition._data if isinstance(condition, Tensor) else condition
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = kernels.where(condition_a, input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, condition_a, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(condition_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, condition_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.WhereBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.condition = save(condition)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.where, (input, other), result, (condition_a, input_a, other_a))
    return result if out is None else write_out("where", result, out)


def hardtanh(input, min_val=-1, max_val=1, *, out=None):
    """hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor  [derivatives.yaml, entry hardtanh]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.hardtanh(input_a, min_val, max_val)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HardtanhBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.min_val = min_val
        node.max_val = max_val
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.hardtanh, (input,), result, (input_a, min_val, max_val))
    return result if out is None else write_out("hardtanh", result, out)


def leaky_relu(input, negative_slope=0.01, *, out=None):
    """leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor  [derivatives.yaml, entry leaky_relu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.leaky_relu(input_a, negative_slope)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LeakyReluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.negative_slope = negative_slope
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.leaky_relu, (input,), result, (input_a, negative_slope))
    return result if out is None else write_out("leaky_relu", result, out)


def elu(input, alpha=1, scale=1, input_scale=1, *, out=None):
    """elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor  [derivatives.yaml, entry elu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.elu(input_a, alpha, scale, input_scale)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.alpha = alpha
        node.scale = scale
        node.input_scale = input_scale
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.elu, (input,), result, (input_a, alpha, scale, input_scale))
    return result if out is None else write_out("elu", result, out)


def gelu(input, *, approximate='none', out=None):
    """gelu(Tensor self, *, str approximate='none') -> Tensor  [derivatives.yaml, entry gelu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.gelu(input_a, approximate)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GeluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.approximate = approximate
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.gelu, (input,), result, (input_a, approximate))
    return result if out is None else write_out("gelu", result, out)


def gelu_backward(output_grad, input, *, approximate='none', out=None):
    """gelu_backward(Tensor output_grad, Tensor self, *, str approximate='none') -> Tensor  [derivatives.yaml, entry gelu_backward]"""
    output_grad_a, output_grad_rg = (output_grad._data, output_grad._requires_grad) if isinstance(output_grad, Tensor) else (output_grad, False)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    try:
        out_a = kernels.gelu_backward(output_grad_a, input_a, approximate)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, input_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, input_a)
    if (output_grad_rg or input_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GeluBackwardBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(input) if input_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.output_grad = save(output_grad)
        node.self = save(input)
        node.approximate = approximate
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.gelu_backward, (output_grad, input), result, (output_grad_a, input_a, approximate))
    return result if out is None else write_out("gelu_backward", result, out)


def silu(input, *, out=None):
    """silu(Tensor self) -> Tensor  [derivatives.yaml, entry silu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.silu(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SiluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.silu, (input,), result, (input_a,))
    return result if out is None else write_out("silu", result, out)


def mish(input, *, out=None):
    """mish(Tensor self) -> Tensor  [derivatives.yaml, entry mish]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.mish(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MishBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mish, (input,), result, (input_a,))
    return result if out is None else write_out("mish", result, out)


def softplus(input, beta=1, threshold=20, *, out=None):
    """softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor  [derivatives.yaml, entry softplus]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.softplus(input_a, beta, threshold)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SoftplusBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.beta = beta
        node.threshold = threshold
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.softplus, (input,), result, (input_a, beta, threshold))
    return result if out is None else write_out("softplus", result, out)


def log_sigmoid(input, *, out=None):
    """log_sigmoid(Tensor self) -> Tensor  [derivatives.yaml, entry log_sigmoid]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.log_sigmoid(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LogSigmoidBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.log_sigmoid, (input,), result, (input_a,))
    return result if out is None else write_out("log_sigmoid", result, out)


def hardsigmoid(input, *, out=None):
    """hardsigmoid(Tensor self) -> Tensor  [derivatives.yaml, entry hardsigmoid]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.hardsigmoid(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HardsigmoidBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.hardsigmoid, (input,), result, (input_a,))
    return result if out is None else write_out("hardsigmoid", result, out)


def hardswish(input, *, out=None):
    """hardswish(Tensor self) -> Tensor  [derivatives.yaml, entry hardswish]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.hardswish(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HardswishBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.hardswish, (input,), result, (input_a,))
    return result if out is None else write_out("hardswish", result, out)


def glu(input, dim=-1, *, out=None):
    """glu(Tensor self, int dim=-1) -> Tensor  [derivatives.yaml, entry glu]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.glu(input_a, dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.GluBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.dim = dim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.glu, (input,), result, (input_a, dim))
    return result if out is None else write_out("glu", result, out)


def sum(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """sum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry sum]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.sum(input_a, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SumBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sum, (input,), result, (input_a, dim, keepdim, dtype))
    return result if out is None else write_out("sum", result, out)


def mean(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """mean(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry mean]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.mean(input_a, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MeanBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mean, (input,), result, (input_a, dim, keepdim, dtype))
    return result if out is None else write_out("mean", result, out)


def sum_dim_IntList(input, dim, keepdim=False, *, dtype=None, out=None):
    """sum.dim_IntList(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry sum_dim_IntList]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.sum(input_a, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SumBackward1()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.sum_dim_IntList, (input,), result, (input_a, dim, keepdim, dtype))
    return result if out is None else write_out("sum_dim_IntList", result, out)


def mean_dim(input, dim, keepdim=False, *, dtype=None, out=None):
    """mean.dim(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry mean_dim]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.mean(input_a, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MeanBackward1()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mean_dim, (input,), result, (input_a, dim, keepdim, dtype))
    return result if out is None else write_out("mean_dim", result, out)


def max(input, *, out=None):
    """max(Tensor self) -> Tensor  [derivatives.yaml, entry max]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.amax(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaxBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.max, (input,), result, (input_a,))
    return result if out is None else write_out("max", result, out)


def min(input, *, out=None):
    """min(Tensor self) -> Tensor  [derivatives.yaml, entry min]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.amin(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MinBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.min, (input,), result, (input_a,))
    return result if out is None else write_out("min", result, out)
MaxDimResult = collections.namedtuple("MaxDimResult", ['values', 'indices'])


def max_dim(input, dim, keepdim=False):
    """max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)  [derivatives.yaml, entry max_dim]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.max_dim(input_a, dim, keepdim)
    if input_rg and grad_mode.enabled:
        node = functions.MaxBackward1()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        record(jvp.max_dim, (input,), (values, indices), (input_a, dim, keepdim))
    return MaxDimResult(values, indices)
MinDimResult = collections.namedtuple("MinDimResult", ['values', 'indices'])


def min_dim(input, dim, keepdim=False):
    """min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)  [derivatives.yaml, entry min_dim]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.min_dim(input_a, dim, keepdim)
    if input_rg and grad_mode.enabled:
        node = functions.MinBackward1()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        values = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.keepdim = keepdim
        node.indices = save_result(indices)
    else:
        values = make(outs[0])
        indices = make(outs[1])
    if FORWARD_AD[0]:
        record(jvp.min_dim, (input,), (values, indices), (input_a, dim, keepdim))
    return MinDimResult(values, indices)


def norm(input, p='fro', dim=None, keepdim=False, *, dtype=None, out=None):
    """norm(Tensor self, str? p='fro', int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry norm]"""
    dim = None if dim is None else kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.norm(input_a, p, dim, keepdim, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NormBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.p = p
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.norm, (input,), result, (input_a, p, dim, keepdim, dtype))
    return result if out is None else write_out("norm", result, out)


def any_reduce(input, dim=None, keepdim=False, *, out=None):
    """any.reduce(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor  [derivatives.yaml, entry any_reduce]"""
    dim = None if dim is None else kernels.int_list(dim)
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = kernels.all_any(np.any, input_a, dim, keepdim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("any_reduce", make(out_a), out)


def matmul(input, other, *, out=None):
    """matmul(Tensor self, Tensor other) -> Tensor  [derivatives.yaml, entry matmul]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    other_a, other_rg = (other._data, other._requires_grad) if isinstance(other, Tensor) else (other, False)
    try:
        out_a = np.matmul(input_a, other_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, other_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, other_a)
    if (input_rg or other_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MatmulBackward0()
        node._next = (edge(input) if input_rg else None, edge(other) if other_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.other = save(other)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.matmul, (input, other), result, (input_a, other_a))
    return result if out is None else write_out("matmul", result, out)


def linalg_det(A, *, out=None):
    """linalg_det(Tensor A) -> Tensor  [derivatives.yaml, entry linalg_det]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    out_a = kernels.linalg_det(A_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgDetBackward0()
        node._next = (edge(A),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_det, (A,), result, (A_a,))
    return result if out is None else write_out("linalg_det", result, out)


def linalg_solve(A, B, *, left=True, out=None):
    """linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor  [derivatives.yaml, entry linalg_solve]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    B_a, B_rg = (B._data, B._requires_grad) if isinstance(B, Tensor) else (B, False)
    try:
        out_a = kernels.linalg_solve(A_a, B_a, left)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, A_a, B_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a, B_a)
    if (A_rg or B_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgSolveBackward0()
        node._next = (edge(A) if A_rg else None, edge(B) if B_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.B_shape = np.shape(B_a)
        node.left = left
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_solve, (A, B), result, (A_a, B_a, left))
    return result if out is None else write_out("linalg_solve", result, out)


def linalg_cholesky(A, *, upper=False, out=None):
    """linalg_cholesky(Tensor A, *, bool upper=False) -> (Tensor L)  [derivatives.yaml, entry linalg_cholesky]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    out_a = kernels.linalg_cholesky(A_a, upper)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgCholeskyBackward0()
        node._next = (edge(A),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.upper = upper
        node.L = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_cholesky, (A,), result, (A_a, upper))
    return result if out is None else write_out("linalg_cholesky", result, out)
LinalgEighResult = collections.namedtuple("LinalgEighResult", ['eigenvalues', 'eigenvectors'])


def linalg_eigh(A, UPLO='L'):
    """linalg_eigh(Tensor A, str UPLO='L') -> (Tensor eigenvalues, Tensor eigenvectors)  [derivatives.yaml, entry linalg_eigh]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
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
        record(jvp.linalg_eigh, (A,), (eigenvalues, eigenvectors), (A_a, UPLO))
    return LinalgEighResult(eigenvalues, eigenvectors)
LinalgSvdResult = collections.namedtuple("LinalgSvdResult", ['U', 'S', 'Vh'])


def linalg_svd(A, full_matrices=True):
    """linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor U, Tensor S, Tensor Vh)  [derivatives.yaml, entry linalg_svd]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
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
        record(jvp.linalg_svd, (A,), (U, S, Vh), (A_a, full_matrices))
    return LinalgSvdResult(U, S, Vh)


def linalg_svdvals(A, *, out=None):
    """linalg_svdvals(Tensor A) -> Tensor  [derivatives.yaml, entry linalg_svdvals]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    out_a = kernels.linalg_svdvals(A_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgSvdvalsBackward0()
        node._next = (edge(A),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_svdvals, (A,), result, (A_a,))
    return result if out is None else write_out("linalg_svdvals", result, out)
LinalgQrResult = collections.namedtuple("LinalgQrResult", ['Q', 'R'])


def linalg_qr(A, mode='reduced'):
    """linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)  [derivatives.yaml, entry linalg_qr]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
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
        record(jvp.linalg_qr, (A,), (Q, R), (A_a, mode))
    return LinalgQrResult(Q, R)


def linalg_pinv(A, *, atol=None, rtol=None, hermitian=False, out=None):
    """linalg_pinv(Tensor A, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor  [derivatives.yaml, entry linalg_pinv]"""
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    out_a = kernels.linalg_pinv(A_a, atol, rtol, hermitian)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(A_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, A_a)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgPinvBackward0()
        node._next = (edge(A),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_pinv, (A,), result, (A_a, atol, rtol, hermitian))
    return result if out is None else write_out("linalg_pinv", result, out)


def linalg_matrix_norm(A, ord='fro', dim=[-2, -1], keepdim=False, *, dtype=None, out=None):
    """linalg_matrix_norm(Tensor A, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor  [derivatives.yaml, entry linalg_matrix_norm]"""
    dim = kernels.int_list(dim)
    dtype = dtype if dtype is None else as_dtype(dtype)
    A_a, A_rg = (A._data, A._requires_grad) if isinstance(A, Tensor) else (A, False)
    out_a = kernels.linalg_matrix_norm(A_a, ord, dim, keepdim, dtype)
    if A_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.LinalgMatrixNormBackward0()
        node._next = (edge(A),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.A = save(A)
        node.ord = ord
        node.dim = dim
        node.keepdim = keepdim
        node.result = save_result(result)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.linalg_matrix_norm, (A,), result, (A_a, ord, dim, keepdim, dtype))
    return result if out is None else write_out("linalg_matrix_norm", result, out)


def reshape(input, shape, *more, out=None):
    """reshape(Tensor self, int[] shape) -> Tensor  [derivatives.yaml, entry reshape]"""
    shape = kernels.int_list(shape, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.reshape(input_a, shape)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ReshapeBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.reshape, (input,), result, (input_a, shape))
    return result if out is None else write_out("reshape", result, out)


def view(input, size, *more, out=None):
    """view(Tensor self, int[] size) -> Tensor  [derivatives.yaml, entry view]"""
    size = kernels.int_list(size, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.reshape(input_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ViewBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.view, (input,), result, (input_a, size))
    return result if out is None else write_out("view", result, out)


def flatten(input, start_dim=0, end_dim=-1, *, out=None):
    """flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor  [derivatives.yaml, entry flatten]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.flatten(input_a, start_dim, end_dim)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.FlattenBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.flatten, (input,), result, (input_a, start_dim, end_dim))
    return result if out is None else write_out("flatten", result, out)


def _unsafe_view(input, size, *more, out=None):
    """_unsafe_view(Tensor self, int[] size) -> Tensor  [derivatives.yaml, entry _unsafe_view]"""
    size = kernels.int_list(size, more)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = np.reshape(input_a, size)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.UnsafeViewBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp._unsafe_view, (input,), result, (input_a, size))
    return result if out is None else write_out("_unsafe_view", result, out)


def alias(input, *, out=None):
    """alias(Tensor self) -> Tensor  [derivatives.yaml, entry alias]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.alias(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AliasBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.alias, (input,), result, (input_a,))
    return result if out is None else write_out("alias", result, out)


def scatter(input, dim, index, src, *, out=None):
    """scatter(Tensor self, int dim, Tensor index, Tensor src) -> Tensor  [derivatives.yaml, entry scatter]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    index_a = index._data if isinstance(index, Tensor) else index
    src_a, src_rg = (src._data, src._requires_grad) if isinstance(src, Tensor) else (src, False)
    try:
        out_a = kernels.scatter(input_a, dim, index_a, src_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, index_a, src_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, index_a, src_a)
    if (input_rg or src_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ScatterBackward0()
        node._next = (edge(input) if input_rg else None, edge(src) if src_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.dim = dim
        node.index = save(index)
        if src_rg:
            node.src_shape = np.shape(src_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.scatter, (input, src), result, (input_a, dim, index_a, src_a))
    return result if out is None else write_out("scatter", result, out)


def split(input, split_size_or_sections, dim=0):
    """split(Tensor self, int[] split_size_or_sections, int dim=0) -> Tensor[]  [derivatives.yaml, entry split]"""
    split_size_or_sections = kernels.int_list(split_size_or_sections)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.split(input_a, split_size_or_sections, dim)
    if input_rg and grad_mode.enabled:
        node = functions.SplitBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        result = [make(x, node if is_float_dtype(x.dtype) else None, i) for i, x in enumerate(outs)]
        node.dim = dim
    else:
        result = [make(x) for x in outs]
    if FORWARD_AD[0]:
        record(jvp.split, (input,), result, (input_a, split_size_or_sections, dim))
    return tuple(result)


def einsum(equation, tensors, *, out=None):
    """einsum(str equation, Tensor[] tensors) -> Tensor  [derivatives.yaml, entry einsum]"""
    tensors_a = [t._data if isinstance(t, Tensor) else t for t in tensors]
    tensors_rg = any(isinstance(t, Tensor) and t._requires_grad for t in tensors)
    out_a = kernels.einsum(equation, tensors_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(tensors_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, *tensors_a)
    if tensors_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EinsumBackward0()
        node._next = tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in tensors)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.equation = equation
        node.tensors = [save(t) for t in tensors]
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.einsum, (tensors,), result, (equation, tensors_a))
    return result if out is None else write_out("einsum", result, out)


def slice_Tensor(input, dim=0, start=None, end=None, step=1, *, out=None):
    """slice.Tensor(Tensor self, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor  [derivatives.yaml, entry slice_Tensor]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.slice_dim(input_a, dim, start, end, step)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SliceBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.dim = dim
        node.start = start
        node.end = end
        node.step = step
    else:
        result = make(out_a)
    mark_view(result, input)
    if FORWARD_AD[0]:
        record(jvp.slice_Tensor, (input,), result, (input_a, dim, start, end, step))
    return result if out is None else write_out("slice_Tensor", result, out)


def index_Tensor(input, indices, *, out=None):
    """index.Tensor(Tensor self, Index indices) -> Tensor  [derivatives.yaml, entry index_Tensor]"""
    indices = kernels.normalize_index(indices)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = input_a[indices]
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.IndexBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_shape = np.shape(input_a)
        node.indices = indices
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.index_Tensor, (input,), result, (input_a, indices))
    return result if out is None else write_out("index_Tensor", result, out)


def _to_copy(input, dtype, *, out=None):
    """_to_copy(Tensor self, ScalarType dtype) -> Tensor  [derivatives.yaml, entry _to_copy]"""
    dtype = dtype if dtype is None else as_dtype(dtype)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.to_dtype(input_a, dtype)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ToCopyBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self_dtype = np.result_type(input_a)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp._to_copy, (input,), result, (input_a, dtype))
    return result if out is None else write_out("_to_copy", result, out)


def zeros_like(input, *, out=None):
    """zeros_like(Tensor self) -> Tensor  [derivatives.yaml, entry zeros_like]"""
    input_a = input._data if isinstance(input, Tensor) else input
    out_a = np.zeros_like(input_a)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    return make(out_a) if out is None else write_out("zeros_like", make(out_a), out)


def nll_loss(input, target, weight=None, reduction=1, ignore_index=-100, *, out=None):
    """nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor  [derivatives.yaml, entry nll_loss]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a = target._data if isinstance(target, Tensor) else target
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    try:
        out_a = kernels.nll_loss(input_a, target_a, weight_a, reduction, ignore_index)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a, weight_a)
    if (input_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NllLossBackward0()
        node._next = (edge(input) if input_rg else None, edge(weight) if weight_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.self_shape = np.shape(input_a)
        if input_rg:
            node.target = save(target)
        if input_rg:
            node.weight = save(weight)
        if input_rg:
            node.reduction = reduction
        if input_rg:
            node.ignore_index = ignore_index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.nll_loss, (input,), result, (input_a, target_a, weight_a, reduction, ignore_index), not_implemented=(('weight', weight),), op='nll_loss')
    return result if out is None else write_out("nll_loss", result, out)


def nll_loss2d(input, target, weight=None, reduction=1, ignore_index=-100, *, out=None):
    """nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor  [derivatives.yaml, entry nll_loss2d]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a = target._data if isinstance(target, Tensor) else target
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    try:
        out_a = kernels.nll_loss2d(input_a, target_a, weight_a, reduction, ignore_index)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a, weight_a)
    if (input_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.NllLoss2DBackward0()
        node._next = (edge(input) if input_rg else None, edge(weight) if weight_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.self_shape = np.shape(input_a)
        if input_rg:
            node.target = save(target)
        if input_rg:
            node.weight = save(weight)
        if input_rg:
            node.reduction = reduction
        if input_rg:
            node.ignore_index = ignore_index
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.nll_loss2d, (input,), result, (input_a, target_a, weight_a, reduction, ignore_index), not_implemented=(('weight', weight),), op='nll_loss2d')
    return result if out is None else write_out("nll_loss2d", result, out)


def mse_loss(input, target, reduction=1, *, out=None):
    """mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor  [derivatives.yaml, entry mse_loss]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a, target_rg = (target._data, target._requires_grad) if isinstance(target, Tensor) else (target, False)
    try:
        out_a = kernels.mse_loss(input_a, target_a, reduction)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a)
    if (input_rg or target_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MseLossBackward0()
        node._next = (edge(input) if input_rg else None, edge(target) if target_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.target = save(target)
        node.reduction = reduction
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.mse_loss, (input, target), result, (input_a, target_a, reduction))
    return result if out is None else write_out("mse_loss", result, out)


def smooth_l1_loss(input, target, reduction=1, beta=1.0, *, out=None):
    """smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.0) -> Tensor  [derivatives.yaml, entry smooth_l1_loss]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a, target_rg = (target._data, target._requires_grad) if isinstance(target, Tensor) else (target, False)
    try:
        out_a = kernels.smooth_l1_loss(input_a, target_a, reduction, beta)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a)
    if (input_rg or target_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.SmoothL1LossBackward0()
        node._next = (edge(input) if input_rg else None, edge(target) if target_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.target = save(target)
        node.reduction = reduction
        node.beta = beta
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.smooth_l1_loss, (input, target), result, (input_a, target_a, reduction, beta))
    return result if out is None else write_out("smooth_l1_loss", result, out)


def huber_loss(input, target, reduction=1, delta=1.0, *, out=None):
    """huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.0) -> Tensor  [derivatives.yaml, entry huber_loss]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a, target_rg = (target._data, target._requires_grad) if isinstance(target, Tensor) else (target, False)
    try:
        out_a = kernels.huber_loss(input_a, target_a, reduction, delta)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a)
    if (input_rg or target_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.HuberLossBackward0()
        node._next = (edge(input) if input_rg else None, edge(target) if target_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.target = save(target)
        node.reduction = reduction
        node.delta = delta
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.huber_loss, (input, target), result, (input_a, target_a, reduction, delta))
    return result if out is None else write_out("huber_loss", result, out)


def binary_cross_entropy(input, target, weight=None, reduction=1, *, out=None):
    """binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor  [derivatives.yaml, entry binary_cross_entropy]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a, target_rg = (target._data, target._requires_grad) if isinstance(target, Tensor) else (target, False)
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    try:
        out_a = kernels.binary_cross_entropy(input_a, target_a, weight_a, reduction)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a, weight_a)
    if (input_rg or target_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.BinaryCrossEntropyBackward0()
        node._next = (edge(input) if input_rg else None, edge(target) if target_rg else None, edge(weight) if weight_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        if input_rg or weight_rg:
            node.target = save(target)
        if input_rg or target_rg:
            node.weight = save(weight)
        node.reduction = reduction
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.binary_cross_entropy, (input, target, weight), result, (input_a, target_a, weight_a, reduction))
    return result if out is None else write_out("binary_cross_entropy", result, out)


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction=1, *, out=None):
    """binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor  [derivatives.yaml, entry binary_cross_entropy_with_logits]"""
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    target_a, target_rg = (target._data, target._requires_grad) if isinstance(target, Tensor) else (target, False)
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    pos_weight_a, pos_weight_rg = (pos_weight._data, pos_weight._requires_grad) if isinstance(pos_weight, Tensor) else (pos_weight, False)
    try:
        out_a = kernels.binary_cross_entropy_with_logits(input_a, target_a, weight_a, pos_weight_a, reduction)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, target_a, weight_a, pos_weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, target_a, weight_a, pos_weight_a)
    if (input_rg or target_rg or weight_rg or pos_weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.BinaryCrossEntropyWithLogitsBackward0()
        node._next = (edge(input) if input_rg else None, edge(target) if target_rg else None, edge(weight) if weight_rg else None, edge(pos_weight) if pos_weight_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.target = save(target)
        if input_rg or target_rg or pos_weight_rg:
            node.weight = save(weight)
        if input_rg or target_rg or weight_rg:
            node.pos_weight = save(pos_weight)
        node.reduction = reduction
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.binary_cross_entropy_with_logits, (input, target, weight, pos_weight), result, (input_a, target_a, weight_a, pos_weight_a, reduction))
    return result if out is None else write_out("binary_cross_entropy_with_logits", result, out)


def conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups, *, out=None):
    """conv_transpose_input(Tensor output_grad, Tensor weight, int[] input_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor  [derivatives.yaml, entry conv_transpose_input]"""
    input_size = kernels.int_list(input_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    output_grad_a, output_grad_rg = (output_grad._data, output_grad._requires_grad) if isinstance(output_grad, Tensor) else (output_grad, False)
    weight_a, weight_rg = (weight._data, weight._requires_grad) if isinstance(weight, Tensor) else (weight, False)
    try:
        out_a = kernels.conv_transpose_input(output_grad_a, weight_a, input_size, stride, padding, dilation, groups)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, weight_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, weight_a)
    if (output_grad_rg or weight_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConvTransposeInputBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(weight) if weight_rg else None)
        node._meta = meta_of(out_a)
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
        record(jvp.conv_transpose_input, (output_grad, weight), result, (output_grad_a, weight_a, input_size, stride, padding, dilation, groups))
    return result if out is None else write_out("conv_transpose_input", result, out)


def conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups, *, out=None):
    """conv_weight_grad(Tensor input, Tensor output_grad, int[] weight_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor  [derivatives.yaml, entry conv_weight_grad]"""
    weight_size = kernels.int_list(weight_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    output_grad_a, output_grad_rg = (output_grad._data, output_grad._requires_grad) if isinstance(output_grad, Tensor) else (output_grad, False)
    try:
        out_a = kernels.conv_weight_grad(input_a, output_grad_a, weight_size, stride, padding, dilation, groups)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, input_a, output_grad_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a, output_grad_a)
    if (input_rg or output_grad_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.ConvWeightGradBackward0()
        node._next = (edge(input) if input_rg else None, edge(output_grad) if output_grad_rg else None)
        node._meta = meta_of(out_a)
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
        record(jvp.conv_weight_grad, (input, output_grad), result, (input_a, output_grad_a, weight_size, stride, padding, dilation, groups))
    return result if out is None else write_out("conv_weight_grad", result, out)
MaxPool2dWithIndicesResult = collections.namedtuple("MaxPool2dWithIndicesResult", ['output', 'indices'])


def max_pool2d_with_indices(input, kernel_size, stride=[], padding=0, dilation=1, ceil_mode=False):
    """max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, int[] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)  [derivatives.yaml, entry max_pool2d_with_indices]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    outs = raw.max_pool2d_with_indices(input_a, kernel_size, stride, padding, dilation, ceil_mode)
    if input_rg and grad_mode.enabled:
        node = functions.MaxPool2DWithIndicesBackward0()
        node._next = (edge(input),)
        node._meta = tuple((x.shape, x.dtype) for x in outs)
        output = make(outs[0], node if is_float_dtype(outs[0].dtype) else None, 0)
        indices = make(outs[1])
        node.self = save(input)
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
        record(jvp.max_pool2d_with_indices, (input,), (output, indices), (input_a, kernel_size, stride, padding, dilation, ceil_mode))
    return MaxPool2dWithIndicesResult(output, indices)


def max_pool2d_with_indices_backward(output_grad, input, kernel_size, stride, padding, dilation, ceil_mode, indices, *, out=None):
    """max_pool2d_with_indices_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, int[] dilation, bool ceil_mode, Tensor indices) -> Tensor  [derivatives.yaml, entry max_pool2d_with_indices_backward]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    dilation = kernels.int_list(dilation)
    output_grad_a, output_grad_rg = (output_grad._data, output_grad._requires_grad) if isinstance(output_grad, Tensor) else (output_grad, False)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    indices_a = indices._data if isinstance(indices, Tensor) else indices
    try:
        out_a = kernels.max_pool2d_with_indices_backward(output_grad_a, input_a.shape, indices_a)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, input_a, indices_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, input_a, indices_a)
    if (output_grad_rg or input_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.MaxPool2DWithIndicesBackwardBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(input) if input_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.self = save(input)
        if output_grad_rg:
            node.self_shape = np.shape(input_a)
        if output_grad_rg:
            node.indices = save(indices)
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.max_pool2d_with_indices_backward, (output_grad, input), result, (output_grad_a, input_a, kernel_size, stride, padding, dilation, ceil_mode, indices_a))
    return result if out is None else write_out("max_pool2d_with_indices_backward", result, out)


def avg_pool2d(input, kernel_size, stride=[], padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None, *, out=None):
    """avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor  [derivatives.yaml, entry avg_pool2d]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    out_a = kernels.avg_pool2d(input_a, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(input_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, input_a)
    if input_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AvgPool2DBackward0()
        node._next = (edge(input),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.self = save(input)
        node.kernel_size = kernel_size
        node.stride = stride
        node.padding = padding
        node.ceil_mode = ceil_mode
        node.count_include_pad = count_include_pad
        node.divisor_override = divisor_override
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.avg_pool2d, (input,), result, (input_a, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override))
    return result if out is None else write_out("avg_pool2d", result, out)


def avg_pool2d_backward(output_grad, input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override, *, out=None):
    """avg_pool2d_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor  [derivatives.yaml, entry avg_pool2d_backward]"""
    kernel_size = kernels.int_list(kernel_size)
    stride = kernels.int_list(stride)
    padding = kernels.int_list(padding)
    output_grad_a, output_grad_rg = (output_grad._data, output_grad._requires_grad) if isinstance(output_grad, Tensor) else (output_grad, False)
    input_a, input_rg = (input._data, input._requires_grad) if isinstance(input, Tensor) else (input, False)
    try:
        out_a = kernels.avg_pool2d_backward(output_grad_a, input_a, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, input_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, input_a)
    if (output_grad_rg or input_rg) and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.AvgPool2DBackwardBackward0()
        node._next = (edge(output_grad) if output_grad_rg else None, edge(input) if input_rg else None)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        if input_rg:
            node.self = save(input)
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
        record(jvp.avg_pool2d_backward, (output_grad, input), result, (output_grad_a, input_a, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override))
    return result if out is None else write_out("avg_pool2d_backward", result, out)


def embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq, *, out=None):
    """embedding_dense_backward(Tensor output_grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor  [derivatives.yaml, entry embedding_dense_backward]"""
    output_grad_a, output_grad_rg = (output_grad._data, output_grad._requires_grad) if isinstance(output_grad, Tensor) else (output_grad, False)
    indices_a = indices._data if isinstance(indices, Tensor) else indices
    try:
        out_a = kernels.embedding_dense_backward(output_grad_a, indices_a, num_weights, padding_idx, scale_grad_by_freq)
    except ValueError as exc:
        raise kernels.broadcast_error(exc, output_grad_a, indices_a) from None
    if (out_a.dtype is float64 or out_a.dtype is float16) and getattr(output_grad_a, "dtype", None) is not out_a.dtype:
        out_a = default_float(out_a, output_grad_a, indices_a)
    if output_grad_rg and grad_mode.enabled and out_a.dtype.kind in "fc":
        node = functions.EmbeddingDenseBackwardBackward0()
        node._next = (edge(output_grad),)
        node._meta = meta_of(out_a)
        result = make(out_a, node)
        node.indices = save(indices)
        node.padding_idx = padding_idx
        node.scale_grad_by_freq = scale_grad_by_freq
    else:
        result = make(out_a)
    if FORWARD_AD[0]:
        record(jvp.embedding_dense_backward, (output_grad,), result, (output_grad_a, indices_a, num_weights, padding_idx, scale_grad_by_freq))
    return result if out is None else write_out("embedding_dense_backward", result, out)
