"""F.pad: constant padding is a registry op; reflect, replicate and circular gather source indices."""
from __future__ import annotations

import numpy as np

from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor

__all__ = ['pad']


__all__.append("pad")


_PAD_MODES = ("constant", "reflect", "replicate", "circular")


def _pad_source_index(size: int, left: int, right: int, mode: str) -> np.ndarray:
    """For each position of the padded dim, the input position it copies (torch's reflect/replicate/circular)."""
    if mode == "circular":  # torch crops negative pads first, then wraps around what is left
        start, stop = max(-left, 0), size - max(-right, 0)
        j = np.arange(max(left, 0) + (stop - start) + max(right, 0))
        return start + (j - max(left, 0)) % (stop - start)
    pos = np.arange(size + left + right) - left
    if mode == "replicate":
        return np.clip(pos, 0, size - 1)
    pos = np.abs(pos)  # reflect: mirror at both edges without repeating the edge element
    return np.where(pos > size - 1, 2 * (size - 1) - pos, pos)


def pad(input: Tensor, pad, mode: str = "constant", value: float | None = None) -> Tensor:
    """torch.nn.functional.pad. `constant` is the registry op constant_pad_nd (negative pads crop); the other
    modes are index_select along each padded dim with the index pattern of the mode, so their gradients
    (scatter-adds onto the input) come from the registry too."""
    pad = tuple(int(p) for p in pad)
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) // 2 > input.ndim:
        raise RuntimeError(f"Padding length should be less than or equal to two times the input dimension but got "
                           f"padding length {len(pad)} and input of dimension {input.ndim}")
    if mode == "constant":
        return ops.constant_pad_nd(input, pad, 0 if value is None else value)
    if mode not in _PAD_MODES:
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    if value is not None and value != 0:
        raise RuntimeError(f'Padding mode "{mode}" doesn\'t take in value argument')
    k = len(pad) // 2
    if k not in (1, 2, 3) or input.ndim not in (k + 1, k + 2):
        raise NotImplementedError(f"Padding size {len(pad)} is not supported for {input.ndim}D input tensor.")
    shape = tuple(input.shape)
    if mode != "circular" and 0 in shape[0 if input.ndim == k + 1 else 1:]:
        raise RuntimeError(f"Expected {k + 1}D or {k + 2}D (batch mode) tensor with possibly 0 batch size and other "
                           f"non-zero dimensions for input, but got: {list(shape)}")
    out = input
    for i in range(k):
        dim = input.ndim - 1 - i
        left, right = pad[2 * i], pad[2 * i + 1]
        size = shape[dim]
        if left == right == 0:
            continue
        if mode == "reflect" and (left >= size or right >= size):
            raise RuntimeError(f"Argument #4: Padding size should be less than the corresponding input dimension, "
                               f"but got: padding ({left}, {right}) at dimension {dim} of input {list(shape)}")
        if mode == "circular" and (left > size or right > size):
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if (size + min(left, 0) + min(right, 0) <= 0 if mode == "circular" else size + left + right < 0):
            raise RuntimeError(f"input size {size} at dimension {dim} is too small for the padding ({left}, {right})")
        out = ops.index_select(out, dim, _pad_source_index(size, left, right, mode))
    return ops.clone(out) if out is input else out
