"""Convolutions over the registry's `convolution` op."""
from __future__ import annotations

from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor
from yamlgrad.nn.functional._padding import pad
from yamlgrad.numerics.kernels.conv import nd_tuple

__all__ = ['conv1d', 'conv2d']


def _nn_conv(input, weight, bias, stride, padding, dilation, groups, nd: int) -> Tensor:
    name = f"conv{nd}d"
    if input.ndim not in (nd + 1, nd + 2):
        raise RuntimeError(f"Expected {nd + 1}D (unbatched) or {nd + 2}D (batched) input to {name}, but got input "
                           f"of size: {list(input.shape)}")
    batched = input.ndim == nd + 2
    if not batched:
        input = input.unsqueeze(0)
    stride = nd_tuple(stride, nd, "stride")
    dilation = nd_tuple(dilation, nd, "dilation")
    if isinstance(padding, str):
        if padding == "valid":
            padding = (0,) * nd
        elif padding == "same":
            if any(s != 1 for s in stride):
                raise RuntimeError("padding='same' is not supported for strided convolutions")
            total = [dilation[i] * (weight.shape[2 + i] - 1) for i in range(nd)]
            left = tuple(t // 2 for t in total)
            extra = [t - 2 * lo for t, lo in zip(total, left)]
            if any(extra):  # torch pads the odd element on the right, then pads symmetrically
                pads = []
                for e in reversed(extra):
                    pads += [0, e]
                input = pad(input, pads)
            padding = left
        else:
            raise RuntimeError(f"Invalid padding string: '{padding}'")
    else:
        padding = nd_tuple(padding, nd, "padding")
    out = ops.convolution(input, weight, bias, stride, padding, dilation, False, (0,) * nd, groups)
    return out if batched else out.squeeze(0)


def conv1d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
           groups: int = 1) -> Tensor:
    """1-d cross-correlation of (N, C_in, L) or (C_in, L) with weight (C_out, C_in / groups, k);
    padding an int, a 1-tuple, 'valid' or 'same'."""
    return _nn_conv(input, weight, bias, stride, padding, dilation, groups, 1)


def conv2d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
           groups: int = 1) -> Tensor:
    """2-d cross-correlation of (N, C_in, H, W) or (C_in, H, W) with weight (C_out, C_in / groups, kh, kw);
    padding an int, a pair, 'valid' or 'same'."""
    return _nn_conv(input, weight, bias, stride, padding, dilation, groups, 2)
