"""Activation checkpointing: keep only a function's inputs, recompute its insides during backward.

Built on autograd.Function, so the registry stays the only source of derivatives: the backward
re-runs `fn` with grad mode on and differentiates that fresh graph with the engine.

Two variants, as torch's `use_reentrant`:

- reentrant (`use_reentrant=True`, and the default with a warning): the forward records nothing,
  so the result requires grad only when an explicit tensor input does; parameters the function
  closes over get their `.grad` accumulated during the recomputation.
- non-reentrant (`use_reentrant=False`): the forward runs recording, once, to find every leaf
  requiring grad the result depends on (parameters the function closes over included); that graph
  is then dropped and the leaves become inputs of the checkpoint node. So a first layer whose input
  does not require grad still trains its parameters, and `autograd.grad` w.r.t. them works.

Both restore the global generator's state for the recomputation (`preserve_rng_state=True`), so
dropout draws the same mask twice.
"""
from __future__ import annotations

import warnings

from yamlgrad.api import factories
from yamlgrad.autograd.function import Function
from yamlgrad.core import grad_mode
from yamlgrad.core.engine import run_backward
from yamlgrad.core.node import edge_pair
from yamlgrad.core.tensor import Tensor, make

DEFAULT_REENTRANT = ("torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly. Starting in "
                     "PyTorch 2.9, calling checkpoint without use_reentrant will raise an exception. "
                     "use_reentrant=False is recommended, but if you need to preserve the current default behavior, "
                     "you can pass use_reentrant=True. Refer to docs for more details on the differences between the "
                     "two variants.")
NO_INPUT_GRAD = "None of the inputs have requires_grad=True. Gradients will be None"


class _Run:
    """What the backward needs to recompute: the function, its non-tensor arguments, the generator
    state at the forward, and how many of the saved tensors are explicit inputs (the rest are leaves)."""

    def __init__(self, fn, args, kwargs, preserve_rng_state: bool) -> None:
        self.fn, self.kwargs = fn, kwargs
        self.tensor_positions = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        self.others = [None if isinstance(a, Tensor) else a for a in args]
        self.rng_state = factories.generator().bit_generator.state if preserve_rng_state else None
        self.outputs = None  # non-reentrant: the forward's results, handed over once

    def recompute(self, inputs):
        """Run the function with grad mode on; returns (its result, the fresh inputs it got)."""
        args = list(self.others)
        fresh = []
        for position, t in zip(self.tensor_positions, inputs):
            # A new leaf per input: the recomputed graph stops there instead of reaching the caller's.
            args[position] = t.detach().requires_grad_(t.requires_grad)
            fresh.append(args[position])
        rng = factories.generator().bit_generator
        current = rng.state if self.rng_state is not None else None
        try:
            if self.rng_state is not None:
                rng.state = self.rng_state
            with grad_mode.enable_grad():
                outputs = self.fn(*args, **self.kwargs)
        finally:
            if current is not None:
                rng.state = current
        return outputs, fresh


def _refuse_create_graph() -> None:
    if grad_mode.is_grad_enabled():  # the engine turns grad mode on only for create_graph=True
        raise RuntimeError("checkpoint: create_graph=True (double backward) through a checkpointed function "
                           "is not supported; call the function without checkpoint for higher-order gradients")


def _backward(run: _Run, saved, grad_outputs, n_inputs: int, accumulate: bool):
    """Gradients for the saved tensors (explicit inputs first, then leaves) from a recomputation."""
    outputs, fresh = run.recompute(saved[:n_inputs])
    outputs = outputs if isinstance(outputs, tuple) else (outputs,)
    leaves = list(saved[n_inputs:])
    pairs = [(o, g) for o, g in zip(outputs, grad_outputs) if isinstance(o, Tensor) and o.requires_grad]
    wanted = [t for t in fresh if t.requires_grad] + leaves
    grads = [None] * len(wanted)
    if pairs:
        # retain_graph: the recomputed graph dies with this call anyway, and a captured non-leaf may
        # lead into the caller's graph, whose saved tensors its own backward still needs.
        grads = run_backward([o for o, _ in pairs], [g for _, g in pairs], True, False,
                             capture=[edge_pair(t) for t in wanted], accumulate=accumulate)
    grads = iter(g if g is None or isinstance(g, Tensor) else make(g) for g in grads)
    result = [next(grads) if t.requires_grad else None for t in fresh]
    return result + [next(grads) for _ in leaves]


