"""User-defined differentiable operations: `class F(yamlgrad.autograd.Function)`.

`F.apply(*args)` runs `F.forward(ctx, *args)` without recording, then makes one node — an instance
of a class named `FBackward` created once per Function — that is both the `ctx` the user sees and
the graph node whose `apply` calls `F.backward(ctx, *grads)`. A Function may instead define
`forward(*args)` without ctx plus `setup_context(ctx, inputs, output)`, as torch allows.

Forward mode: when an input carries a tangent, the forward runs with tangent propagation paused
(its internal ops are not what the Function claims to compute) and `F.jvp(ctx, *tangents)` supplies
the outputs' tangents; `ctx.saved_tensors` inside jvp are those given to `ctx.save_for_forward`.
"""
from __future__ import annotations

from yamlgrad.core import grad_mode
from yamlgrad.core.node import Node, edge
from yamlgrad.core.saved import save, save_result, unpack_result_tensor, unpack_tensor
from yamlgrad.core.tangents import FORWARD_AD, set_tangents
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

    def save_for_forward(self, *tensors) -> None:
        """Keep tensors for `jvp`, where `ctx.saved_tensors` returns them."""
        for i, t in enumerate(tensors):
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(f"save_for_forward expects all arguments to be tensors or None, but argument {i} "
                                f"is of type {type(t).__name__}")
        self._saved_for_forward = tensors

    @property
    def saved_tensors(self) -> tuple:
        if getattr(self, "_in_jvp", False):
            return tuple(getattr(self, "_saved_for_forward", ()))
        saved = getattr(self, "_saved", ())
        if saved is None:
            unpack_tensor(None, self)  # raises the "backward through the graph a second time" error
        # A saved output (4-tuple from save_result) comes back with this node as its grad_fn, so a
        # backward that uses it is differentiable again (create_graph=True).
        return tuple(unpack_result_tensor(s, self) if len(s) == 4 else unpack_tensor(s, self) if s[0] is not None
                     else None for s in saved)

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

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def jvp(ctx, *grad_inputs):
        raise NotImplementedError("You must implement the jvp function for custom autograd.Function to use it "
                                  "with forward mode AD.")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._backward_cls = type(f"{cls.__name__}Backward", (FunctionCtx,), {"_function": cls})

    @classmethod
    def apply(cls, *args, **kwargs):
        ctx = cls._backward_cls()
        tensor_args = [a for a in args if isinstance(a, Tensor)]
        requires = grad_mode.state.enabled and any(t._requires_grad for t in tensor_args)
        separate_setup = cls.setup_context is not Function.setup_context
        if separate_setup and kwargs:
            args, kwargs = _bind(cls.forward, args, kwargs), {}
        ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a._requires_grad and requires for a in args)
        forward_ad = FORWARD_AD[0] and any(isinstance(a, Tensor) and a._fw is not None for a in args)
        with grad_mode.no_grad(), _tangents_paused(forward_ad):
            if separate_setup:
                outputs = cls.forward(*args, **kwargs)
                cls.setup_context(ctx, args, outputs)
            else:
                outputs = cls.forward(ctx, *args, **kwargs)
        single = not isinstance(outputs, tuple)
        outputs = (outputs,) if single else outputs
        if not requires:
            if forward_ad:
                # An input returned as is must not take the output's tangent: give it its own tensor.
                outputs = tuple(_alias(o) if any(o is a for a in args) else o for o in outputs)
                _forward_tangents(cls, ctx, args, outputs)
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
        _save_outputs_as_results(ctx, args, outputs, wrapped)
        if forward_ad:
            _forward_tangents(cls, ctx, args, wrapped)
        return wrapped[0] if single else wrapped


def _bind(forward, args, kwargs) -> tuple:
    """The forward's arguments as one positional tuple (what setup_context receives as `inputs`)."""
    import inspect
    bound = inspect.signature(forward).bind(*args, **kwargs)
    bound.apply_defaults()
    return bound.args


def _alias(o):
    if not isinstance(o, Tensor):
        return o
    out = make(o._data)
    out._version = o._version
    return out


def _save_outputs_as_results(ctx, args, outputs, wrapped) -> None:
    """Saved outputs of the forward become saved results of the node: unpacked, they are rebuilt with
    the node as grad_fn (so double backward through them is right) without the node holding them."""
    saved = getattr(ctx, "_saved", None)
    if not saved:
        return
    positions = {id(o): i for i, o in enumerate(outputs) if isinstance(o, Tensor)}
    inputs = {id(a) for a in args}
    result = []
    for s in saved:
        i = positions.get(id(s[0])) if isinstance(s[0], Tensor) and id(s[0]) not in inputs else None
        result.append(save_result(wrapped[i]) if i is not None and wrapped[i].grad_fn is ctx else s)
    ctx._saved = tuple(result)


class _tangents_paused:  # noqa: N801 (used like a function)
    """Stop tangent propagation while a custom forward runs: its jvp gives the outputs' tangents."""

    def __init__(self, active) -> None:
        self.active = bool(active)

    def __enter__(self):
        if self.active:
            self.level, FORWARD_AD[0] = FORWARD_AD[0], 0

    def __exit__(self, *exc):
        if self.active:
            FORWARD_AD[0] = self.level
        return False


def _forward_tangents(cls, ctx, args, outputs) -> None:
    """Run `cls.jvp` on the inputs' tangents (zeros for a float input without one) and attach its
    results to the outputs."""
    import numpy as np
    tangents = []
    for a in args:
        if isinstance(a, Tensor) and is_float_dtype(a.dtype):
            tangents.append(make(np.zeros_like(a._data) if a._fw is None else a._fw))
        else:
            tangents.append(None)
    ctx._in_jvp = True
    try:
        results = cls.jvp(ctx, *tangents)
    finally:
        ctx._in_jvp = False
    if not isinstance(results, tuple):
        results = (results,)
    if len(results) != len(outputs):
        raise RuntimeError(f"Function's jvp returned an invalid number of forward gradients (expected "
                           f"{len(outputs)} but got {len(results)})")
    for i, (o, t) in enumerate(zip(outputs, results)):
        if t is None or not isinstance(o, Tensor) or not is_float_dtype(o.dtype):
            continue
        if not isinstance(t, Tensor):
            raise RuntimeError(f"{cls.__name__}.jvp returned a tangent of type {type(t).__name__} for output {i}; "
                               "expected a Tensor or None")
        if t.shape != o.shape:
            raise RuntimeError("Trying to set a forward gradient that has a different size than that of the original "
                               f"Tensor, this is not supported. Tensor is of size {list(o.shape)} while the given "
                               f"forward gradient is of size {list(t.shape)}.")
        set_tangents((o,), (t._data,))


class once_differentiable:  # noqa: N801 (torch's name)
    """Decorator for backward: run it without recording, so it cannot be differentiated again."""

    def __new__(cls, fn):
        import functools

        @functools.wraps(fn)
        def wrapper(ctx, *grads):
            with grad_mode.no_grad():
                return fn(ctx, *grads)
        return wrapper
