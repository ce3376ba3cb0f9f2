"""Activation checkpointing: keep only a function's inputs, recompute its insides during backward.

Built on autograd.Function, so the registry stays the only source of derivatives: the backward
re-runs `fn` with grad mode on and differentiates that fresh graph with autograd.grad.
"""
from __future__ import annotations

from yamlgrad.core import grad_mode
from yamlgrad.autograd.function import Function
from yamlgrad.core.engine import run_backward
from yamlgrad.core.node import edge_pair
from yamlgrad.core.tensor import Tensor, make


class _Checkpoint(Function):
    @staticmethod
    def forward(ctx, fn, *args):
        ctx.fn = fn
        ctx.tensor_positions = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        ctx.others = [None if isinstance(a, Tensor) else a for a in args]
        ctx.save_for_backward(*(a for a in args if isinstance(a, Tensor)))
        return fn(*args)  # Function.apply runs forward under no_grad: nothing inside is saved

    @staticmethod
    def backward(ctx, *grad_outputs):
        saved = ctx.saved_tensors
        args = list(ctx.others)
        inputs = []
        for position, t in zip(ctx.tensor_positions, saved):
            fresh = t.detach().requires_grad_(t.requires_grad)
            args[position] = fresh
            inputs.append(fresh)
        if grad_mode.is_grad_enabled():  # the engine turns grad mode on only for create_graph=True
            raise RuntimeError("checkpoint: create_graph=True (double backward) through a checkpointed function "
                               "is not supported; call the function without checkpoint for higher-order gradients")
        create_graph = False
        with grad_mode.enable_grad():
            outputs = ctx.fn(*args)
        outputs = outputs if isinstance(outputs, tuple) else (outputs,)
        pairs = [(o, g) for o, g in zip(outputs, grad_outputs) if isinstance(o, Tensor) and o.requires_grad]
        wanted = [t for t in inputs if t.requires_grad]
        # Like torch's reentrant checkpoint: leaves the function closes over (parameters) get their
        # .grad accumulated here; the gradients of the explicit inputs are captured and returned.
        grads = iter(run_backward([o for o, _ in pairs], [g for _, g in pairs], create_graph, create_graph,
                                  capture=[edge_pair(t) for t in wanted]) if pairs else [None] * len(wanted))
        result = [None] * len(ctx.others)
        for position, t in zip(ctx.tensor_positions, inputs):
            if t.requires_grad:
                g = next(grads)
                result[position] = g if g is None or isinstance(g, Tensor) else make(g)
        return (None, *result)


def checkpoint(function, *args, use_reentrant: bool = False, **kwargs):
    """`function(*args)`, without keeping its intermediate results alive between forward and backward.

    `use_reentrant` is accepted for torch compatibility; both settings recompute the same way here
    (torch's reentrant way: parameters the function closes over get their .grad accumulated during
    the recomputation). `function` must be deterministic (it runs twice). Double backward through a
    checkpoint raises a RuntimeError.
    """
    if kwargs:
        raise ValueError(f"Unexpected keyword arguments: {', '.join(kwargs)}")
    return _Checkpoint.apply(function, *args)
