"""In-place operations (`add_`, `+=`, `x[i] = v`, ...) with torch's autograd semantics.

Without autograd (grad mode off, or nothing involved requires grad) the result is written straight
into the tensor's array. Otherwise the op runs out of place on a snapshot that carries the tensor's
history, and the tensor is rebased onto the result: its array is overwritten in place (views see
the change), its grad_fn becomes the op's node, and its version counter moves on so any node that
saved the old values refuses to run. In-place on a view rebases the view's base as torch does: the
base's grad_fn becomes a CopySlices node around the op's node (core/copy_slices.py). Either way, the
views of the tensor that are in the graph get a grad_fn that reads them out of its new history.
"""
from __future__ import annotations

import warnings
import weakref

import numpy as np

from yamlgrad.core import grad_mode, hooks
from yamlgrad.core.copy_slices import AsStridedBackward0, CopySlices, geometry, positions
from yamlgrad.core.node import edge, meta_of
from yamlgrad.core.tangents import FORWARD_AD, set_tangents
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
    root = result._base = base if base._base is None else base._base
    if result._requires_grad:
        entry = VIEWS_OF.get(id(root))
        if entry is None or entry[0]() is not root:
            key = id(root)
            entry = VIEWS_OF[key] = (weakref.ref(root, lambda _, key=key: VIEWS_OF.pop(key, None)), [])
        views = entry[1]
        if len(views) >= 16:  # drop views that died, so a long-lived base does not collect references
            views[:] = [r for r in views if r() is not None]
        views.append(weakref.ref(result))
    elif root._requires_grad and (not grad_mode.state.enabled or "_no_grad_view" in base.__dict__):
        # torch refuses an in-place change of such a view while grad mode is on (check_view_write)
        result._no_grad_view = True


def _tracked_views(base: Tensor) -> list[Tensor]:
    entry = VIEWS_OF.get(id(base))
    if entry is None or entry[0]() is not base:
        return []
    return [v for v in (r() for r in entry[1]) if v is not None]


def check_view_write(view: Tensor, base: Tensor) -> None:
    """torch's refusals of a recorded write into `view` (a view of `base`, or `base` itself)."""
    if not view._requires_grad and "_no_grad_view" in view.__dict__ and base._requires_grad:
        raise RuntimeError("A view was created in no_grad mode and is being modified inplace with grad mode "
                           "enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You "
                           "can clarify your code by moving both the view and the inplace either both inside the "
                           "no_grad block (if you don't want the inplace to be tracked) or both outside (if you "
                           "want the inplace to be tracked).")
    if base.grad_fn is None and base._requires_grad:
        raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")


def refresh_views(base: Tensor, written: Tensor | None = None) -> None:
    """After `base`'s history changed: its views in the graph (and `written`, a view that was not) read
    their values out of the new history, as torch's regenerated AsStridedBackward0 nodes do."""
    views = _tracked_views(base)
    if written is not None and written is not base and not any(v is written for v in views):
        views.append(written)
    if views:
        base_edge = edge(base)
        for view in views:
            _regenerate(view, base, base_edge)


def _regenerate(view: Tensor, base: Tensor, base_edge) -> None:
    node = AsStridedBackward0()
    node._next = (base_edge,)
    node._meta = meta_of(view._data)
    node.base_shape = base._data.shape
    node.geometry = geometry(view._data, base._data)
    node.index = None
    view.grad_fn, view._output_nr, view._requires_grad = node, 0, True


def region_of(view: Tensor, base: Tensor) -> tuple:
    """The CopySlices index of `view`'s elements in `base` (with the Ellipsis core/copy_slices.py wants)."""
    return positions(*geometry(view._data, base._data)) + (Ellipsis,)


def write_tangent(tensor: Tensor, tangent, base: Tensor | None) -> None:
    """Forward mode: `tensor` was changed in place and now has `tangent`; so does its region of `base`."""
    set_tangents((tensor,), (tangent,))
    if base is not None and tensor._fw is not None:
        new = np.zeros_like(base._data) if base._fw is None else base._fw.copy()
        new[region_of(tensor, base)] = tensor._fw
        set_tangents((base,), (new,))


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
    base = self._base
    # A view of a base with history is recorded even when nothing else requires grad: the write
    # changes the base's values (torch regenerates such a view's grad_fn, or refuses one made in no_grad).
    if not record and (base is None or not (base._requires_grad and grad_mode.state.enabled)):
        with grad_mode.no_grad():
            result = op(self, *args, **kwargs)
        _write(self, result._data, name)
        if FORWARD_AD[0] and result._fw is not None:
            write_tangent(self, result._fw, base)
        return self
    if base is not None:
        return _inplace_on_view(op, self, base, name, args, kwargs)
    if self.grad_fn is None and self._requires_grad:
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    # The op sees the old values and history through a snapshot, so what its node saves stays valid.
    snapshot = make(self._data.copy(), self.grad_fn, self._output_nr)
    if FORWARD_AD[0] and self._fw is not None:
        snapshot._fw = self._fw
    result = op(snapshot, *args, **kwargs)
    if result._data.dtype != self._data.dtype:
        result = result._cast(self._data.dtype)
    _write(self, result._data, name)
    old_fn, old_nr = self.grad_fn, self._output_nr
    self.grad_fn, self._output_nr = result.grad_fn, result._output_nr
    self._requires_grad = result._requires_grad
    if self._retains_grad:
        _follow_retain_grad(self, old_fn, old_nr)
    if FORWARD_AD[0] and result._fw is not None:
        write_tangent(self, result._fw, None)
    if id(self) in VIEWS_OF and self._requires_grad:
        refresh_views(self)
    return self


