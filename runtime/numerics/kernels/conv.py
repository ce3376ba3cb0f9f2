"""Convolution over windows of a padded array (strided views), its input and weight gradients, and the
transposed convolution built from them."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.dtypes import torch_name

# Convolution, pooling and embedding. Windows are strided views (im2col through as_strided, no
# copies until the matmul); no Python loop runs over pixels, only over spatial dims or kernel offsets.


def nd_tuple(value, nd: int, name: str) -> tuple[int, ...]:
    """An int[] argument of a `nd`-d convolution (stride, padding, ...): one value is repeated, otherwise
    exactly nd values, with torch's error. The one expander of the kernels, nn.functional and nn."""
    value = (value,) if isinstance(value, (int, np.integer)) else tuple(value)
    if len(value) == 1:
        value = value * nd
    if len(value) != nd:
        raise RuntimeError(f"expected {name} to be a single integer value or a list of {nd} values to match the "
                           f"convolution dimensions, but got {name}={list(value)}")
    return tuple(int(v) for v in value)


def _nn_windows(x, kernel, stride, dilation, out_size):
    """The view x[..., o*stride + k*dilation] of shape (*lead, *out_size, *kernel) over the last nd dims."""
    nd = len(kernel)
    lead = x.shape[:x.ndim - nd]
    sp = x.strides[x.ndim - nd:]
    shape = lead + tuple(out_size) + tuple(kernel)
    strides = (x.strides[:x.ndim - nd] + tuple(s * st for s, st in zip(sp, stride))
               + tuple(s * d for s, d in zip(sp, dilation)))
    return np.lib.stride_tricks.as_strided(x, shape, strides, writeable=False)


def _nn_pad_spatial(x, padding, value=0):
    nd = len(padding)
    if not any(padding):
        return x
    return np.pad(x, [(0, 0)] * (x.ndim - nd) + [(p, p) for p in padding], constant_values=value)


def _nn_check_conv_dtypes(*arrays):
    dtypes = {a.dtype for a in arrays if a is not None}
    if len(dtypes) > 1:
        names = sorted(torch_name(d) for d in dtypes)
        raise RuntimeError(f"expected all convolution arguments to have the same dtype, but got {' and '.join(names)}")


