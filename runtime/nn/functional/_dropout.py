"""Dropout: Bernoulli masks from yamlgrad's generator. F.dropout zeroes elements and scales the rest by
1 / (1 - p); dropout1d/2d/3d zero whole channels (one draw per sample and channel); alpha_dropout and
feature_alpha_dropout set dropped values to SELU's negative saturation and rescale so that a zero-mean,
unit-variance input keeps its mean and variance. Each output is the input times a constant (plus a
constant), so the gradient comes from the registry's mul and add."""
from __future__ import annotations

import math
import warnings

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.core.tensor import Tensor

__all__ = ['dropout', 'dropout1d', 'dropout2d', 'dropout3d', 'alpha_dropout', 'feature_alpha_dropout']

# -SELU's negative saturation value, scale * alpha (torch's alpha_dropout constant)
_SELU_SATURATION = 1.7580993408473766


def _check_p(p: float) -> None:
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero each element with probability p (drawn from yamlgrad's global generator) and scale the rest
    by 1 / (1 - p); the identity when not training."""
    _check_p(p)
    if not training:
        return input
    if p == 1.0:
        noise = np.zeros(input.shape, dtype=input.dtype)
    else:
        keep = _nn_factories.generator().random(input.shape) >= p
        noise = (keep.astype(input.dtype) / np.asarray(1 - p, dtype=input.dtype)).astype(input.dtype)
    noise = _nn_factories.from_numpy(noise)
    return input.mul_(noise) if inplace else input * noise


def _keep(shape: tuple, p: float) -> np.ndarray:
    """1.0 where an element (or channel) survives, 0.0 where it is dropped, as float64."""
    return np.asarray(_nn_factories.generator().random(shape) >= p, dtype=np.float64)


def _feature_shape(input: Tensor, batched: bool) -> tuple:
    """One draw per (sample, channel): (N, C, 1, ...); an unbatched input is one sample, (C, 1, ...)."""
    shape = tuple(input.shape) if batched else (1, *input.shape)
    if len(shape) < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    noise = (shape[0], shape[1]) + (1,) * (len(shape) - 2)
    return noise if batched else noise[1:]


def _scaled(input: Tensor, p: float, training: bool, inplace: bool, batched: bool) -> Tensor:
    """Channel-wise dropout: the input times a 0 or 1 / (1 - p) per channel (torch's feature_dropout)."""
    if p == 0 or not training or input.numel() == 0:
        return input
    shape = _feature_shape(input, batched)
    scale = np.zeros(shape) if p == 1 else _keep(shape, p) / (1 - p)
    noise = _nn_factories.from_numpy(np.asarray(scale, dtype=input.dtype))
    return input.mul_(noise) if inplace else input * noise


def dropout1d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero whole channels of an (N, C, L) or unbatched (C, L) input with probability p; scale the rest
    by 1 / (1 - p)."""
    _check_p(p)
    if input.ndim not in (2, 3):
        raise RuntimeError(f"dropout1d: Expected 2D or 3D input, but received a {input.ndim}D input. Note that "
                           "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a "
                           "channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    return _scaled(input, p, training, inplace, batched=input.ndim == 3)


def _warn_rank(name: str, ndim: int, spatial: int) -> None:
    warnings.warn(f"{name}: Received a {ndim}-D input to {name}, which is deprecated and will result in an error "
                  f"in a future release. To retain the behavior and silence this warning, please use dropout "
                  f"instead. Note that {name} exists to provide channel-wise dropout on inputs with {spatial} spatial "
                  f"dimensions, a channel dimension, and an optional batch dimension (i.e. {spatial + 1}D or "
                  f"{spatial + 2}D inputs).", stacklevel=3)


def dropout2d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero whole channels of an (N, C, H, W) input with probability p; scale the rest by 1 / (1 - p).
    As in torch, a 3-D input is read as (N, C, L) (with a warning), not as an unbatched (C, H, W)."""
    _check_p(p)
    if input.ndim not in (3, 4):
        _warn_rank("dropout2d", input.ndim, 2)
    if input.ndim == 3:
        warnings.warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout "
                      "behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. "
                      "This behavior will change in a future release to interpret the input as one without a "
                      "batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, "
                      "please switch to using dropout1d instead.", stacklevel=2)
    return _scaled(input, p, training, inplace, batched=True)


def dropout3d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero whole channels of an (N, C, D, H, W) or unbatched (C, D, H, W) input with probability p; scale
    the rest by 1 / (1 - p). Other ranks warn, and are read as unbatched unless 5-D, as in torch."""
    _check_p(p)
    if input.ndim not in (4, 5):
        _warn_rank("dropout3d", input.ndim, 3)
    return _scaled(input, p, training, inplace, batched=input.ndim == 5)


def _alpha(input: Tensor, p: float, training: bool, inplace: bool, feature: bool) -> Tensor:
    """input * a * keep + a * s * (keep - 1 + p), with s SELU's saturation and a = 1 / sqrt((s^2 p + 1)(1 - p)):
    kept values become a * x + a * s * p, dropped ones -a * s * (1 - p)."""
    _check_p(p)
    if p == 0 or not training or input.numel() == 0:
        return input
    if p == 1:
        zero = _nn_factories.from_numpy(np.zeros((), dtype=input.dtype))
        return input.mul_(zero) if inplace else input * zero
    shape = _feature_shape(input, batched=True) if feature else tuple(input.shape)
    keep = _keep(shape, p)
    a = 1.0 / math.sqrt((_SELU_SATURATION ** 2 * p + 1) * (1 - p))
    scale = _nn_factories.from_numpy(np.asarray(keep * a, dtype=input.dtype))
    shift = _nn_factories.from_numpy(np.asarray(_SELU_SATURATION * a * (keep - 1 + p), dtype=input.dtype))
    return input.mul_(scale).add_(shift) if inplace else input * scale + shift


def alpha_dropout(input: Tensor, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    """Dropout for SELU networks: each element dropped with probability p (see _alpha). Off unless
    training=True, as torch's default."""
    return _alpha(input, p, training, inplace, feature=False)


def feature_alpha_dropout(input: Tensor, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    """alpha_dropout of whole channels (one draw per sample and channel of an (N, C, ...) input)."""
    return _alpha(input, p, training, inplace, feature=True)
