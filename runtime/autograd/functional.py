"""Higher-level autograd functions with torch.autograd.functional's signatures and return structures.

vjp/jacobian/hessian/hvp/vhp use reverse mode (hessian and hvp/vhp through create_graph=True);
jvp uses forward mode (the registry's forward formulas).
"""
from __future__ import annotations

import numpy as np

from yamlgrad.core import grad_mode
from yamlgrad.autogen import ops
from yamlgrad.core.engine import grad as _grad
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.autograd import forward_ad


def _as_tuple(value, what: str) -> tuple[tuple, bool]:
    if isinstance(value, Tensor):
        return (value,), False
    if isinstance(value, (tuple, list)) and all(isinstance(v, Tensor) for v in value):
        return tuple(value), True
    raise TypeError(f"The {what} given to the function must be either a Tensor or a tuple of Tensors")


def _prepare(inputs: tuple, create_graph: bool) -> tuple:
    # Fresh leaves requiring grad; with create_graph keep the caller's graph through a view.
    return tuple(t.view(t.shape) if create_graph and t.requires_grad else t.detach().requires_grad_(True)
                 for t in inputs)


def _vector(v, like: tuple, where: str) -> tuple:
    """The user's v as a tuple, or ones when v is None and `like` is a single one-element Tensor."""
    if v is not None:
        return _as_tuple(v, "v")[0]
    if len(like) != 1 or like[0].numel() != 1:
        raise RuntimeError(f"The vector v can only be None if {where} a single Tensor with a single element.")
    return (make(np.ones(like[0].shape, dtype=like[0].dtype)),)


def _finish(values: tuple, was_tuple: bool):
    return values if was_tuple else values[0]


def _fill(grads, like, create_graph: bool, strict: bool, what: str):
    out = []
    for i, (g, t) in enumerate(zip(grads, like)):
        if g is None:
            if strict:
                raise RuntimeError(f"The {what} for input {i} is independent of it: strict=True forbids this")
            g = make(np.zeros(t.shape, dtype=t.dtype))
        out.append(g if create_graph else g.detach())
    return tuple(out)


def vjp(func, inputs, v=None, create_graph: bool = False, strict: bool = False):
    """(func(inputs), v^T J): the vector-Jacobian product."""
    inputs, in_tuple = _as_tuple(inputs, "inputs")
    with grad_mode.enable_grad():
        xs = _prepare(inputs, create_graph)
        outputs, out_tuple = _as_tuple(func(*xs), "outputs")
        v = _vector(v, outputs, "the user-provided function returns")
        pairs = [(o, w) for o, w in zip(outputs, v) if o.requires_grad]
        grads = _grad([o for o, _ in pairs], xs, [w for _, w in pairs], create_graph=create_graph,
                      allow_unused=True) if pairs else (None,) * len(xs)
    outs = tuple(o if create_graph else o.detach() for o in outputs)
    return _finish(outs, out_tuple), _finish(_fill(grads, xs, create_graph, strict, "vjp"), in_tuple)


def jvp(func, inputs, v=None, create_graph: bool = False, strict: bool = False):
    """(func(inputs), J v): the Jacobian-vector product, by forward-mode AD."""
    inputs, in_tuple = _as_tuple(inputs, "inputs")
    v = _vector(v, inputs, "the input to the user-provided function is")
    with forward_ad.dual_level():
        duals = [forward_ad.make_dual(x.detach(), t) for x, t in zip(inputs, v)]
        outputs, out_tuple = _as_tuple(func(*duals), "outputs")
        unpacked = [forward_ad.unpack_dual(o) for o in outputs]
    tangents = []
    for i, u in enumerate(unpacked):
        if u.tangent is None:
            if strict:
                raise RuntimeError(f"The output {i} of the user-provided function is independent of the inputs")
            tangents.append(make(np.zeros(u.primal.shape, dtype=u.primal.dtype)))
        else:
            tangents.append(u.tangent)
    primals = tuple(u.primal.detach() for u in unpacked)
    return _finish(primals, out_tuple), _finish(tuple(tangents), out_tuple)


def jacobian(func, inputs, create_graph: bool = False, strict: bool = False, vectorize: bool = False,
             strategy: str = "reverse-mode"):
    """d func / d inputs: a Tensor of shape output.shape + input.shape, nested in tuples like torch."""
    inputs, in_tuple = _as_tuple(inputs, "inputs")
    with grad_mode.enable_grad():
        xs = _prepare(inputs, create_graph)
        outputs, out_tuple = _as_tuple(func(*xs), "outputs")
        rows = []
        for o in outputs:
            per_input = [[] for _ in xs]
            for k in range(o.numel()):
                onehot = np.zeros(o.numel(), dtype=o.dtype)
                onehot[k] = 1
                grads = (_grad([o], xs, [make(onehot.reshape(o.shape))], retain_graph=True,
                               create_graph=create_graph, allow_unused=True)
                         if o.requires_grad else (None,) * len(xs))
                for j, g in enumerate(_fill(grads, xs, create_graph, strict, "jacobian")):
                    per_input[j].append(g)
            blocks = []
            for j, x in enumerate(xs):
                stacked = ops.reshape(ops.stack(per_input[j]), o.shape + x.shape) if per_input[j] else \
                    make(np.zeros(o.shape + x.shape, dtype=x.dtype))
                blocks.append(stacked if create_graph else stacked.detach())
            rows.append(_finish(tuple(blocks), in_tuple))
    return _finish(tuple(rows), out_tuple)


def hessian(func, inputs, create_graph: bool = False, strict: bool = False, vectorize: bool = False,
            outer_jacobian_strategy: str = "reverse-mode"):
    """Second derivatives of a scalar function: shape input.shape + input.shape."""
    inputs, in_tuple = _as_tuple(inputs, "inputs")

    def gradient(*xs):
        out = func(*xs)
        if not isinstance(out, Tensor) or out.numel() != 1:
            raise RuntimeError("The function given to hessian should return a single Tensor with a single element")
        grads = _grad(out, xs, create_graph=True, allow_unused=True)
        return _finish(_fill(grads, xs, True, strict, "hessian"), in_tuple)

    result = jacobian(gradient, inputs if in_tuple else inputs[0], create_graph=create_graph, strict=strict)
    return result


def vhp(func, inputs, v=None, create_graph: bool = False, strict: bool = False):
    """(func(inputs), v^T H) for a scalar function."""
    return _second_order(func, inputs, v, create_graph, strict)


def hvp(func, inputs, v=None, create_graph: bool = False, strict: bool = False):
    """(func(inputs), H v) for a scalar function (H is symmetric, so this equals v^T H)."""
    return _second_order(func, inputs, v, create_graph, strict)


def _second_order(func, inputs, v, create_graph: bool, strict: bool):
    inputs, in_tuple = _as_tuple(inputs, "inputs")
    v = _vector(v, inputs, "the input to the user-provided function is")
    with grad_mode.enable_grad():
        xs = _prepare(inputs, create_graph)
        out = func(*xs)
        if not isinstance(out, Tensor) or out.numel() != 1:
            raise RuntimeError("The function given to hvp/vhp should return a single Tensor with a single element")
        first = _fill(_grad(out, xs, create_graph=True, allow_unused=True), xs, True, strict, "hvp")
        pairs = [(g, w) for g, w in zip(first, v) if g.requires_grad]
        second = _grad([g for g, _ in pairs], xs, [w for _, w in pairs], create_graph=create_graph,
                       allow_unused=True) if pairs else (None,) * len(xs)
    return (out if create_graph else out.detach()), _finish(_fill(second, xs, create_graph, strict, "hvp"), in_tuple)
