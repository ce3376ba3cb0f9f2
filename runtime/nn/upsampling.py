"""F.interpolate and the Upsample / UpsamplingNearest2d / UpsamplingBilinear2d modules (torch.nn names,
arguments and defaults) for the modes nearest, nearest-exact, linear (3-D input), bilinear (4-D input)
and area (4-D input).

Resizing is separable, one spatial dim at a time. The nearest modes pick source positions
(index_select, whose gradient scatter-adds back); linear and bilinear multiply by a constant (out, in)
interpolation matrix holding each output's two weights (matmul, whose gradient is the transpose). Source
positions and weights are computed the way torch's kernels compute them, in the input's floating dtype,
so the values agree with torch's to rounding.
"""
from __future__ import annotations

import math

import numpy as np

import yamlgrad.namespace as yg
from yamlgrad.nn.functional._pooling import adaptive_avg_pool2d
from yamlgrad.nn.module import Module

__all__ = ["interpolate", "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d"]

_MODES = ("nearest", "nearest-exact", "linear", "bilinear", "bicubic", "trilinear", "area")
_INTERPOLATING = ("linear", "bilinear", "bicubic", "trilinear")
_NEEDED_DIMS = {"linear": 3, "bilinear": 4, "trilinear": 5, "bicubic": 4}


def _scale(in_size: int, out_size: int, align_corners: bool, scale: float | None, dtype) -> np.floating:
    """Source step per output position: (in - 1) / (out - 1) with aligned corners; else 1 / scale_factor when
    a scale factor was given, in / out otherwise."""
    if align_corners:
        return dtype(in_size - 1) / dtype(out_size - 1) if out_size > 1 else dtype(0)
    return dtype(1.0 / scale) if scale is not None and scale > 0 else dtype(in_size) / dtype(out_size)


def _nearest_index(in_size: int, out_size: int, scale: float | None, exact: bool) -> np.ndarray:
    """The source position of each output position: floor(i * step) ('nearest', which torch evaluates in
    float32) or floor((i + 0.5) * step) ('nearest-exact'), clamped to the input."""
    step = _scale(in_size, out_size, False, scale, np.float32)
    positions = np.arange(out_size, dtype=np.float32)
    if exact:
        positions = positions + np.float32(0.5)
    return np.minimum(np.floor(positions * step).astype(np.int64), in_size - 1)


def _linear_matrix(in_size: int, out_size: int, align_corners: bool, scale: float | None, dtype) -> np.ndarray:
    """(out, in) matrix of linear interpolation: each row holds the weights (1 - l, l) of the two source
    positions around the output's source coordinate (clamped at 0 from below when corners are not aligned)."""
    dtype = np.dtype(dtype).type
    step = _scale(in_size, out_size, align_corners, scale, dtype)
    i = np.arange(out_size).astype(dtype)
    if align_corners:
        source = step * i
    else:
        source = np.maximum(step * (i + dtype(0.5)) - dtype(0.5), dtype(0))
    low = source.astype(np.int64)  # source >= 0, so truncation is the floor
    high = low + (low < in_size - 1)
    weight_high = (source - low.astype(dtype)).astype(dtype)
    weight_low = (dtype(1) - weight_high).astype(dtype)
    matrix = np.zeros((out_size, in_size), dtype=dtype)
    rows = np.arange(out_size)
    np.add.at(matrix, (rows, low), weight_low)
    np.add.at(matrix, (rows, high), weight_high)  # at the last source position both weights land on it
    return matrix


def _resize_dim(x, dim: int, out_size: int, mode: str, align_corners: bool, scale: float | None):
    in_size = x.shape[dim]
    if mode in ("nearest", "nearest-exact"):
        index = _nearest_index(in_size, out_size, scale, mode == "nearest-exact")
        return yg.index_select(x, dim, yg.from_numpy(index))
    matrix = yg.from_numpy(_linear_matrix(in_size, out_size, align_corners, scale, x.dtype))
    # contract the resized dim against the matrix's columns, keeping the other dims in place
    moved = x.movedim(dim, -1)
    return yg.matmul(moved, matrix.T).movedim(-1, dim)


