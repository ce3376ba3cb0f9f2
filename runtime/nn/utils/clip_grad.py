"""clip_grad_norm_ and clip_grad_value_ (torch.nn.utils.clip_grad): in place on each parameter's .grad."""
from __future__ import annotations

import math

import numpy as np

from yamlgrad.core.tensor import Tensor, make

__all__ = ["clip_grad_norm_", "clip_grad_value_", "get_total_norm"]


def _grads(parameters) -> list[Tensor]:
    if isinstance(parameters, Tensor):
        parameters = [parameters]
    return [p.grad for p in parameters if p.grad is not None]


def _norm(array: np.ndarray, norm_type: float) -> np.ndarray:
    a = np.abs(array.astype(np.float64 if array.dtype == np.float64 else array.dtype, copy=False))
    if norm_type == math.inf:
        return a.max() if a.size else np.zeros((), a.dtype)
    if norm_type == 0:
        return np.asarray((a != 0).sum(), dtype=a.dtype)
    if norm_type == 2:
        return np.sqrt(np.sum(a * a))
    return np.sum(a ** norm_type) ** (1.0 / norm_type)


def get_total_norm(tensors, norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach=None) -> Tensor:
    """The norm of the per-tensor norms (as if all tensors were concatenated into one vector)."""
    if isinstance(tensors, Tensor):
        tensors = [tensors]
    tensors = list(tensors)
    norm_type = float(norm_type)
    if not tensors:
        return make(np.array(0.0, dtype=np.float32))
    norms = np.stack([_norm(t._data, norm_type) for t in tensors]).astype(tensors[0]._data.dtype)
    total = _norm(norms, norm_type).astype(norms.dtype)
    if error_if_nonfinite and not np.isfinite(total):
        raise RuntimeError(f"The total norm of order {norm_type} for gradients from `parameters` is non-finite, "
                           "so it cannot be clipped. To disable this error and scale the gradients by the "
                           "non-finite norm anyway, set `error_if_nonfinite=False`")
    return make(np.asarray(total))


def clip_grad_norm_(parameters, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False,
                    foreach=None) -> Tensor:
    """Scale all gradients by min(1, max_norm / (total_norm + 1e-6)) in place; returns the total norm."""
    grads = _grads(parameters)
    total = get_total_norm(grads, norm_type, error_if_nonfinite)
    if not grads:
        return total
    coef = np.minimum(np.asarray(float(max_norm), dtype=total._data.dtype) / (total._data + 1e-6), 1.0)
    for g in grads:
        g._data *= coef.astype(g._data.dtype)
        g._version[0] += 1
    return total


def clip_grad_value_(parameters, clip_value: float, foreach=None) -> None:
    """Clamp every gradient to [-clip_value, clip_value] in place."""
    clip_value = float(clip_value)
    for g in _grads(parameters):
        np.clip(g._data, -clip_value, clip_value, out=g._data)
        g._version[0] += 1
