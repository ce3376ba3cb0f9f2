"""NumPy views of optimizer tensors, for the in-place updates the optimizers here make.

`Tensor.detach().numpy()` shares the tensor's buffer, so writing into the returned array updates the
parameter or state tensor itself (the caller then bumps its version counter with `mark_modified`).
"""
from __future__ import annotations

import numpy as np

import yamlgrad.namespace as yg

__all__ = ["array", "zeros_state", "step_state", "lerp_"]


def array(tensor) -> np.ndarray:
    """The array behind `tensor` (shared, not copied)."""
    return tensor.detach().numpy()


def zeros_state(param):
    """A zero tensor of the parameter's shape and dtype (a buffer of its own)."""
    return yg.from_numpy(np.zeros_like(array(param)))


def step_state(value: float = 0.0):
    """A float32 0-d tensor, the type torch keeps 'step' (and NAdam's 'mu_product') in."""
    return yg.from_numpy(np.array(value, dtype=np.float32))


def lerp_(a: np.ndarray, b: np.ndarray, weight: float) -> None:
    """a = lerp(a, b, weight) in place, with torch's choice of formula (the better-conditioned one for the
    weight), so the rounding matches torch's lerp_."""
    if weight < 0.5:
        a += weight * (b - a)
    else:
        a[...] = b - (b - a) * (1 - weight)