def _inplace_on_view(op, self: Tensor, base: Tensor, name: str, args, kwargs) -> Tensor:
    """torch's in-place on a view: the op runs on the view's values, and `base` (whose memory the
    view writes) gets a CopySlices node around the op's node."""
    check_view_write(self, base)
    if base._requires_grad and not self._requires_grad:
        _regenerate(self, base, edge(base))  # made before the base had history: give it the base's
    snapshot = make(self._data.copy(), self.grad_fn, self._output_nr)
    if FORWARD_AD[0] and self._fw is not None:
        snapshot._fw = self._fw
    result = op(snapshot, *args, **kwargs)
    fn = result.grad_fn
    if result._data.dtype != self._data.dtype:
        result = result._cast(self._data.dtype)
    _write(self, result._data, name)
    if result.grad_fn is not None:
        node = CopySlices()
        node.index, node.inner = region_of(self, base), None
        base_edge = edge(base) if base._requires_grad else None
        # Around the op's node when its first input is the view's old values (a composite op, or a
        # cast of the result, is not): then that node's gradient for them goes into the region.
        first = fn._next[0] if fn is result.grad_fn and fn._next else False
        old = snapshot.grad_fn if snapshot._output_nr == 0 else (snapshot.grad_fn, snapshot._output_nr)
        if first is None or (first is old if first.__class__ is not tuple else first == old):
            node.fn = fn
            node._next = (base_edge, *fn._next[1:])
        else:  # the result as a copied value
            node.fn = None
            node._next = (base_edge, edge(result))
        node._meta = meta_of(base._data)
        _rebase(base, node)
        refresh_views(base, self)
    if FORWARD_AD[0] and result._fw is not None:
        write_tangent(self, result._fw, base)
    return self


def _rebase(base: Tensor, node: CopySlices) -> None:
    old = base.grad_fn, base._output_nr
    base.grad_fn, base._output_nr, base._requires_grad = node, 0, True
    if base._retains_grad:
        _follow_retain_grad(base, *old)


def _follow_retain_grad(tensor: Tensor, old_fn, old_nr: int) -> None:
    """torch: after an in-place change, `.grad` of a tensor that retains it is the gradient of its new
    values, so retain_grad's hook moves from the old node to the new one (user hooks stay)."""
    table = getattr(old_fn, "_tensor_hooks", None)
    entries = table.get(old_nr) if table else None
    if not entries:
        return
    moved = [entry for entry in entries if isinstance(entry[1], hooks._RetainGrad)]
    entries[:] = [entry for entry in entries if not isinstance(entry[1], hooks._RetainGrad)]
    if tensor.grad_fn is not None:
        hooks.hooks_for(tensor).extend(moved)


def write_region(self: Tensor, index: tuple, inner, value) -> None:
    """Recorded `self[index] = value` for a basic `index` (holding an Ellipsis) that does not select all of
    `self`, then `inner`, an advanced index into that region (or None): torch's CopySlices."""
    base = self if self._base is None else self._base
    check_view_write(self, base)  # a leaf is refused as a view of itself: torch writes through one
    region = self._data[index]
    is_tensor = isinstance(value, Tensor)
    value_rg = is_tensor and value._requires_grad and self._data.dtype.kind in "fc"
    if value_rg:
        value = region_value(value, region.shape if inner is None else region[inner].shape, inner is None)
    try:
        if inner is None:
            region[...] = value._data if is_tensor else value
        else:
            region[inner] = value._data if is_tensor else value
    except ValueError as exc:
        raise RuntimeError(f"index_put_: {exc}") from None
    self._version[0] += 1
    if self._data.dtype.kind not in "fc":  # an integer tensor has no gradient, whatever was written
        return
    node = CopySlices()
    node.index = index if base is self else positions(*geometry(region, base._data)) + (Ellipsis,)
    node.inner, node.fn = inner, None
    node._next = (edge(base) if base._requires_grad else None, edge(value) if value_rg else None)
    node._meta = meta_of(base._data)
    _rebase(base, node)
    refresh_views(base, self)
    if FORWARD_AD[0] and (base._fw is not None or (is_tensor and value._fw is not None)):
        tangent = np.zeros_like(base._data) if base._fw is None else base._fw.copy()
        written = tangent[node.index]  # a copy when the index holds arrays: written back below
        update = 0.0 if not is_tensor or value._fw is None else value._fw
        if inner is None:
            written[...] = update
        else:
            written[inner] = update
        tangent[node.index] = written
        set_tangents((base,), (tangent,))
        if self is not base:
            set_tangents((self,), (tangent[region_of(self, base)],))


def region_value(value: Tensor, shape: tuple, expand: bool) -> Tensor:
    """The value of a recorded write into a region of `shape`, as torch's setitem shapes it: without the
    leading 1s it has beyond the region's dims (a view), and expanded to the region when copied."""
    have = value._data.shape
    lead = len(have) - len(shape)
    if lead > 0 and all(n == 1 for n in have[:lead]):
        value = value.view(have[lead:])
    if expand and value._data.shape != tuple(shape):
        value = value.expand(shape)
    return value