def _spatial_pairs(input, size, scale_factor, dims: int):
    """(sizes, scale factors) per spatial dim, validated as torch validates them."""
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        if isinstance(size, (list, tuple)):
            if len(size) != dims:
                raise ValueError("Input and output must have the same number of spatial dimensions, but got input "
                                 f"with spatial dimensions of {list(input.shape[2:])} and output size of {size}. "
                                 "Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in "
                                 "(o1, o2, ...,oK) format.")
            if not all(isinstance(s, (int, np.integer)) for s in size):
                raise TypeError("expected size to be one of int or Tuple[int] or Tuple[int, int] or "
                                f"Tuple[int, int, int], but got size with types {[type(s) for s in size]}")
            return [int(s) for s in size], None
        return [int(size)] * dims, None
    if scale_factor is not None:
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dims:
                raise ValueError("Input and scale_factor must have the same number of spatial dimensions, but got "
                                 f"input with spatial dimensions of {list(input.shape[2:])} and scale_factor of "
                                 f"shape {scale_factor}. Please provide input tensor in (N, C, d1, d2, ...,dK) "
                                 "format and scale_factor in (s1, s2, ...,sK) format.")
            return None, [float(s) for s in scale_factor]
        return None, [float(scale_factor)] * dims
    raise ValueError("either size or scale_factor should be defined")


def interpolate(input, size=None, scale_factor=None, mode: str = "nearest", align_corners: bool | None = None,
                recompute_scale_factor: bool | None = None, antialias: bool = False):
    """Resize the spatial dims of (N, C, L) or (N, C, H, W) to `size`, or by `scale_factor` (output size
    floor(in * scale_factor); the factor itself sets the source step unless recompute_scale_factor)."""
    if mode not in _MODES:
        raise NotImplementedError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.ndim}D) "
                                  f"for the modes: nearest | linear | bilinear | bicubic | trilinear | area | "
                                  f"nearest-exact (got {mode})")
    if mode in _INTERPOLATING:
        align_corners = False if align_corners is None else align_corners
    elif align_corners is not None:
        raise ValueError("align_corners option can only be set with the interpolating modes: "
                         "linear | bilinear | bicubic | trilinear")
    dims = input.ndim - 2
    if dims < 1:
        raise NotImplementedError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.ndim}D) "
                                  f"for the modes: nearest | linear | bilinear | bicubic | trilinear | area | "
                                  f"nearest-exact (got {mode})")
    sizes, scales = _spatial_pairs(input, size, scale_factor, dims)
    if recompute_scale_factor and size is not None:
        raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
    if antialias and not (mode in ("bilinear", "bicubic") and input.ndim == 4):
        raise ValueError("Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a "
                         "4-D tensor as input")
    if sizes is None:
        sizes = [int(math.floor(float(input.shape[2 + i]) * scales[i])) for i in range(dims)]
        if recompute_scale_factor or mode == "area":
            scales = None  # the step then comes from the integer sizes, as torch recomputes it
    if scales is None:
        scales = [None] * dims
    needed = _NEEDED_DIMS.get(mode)
    if needed is not None and input.ndim != needed:
        raise NotImplementedError(f"Got {input.ndim}D input, but {mode} mode needs {needed}D input")
    if antialias or mode in ("bicubic", "trilinear") or dims > 2 or (mode == "area" and dims != 2):
        raise NotImplementedError(f"interpolate: mode {mode!r} (antialias={antialias}) for {input.ndim}D input is "
                                  "not implemented")
    if any(s <= 0 for s in sizes):
        raise RuntimeError(f"Input and output sizes should be greater than 0, but got input "
                           f"({', '.join(map(str, input.shape[2:]))}) and output ({', '.join(map(str, sizes))})")
    if mode == "area":
        return adaptive_avg_pool2d(input, tuple(sizes))
    out = input
    for i in range(dims):
        out = _resize_dim(out, 2 + i, sizes[i], mode, align_corners, scales[i])
    return out


class Upsample(Module):
    """Module form of interpolate (torch.nn.Upsample)."""

    def __init__(self, size=None, scale_factor=None, mode: str = "nearest", align_corners: bool | None = None,
                 recompute_scale_factor: bool | None = None) -> None:
        super().__init__()
        self.name = type(self).__name__
        self.size = size
        if isinstance(scale_factor, tuple):
            self.scale_factor = tuple(float(f) for f in scale_factor)
        else:
            self.scale_factor = float(scale_factor) if scale_factor else None
        self.mode, self.align_corners = mode, align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def forward(self, input):
        return interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                           recompute_scale_factor=self.recompute_scale_factor)

    def extra_repr(self) -> str:
        info = f"scale_factor={self.scale_factor!r}" if self.scale_factor is not None else f"size={self.size!r}"
        return info + f", mode={self.mode!r}"


class UpsamplingNearest2d(Upsample):
    """Nearest-neighbour upsampling of (N, C, H, W) (torch.nn.UpsamplingNearest2d)."""

    def __init__(self, size=None, scale_factor=None) -> None:
        super().__init__(size, scale_factor, mode="nearest")


class UpsamplingBilinear2d(Upsample):
    """Bilinear upsampling of (N, C, H, W) with aligned corners (torch.nn.UpsamplingBilinear2d)."""

    def __init__(self, size=None, scale_factor=None) -> None:
        super().__init__(size, scale_factor, mode="bilinear", align_corners=True)
