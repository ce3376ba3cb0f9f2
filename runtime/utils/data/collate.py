"""default_collate and default_convert: how a DataLoader turns samples into batches.

default_collate merges a list of samples into one batch, recursing into containers: tensors are
stacked along a new first dimension; NumPy arrays and scalars become tensors of their own dtype;
Python ints (and bools) become an int64 (bool) tensor and Python floats a float64 tensor, as in
torch; strings and bytes stay a list; dicts, namedtuples and sequences are collated field by field.
default_convert does the conversions without batching (DataLoader with batch_size=None).
"""
from __future__ import annotations

import collections.abc
import copy

import numpy as np

import yamlgrad.namespace as yg

__all__ = ["default_collate", "default_convert"]

_COLLATE_ERROR = "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"


def _is_numpy(x) -> bool:
    # np.str_ / np.bytes_ are NumPy scalars but collate like Python strings.
    return isinstance(x, (np.ndarray, np.generic)) and not isinstance(x, (np.str_, np.bytes_))


def _numeric_dtype(dtype) -> bool:
    """Strings, bytes and Python objects have no tensor dtype."""
    return dtype.kind not in "SUaOV"


def _is_namedtuple(x) -> bool:
    return isinstance(x, tuple) and hasattr(x, "_fields")


def _rebuild_mapping(elem, values: dict):
    """A mapping of elem's type holding `values`; a plain dict when that type cannot be built so."""
    if isinstance(elem, collections.abc.MutableMapping):
        # A copy keeps the type and any extra attributes (a defaultdict's factory, say).
        clone = copy.copy(elem)
        clone.update(values)
        return clone
    try:
        return type(elem)(values)
    except TypeError:
        return values


def _rebuild_sequence(elem, values: list):
    """A sequence of elem's type holding `values`; a list when that type cannot be built so."""
    if isinstance(elem, collections.abc.MutableSequence):
        clone = copy.copy(elem)
        try:
            clone[:] = values
            return clone
        except TypeError:
            return values
    try:
        return type(elem)(values)
    except TypeError:
        return values


def default_collate(batch):
    """Merge the list `batch` of samples (all of the same structure) into one batch."""
    elem = batch[0]
    if isinstance(elem, yg.Tensor):
        return yg.stack(list(batch), 0)
    if _is_numpy(elem):
        if not _numeric_dtype(elem.dtype):
            raise TypeError(_COLLATE_ERROR.format(elem.dtype))
        if isinstance(elem, np.ndarray):
            return default_collate([yg.as_tensor(b) for b in batch])
        # NumPy scalars: one array first, so the tensor keeps their dtype (float64 stays float64).
        return yg.as_tensor(np.asarray(batch))
    if isinstance(elem, float):
        return yg.tensor(batch, dtype=yg.float64)
    if isinstance(elem, int):
        # yg.tensor infers like torch.tensor: all ints -> int64, all bools -> bool, ints then floats -> float32.
        return yg.tensor(batch)
    if isinstance(elem, (str, bytes)):
        return batch
    if isinstance(elem, collections.abc.Mapping):
        return _rebuild_mapping(elem, {key: default_collate([d[key] for d in batch]) for key in elem})
    if _is_namedtuple(elem):
        return type(elem)(*(default_collate(list(field)) for field in zip(*batch)))
    if isinstance(elem, collections.abc.Sequence):
        size = len(elem)
        if any(len(sample) != size for sample in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        columns = [default_collate(list(column)) for column in zip(*batch)]
        # Tuples (pairs like (input, target)) come back as a list, as torch does.
        return columns if isinstance(elem, tuple) else _rebuild_sequence(elem, columns)
    raise TypeError(_COLLATE_ERROR.format(type(elem)))


def default_convert(data):
    """Turn NumPy arrays and scalars inside `data` into tensors, leaving everything else as it is."""
    if isinstance(data, yg.Tensor):
        return data
    if _is_numpy(data):
        if not _numeric_dtype(data.dtype):
            return data
        return yg.as_tensor(np.asarray(data))
    if isinstance(data, (str, bytes)):
        return data
    if isinstance(data, collections.abc.Mapping):
        return _rebuild_mapping(data, {key: default_convert(value) for key, value in data.items()})
    if _is_namedtuple(data):
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if isinstance(data, collections.abc.Sequence):
        return _rebuild_sequence(data, [default_convert(d) for d in data])
    return data
