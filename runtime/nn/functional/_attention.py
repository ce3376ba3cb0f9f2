"""scaled_dot_product_attention, composed from registry ops (masks, causal, scale, dropout)."""
from __future__ import annotations

import math as _nn_math

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor
from yamlgrad.nn.functional._dropout import dropout

__all__ = ['scaled_dot_product_attention']


def scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, attn_mask: Tensor | None = None,
                                 dropout_p: float = 0.0, is_causal: bool = False, scale: float | None = None,
                                 enable_gqa: bool = False) -> Tensor:
    """softmax(query @ key^T * scale + bias) @ value, bias from a bool mask (False -> -inf), a float mask
    (added) and/or is_causal; rows whose every score is -inf give zeros (torch's safe softmax)."""
    length, source = query.shape[-2], key.shape[-2]
    scale = 1 / _nn_math.sqrt(query.shape[-1]) if scale is None else scale
    if enable_gqa and query.ndim >= 3 and key.shape[-3] != query.shape[-3]:
        repeat = query.shape[-3] // key.shape[-3]

        def expand_heads(t):
            t = t.unsqueeze(-3)
            shape = t.shape[:-3] + (repeat,) + t.shape[-2:]
            return t.expand(shape).reshape(t.shape[:-4] + (t.shape[-4] * repeat,) + t.shape[-2:])
        key, value = expand_heads(key), expand_heads(value)
    scores = ops.matmul(query, key.transpose(-2, -1)) * scale
    if is_causal:
        if attn_mask is not None:
            raise RuntimeError("_scaled_dot_product_attention: Explicit attn_mask should not be set when "
                               "is_causal=True")
        attn_mask = _nn_factories.from_numpy(np.tril(np.ones((length, source), dtype=bool)))
    if attn_mask is not None:
        if attn_mask.dtype == np.bool_:
            scores = ops.where(attn_mask, scores, float("-inf"))
        else:
            scores = scores + attn_mask
    dead = np.all(scores._data == -np.inf, axis=-1, keepdims=True)
    if np.any(dead):
        dead_t = _nn_factories.from_numpy(dead)
        weights = ops.where(dead_t, 0.0, ops.softmax(ops.where(dead_t, 0.0, scores), -1))
    else:
        weights = ops.softmax(scores, -1)
    if dropout_p > 0.0:
        weights = dropout(weights, dropout_p, True)
    return ops.matmul(weights, value)