def _nn_conv_nd(x, w, stride, padding, dilation, groups):
    """Cross-correlation of x (N, C, *S) with w (F, C/groups, *K) (symmetric zero padding), by im2col + matmul."""
    nd = w.ndim - 2
    n, c = x.shape[:2]
    f, cg = w.shape[:2]
    k = w.shape[2:]
    x = _nn_pad_spatial(x, padding)
    size = x.shape[2:]
    out = tuple((size[i] - dilation[i] * (k[i] - 1) - 1) // stride[i] + 1 for i in range(nd))
    if any(size[i] < dilation[i] * (k[i] - 1) + 1 for i in range(nd)):
        raise RuntimeError(f"Calculated padded input size per channel: ({' x '.join(map(str, size))}). Kernel size: "
                           f"({' x '.join(str(dilation[i] * (k[i] - 1) + 1) for i in range(nd))}). Kernel size can't "
                           "be greater than actual input size")
    g, fg = groups, f // groups
    positions = int(np.prod(out)) if nd else 1
    taps = cg * int(np.prod(k))
    win = _nn_windows(x, k, stride, dilation, out).reshape((n, g, cg) + out + k)
    # (g, N, *out, C/g, *K) -> (g, N*P, C/g*K): the im2col matrix of each group
    perm = (1, 0) + tuple(range(3, 3 + nd)) + (2,) + tuple(range(3 + nd, 3 + 2 * nd))
    cols = win.transpose(perm).reshape(g, n * positions, taps)
    res = np.matmul(cols, w.reshape(g, fg, taps).transpose(0, 2, 1))  # (g, N*P, F/g)
    res = res.reshape((g, n) + out + (fg,))
    perm = (1, 0, nd + 2) + tuple(range(2, 2 + nd))
    return np.ascontiguousarray(res.transpose(perm).reshape((n, f) + out))


def conv_transpose_input(output_grad, weight, input_size, stride, padding, dilation, groups):
    """The adjoint of the convolution x -> conv(x, weight) (the gradient of a convolution with respect to
    its input, and the transposed convolution): `output_grad` (N, F, *out) -> (N, C, *input_size).

    Written as a stride-1 correlation of the zero-stuffed, re-padded `output_grad` with the flipped,
    group-transposed kernel."""
    _nn_check_conv_dtypes(output_grad, weight)
    nd = weight.ndim - 2
    stride, padding, dilation = (nd_tuple(v, nd, name) for v, name in
                                 ((stride, "stride"), (padding, "padding"), (dilation, "dilation")))
    size = tuple(input_size)[-nd:] if nd else ()
    n, f = output_grad.shape[:2]
    cg, k = weight.shape[1], weight.shape[2:]
    g = groups
    ext = tuple(dilation[i] * (k[i] - 1) for i in range(nd))
    zshape = (n, f) + tuple(size[i] + ext[i] for i in range(nd))
    dtype = np.result_type(output_grad, weight)
    z = np.zeros(zshape, dtype=dtype)
    zi, yi = [slice(None)] * 2, [slice(None)] * 2
    for i in range(nd):  # place output_grad[o] at ext - padding + o*stride, dropping what falls outside
        off, s, lz, lo = ext[i] - padding[i], stride[i], zshape[2 + i], output_grad.shape[2 + i]
        o_lo = max(0, -(off // s))
        o_hi = min(lo, (lz - 1 - off) // s + 1) if lz - 1 - off >= 0 else 0
        if o_hi <= o_lo:
            return np.zeros((n, cg * g) + size, dtype=dtype)
        zi.append(slice(off + o_lo * s, off + (o_hi - 1) * s + 1, s))
        yi.append(slice(o_lo, o_hi))
    z[tuple(zi)] = output_grad[tuple(yi)]
    wt = weight.reshape((g, f // g, cg) + k).swapaxes(1, 2).reshape((g * cg, f // g) + k)
    wt = wt[(Ellipsis,) + (slice(None, None, -1),) * nd]
    return _nn_conv_nd(z, wt, (1,) * nd, (0,) * nd, dilation, g)


def conv_weight_grad(input, output_grad, weight_size, stride, padding, dilation, groups):
    """The gradient of a convolution with respect to its weight: sum over n and output positions of
    output_grad[n, f, o] * input_padded[n, c, o*stride + k*dilation], per group; shape weight_size."""
    _nn_check_conv_dtypes(input, output_grad)
    nd = input.ndim - 2
    stride, padding, dilation = (nd_tuple(v, nd, name) for v, name in
                                 ((stride, "stride"), (padding, "padding"), (dilation, "dilation")))
    k = tuple(weight_size)[2:]
    n, c = input.shape[:2]
    f = output_grad.shape[1]
    g = groups
    cg, fg = c // g, f // g
    out = output_grad.shape[2:]
    x = _nn_pad_spatial(input, padding)
    if any(x.shape[2 + i] < (out[i] - 1) * stride[i] + dilation[i] * (k[i] - 1) + 1 for i in range(nd)):
        raise RuntimeError("conv_weight_grad: output_grad has more positions than the input allows")
    positions = int(np.prod(out)) if nd else 1
    win = _nn_windows(x, k, stride, dilation, out).reshape((n, g, cg) + out + k)
    perm = (1, 0) + tuple(range(3, 3 + nd)) + (2,) + tuple(range(3 + nd, 3 + 2 * nd))
    cols = win.transpose(perm).reshape(g, n * positions, cg * int(np.prod(k)))
    y = output_grad.reshape(n, g, fg, positions).transpose(1, 2, 0, 3).reshape(g, fg, n * positions)
    return np.matmul(y, cols).reshape((f, cg) + k)


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups):
    """torch.convolution: N-d cross-correlation of a batched input, or its transpose (`transposed`)."""
    _nn_check_conv_dtypes(input, weight, bias)
    nd = weight.ndim - 2
    if nd < 1:
        raise RuntimeError(f"weight should have at least three dimensions, got weight of size {list(weight.shape)}")
    if input.ndim != nd + 2:
        raise RuntimeError(f"Expected {nd + 2}-dimensional input for {nd + 2}-dimensional weight "
                           f"{list(weight.shape)}, but got {input.ndim}-dimensional input of size "
                           f"{list(input.shape)} instead")
    stride, padding, dilation, output_padding = (
        nd_tuple(v, nd, name) for v, name in ((stride, "stride"), (padding, "padding"), (dilation, "dilation"),
                                               (output_padding, "output_padding")))
    if groups < 1:
        raise RuntimeError("non-positive groups is not supported")
    if any(s < 1 for s in stride):
        raise RuntimeError("non-positive stride is not supported")
    if any(p < 0 for p in padding):
        raise RuntimeError("negative padding is not supported")
    if any(d < 1 for d in dilation):
        raise RuntimeError("dilation should be greater than zero")
    channels = input.shape[1]
    if weight.shape[0] % groups:
        raise RuntimeError(f"Given groups={groups}, expected weight to be divisible by {groups} at dimension 0, "
                           f"but got weight of size {list(weight.shape)} instead")
    if not transposed:
        if channels != weight.shape[1] * groups:
            raise RuntimeError(f"Given groups={groups}, weight of size {list(weight.shape)}, expected "
                               f"input{list(input.shape)} to have {weight.shape[1] * groups} channels, but got "
                               f"{channels} channels instead")
        out = _nn_conv_nd(input, weight, stride, padding, dilation, groups)
    else:
        if channels != weight.shape[0]:
            raise RuntimeError(f"Given transposed=1, weight of size {list(weight.shape)}, expected "
                               f"input{list(input.shape)} to have {weight.shape[0]} channels, but got {channels} "
                               "channels instead")
        if any(op >= s and op >= d for op, s, d in zip(output_padding, stride, dilation)):
            raise RuntimeError("output padding must be smaller than either stride or dilation, but got "
                               f"output_padding={list(output_padding)}, stride={list(stride)}, "
                               f"dilation={list(dilation)}")
        size = tuple((input.shape[2 + i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (weight.shape[2 + i] - 1)
                     + output_padding[i] + 1 for i in range(nd))
        out = conv_transpose_input(input, weight, size, stride, padding, dilation, groups)
    if bias is not None:
        if bias.shape != (out.shape[1],):
            raise RuntimeError(f"Given weight of size {list(weight.shape)}, expected bias to be 1-dimensional with "
                               f"{out.shape[1]} elements, but got bias of size {list(bias.shape)} instead")
        out = out + bias.reshape((1, -1) + (1,) * nd)
    return out
