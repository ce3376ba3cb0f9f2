"""Layer, batch and group normalization, composed from registry ops (running stats updated in place)."""
from __future__ import annotations

from numbers import Number as _nn_Number

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.core.grad_mode import no_grad as _nn_no_grad
from yamlgrad.core.tensor import Tensor

__all__ = ['layer_norm', 'batch_norm', 'group_norm']


def _nn_normalize_over(x: Tensor, dims, eps: float) -> Tensor:
    """(x - mean) / sqrt(biased var + eps) over `dims` (two passes: mean, then centred squares)."""
    centered = x - x.mean(dims, keepdim=True)
    var = (centered * centered).mean(dims, keepdim=True)
    return centered / (var + eps).sqrt()


def layer_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
    normalized_shape = (int(normalized_shape),) if isinstance(normalized_shape, _nn_Number) else tuple(normalized_shape)
    k = len(normalized_shape)
    if k == 0:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one "
                           "element, but got normalized_shape = []")
    if tuple(input.shape[input.ndim - k:]) != normalized_shape or input.ndim < k:
        raise RuntimeError(f"Given normalized_shape={list(normalized_shape)}, expected input with shape "
                           f"[*, {', '.join(map(str, normalized_shape))}], but got input of size"
                           f"{list(input.shape)}")
    for name, t in (("weight", weight), ("bias", bias)):
        if t is not None and tuple(t.shape) != normalized_shape:
            raise RuntimeError(f"Expected {name} to be of same shape as normalized_shape, but got {name} of shape "
                               f"{list(t.shape)} and normalized_shape = {list(normalized_shape)}")
    out = _nn_normalize_over(input, tuple(range(input.ndim - k, input.ndim)), eps)
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


def _nn_channel_shape(input: Tensor) -> tuple:
    return (1, input.shape[1]) + (1,) * (input.ndim - 2)


def batch_norm(input: Tensor, running_mean: Tensor | None, running_var: Tensor | None, weight: Tensor | None = None,
               bias: Tensor | None = None, training: bool = False, momentum: float = 0.1,
               eps: float = 1e-5) -> Tensor:
    """Normalize each channel (dim 1) over the batch and spatial dims. In training the batch statistics
    are used and running_mean / running_var (if given) are updated in place:
    running = (1 - momentum) * running + momentum * batch, with the unbiased batch variance (as torch).
    Otherwise running_mean / running_var normalize."""
    if input.ndim < 2:
        raise ValueError(f"Expected 2D or more input (got {input.ndim}D input)")
    channels = input.shape[1]
    shape = _nn_channel_shape(input)
    if training:
        count = input.numel() // channels if channels else 0
        if count <= 1:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size "
                             f"{list(input.shape)}")
        dims = (0,) + tuple(range(2, input.ndim))
        mean = input.mean(dims, keepdim=True)
        centered = input - mean
        var = (centered * centered).mean(dims, keepdim=True)
        out = centered / (var + eps).sqrt()
        with _nn_no_grad():
            stats = ((running_mean, mean, 1.0), (running_var, var, count / (count - 1)))
            for running, batch, factor in stats:
                if running is None:
                    continue
                batch64 = batch._data.reshape(-1).astype(np.float64) * factor
                new = momentum * batch64 + (1 - momentum) * running._data.astype(np.float64)
                running.copy_(_nn_factories.from_numpy(new.astype(running.dtype)))
    else:
        if running_mean is None or running_var is None:
            raise RuntimeError("running_mean and running_var must be defined in evaluation mode")
        out = (input - running_mean.reshape(shape)) / (running_var.reshape(shape) + eps).sqrt()
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def group_norm(input: Tensor, num_groups: int, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
    if input.ndim < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.ndim}")
    n, channels = input.shape[:2]
    if channels % num_groups:
        raise RuntimeError(f"Expected number of channels in input to be divisible by num_groups, but got input of "
                           f"shape {list(input.shape)} and num_groups={num_groups}")
    grouped = input.reshape((n, num_groups, -1))
    out = _nn_normalize_over(grouped, (2,), eps).reshape(input.shape)
    shape = _nn_channel_shape(input)
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out
