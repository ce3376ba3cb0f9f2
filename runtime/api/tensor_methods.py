"""Tensor methods that need the engine or the generated ops, so they cannot live in core/tensor.py.

`METHODS` names each Tensor attribute defined here; codegen reads that literal (with `ast`, no
import) into the one generated binding table, yamlgrad.autogen.bindings, which refuses a name bound
twice.
"""
from __future__ import annotations

import numpy as np

from yamlgrad.autogen import ops
from yamlgrad.core import engine, grad_mode
from yamlgrad.core.device import parse_to
from yamlgrad.core.inplace import inplace, region_value, write_region, write_tangent
from yamlgrad.core.lazy import Deferred
from yamlgrad.core.tangents import FORWARD_AD
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import as_dtype, bool_, float16, float32, float64, int32, int64

# loaded on first use, as in the generated code: the kernels are a tenth of `import yamlgrad` otherwise
kernels = Deferred("yamlgrad.numerics.kernels", globals(), "kernels")


def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None) -> None:
    """Accumulate the gradient of this tensor with respect to the graph leaves into their `.grad`."""
    engine.backward((self,), None if gradient is None else (gradient,), retain_graph, create_graph, inputs=inputs)


def to(self, *args, **kwargs) -> Tensor:
    """`to(dtype)`, `to(device)`, `to(device, dtype)`, `to(other)`, with `non_blocking=` and `copy=`, as torch.

    Only the dtype can change (every tensor is on the CPU); a GPU device fails as in a CPU-only torch.
    The result is `self` unless the dtype changes or `copy=True`.
    """
    _, dtype, copy = parse_to(args, kwargs)
    target = self._data.dtype if dtype is None else as_dtype(dtype)
    return _cast(self, target, copy)


def _cast(self, dtype, copy: bool = False) -> Tensor:
    """A copy in `dtype` (torch's `_to_copy`, node ToCopyBackward0); `self` when it already has it."""
    if self._data.dtype == dtype and not copy:
        return self
    return ops._to_copy(self, dtype)


def _float(self) -> Tensor:
    return _cast(self, float32)


def _double(self) -> Tensor:
    return _cast(self, float64)


def _half(self) -> Tensor:
    return _cast(self, float16)


def _long(self) -> Tensor:
    return _cast(self, int64)


def _int(self) -> Tensor:
    return _cast(self, int32)


def _bool(self) -> Tensor:
    return _cast(self, bool_)


def __setitem__(self, index, value) -> None:
    """`tensor[index] = value`: a direct write without autograd, else recorded as torch records it."""
    if grad_mode.state.enabled and (self._requires_grad or (isinstance(value, Tensor) and value._requires_grad)
                                    or (self._base is not None and self._base._requires_grad)):
        _setitem_recorded(self, index, value)
        return
    try:
        self._data[kernels.normalize_index(index)] = value._data if isinstance(value, Tensor) else value
    except ValueError as exc:
        raise RuntimeError(f"index_put_: {exc}") from None
    self._version[0] += 1
    if FORWARD_AD[0]:
        _setitem_tangent(self, index, value)


def _setitem_tangent(self, index, value) -> None:
    """Forward mode: the tangent of `self` after `self[index] = value` (the value's tangent, or 0, there)."""
    value_t = value._fw if isinstance(value, Tensor) else None
    if self._fw is None and value_t is None:
        return
    tangent = np.zeros_like(self._data) if self._fw is None else self._fw.copy()
    tangent[kernels.normalize_index(index)] = 0.0 if value_t is None else value_t
    write_tangent(self, tangent, self._base)


def _setitem_recorded(self, index, value) -> None:
    """torch's setitem: the basic items (ints, slices, None, ...) select a view and the value is copied
    into it (node CopySlices on the base), through index_put_ on that view when arrays are left
    (x[0, [1, 2]]); an index that selects all of the tensor writes into it directly (fill_/copy_, or
    index_put_ for arrays alone: IndexPutBackward0)."""
    split = _split_index(index, self._data.shape)
    if split is None:  # an item outside that scheme (a Python bool, a negative step): index_put_ whole
        inplace(ops.index_put, self, index, value)
    elif split[0] is not None:
        write_region(self, split[0], split[1], value)
    elif split[1] is not None:
        inplace(ops.index_put, self, index, value)
    elif isinstance(value, (int, float, bool, np.number, np.bool_)):
        inplace(ops.fill, self, value)
    else:
        if isinstance(value, Tensor) and value._requires_grad:
            value = region_value(value, self._data.shape, True)
        inplace(ops.copy, self, value)


_FULL = slice(None)


def _split_index(index, shape):
    """(basic, inner): the basic items of `index` with an Ellipsis (None when they select all of a
    tensor of `shape`) and the advanced index left for the region they select (None without arrays);
    None for an index with an item outside ints, positive-step slices, None, Ellipsis and integer or
    boolean arrays."""
    items = index if type(index) is tuple else (index,)
    parsed, consumed, ellipses = [], 0, 0
    for item in items:
        kind = type(item)
        if kind is int:
            parsed.append(item)
            consumed += 1
        elif kind is slice:
            step = item.step
            if not (step is None or (type(step) is int and step > 0)):
                return None
            parsed.append(item)
            consumed += 1
        elif item is None:
            parsed.append(None)
        elif item is Ellipsis:
            parsed.append(Ellipsis)
            ellipses += 1
        elif item is True:  # x[True] is x[None] (a mask of one True element over a new dim)
            parsed.append(None)
        elif kind is bool or isinstance(item, np.bool_):
            return None
        else:
            data = item._data if isinstance(item, Tensor) else item
            if isinstance(data, (list, np.ndarray)):
                data = np.asarray(data)
                if data.dtype.kind not in "biu":
                    return None
                if data.ndim == 0:
                    if data.dtype.kind == "b":
                        return None
                    parsed.append(int(data))
                    consumed += 1
                    continue
                parsed.append(data)
                consumed += data.ndim if data.dtype.kind == "b" else 1
            else:
                try:
                    parsed.append(item.__index__())
                except (AttributeError, TypeError):
                    return None
                consumed += 1
    if ellipses > 1 or consumed > len(shape):
        return None  # index_put reports it
    basic, inner, dim, whole, arrays = [], [], 0, True, False
    for item in parsed:
        if item is Ellipsis:
            basic.append(Ellipsis)
            inner.append(Ellipsis)
            dim += len(shape) - consumed
        elif item is None:
            basic.append(None)
            inner.append(_FULL)
            whole = False
        elif type(item) is int:
            basic.append(item)
            dim += 1
            whole = False
        elif type(item) is slice:
            basic.append(item)
            inner.append(_FULL)
            # torch writes into the tensor itself only for a slice from 0 to at least its end, step 1
            whole = whole and item.start in (None, 0) and item.step in (None, 1) and (
                item.stop is None or item.stop >= shape[dim])
            dim += 1
        else:
            n = item.ndim if item.dtype.kind == "b" else 1
            basic.extend([_FULL] * n)
            inner.append(item)
            dim += n
            arrays = True
    if whole:
        return None, (tuple(inner) if arrays else None)
    if Ellipsis not in basic:
        basic.append(Ellipsis)
    return tuple(basic), (tuple(inner) if arrays else None)


# Tensor attribute -> function of this module (casts are named `_float`, ... so that they do not
# shadow the builtins in this module)
METHODS = {
    "backward": "backward", "to": "to", "_cast": "_cast", "float": "_float", "double": "_double",
    "half": "_half", "long": "_long", "int": "_int", "bool": "_bool", "__setitem__": "__setitem__",
}
