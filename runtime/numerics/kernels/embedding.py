"""Embedding lookup, max_norm renormalization and the dense backward."""
from __future__ import annotations

import numpy as np


def embedding(weight, indices, sparse=False):
    if sparse:
        raise NotImplementedError("embedding: sparse gradients are not supported (sparse=True)")
    if indices.dtype.kind not in "iu":
        kind = {"f": "Float", "b": "Bool"}.get(indices.dtype.kind, indices.dtype.name)
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           f"Long, Int; but got {kind}Tensor instead (while checking arguments for embedding)")
    if weight.ndim != 2:
        raise RuntimeError("'weight' must be 2-D")
    if indices.size and (indices.min() < 0 or indices.max() >= weight.shape[0]):
        raise IndexError("index out of range in self")
    return np.take(weight, indices, axis=0)


def embedding_row_scale(indices, num_weights, padding_idx, scale_grad_by_freq):
    """Per index, the factor its gradient row is scaled by: 0 at padding_idx, 1/count with
    scale_grad_by_freq, else 1. None when every factor is 1."""
    if padding_idx < 0 and not scale_grad_by_freq:
        return None
    scale = np.ones(indices.shape, dtype=np.float64)
    if scale_grad_by_freq:
        counts = np.bincount(indices.reshape(-1), minlength=num_weights)
        scale = scale / counts[indices]
    if padding_idx >= 0:
        scale = np.where(indices == padding_idx, 0.0, scale)
    return scale


def embedding_dense_backward(output_grad, indices, num_weights, padding_idx, scale_grad_by_freq):
    """Scatter-add the rows of output_grad (*indices.shape, D) into a (num_weights, D) gradient."""
    dim = output_grad.shape[-1]
    rows = output_grad.reshape(-1, dim)
    scale = embedding_row_scale(indices, num_weights, padding_idx, scale_grad_by_freq)
    if scale is not None:
        rows = rows * scale.reshape(-1, 1).astype(output_grad.dtype)
    out = np.zeros((num_weights, dim), dtype=output_grad.dtype)
    np.add.at(out, indices.reshape(-1), rows)
    return out
