"""Argument normalization shared by convolution and pooling: ints to tuples, numbers to tensors."""
from __future__ import annotations

from yamlgrad.api import factories as _nn_factories
from yamlgrad.core.tensor import Tensor

__all__ = []


def _nn_as_tensor(x):
    return x if isinstance(x, Tensor) else _nn_factories.as_tensor(x)
