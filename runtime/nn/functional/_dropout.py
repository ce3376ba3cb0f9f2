"""F.dropout: a Bernoulli mask from yamlgrad's generator, scaled by 1 / (1 - p)."""
from __future__ import annotations

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.core.tensor import Tensor

__all__ = ['dropout']


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero each element with probability p (drawn from yamlgrad's global generator) and scale the rest
    by 1 / (1 - p); the identity when not training."""
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training:
        return input
    if p == 1.0:
        noise = np.zeros(input.shape, dtype=input.dtype)
    else:
        keep = _nn_factories.generator().random(input.shape) >= p
        noise = (keep.astype(input.dtype) / np.asarray(1 - p, dtype=input.dtype)).astype(input.dtype)
    noise = _nn_factories.from_numpy(noise)
    return input.mul_(noise) if inplace else input * noise
