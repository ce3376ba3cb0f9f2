"""normalize and cosine_similarity with torch's eps handling."""
from __future__ import annotations

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor
from yamlgrad.nn.functional._arguments import _nn_as_tensor

__all__ = ['normalize', 'cosine_similarity']


def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12, out=None) -> Tensor:
    """input / max(||input||_p over dim, eps)."""
    if out is not None:
        raise NotImplementedError("normalize: out= is not supported")
    denom = ops.linalg_vector_norm(input, p, dim, True).clamp(min=eps)
    return input / denom


def cosine_similarity(x1: Tensor, x2: Tensor, dim: int = 1, eps: float = 1e-8) -> Tensor:
    """sum(x1 / ||x1|| * x2 / ||x2||) over dim, each norm clamped below at eps. As in torch the clamp is
    applied without autograd, so where a norm is below eps the gradient still treats it as the norm."""
    x1, x2 = _nn_as_tensor(x1), _nn_as_tensor(x2)
    shape = np.broadcast_shapes(tuple(x1.shape), tuple(x2.shape))
    if tuple(x1.shape) != shape:
        x1 = x1.expand(shape)
    if tuple(x2.shape) != shape:
        x2 = x2.expand(shape)

    def clamped_norm(x):
        norm = ops.linalg_vector_norm(x, 2, dim, True)
        floor = np.maximum(norm._data, np.asarray(eps, dtype=norm.dtype)) - norm._data
        return norm + _nn_factories.from_numpy(floor) if np.any(floor) else norm

    return ((x1 / clamped_norm(x1)) * (x2 / clamped_norm(x2))).sum(dim)
