"""In-place operations (`add_`, `+=`, `x[i] = v`, ...) with torch's autograd semantics.

Without autograd (grad mode off, or nothing involved requires grad) the result is written straight
into the tensor's array. Otherwise the op runs out of place on a snapshot that carries the tensor's
history, and the tensor is rebased onto the result: its array is overwritten in place (views see
the change), its grad_fn becomes the op's node, and its version counter moves on so any node that
saved the old values refuses to run. In-place through views of a graph is refused with a clear
error rather than computing wrong gradients (torch rebases the base; yamlgrad does not).
"""
from __future__ import annotations

import warnings
import weakref

import numpy as np

from yamlgrad.core import grad_mode
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import torch_name

# id(base tensor) -> (weak ref to the base, weak refs to its views that require grad); filled by view
# ops only. Keyed by id because Tensor's `==` is elementwise (a WeakKeyDictionary would call it).
VIEWS_OF: dict[int, tuple[weakref.ref, list]] = {}


def mark_view(result: Tensor, base) -> None:
    """Called by view ops: if `result` shares `base`'s memory, it shares its version counter too."""
    if not isinstance(base, Tensor):
        return
    data, base_data = result._data, base._data
    owner = data if getattr(data, "base", None) is None else data.base
    base_owner = base_data if getattr(base_data, "base", None) is None else base_data.base
    if owner is not base_owner:
        return  # the op had to copy (e.g. reshape of a non-contiguous array, integer indexing)
    result._version = base._version
    result._base = base if base._base is None else base._base
    if result._requires_grad:
        root = result._base
        entry = VIEWS_OF.get(id(root))
        if entry is None or entry[0]() is not root:
            key = id(root)
            entry = VIEWS_OF[key] = (weakref.ref(root, lambda _, key=key: VIEWS_OF.pop(key, None)), [])
        views = entry[1]
        if len(views) >= 16:  # drop views that died, so a long-lived base does not collect references
            views[:] = [r for r in views if r() is not None]
        views.append(weakref.ref(result))


def _live_graph_views(tensor: Tensor) -> list[Tensor]:
    entry = VIEWS_OF.get(id(tensor))
    if entry is None or entry[0]() is not tensor:
        return []
    return [v for v in (r() for r in entry[1]) if v is not None and v.grad_fn is not None]


def _write(tensor: Tensor, data, name: str) -> None:
    if tuple(data.shape) != tensor._data.shape:
        raise RuntimeError(f"output with shape {list(tensor._data.shape)} doesn't match the broadcast "
                           f"shape {list(data.shape)}")
    _check_cast(data, tensor)
    try:
        np.copyto(tensor._data, data, casting="same_kind")
    except ValueError as exc:  # read-only: an expanded (broadcast) tensor
        raise RuntimeError(f"{name}: unsupported operation: the tensor's memory is read-only or several "
                           f"elements share one memory location ({exc}); clone() it first") from None
    tensor._version[0] += 1


def write_out(name: str, result: Tensor, out) -> Tensor:
    """torch's `out=` argument: the result is written into `out` (resized when its shape differs)."""
    if not isinstance(out, Tensor):
        raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type(out).__name__}")
    if result.grad_fn is not None or out._requires_grad and grad_mode.state.enabled:
        raise RuntimeError(f"{name}(): functions with out=... arguments don't support automatic differentiation, "
                           "but one of the arguments requires grad.")
    data = result._data
    if out._data.shape == data.shape:
        _write(out, data, name)  # in place: views of `out` see the new values, as in torch
        return out
    _check_cast(data, out)
    if out._data.size:
        warnings.warn(f"An output with one or more elements was resized since it had shape {list(out._data.shape)}, "
                      f"which does not match the required output shape {list(data.shape)}. This behavior is "
                      "deprecated, and in a future PyTorch release outputs will not be resized unless they have "
                      "zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero "
                      "elements with t.resize_(0).", UserWarning, stacklevel=3)
    out._data = data.astype(out._data.dtype, copy=True)
    out._version[0] += 1
    return out


def _check_cast(data, tensor: Tensor) -> None:
    if not np.can_cast(data.dtype, tensor._data.dtype, casting="same_kind"):
        have, want = data.dtype.name, tensor._data.dtype.name
        raise RuntimeError(f"result type {torch_name(have)} can't be cast to the desired output "
                           f"type {torch_name(want)}")


def inplace(op, self: Tensor, *args, **kwargs) -> Tensor:
    """Run `op(self, *args, **kwargs)` and store the result in `self`, rebasing its autograd history."""
    name = f"{op.__name__}_"
    record = grad_mode.state.enabled and (
        self._requires_grad or any(isinstance(a, Tensor) and a._requires_grad for a in args)
        or any(isinstance(v, Tensor) and v._requires_grad for v in kwargs.values()))
    if not record:
        with grad_mode.no_grad():
            result = op(self, *args, **kwargs)
        _write(self, result._data, name)
        return self
    if self.grad_fn is None and self._requires_grad:
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    if self._base is not None:
        raise RuntimeError(f"{name}: in-place operation on a view of another tensor while autograd is recording "
                           "is not supported by yamlgrad (torch would rebase the base tensor's history); "
                           "call .clone() on the view first, or use the out-of-place op")
    views = _live_graph_views(self)
    if views:
        raise RuntimeError(f"{name}: this tensor has views in the autograd graph (e.g. one created by "
                           f"{views[0].grad_fn.name()}); modifying it in place would make their gradients wrong. "
                           "clone() the tensor or the views first")
    # The op sees the old values and history through a snapshot, so what its node saves stays valid.
    snapshot = make(self._data.copy(), self.grad_fn, self._output_nr)
    result = op(snapshot, *args, **kwargs)
    if result._data.dtype != self._data.dtype:
        result = result._cast(self._data.dtype)
    _write(self, result._data, name)
    self.grad_fn, self._output_nr = result.grad_fn, result._output_nr
    self._requires_grad = result._requires_grad
    return self
