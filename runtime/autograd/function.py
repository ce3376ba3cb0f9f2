"""User-defined differentiable operations: `class F(yamlgrad.autograd.Function)`.

`F.apply(*args)` runs `F.forward(ctx, *args)` without recording, then makes one node — an instance
of a class named `FBackward` created once per Function — that is both the `ctx` the user sees and
the graph node whose `apply` calls `F.backward(ctx, *grads)`.
"""
from __future__ import annotations

from yamlgrad.core import grad_mode
from yamlgrad.core.node import Node, edge
from yamlgrad.core.saved import save, unpack_tensor
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import is_float_dtype


class FunctionCtx(Node):
    """The ctx of a custom Function (no __slots__: users may set any attribute)."""
    _function: type = None  # set on each generated subclass
    saved_tensor_slots = ("_saved",)  # so the engine calls release(), which this class overrides
    zeros_for_unused = False  # apply() materializes them unless set_materialize_grads(False)

    def release(self) -> None:
        if getattr(self, "_saved", None):
            self._saved = None
    needs_input_grad: tuple = ()  # one bool per forward argument (not per edge, unlike Node's)

    def save_for_backward(self, *tensors) -> None:
        for t in tensors:
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(f"save_for_backward can only save tensors, but argument {tensors.index(t)} "
                                f"is of type {type(t).__name__}")
        self._saved = tuple(save(t) for t in tensors)

    @property
    def saved_tensors(self) -> tuple:
        saved = getattr(self, "_saved", ())
        if saved is None:
            unpack_tensor(None, self)  # raises the "backward through the graph a second time" error
        return tuple(unpack_tensor(s, self) if s[0] is not None else None for s in saved)

    def mark_non_differentiable(self, *tensors) -> None:
        self._non_differentiable = {id(t) for t in tensors}

    def mark_dirty(self, *tensors) -> None:
        self._dirty = {id(t) for t in tensors}

    def set_materialize_grads(self, value: bool) -> None:
        self._materialize_grads = bool(value)

    def apply(self, grads, F):
        fn = self._function
        if getattr(self, "_materialize_grads", True):
            grads = [make(_zeros(meta)) if g is None else g for g, meta in zip(grads, self._meta)]
        tensors = [g if g is None or isinstance(g, Tensor) else make(g) for g in grads]
        results = fn.backward(self, *tensors)
        if not isinstance(results, tuple):
            results = (results,)
        expected = len(self._arg_is_edge)
        if len(results) < expected or any(r is not None for r in results[expected:]):
            raise RuntimeError(f"function {self.name()} returned an incorrect number of gradients "
                               f"(expected {expected}, got {len(results)})")
        record = grad_mode.state.enabled
        out = []
        for i, (is_edge, g) in enumerate(zip(self._arg_is_edge, results)):
            if not is_edge:
                continue
            if g is not None and not isinstance(g, Tensor):
                raise RuntimeError(f"function {self.name()} returned a gradient of type {type(g).__name__} "
                                   f"for input {i}; expected a Tensor or None")
            out.append(g if g is None or record else g._data)
        return tuple(out)


def _zeros(meta):
    import numpy as np
    return np.zeros(meta[0], dtype=meta[1])


class Function:
    """Subclass with static `forward(ctx, *args)` and `backward(ctx, *grad_outputs)`; call `.apply`."""
    _backward_cls: type | None = None

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("You must implement the backward function for custom autograd.Function.")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._backward_cls = type(f"{cls.__name__}Backward", (FunctionCtx,), {"_function": cls})

    @classmethod
    def apply(cls, *args, **kwargs):
        ctx = cls._backward_cls()
        tensor_args = [a for a in args if isinstance(a, Tensor)]
        requires = grad_mode.state.enabled and any(t._requires_grad for t in tensor_args)
        ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a._requires_grad and requires for a in args)
        with grad_mode.no_grad():
            outputs = cls.forward(ctx, *args, **kwargs)
        single = not isinstance(outputs, tuple)
        outputs = (outputs,) if single else outputs
        if not requires:
            return outputs[0] if single else outputs
        ctx._arg_is_edge = tuple(isinstance(a, Tensor) for a in args)
        ctx._next = tuple(edge(a) if a._requires_grad else None for a in args if isinstance(a, Tensor))
        non_diff = getattr(ctx, "_non_differentiable", set())
        ctx._meta = tuple((o.shape, o.dtype) if isinstance(o, Tensor) else ((), None) for o in outputs)
        wrapped = []
        for i, o in enumerate(outputs):
            if not isinstance(o, Tensor):
                wrapped.append(o)
            elif id(o) in non_diff or not is_float_dtype(o.dtype):
                out = make(o._data)
                out._version = o._version
                wrapped.append(out)
            else:
                out = make(o._data, ctx, i)
                out._version = o._version  # an output that is an input keeps sharing its counter
                wrapped.append(out)
        wrapped = tuple(wrapped)
        return wrapped[0] if single else wrapped


class once_differentiable:  # noqa: N801 (torch's name)
    """Decorator for backward: run it without recording, so it cannot be differentiated again."""

    def __new__(cls, fn):
        import functools

        @functools.wraps(fn)
        def wrapper(ctx, *grads):
            with grad_mode.no_grad():
                return fn(ctx, *grads)
        return wrapper
