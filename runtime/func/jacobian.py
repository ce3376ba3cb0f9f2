"""torch.func.jacrev, jacfwd and hessian.

Both Jacobians have torch's layout: for each output leaf, the structure of the differentiated
arguments, holding tensors of shape output.shape + input.shape. jacrev pulls one basis cotangent
per output element through a single trace of the function; jacfwd pushes one basis tangent per
input element through `jvp` (each a call of the function). They agree to rounding; which is
cheaper depends on whether there are fewer outputs or fewer inputs.
"""
from __future__ import annotations

import functools

import yamlgrad.namespace as yg

from yamlgrad.func import _argnums, _levels
from yamlgrad.func._pytree import tree_flatten, tree_unflatten
from yamlgrad.func._reverse import Trace, pull, split_aux
from yamlgrad.func.jvp import jvp
from yamlgrad.func.vjp import check_outputs


def _basis(t: yg.Tensor):
    """The standard basis for t's elements, each shaped like t."""
    eye = yg.eye(t.numel(), dtype=t.dtype)
    return [eye[e].reshape(t.shape) for e in range(t.numel())]


def _gather(pieces: list, out_shape: tuple, in_shape: tuple, rows: bool, dtype):
    """The Jacobian block from per-element derivatives: rows (one per output element, shaped like the
    input) for jacrev, columns (one per input element, shaped like the output) for jacfwd."""
    if not pieces:
        return yg.zeros(out_shape + in_shape, dtype=dtype)
    if rows:
        return yg.stack(pieces).reshape(out_shape + in_shape)
    return yg.stack(pieces, dim=-1).reshape(out_shape + in_shape)


def jacrev(func, argnums=0, *, has_aux: bool = False, chunk_size=None, _preallocate_and_copy: bool = False):
    """The Jacobian of `func` w.r.t. the arguments at `argnums`, by reverse mode (one pullback per
    output element; chunk_size is accepted and does not change the result)."""
    _argnums.check_argnums(argnums)
    if chunk_size is not None and not (isinstance(chunk_size, int) and chunk_size > 0):
        raise ValueError("jacrev: `chunk_size` should be greater than 0.")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        diff = _argnums.select(args, argnums)
        trace = Trace(lambda *a: func(*a, **kwargs), diff, lambda new: _argnums.replace(args, argnums, new))
        output, aux = split_aux(trace.output, has_aux, "vjp(f, *primals)")
        out_flat, out_spec = tree_flatten(output)
        check_outputs(out_flat)
        create = _levels.needs_graph(out_flat, trace.internal)
        per_output = []
        for o in out_flat:
            rows = [[] for _ in trace.inputs]
            for cotangent in _basis(o):
                for k, g in enumerate(pull([o], trace.inputs, [cotangent], create)):
                    rows[k].append(g)
            blocks = [trace.release(_gather(r, o.shape, x.shape, True, o.dtype)) for r, x in zip(rows, trace.inputs)]
            per_output.append(trace.unflatten_inputs(blocks))
        jac = tree_unflatten(per_output, out_spec)
        return (jac, trace.release(aux)) if has_aux else jac

    return wrapper


def jacfwd(func, argnums=0, has_aux: bool = False, *, randomness: str = "error"):
    """The Jacobian of `func` w.r.t. the arguments at `argnums`, by forward mode (one jvp per input
    element). randomness is accepted for torch's signature; each jvp calls `func` afresh."""
    _argnums.check_argnums(argnums)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        diff = _argnums.select(args, argnums)
        p_flat, p_spec = tree_flatten(diff)
        for p in p_flat:
            _levels.check_tensor(p)

        def flat_func(*leaves):
            result = func(*_argnums.replace(args, argnums, tree_unflatten(list(leaves), p_spec)), **kwargs)
            return result if has_aux else (result, None)

        zeros = [yg.zeros_like(p) for p in p_flat]
        columns = [[] for _ in p_flat]  # per input leaf: flat tangent outputs, one entry per element
        output = aux = None
        for k, p in enumerate(p_flat):
            for direction in _basis(p):
                tangents = tuple(direction if j == k else z for j, z in enumerate(zeros))
                output, pushed, aux = jvp(flat_func, tuple(p_flat), tangents, has_aux=True)
                columns[k].append(tree_flatten(pushed)[0])
        if output is None:  # no input has any element: the function still runs once for its output
            output, _, aux = jvp(flat_func, tuple(p_flat), tuple(zeros), has_aux=True)
        out_flat, out_spec = tree_flatten(output)
        per_output = []
        for i, o in enumerate(out_flat):
            blocks = [_gather([col[i] for col in columns[k]], o.shape, p.shape, False, o.dtype)
                      for k, p in enumerate(p_flat)]
            per_output.append(tree_unflatten(blocks, p_spec))
        jac = tree_unflatten(per_output, out_spec)
        return (jac, aux) if has_aux else jac

    return wrapper


def hessian(func, argnums=0):
    """Second derivatives of a scalar function: jacfwd of jacrev, shape input.shape + input.shape."""
    return jacfwd(jacrev(func, argnums), argnums)
