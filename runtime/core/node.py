"""Graph nodes: the base class of every generated `XxxBackward0`, and AccumulateGrad for leaves.

A node holds edges to the nodes of its inputs (`next_functions`), never the reverse, so graphs
have no reference cycles and die by reference counting.

Edges are stored flat in `_next`: one entry per input, None (no gradient needed), the input's node
(output 0, the common case) or a `(node, output_nr)` pair. Every tuple a node keeps alive is
tracked by Python's cyclic GC, whose full collections scan the whole live graph; one tuple per
node instead of one per edge makes building a long graph markedly cheaper. `next_functions` gives
torch's `((node, output_nr), ...)` view. A leaf holds only a weak reference to its
AccumulateGrad, which holds the leaf strongly: while a graph is alive, every use of a leaf meets
the same AccumulateGrad, so gradients from several uses are summed before they reach `.grad`.
"""
from __future__ import annotations

import weakref

from yamlgrad.core import grad_mode
from yamlgrad.core.namespaces import F as NAMESPACES
from yamlgrad.core.tensor import Tensor, make

NO_EDGE = (None, 0)


# Output metadata `((shape, dtype),)` of single-output nodes, shared between nodes: a tuple per node
# would stay alive (and be scanned by every full GC collection) as long as the graph does.
_META: dict = {}


def meta_of(array) -> tuple:
    """The `_meta` of a node whose one output is `array`."""
    key = (array.shape, array.dtype)
    meta = _META.get(key)
    if meta is None:
        if len(_META) >= 4096:  # many distinct shapes: start over rather than grow without bound
            _META.clear()
        meta = _META[key] = (key,)
    return meta


class Node:
    # _meta: ((shape, dtype), ...) of each output, so the engine can bring gradients back to shape.
    # _tensor_hooks: hooks of this node's output tensors (set only when a hook is registered)
    __slots__ = ("_next", "_meta", "_tensor_hooks", "__weakref__")
    # Slots holding saved tensors; emptied by release() after backward unless retain_graph.
    saved_tensor_slots: tuple[str, ...] = ()
    # The engine passes zeros for the outputs nobody used (custom Functions decide for themselves:
    # ctx.set_materialize_grads).
    zeros_for_unused: bool = True

    def name(self) -> str:
        return type(self).__name__

    @property
    def next_functions(self) -> tuple:
        return tuple(NO_EDGE if e is None else e if e.__class__ is tuple else (e, 0) for e in self._next)

    @next_functions.setter
    def next_functions(self, edges) -> None:
        self._next = tuple(None if fn is None else fn if nr == 0 else (fn, nr) for fn, nr in edges)

    @property
    def needs_input_grad(self) -> tuple[bool, ...]:
        return tuple(e is not None for e in self._next)

    def release(self) -> None:
        # Python numbers saved where a Tensor was accepted (`x * 2`) stay: torch frees tensors only.
        for slot in self.saved_tensor_slots:
            saved = getattr(self, slot, None)
            if saved is not None and (saved.__class__ is list or saved[1] is not None):
                setattr(self, slot, None)

    def apply(self, grads, F):
        raise NotImplementedError

    def __call__(self, *grads):
        """Run this node's backward on Tensors (as `grad_fn(g)` does in torch)."""
        return self.apply(list(grads), NAMESPACES.recorded)

    def __repr__(self) -> str:
        return f"<{self.name()} object at {id(self):#x}>"


class AccumulateGrad(Node):
    """Sink of a leaf that requires grad; the engine adds what reaches it into `variable.grad`."""
    __slots__ = ("variable",)

    def __init__(self, variable):
        self.variable = variable
        self._next = ()
        self._meta = meta_of(variable._data)


def edge(tensor):
    """The `_next` entry a gradient for `tensor` flows into. Only for tensors that require grad."""
    fn = tensor.grad_fn
    if fn is not None:
        nr = tensor._output_nr
        return fn if nr == 0 else (fn, nr)
    ref = tensor._grad_acc
    acc = ref() if ref is not None else None
    if acc is None:
        acc = AccumulateGrad(tensor)
        tensor._grad_acc = weakref.ref(acc)
    return acc


def edge_pair(tensor) -> tuple:
    """The (node, output_nr) pair of `tensor`'s edge, as torch's `next_functions` shows it."""
    e = edge(tensor)
    return e if e.__class__ is tuple else (e, 0)


class DoubleBackwardUnsupported(Node):
    """Grad_fn of gradients computed by an op whose registry entry says `double_backward: false`."""
    __slots__ = ("op", "where")

    def apply(self, grads, F):
        raise RuntimeError(f"double backward of '{self.op}' is not supported ({self.where}: double_backward: "
                           "false); its first derivative cannot be differentiated again")


def backward_once(node, grads, op: str, where: str):
    """Run `node`'s formulas on arrays and hand back Tensors whose backward raises a clear error."""
    arrays = [g._data if isinstance(g, Tensor) else g for g in grads]
    with grad_mode.no_grad():
        outputs = node.apply(arrays, NAMESPACES.raw)
    guard = DoubleBackwardUnsupported()
    guard.op, guard.where = op, where
    guard._next = ()
    guard._meta = tuple((o.shape, o.dtype) if o is not None else ((), None) for o in outputs)
    return tuple(None if o is None else make(o, guard, i) for i, o in enumerate(outputs))
