"""Tensor hooks: `register_hook` / `retain_grad`, and the handles that remove them.

A leaf keeps its hooks on the tensor (run before AccumulateGrad adds into `.grad`). A non-leaf's
hooks belong to the (grad_fn, output_nr) its gradient arrives at, so they live on that node; a weak
set marks the nodes that have any, so a graph with no hooks costs the engine one truthiness check
per node, and a hook that refers to its own tensor makes an ordinary, collectable cycle.
"""
from __future__ import annotations

import itertools
import weakref

# Nodes whose `_tensor_hooks` ({output_nr: [(key, fn)]}, fn a user hook or a _RetainGrad) is set.
NODE_HOOKS: "weakref.WeakSet" = weakref.WeakSet()
_keys = itertools.count()


class RemovableHandle:
    def __init__(self, hooks: list, key: int):
        self._hooks = hooks
        self.id = key

    def remove(self) -> None:
        self._hooks[:] = [(k, fn) for k, fn in self._hooks if k != self.id]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


class _RetainGrad:
    """Stores the gradient arriving at a non-leaf into its `.grad` (accumulating, as torch does)."""

    def __init__(self, tensor):
        self.tensor = weakref.ref(tensor)  # the node's table must not keep the tensor alive


def hooks_for(tensor) -> list:
    """The mutable hook list that applies to `tensor`'s gradient."""
    if tensor.grad_fn is None:
        if tensor._hooks is None:
            tensor._hooks = []
        return tensor._hooks
    node = tensor.grad_fn
    table = getattr(node, "_tensor_hooks", None)
    if table is None:
        table = node._tensor_hooks = {}
        NODE_HOOKS.add(node)
    return table.setdefault(tensor._output_nr, [])


def register_hook(tensor, fn) -> RemovableHandle:
    if not tensor._requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    hooks = hooks_for(tensor)
    key = next(_keys)
    # retain_grad's hook stays last, so `.grad` sees what the user hooks returned (torch >= 2.0)
    at = next((i for i, (_, h) in enumerate(hooks) if isinstance(h, _RetainGrad)), len(hooks))
    hooks.insert(at, (key, fn))
    return RemovableHandle(hooks, key)


def retain_grad(tensor) -> None:
    if not tensor._requires_grad:
        raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
    if tensor.grad_fn is None or tensor._retains_grad:
        return  # leaves keep their gradient anyway
    tensor._retains_grad = True
    hooks_for(tensor).append((next(_keys), _RetainGrad(tensor)))


def run_hooks(hooks: list, grad, create_graph: bool, wrap, unwrap):
    """Apply hooks in registration order; each may return a replacement gradient."""
    for _, fn in list(hooks):
        if isinstance(fn, _RetainGrad):
            tensor = fn.tensor()
            if tensor is not None:
                value = wrap(grad)
                if tensor._grad is None:
                    tensor._grad = value if create_graph else wrap(unwrap(value).copy())
                else:
                    tensor._grad = tensor._grad + value
            continue
        out = fn(wrap(grad))
        if out is not None:
            grad = out if create_graph else unwrap(out)
    return grad