class _Reentrant(Function):
    @staticmethod
    def forward(ctx, run, *tensors):
        ctx.run = run
        ctx.save_for_backward(*tensors)
        args = list(run.others)
        for position, t in zip(run.tensor_positions, tensors):
            args[position] = t
        return run.fn(*args)  # Function.apply runs forward under no_grad: nothing inside is saved

    @staticmethod
    def backward(ctx, *grad_outputs):
        _refuse_create_graph()
        saved = ctx.saved_tensors
        # Leaves the function closes over (parameters) get their .grad accumulated here; the
        # gradients of the explicit inputs are captured and returned.
        return (None, *_backward(ctx.run, saved, grad_outputs, len(saved), accumulate=True))


class _NonReentrant(Function):
    @staticmethod
    def forward(ctx, run, n_inputs, *tensors):
        ctx.run, ctx.n_inputs = run, n_inputs
        ctx.save_for_backward(*tensors)
        outputs, run.outputs = run.outputs, None
        return tuple(o.detach() if isinstance(o, Tensor) else o for o in outputs)

    @staticmethod
    def backward(ctx, *grad_outputs):
        _refuse_create_graph()
        grads = _backward(ctx.run, ctx.saved_tensors, grad_outputs, ctx.n_inputs, accumulate=False)
        return (None, None, *grads)


def _leaves(outputs, own: set) -> list:
    """The leaves requiring grad that `outputs` depend on, except the tensors in `own` (by id)."""
    found, seen, stack = {}, set(), []
    for o in outputs:
        if isinstance(o, Tensor) and o.requires_grad:
            if o.grad_fn is None:
                found.setdefault(id(o), o)
            else:
                stack.append(o.grad_fn)
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        variable = getattr(node, "variable", None)
        if isinstance(variable, Tensor):
            found.setdefault(id(variable), variable)
        stack.extend(fn for fn, _ in node.next_functions)
    return [t for key, t in found.items() if key not in own]


def _non_reentrant(function, args, kwargs, preserve_rng_state: bool):
    if not grad_mode.is_grad_enabled():
        return function(*args, **kwargs)
    run = _Run(function, args, kwargs, preserve_rng_state)
    inputs = [a for a in args if isinstance(a, Tensor)]
    outputs, fresh = run.recompute(inputs)
    single = not isinstance(outputs, tuple)
    outputs = (outputs,) if single else outputs
    leaves = _leaves(outputs, {id(t) for t in fresh})
    if not leaves and not any(t.requires_grad for t in fresh):
        result = tuple(o.detach() if isinstance(o, Tensor) else o for o in outputs)
    else:
        run.outputs = outputs
        del outputs, fresh  # the recorded graph goes now: only inputs and leaves are kept
        result = _NonReentrant.apply(run, len(inputs), *inputs, *leaves)
    return result[0] if single else result


def checkpoint(function, *args, use_reentrant: bool | None = None, **kwargs):
    """`function(*args, **kwargs)`, without keeping its intermediate results alive between forward and
    backward (see the module docstring for the two variants). `function` must be deterministic
    apart from the global generator (it runs twice). Double backward through a checkpoint raises a
    RuntimeError.
    """
    preserve_rng_state = kwargs.pop("preserve_rng_state", True)
    if use_reentrant is None:
        warnings.warn(DEFAULT_REENTRANT, UserWarning, stacklevel=2)
        use_reentrant = True
    if not use_reentrant:
        return _non_reentrant(function, args, kwargs, preserve_rng_state)
    if kwargs:
        raise ValueError(f"Unexpected keyword arguments: {','.join(kwargs)}")
    if not any(isinstance(a, Tensor) and a.requires_grad for a in args):
        warnings.warn(NO_INPUT_GRAD, UserWarning, stacklevel=2)
    run = _Run(function, args, {}, preserve_rng_state)
    return _Reentrant.apply(run, *(a for a in args if isinstance(a, Tensor)))
