"""Pooling: max (with indices), average and adaptive average pooling."""
from __future__ import annotations

from numbers import Number as _nn_Number

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import is_float_dtype

__all__ = ['max_pool2d_with_indices', 'max_pool2d', 'avg_pool2d', 'adaptive_avg_pool2d']


def _nn_pool_stride(stride):
    """torch's stride=None (or []) means stride = kernel_size; the registry ops take [] for it."""
    return () if stride is None else stride


def max_pool2d_with_indices(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
                            return_indices: bool = True):
    """(output, indices): indices are flat positions h * W + w of each window's first maximum."""
    return ops.max_pool2d_with_indices(input, kernel_size, _nn_pool_stride(stride), padding, dilation,
                                       ceil_mode)


def max_pool2d(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
               return_indices: bool = False):
    """Max over each (dilated) window of (N, C, H, W) or (C, H, W); padding counts as -inf. At ties the
    gradient goes to the first maximum of the window in row-major order (as torch)."""
    output, indices = max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    return (output, indices) if return_indices else output


def avg_pool2d(input: Tensor, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
               count_include_pad: bool = True, divisor_override: int | None = None) -> Tensor:
    return ops.avg_pool2d(input, kernel_size, _nn_pool_stride(stride), padding, ceil_mode,
                          count_include_pad, divisor_override)


def _nn_adaptive_matrix(size: int, out: int, dtype) -> np.ndarray:
    """(out, size) averaging matrix of adaptive pooling: row i averages [floor(i*size/out), ceil((i+1)*size/out))."""
    i = np.arange(out)
    start = (i * size) // out
    end = -((-(i + 1) * size) // out)
    cols = np.arange(size)
    inside = (cols >= start[:, None]) & (cols < end[:, None])
    return (inside / (end - start)[:, None]).astype(dtype)


def adaptive_avg_pool2d(input: Tensor, output_size) -> Tensor:
    """Average pooling to a fixed output size (None keeps that input size). Separable: A_h @ x @ A_w.T with
    constant averaging matrices, so it is two matmuls."""
    if input.ndim not in (3, 4):
        raise RuntimeError(f"adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got {list(input.shape)}")
    if isinstance(output_size, _nn_Number):
        output_size = (output_size, output_size)
    output_size = tuple(output_size)
    if len(output_size) != 2:
        raise RuntimeError("adaptive_avg_pool2d: output_size must be 2")
    height, width = input.shape[-2:]
    oh = height if output_size[0] is None else int(output_size[0])
    ow = width if output_size[1] is None else int(output_size[1])
    if 0 in tuple(input.shape[-3:]):
        raise RuntimeError("adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions")
    dtype = input.dtype if is_float_dtype(input.dtype) else np.float32
    rows = _nn_factories.from_numpy(_nn_adaptive_matrix(height, oh, dtype))
    cols = _nn_factories.from_numpy(_nn_adaptive_matrix(width, ow, dtype).T.copy())
    return ops.matmul(ops.matmul(rows, input), cols)
