"""F.embedding over the registry's embedding op, with torch's padding_idx and max_norm; F.embedding_bag
reduces the rows it picks bag by bag with registry ops (scatter_add for sum and mean, gather for max)."""
from __future__ import annotations

import warnings

import numpy as np

from yamlgrad.api import factories as _nn_factories
from yamlgrad.autogen import ops
from yamlgrad.core.grad_mode import no_grad as _nn_no_grad
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.nn.functional._arguments import _nn_as_tensor
from yamlgrad.numerics.dtypes import LEGACY_TYPES

__all__ = ['embedding', 'embedding_bag']


def _renorm_(weight: Tensor, input: Tensor, max_norm: float, norm_type: float) -> None:
    """Scale the rows of `weight` that `input` picks down to norm max_norm, in place and outside the graph
    (torch's embedding_renorm_)."""
    with _nn_no_grad():
        rows = np.unique(input._data.reshape(-1))
        if rows.size and (rows.min() < 0 or rows.max() >= weight.shape[0]):
            raise IndexError("index out of range in self")
        picked = weight._data[rows]
        norms = np.linalg.norm(picked.reshape(len(rows), -1).astype(np.float64), ord=norm_type, axis=1)
        scale = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
        if np.any(norms > max_norm):
            weight[rows] = _nn_factories.from_numpy((picked * scale[:, None]).astype(weight.dtype))


def embedding(input: Tensor, weight: Tensor, padding_idx: int | None = None, max_norm: float | None = None,
              norm_type: float = 2.0, scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
    """Rows of `weight` picked by the integer `input`. padding_idx's row gets no gradient; max_norm renormalizes
    the picked rows of `weight` in place first (torch's embedding_renorm_)."""
    if padding_idx is not None:
        if padding_idx > 0:
            if padding_idx >= weight.shape[0]:
                raise AssertionError("Padding_idx must be within num_embeddings")
        elif padding_idx < 0:
            if padding_idx < -weight.shape[0]:
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx = weight.shape[0] + padding_idx
    else:
        padding_idx = -1
    input = _nn_as_tensor(input)
    if max_norm is not None:
        _renorm_(weight, input, max_norm, norm_type)
    return ops.embedding(weight, input, padding_idx, scale_grad_by_freq, sparse)


def _legacy_type(t: Tensor) -> str:
    return "torch." + LEGACY_TYPES.get(t.dtype.name, t.dtype.name)


def _check_indices(t: Tensor) -> None:
    if t.dtype.kind not in "iu":
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           f"Long, Int; but got {_legacy_type(t)} instead (while checking arguments for embedding_bag)")


def _bag_bounds(offsets: np.ndarray, length: int, include_last_offset: bool) -> tuple[np.ndarray, int]:
    """The first position of each bag and the end of the last one, after torch's checks of `offsets`."""
    if include_last_offset and offsets.size < 1:
        raise RuntimeError("include_last_offset: number of offset should be at least 1")
    if offsets.size:
        if offsets[0] != 0:
            raise RuntimeError(f"offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start "
                               f"from position 0. However, got {offsets[0]}")
        if offsets[-1] > length:
            raise RuntimeError(f"offsets[-1] can not be greater than input's length {length} but got offsets[-1] "
                               f"of {offsets[-1]}")
        drops = np.flatnonzero(np.diff(offsets) < 0)
        if drops.size:
            i = int(drops[0])
            raise RuntimeError(f"offsets has to be non-decreasing, but offsets[{i}] = {offsets[i]} is greater than "
                               f"offsets[{i + 1}] = {offsets[i + 1]}")
    if include_last_offset:
        return offsets[:-1], int(offsets[-1])
    return offsets, length


def embedding_bag(input: Tensor, weight: Tensor, offsets: Tensor | None = None, max_norm: float | None = None,
                  norm_type: float = 2, scale_grad_by_freq: bool = False, mode: str = "mean", sparse: bool = False,
                  per_sample_weights: Tensor | None = None, include_last_offset: bool = False,
                  padding_idx: int | None = None) -> Tensor:
    """Sums, means or maxima of bags of rows of `weight`, shape (bags, embedding_dim). A 2-D input is one
    bag per row; a 1-D input is cut into bags at `offsets` (with include_last_offset, offsets' last entry
    ends the last bag). Rows at padding_idx take no part (an empty bag gives zeros); per_sample_weights
    (mode 'sum' only) scale each row. Gradients reach weight (the picked rows, or each maximum's row) and
    per_sample_weights."""
    input = _nn_as_tensor(input)
    if weight.dtype == np.int64 and input.dtype.kind == "f":
        warnings.warn("Argument order of nn.functional.embedding_bag was changed. Usage `embedding_bag(weight, "
                      "input, ...)` is deprecated, and should now be `embedding_bag(input, weight, ...)`.",
                      stacklevel=2)
        weight, input = input, weight
    if per_sample_weights is not None and tuple(input.shape) != tuple(per_sample_weights.shape):
        raise ValueError(f"embedding_bag: If per_sample_weights ({per_sample_weights.shape}) is not None, then it "
                         f"must have the same shape as the input ({input.shape})")
    if weight.ndim != 2:
        raise ValueError(f"weight has to be a 2D Tensor, but got Tensor of dimension {weight.ndim}")
    if input.ndim == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             f"fixed length sequences. However, found offsets of type {type(offsets)}")
        bags, length = input.shape
        offsets = make(np.arange(bags, dtype=np.int64) * length)
        include_last_offset = False
        input = ops.reshape(input, (-1,))
        if per_sample_weights is not None:
            per_sample_weights = ops.reshape(per_sample_weights, (-1,))
    elif input.ndim == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        offsets = _nn_as_tensor(offsets)
        if offsets.ndim != 1:
            raise ValueError("offsets has to be a 1D Tensor")
    else:
        raise ValueError(f"input has to be 1D or 2D Tensor, but got Tensor of dimension {input.ndim}")
    if mode not in ("sum", "mean", "max"):
        raise ValueError("mode has to be one of sum, mean or max")
    if mode == "max" and scale_grad_by_freq:
        raise ValueError("max mode does not support scaling the gradient by the frequency")
    if mode == "max" and sparse:
        raise ValueError("max mode does not support sparse weights")
    if max_norm is not None:
        _renorm_(weight, input, max_norm, norm_type)
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError(f"embedding_bag: per_sample_weights was not None. per_sample_weights is only "
                                  f"supported for mode='sum' (got mode='{mode}'). Please open a feature request on "
                                  f"GitHub.")
    return _reduce_bags(input, weight, offsets, mode, scale_grad_by_freq, sparse, per_sample_weights,
                        include_last_offset, padding_idx)


