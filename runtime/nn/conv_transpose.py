"""Transposed convolutions: F.conv_transpose1d / conv_transpose2d and the ConvTranspose1d / ConvTranspose2d
modules (torch.nn names, arguments, defaults and initialisation).

The functions are the registry op `convolution` with transposed=True, the gradient of a convolution with
respect to its input; the op's own derivative formulas give the gradients (of any order) for input,
weight and bias.
"""
from __future__ import annotations

import math

import yamlgrad.namespace as yg
from yamlgrad.nn import init
from yamlgrad.nn.module import Module
from yamlgrad.nn.parameter import Parameter
from yamlgrad.numerics.kernels.conv import nd_tuple

__all__ = ["conv_transpose1d", "conv_transpose2d", "ConvTranspose1d", "ConvTranspose2d"]


def _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, nd: int):
    if input.ndim not in (nd + 1, nd + 2):
        raise RuntimeError(f"Expected {nd + 1}D (unbatched) or {nd + 2}D (batched) input to conv_transpose{nd}d, "
                           f"but got input of size: {list(input.shape)}")
    batched = input.ndim == nd + 2
    if not batched:
        input = input.unsqueeze(0)
    out = yg.convolution(input, weight, bias, nd_tuple(stride, nd, "stride"), nd_tuple(padding, nd, "padding"),
                         nd_tuple(dilation, nd, "dilation"), True, nd_tuple(output_padding, nd, "output_padding"),
                         groups)
    return out if batched else out.squeeze(0)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups: int = 1,
                     dilation=1):
    """Transposed 1-d convolution of (N, C_in, L) or (C_in, L) with weight (C_in, C_out / groups, k).
    Output length (L - 1) * stride - 2 * padding + dilation * (k - 1) + output_padding + 1."""
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, 1)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups: int = 1,
                     dilation=1):
    """Transposed 2-d convolution of (N, C_in, H, W) or (C_in, H, W) with weight (C_in, C_out / groups, kh, kw)."""
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, 2)


class _ConvTransposeNd(Module):
    _nd = 0

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0, output_padding=0,
                 groups: int = 1, bias: bool = True, dilation=1, padding_mode: str = "zeros", device=None,
                 dtype=None) -> None:
        super().__init__()
        nd = self._nd
        if groups <= 0:
            raise ValueError("groups must be a positive integer")
        if in_channels % groups != 0:
            raise ValueError("in_channels must be divisible by groups")
        if out_channels % groups != 0:
            raise ValueError("out_channels must be divisible by groups")
        if padding_mode != "zeros":
            raise ValueError(f'Only "zeros" padding mode is supported for {type(self).__name__}')
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size, self.stride = nd_tuple(kernel_size, nd, "kernel_size"), nd_tuple(stride, nd, "stride")
        self.padding, self.dilation = nd_tuple(padding, nd, "padding"), nd_tuple(dilation, nd, "dilation")
        self.output_padding = nd_tuple(output_padding, nd, "output_padding")
        self.transposed, self.groups, self.padding_mode = True, groups, padding_mode
        # the weight maps input channels to output channels, hence (in, out / groups, *k): torch's layout
        self.weight = Parameter(yg.empty(in_channels, out_channels // groups, *self.kernel_size, dtype=dtype))
        if bias:
            self.bias = Parameter(yg.empty(out_channels, dtype=dtype))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """torch's default: kaiming_uniform_(a=sqrt(5)) and a bias from U(-1/sqrt(fan_in), 1/sqrt(fan_in)), where
        fan_in is computed from the weight as stored (out_channels / groups * prod(kernel_size))."""
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in = self.weight.shape[1] * math.prod(self.weight.shape[2:])
            if fan_in != 0:
                bound = 1 / math.sqrt(fan_in)
                init.uniform_(self.bias, -bound, bound)

    def _output_padding(self, input, output_size) -> tuple:
        """The output_padding that gives `output_size` (which may include the batch and channel dims);
        the module's own output_padding when no size is asked for."""
        if output_size is None:
            return self.output_padding
        nd = self._nd
        output_size = list(output_size)
        if len(output_size) == nd + 2 or (len(output_size) == nd + 1 and input.ndim == nd + 1):
            output_size = output_size[-nd:]
        if len(output_size) != nd:
            raise ValueError(f"ConvTranspose{nd}D: for {input.ndim}D input, output_size must have {nd} or "
                             f"{nd + 2} elements (got {len(output_size)})")
        spatial = input.shape[-nd:]
        padding = []
        for i in range(nd):
            smallest = ((spatial[i] - 1) * self.stride[i] - 2 * self.padding[i]
                        + self.dilation[i] * (self.kernel_size[i] - 1) + 1)
            largest = smallest + self.stride[i] - 1
            if not smallest <= output_size[i] <= largest:
                raise ValueError(f"requested an output size of {output_size}, but valid sizes range from "
                                 f"{smallest} to {largest} (for an input of {list(spatial)})")
            padding.append(output_size[i] - smallest)
        return tuple(padding)

    def forward(self, input, output_size=None):
        fn = conv_transpose1d if self._nd == 1 else conv_transpose2d
        return fn(input, self.weight, self.bias, self.stride, self.padding, self._output_padding(input, output_size),
                  self.groups, self.dilation)

    def extra_repr(self) -> str:
        s = f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, stride={self.stride}"
        nd = self._nd
        if self.padding != (0,) * nd:
            s += f", padding={self.padding}"
        if self.dilation != (1,) * nd:
            s += f", dilation={self.dilation}"
        if self.output_padding != (0,) * nd:
            s += f", output_padding={self.output_padding}"
        if self.groups != 1:
            s += f", groups={self.groups}"
        if self.bias is None:
            s += ", bias=False"
        return s


class ConvTranspose1d(_ConvTransposeNd):
    """Transposed 1-d convolution over (N, C_in, L) or (C_in, L); weight (in_channels, out_channels / groups, k)."""
    _nd = 1


class ConvTranspose2d(_ConvTransposeNd):
    """Transposed 2-d convolution over (N, C_in, H, W) or (C_in, H, W); weight
    (in_channels, out_channels / groups, kh, kw)."""
    _nd = 2
