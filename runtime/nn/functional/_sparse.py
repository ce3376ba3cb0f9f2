"""F.embedding over the registry's embedding op, with torch's padding_idx and max_norm."""
from __future__ import annotations

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.autogen import ops
from yamlgrad.core.grad_mode import no_grad as _nn_no_grad
from yamlgrad.core.tensor import Tensor
from yamlgrad.nn.functional._arguments import _nn_as_tensor

__all__ = ['embedding']


def embedding(input: Tensor, weight: Tensor, padding_idx: int | None = None, max_norm: float | None = None,
              norm_type: float = 2.0, scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
    """Rows of `weight` picked by the integer `input`. padding_idx's row gets no gradient; max_norm renormalizes
    the picked rows of `weight` in place first (torch's embedding_renorm_)."""
    if padding_idx is not None:
        if padding_idx > 0:
            if padding_idx >= weight.shape[0]:
                raise AssertionError("Padding_idx must be within num_embeddings")
        elif padding_idx < 0:
            if padding_idx < -weight.shape[0]:
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx = weight.shape[0] + padding_idx
    else:
        padding_idx = -1
    input = _nn_as_tensor(input)
    if max_norm is not None:
        with _nn_no_grad():
            rows = np.unique(input._data.reshape(-1))
            if rows.size and (rows.min() < 0 or rows.max() >= weight.shape[0]):
                raise IndexError("index out of range in self")
            picked = weight._data[rows]
            norms = np.linalg.norm(picked.reshape(len(rows), -1).astype(np.float64), ord=norm_type, axis=1)
            scale = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
            if np.any(norms > max_norm):
                weight[rows] = _nn_factories.from_numpy((picked * scale[:, None]).astype(weight.dtype))
    return ops.embedding(weight, input, padding_idx, scale_grad_by_freq, sparse)
