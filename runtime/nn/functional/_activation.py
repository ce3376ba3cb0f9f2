"""Activation functions and softmax: registry ops, or compositions of them where torch's are too."""
from __future__ import annotations

import warnings

from yamlgrad.autogen import ops
from yamlgrad.core.inplace import inplace as _inplace
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import torch_name

__all__ = ['relu', 'sigmoid', 'tanh', 'softmax', 'log_softmax', 'hardtanh', 'hardtanh_', 'relu6', 'leaky_relu', 'leaky_relu_', 'elu', 'elu_', 'selu', 'selu_', 'celu', 'celu_', 'gelu', 'silu', 'mish', 'softplus', 'softsign', 'logsigmoid', 'hardsigmoid', 'hardswish', 'glu', 'prelu']


def relu(input: Tensor, inplace: bool = False) -> Tensor:
    return input.relu_() if inplace else ops.relu(input)


def sigmoid(input: Tensor) -> Tensor:
    return ops.sigmoid(input)


def tanh(input: Tensor) -> Tensor:
    return ops.tanh(input)


def _softmax_dim(ndim: int, name: str) -> int:
    warnings.warn(f"Implicit dimension choice for {name} has been deprecated. Change the call to include dim=X "
                  "as an argument.", stacklevel=3)
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    if dim is None:
        dim = _softmax_dim(input.ndim, "softmax")
    if dtype is not None:
        input = input.to(dtype)
    return ops.softmax(input, dim)


def log_softmax(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    if dim is None:
        dim = _softmax_dim(input.ndim, "log_softmax")
    if dtype is not None:
        input = input.to(dtype)
    return ops.log_softmax(input, dim)


def _apply(op, input: Tensor, inplace: bool, *args) -> Tensor:
    """`op(input, *args)`, or written into `input` (torch's `op_`) when inplace."""
    return _inplace(op, input, *args) if inplace else op(input, *args)


def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
    """min(max(input, min_val), max_val); gradient 1 strictly between the bounds, 0 at and outside them."""
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")
    return _apply(ops.hardtanh, input, inplace, min_val, max_val)


def hardtanh_(input: Tensor, min_val: float = -1.0, max_val: float = 1.0) -> Tensor:
    return hardtanh(input, min_val, max_val, inplace=True)


def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    """min(max(0, input), 6): hardtanh(input, 0, 6), as in torch (HardtanhBackward0)."""
    return _apply(ops.hardtanh, input, inplace, 0.0, 6.0)


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    return _apply(ops.leaky_relu, input, inplace, negative_slope)


def leaky_relu_(input: Tensor, negative_slope: float = 0.01) -> Tensor:
    return leaky_relu(input, negative_slope, inplace=True)


def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    return _apply(ops.elu, input, inplace, alpha)


def elu_(input: Tensor, alpha: float = 1.0) -> Tensor:
    return elu(input, alpha, inplace=True)


def selu(input: Tensor, inplace: bool = False) -> Tensor:
    """scale * elu(input, alpha) with alpha = 1.6732632423543772, scale = 1.0507009873554805."""
    return _apply(ops.selu, input, inplace)


def selu_(input: Tensor) -> Tensor:
    return selu(input, inplace=True)


def celu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    """max(0, x) + min(0, alpha * (exp(x / alpha) - 1))."""
    return _apply(ops.celu, input, inplace, alpha)


def celu_(input: Tensor, alpha: float = 1.0) -> Tensor:
    return celu(input, alpha, inplace=True)


def gelu(input: Tensor, approximate: str = "none") -> Tensor:
    """input * Phi(input) (Phi the standard normal CDF), or torch's tanh approximation."""
    return ops.gelu(input, approximate=approximate)


def silu(input: Tensor, inplace: bool = False) -> Tensor:
    return _apply(ops.silu, input, inplace)


def mish(input: Tensor, inplace: bool = False) -> Tensor:
    return _apply(ops.mish, input, inplace)


def softplus(input: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
    """log(1 + exp(beta * input)) / beta, reverting to input where beta * input > threshold."""
    return ops.softplus(input, beta, threshold)


def softsign(input: Tensor) -> Tensor:
    """input / (1 + |input|), composed as torch composes it (DivBackward0)."""
    return input / (ops.abs(input) + 1)


def logsigmoid(input: Tensor) -> Tensor:
    return ops.log_sigmoid(input)


def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor:
    """relu6(input + 3) / 6; gradient 1/6 strictly inside (-3, 3)."""
    return _apply(ops.hardsigmoid, input, inplace)


def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    """input * relu6(input + 3) / 6; gradient 0 for input <= -3, input / 3 + 1/2 below 3, then 1."""
    return _apply(ops.hardswish, input, inplace)


def glu(input: Tensor, dim: int = -1) -> Tensor:
    """a * sigmoid(b), a and b the two halves of input along dim."""
    if input.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    return ops.glu(input, dim)


def prelu(input: Tensor, weight: Tensor) -> Tensor:
    """max(0, x) + weight * min(0, x), with a 1-D weight of one slope per channel (dim 1 of the input,
    and one channel for inputs of fewer than 2 dims) or one slope for all. The gradient at 0 is weight's
    branch, as torch's."""
    if weight.ndim > 1:
        raise RuntimeError(f"prelu: Expected `weight` to be a scalar or 1D tensor, but got: ndim = {weight.ndim}")
    if input.dtype.kind != "f":
        raise NotImplementedError(f'"prelu_cpu" not implemented for \'{torch_name(input.dtype)}\'')
    if weight.dtype != input.dtype:
        raise RuntimeError(f"prelu: Type promoting not supported. Got {torch_name(input.dtype)} and "
                           f"{torch_name(weight.dtype)}")
    slopes = weight.numel()
    if slopes == 1:
        weight = ops.reshape(weight, ())
    else:
        channels = input.shape[1] if input.ndim >= 2 else 1
        if slopes != channels:
            raise RuntimeError(f"Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                               f"{slopes} and channel size = {channels}.")
        # one slope per channel, broadcast over dim 1 (plain broadcasting would pair it with the last dim)
        weight = ops.reshape(weight, (channels,) + (1,) * (input.ndim - 2))
    return ops.where(input > 0, input, weight * input)
