"""How the func transforms nest on top of yamlgrad's tape-based autograd.

Every differentiating transform works on "lifted" copies of its inputs: fresh tensors that require
grad, so the function's graph starts there. A transform running inside another one (grad(grad(f)),
jacrev(jacfwd(f)), jvp(grad(f)), ...) must hand back results that the outer transform can still
differentiate, while a transform on its own must hand back plain tensors, as torch's do.

Rather than levels of wrapped tensors, the rule used here is a property of the graph: a result keeps
its graph exactly when it depends on a tensor requiring grad that this transform did not create
(an outer transform's lifted input, a captured parameter, a user tensor with requires_grad=True).
Otherwise it is detached. Forward-mode tangents (an outer `jvp` in progress) survive this: they are
moved onto the detached result.
"""
from __future__ import annotations

import contextlib

import yamlgrad.namespace as yg
from yamlgrad.autograd import forward_ad

# How many differentiating transforms are running right now (one per nesting level).
_depth = [0]
# How many reverse passes (autograd.grad calls) the transforms have made so far. Forward-mode
# tangents do not survive a reverse pass (a backward rebuilds saved results from their arrays), so
# a forward-mode jvp whose function made one must redo its work another way (see jvp.py).
_reverse_passes = [0]


def note_reverse_pass() -> None:
    _reverse_passes[0] += 1


def reverse_passes() -> int:
    return _reverse_passes[0]


@contextlib.contextmanager
def transform_level():
    """Mark the extent of one differentiating transform's call of the user function."""
    _depth[0] += 1
    try:
        yield
    finally:
        _depth[0] -= 1


def inside_transform() -> bool:
    return _depth[0] > 0


def tangent_of(value):
    """The forward-mode tangent a tensor carries (an outer `jvp` in progress), or None."""
    if not isinstance(value, yg.Tensor) or not value.dtype.kind in "fc":
        return None
    return forward_ad.unpack_dual(value).tangent


def check_tensor(value) -> None:
    if not isinstance(value, yg.Tensor):
        raise ValueError(f"Thing passed to transform API must be Tensor, got {type(value)}")


def lift(value: yg.Tensor):
    """A stand-in for `value` that requires grad; returns (stand-in, internal leaf or None).

    A tensor that already requires grad is viewed, so gradients keep flowing to whoever owns it;
    otherwise a detached copy becomes a new leaf (the internal leaf). A tangent is carried over so
    an enclosing forward-mode transform sees through this one.
    """
    if value.requires_grad:
        return value.view(value.shape), None
    leaf = value.detach().requires_grad_(True)
    tangent = tangent_of(value)
    if tangent is not None:
        return forward_ad.make_dual(leaf, tangent), leaf
    return leaf, leaf


def lift_all(values) -> tuple[list, set, list]:
    """Lift each tensor: (stand-ins, ids of the internal leaves, the leaves themselves to keep alive)."""
    lifted, leaves = [], []
    for v in values:
        stand_in, leaf = lift(v)
        lifted.append(stand_in)
        if leaf is not None:
            leaves.append(leaf)
    return lifted, {id(x) for x in leaves}, leaves


def depends_on_outside(value, internal: set) -> bool:
    """Whether `value`'s graph reaches a leaf requiring grad other than this transform's own leaves."""
    if not isinstance(value, yg.Tensor) or not value.requires_grad:
        return False
    if value.grad_fn is None:
        return id(value) not in internal
    seen, stack = set(), [value.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        variable = getattr(node, "variable", None)
        if isinstance(variable, yg.Tensor) and id(variable) not in internal:
            return True
        stack.extend(fn for fn, _ in node.next_functions)
    return False


def release(value, internal: set):
    """A result as the caller should see it: detached from this transform's graph unless an outer
    computation still needs it (see the module docstring)."""
    if not isinstance(value, yg.Tensor) or not value.requires_grad:
        return value
    if depends_on_outside(value, internal):
        return value
    tangent = tangent_of(value)
    plain = value.detach()
    return plain if tangent is None else forward_ad.make_dual(plain, tangent)


def needs_graph(tensors, internal: set) -> bool:
    """Whether derivatives of `tensors` must themselves be differentiable (create_graph=True)."""
    return any(isinstance(t, yg.Tensor) and (depends_on_outside(t, internal) or tangent_of(t) is not None)
               for t in tensors)
