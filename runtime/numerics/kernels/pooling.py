"""Max and average pooling over 2-d windows, with their index-based backward."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.kernels.conv import _nn_windows


def _nn_pool_out_size(size, k, s, p, d, ceil_mode):
    """torch's pooling_output_shape: the window count along one dim."""
    out = (size + 2 * p - d * (k - 1) - 1 + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1
    return out


def _nn_pool_args(x, kernel_size, stride, padding, dilation, ceil_mode, name):
    if x.ndim not in (3, 4):
        raise RuntimeError(f"non-empty 3D or 4D (batch mode) tensor expected for input to {name}, but got "
                           f"input of size {list(x.shape)}")
    k = _nn_pool_tuple(kernel_size, "kernel_size", name)
    s = _nn_pool_tuple(stride, "stride", name) if len(tuple(stride)) else k
    p = _nn_pool_tuple(padding, "padding", name)
    d = _nn_pool_tuple(dilation, "dilation", name)
    if any(v <= 0 for v in k):
        raise RuntimeError(f"kernel size should be greater than zero, but got kH: {k[0]} kW: {k[1]}")
    if any(v <= 0 for v in s):
        raise RuntimeError(f"stride should be greater than zero, but got dH: {s[0]} dW: {s[1]}")
    if any(v <= 0 for v in d):
        raise RuntimeError(f"dilation should be greater than zero, but got dilationH: {d[0]} dilationW: {d[1]}")
    for i in range(2):
        if not k[i] // 2 >= p[i]:
            raise RuntimeError(f"pad should be at most half of effective kernel size, but got pad={p[i]}, "
                               f"kernel_size={k[i]} and dilation={d[i]}")
    size = x.shape[-2:]
    out = tuple(_nn_pool_out_size(size[i], k[i], s[i], p[i], d[i], ceil_mode) for i in range(2))
    if min(out) < 1:
        raise RuntimeError(f"Given input size: ({'x'.join(map(str, x.shape[-3:]))}). Calculated output size: "
                           f"({x.shape[-3]}x{out[0]}x{out[1]}). Output size is too small")
    return k, s, p, d, out


def _nn_pool_tuple(value, name, op):
    value = (value,) if isinstance(value, (int, np.integer)) else tuple(value)
    if len(value) == 1:
        value = value * 2
    if len(value) != 2:
        raise RuntimeError(f"{op}: {name} must either be a single int, or a tuple of two ints")
    return tuple(int(v) for v in value)


def _nn_pool_padded(x, k, s, p, d, out, value):
    """x padded by p on the left and enough on the right for every (ceil_mode) window, filled with value."""
    pads = []
    for i in range(2):
        need = (out[i] - 1) * s[i] + d[i] * (k[i] - 1) + 1
        pads.append((p[i], max(0, need - x.shape[-2 + i] - p[i])))
    if not any(a or b for a, b in pads):
        return x
    return np.pad(x, [(0, 0)] * (x.ndim - 2) + pads, constant_values=value)


def max_pool2d_with_indices(x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    """Max over each window and the flat index (h * W + w) of the first maximum in the window's
    row-major scan (torch's choice at ties; a NaN counts as the maximum)."""
    k, s, p, d, out = _nn_pool_args(x, kernel_size, stride, padding, dilation, ceil_mode, "max_pool2d")
    height, width = x.shape[-2:]
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    win = _nn_windows(_nn_pool_padded(x, k, s, p, d, out, fill), k, s, d, out)
    flat = win.reshape(win.shape[:-2] + (k[0] * k[1],))
    arg = np.argmax(flat, axis=-1)
    values = np.take_along_axis(flat, arg[..., None], axis=-1)[..., 0]
    rows = np.arange(out[0])[:, None] * s[0] - p[0] + (arg // k[1]) * d[0]
    cols = np.arange(out[1])[None, :] * s[1] - p[1] + (arg % k[1]) * d[1]
    return values, (rows * width + cols).astype(np.int64)


def max_pool2d_with_indices_backward(output_grad, input_shape, indices):
    """Scatter-add output_grad (*lead, Ho, Wo) at the flat spatial `indices` into zeros of input_shape."""
    lead = tuple(input_shape[:-2])
    plane = int(input_shape[-2]) * int(input_shape[-1])
    count = int(np.prod(lead)) if lead else 1
    offsets = (np.arange(count) * plane).reshape(lead + (1, 1))
    flat = (indices + offsets).reshape(-1)
    out = np.bincount(flat, weights=output_grad.reshape(-1).astype(np.float64), minlength=count * plane)
    return out.astype(output_grad.dtype).reshape(tuple(input_shape))


def _nn_avg_divisors(size, k, s, p, out):
    """Per-dim window lengths: torch counts the zero padding (not the ceil_mode overhang) in `include`,
    only input elements in `exclude`."""
    start = np.arange(out) * s - p
    end = np.minimum(start + k, size + p)
    include = end - start
    exclude = np.minimum(end, size) - np.maximum(start, 0)
    return include, exclude


def _nn_avg_divisor(x_shape, k, s, p, out, count_include_pad, divisor_override, dtype):
    if divisor_override is not None:
        if divisor_override == 0:
            raise RuntimeError("divisor must be not zero")
        return np.asarray(divisor_override, dtype=dtype)
    (inc_h, exc_h), (inc_w, exc_w) = (_nn_avg_divisors(x_shape[-2 + i], k[i], s[i], p[i], out[i]) for i in range(2))
    if count_include_pad:
        return np.outer(inc_h, inc_w).astype(dtype)
    return np.outer(exc_h, exc_w).astype(dtype)


def avg_pool2d(x, kernel_size, stride=(), padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None):
    k, s, p, d, out = _nn_pool_args(x, kernel_size, stride, padding, 1, ceil_mode, "avg_pool2d")
    win = _nn_windows(_nn_pool_padded(x, k, s, p, d, out, 0), k, s, d, out)
    total = win.sum(axis=(-2, -1))
    return (total / _nn_avg_divisor(x.shape, k, s, p, out, count_include_pad, divisor_override, x.dtype)).astype(x.dtype)


def avg_pool2d_backward(output_grad, input, kernel_size, stride, padding, ceil_mode, count_include_pad,
                        divisor_override):
    """The adjoint of avg_pool2d: each output gradient, divided by its window's divisor, is added to every
    input element of the window (a loop over the kh*kw kernel offsets, each a strided slice add)."""
    k, s, p, d, out = _nn_pool_args(input, kernel_size, stride, padding, 1, ceil_mode, "avg_pool2d")
    expected = input.shape[:-2] + out
    if output_grad.shape != expected:
        raise RuntimeError(f"avg_pool2d_backward: expected output_grad of size {list(expected)}, but got "
                           f"{list(output_grad.shape)}")
    g = output_grad / _nn_avg_divisor(input.shape, k, s, p, out, count_include_pad, divisor_override,
                                   output_grad.dtype)
    height, width = input.shape[-2:]
    padded = np.zeros(input.shape[:-2] + tuple(max(input.shape[-2 + i] + p[i], (out[i] - 1) * s[i] + k[i])
                                               for i in range(2)), dtype=output_grad.dtype)
    for i in range(k[0]):
        for j in range(k[1]):
            padded[..., i:i + (out[0] - 1) * s[0] + 1:s[0], j:j + (out[1] - 1) * s[1] + 1:s[1]] += g
    return np.ascontiguousarray(padded[..., p[0]:p[0] + height, p[1]:p[1] + width])