def _reduce_bags(input, weight, offsets, mode, scale_grad_by_freq, sparse, per_sample_weights, include_last_offset,
                 padding_idx) -> Tensor:
    """embedding_bag on a 1-D input with validated arguments (torch's native embedding_bag)."""
    _check_indices(input)
    _check_indices(offsets)
    if per_sample_weights is not None and per_sample_weights.dtype != weight.dtype:
        raise RuntimeError(f"Expected tensor for argument #1 'weight' to have the same type as tensor for argument "
                           f"#1 'per_sample_weights'; but type {_legacy_type(weight)} does not equal "
                           f"{_legacy_type(per_sample_weights)} (while checking arguments for embedding_bag)")
    num_weights, dim = weight.shape
    if padding_idx is not None:
        if not -num_weights <= padding_idx < num_weights:
            raise RuntimeError(f"padding_idx must be within the number of embeddings, -{num_weights} through "
                               f"{num_weights - 1}, but got {padding_idx}")
        padding_idx %= num_weights
    indices = input._data.astype(np.int64)
    bad = np.flatnonzero((indices < 0) | (indices >= num_weights))
    if bad.size:
        raise RuntimeError(f"Index {bad[0]} of input takes value {indices[bad[0]]} which is not in the valid range "
                           f"[0, {num_weights})")
    starts, end = _bag_bounds(offsets._data.astype(np.int64), indices.size, include_last_offset)
    bags = starts.size
    zeros = _nn_factories.zeros(bags, dim, dtype=weight.dtype)
    if bags == 0:
        end = 0
    indices = indices[:end]
    bag_of = np.searchsorted(starts, np.arange(end), side="right") - 1  # the bag of each position
    counted = indices != padding_idx if padding_idx is not None else np.ones(end, dtype=bool)
    rows = ops.embedding(weight, make(indices), -1 if padding_idx is None else padding_idx, scale_grad_by_freq,
                         sparse)
    if end == 0:  # only empty bags: zeros, still in the graph of weight (its gradient is zero), as torch's
        return ops.scatter_add(zeros, 0, make(np.zeros((0, dim), dtype=np.int64)), rows)
    if mode == "max":
        return _bag_max(rows, bag_of, counted, zeros)
    coef = counted.astype(np.float64)
    if mode == "mean":
        coef /= np.maximum(np.bincount(bag_of, weights=coef, minlength=bags), 1)[bag_of]
    coef = make(coef.astype(weight.dtype))
    if per_sample_weights is not None:
        coef = ops.reshape(per_sample_weights, (-1,))[:end] * coef
    index = make(np.broadcast_to(bag_of[:, None], (end, dim)).copy())
    return ops.scatter_add(zeros, 0, index, rows * ops.reshape(coef, (-1, 1)))


def _bag_max(rows: Tensor, bag_of: np.ndarray, counted: np.ndarray, zeros: Tensor) -> Tensor:
    """Per bag and column, the largest counted row value (the first of equal ones, which takes the gradient);
    0 for a bag with no counted row. NaN wins, as in max."""
    values = np.where(counted[:, None], rows._data, -np.inf)
    best = np.full(zeros.shape, -np.inf, dtype=values.dtype)
    np.maximum.at(best, bag_of, values)
    hit = (values == best[bag_of]) | (np.isnan(values) & np.isnan(best[bag_of]))
    hit &= counted[:, None]
    end = rows.shape[0]
    first = np.full(zeros.shape, end, dtype=np.int64)
    np.minimum.at(first, bag_of, np.where(hit, np.arange(end)[:, None], end))
    found = first < end
    picked = ops.gather(rows, 0, make(np.where(found, first, 0)))
    return ops.where(make(found), picked, zeros)
