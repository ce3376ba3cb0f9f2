"""torch.func.jvp: the function's output and its Jacobian-vector product with the tangents.

The plain case runs forward-mode AD (forward_ad). yamlgrad's tangents are not differentiable and
there is one tangent per tensor, so forward mode cannot serve a jvp that something else has to
differentiate or that runs inside another transform (jacrev(jacfwd(f)), jacfwd(jacfwd(f)), a jvp
of a function closing over tensors that require grad). Nor can it serve a function that itself runs
a reverse-mode transform (jacfwd(jacrev(f)), hessian, jacfwd(jacfwd(f)) whose inner jvp is a
double vjp): tangents do not flow through a backward pass. torch.func keeps one level per transform
for this; here the forward-mode attempt notices the reverse pass and the jvp is redone with the
double-vjp identity instead:
g(u) = u^T J is linear in u, so d<g(u), v>/du = J v, computed with create_graph=True and therefore
differentiable, and carrying any outer tangent along.
"""
from __future__ import annotations

import yamlgrad.namespace as yg
from yamlgrad.autograd import forward_ad

from yamlgrad.func import _levels
from yamlgrad.func._pytree import tree_flatten, tree_unflatten
from yamlgrad.func._reverse import Trace, split_aux

_API = "jvp(f, primals, tangents)"


def _check_outputs(flat) -> None:
    for leaf in flat:
        if not isinstance(leaf, yg.Tensor):
            raise RuntimeError(f"{_API}: expected f(*primals) to return only tensors, got unsupported type "
                               f"{type(leaf)}")


def _check_arguments(primals, tangents):
    if not isinstance(primals, tuple):
        raise RuntimeError(f"{_API}: Expected primals to be a tuple. E.g. it should be valid to call f(*primals).")
    p_flat, p_spec = tree_flatten(primals)
    t_flat, t_spec = tree_flatten(tangents)
    if p_spec != t_spec:
        raise RuntimeError(f"{_API}: Expected primals and tangents to have the same python structure. For "
                           "example, if primals is a tuple of 3 tensors, tangents also must be. Got primals with "
                           f"structure {p_spec} and tangents with structure {t_spec}")
    for p, t in zip(p_flat, t_flat):
        for value, name in ((p, "primals"), (t, "tangents")):
            if not isinstance(value, yg.Tensor):
                raise RuntimeError(f"{_API}: Expected {name} to only contain Tensors, got {type(value)}")
        if p.shape != t.shape:
            raise RuntimeError("Trying to set a forward gradient that has a different size than that of the "
                               f"original Tensor, this is not supported. Tensor is of size {list(p.shape)} while "
                               f"the given forward gradient is of size {list(t.shape)}.")
    return p_flat, p_spec, t_flat


def _forward(func, p_flat, p_spec, t_flat, has_aux):
    """Forward mode; None when the result turned out to need differentiating (see the docstring)."""
    passes = _levels.reverse_passes()
    with forward_ad.dual_level(), _levels.transform_level():
        duals = [forward_ad.make_dual(p, t.to(p.dtype)) for p, t in zip(p_flat, t_flat)]
        output, aux = split_aux(func(*tree_unflatten(duals, p_spec)), has_aux, _API)
        out_flat, out_spec = tree_flatten(output)
        _check_outputs(out_flat)
        if any(o.requires_grad for o in out_flat) or _levels.reverse_passes() != passes:
            return None
        unpacked = [forward_ad.unpack_dual(o) for o in out_flat]
        aux = tree_unflatten([forward_ad.unpack_dual(a).primal if _levels.tangent_of(a) is not None else a
                              for a in tree_flatten(aux)[0]], tree_flatten(aux)[1])
    primals = [u.primal for u in unpacked]
    tangents = [yg.zeros_like(u.primal) if u.tangent is None else u.tangent for u in unpacked]
    return tree_unflatten(primals, out_spec), tree_unflatten(tangents, out_spec), aux


def _double_vjp(func, p_flat, p_spec, t_flat, has_aux):
    trace = Trace(func, tuple(p_flat), lambda new: tree_unflatten(list(new), p_spec))
    output, aux = split_aux(trace.output, has_aux, _API)
    out_flat, out_spec = tree_flatten(output)
    _check_outputs(out_flat)
    with yg.enable_grad():
        # Dummy cotangents: only the linear dependence of u^T J on them matters, not their value.
        dummies = [yg.zeros_like(o).requires_grad_(True) for o in out_flat]
        pulled = trace.pull(out_flat, dummies) if out_flat else []
        # pull() returns zeros (no graph) for inputs the outputs do not depend on: skip those.
        pairs = [(g, t.to(g.dtype)) for g, t in zip(pulled, t_flat) if g.requires_grad]
        if pairs:
            pushed = yg.autograd.grad([g for g, _ in pairs], dummies, [t for _, t in pairs],
                                      create_graph=True, allow_unused=True)
        else:
            pushed = [None] * len(dummies)
    tangents = [yg.zeros_like(o) if g is None else g for g, o in zip(pushed, out_flat)]
    return (trace.release(output), trace.release(tree_unflatten(tangents, out_spec)), trace.release(aux))


def jvp(func, primals, tangents, *, strict: bool = False, has_aux: bool = False):
    """(func(*primals), J @ tangents), or (output, jvp_out, aux) with has_aux=True."""
    # torch accepts strict and ignores it here: a tangent independent of the inputs is simply zero.
    p_flat, p_spec, t_flat = _check_arguments(primals, tangents)
    result = None
    plain = not _levels.inside_transform() and not any(
        p.requires_grad or _levels.tangent_of(p) is not None or t.requires_grad for p, t in zip(p_flat, t_flat))
    if plain:
        result = _forward(func, p_flat, p_spec, t_flat, has_aux)
    if result is None:
        result = _double_vjp(func, p_flat, p_spec, t_flat, has_aux)
    output, jvp_out, aux = result
    return (output, jvp_out, aux) if has_aux else (output, jvp_out)
