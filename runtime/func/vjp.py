"""torch.func.vjp: the function's output and a function pulling cotangents back to the primals."""
from __future__ import annotations

import yamlgrad.namespace as yg

from yamlgrad.func._pytree import tree_flatten
from yamlgrad.func._reverse import Trace, split_aux

_API = "vjp(f, *primals)"


def check_outputs(flat) -> None:
    for leaf in flat:
        if not isinstance(leaf, yg.Tensor):
            raise RuntimeError(f"{_API}: expected f(*primals) to return only tensors, got unsupported type "
                               f"{type(leaf)}")


def vjp(func, *primals, has_aux: bool = False):
    """(output, vjp_fn) or (output, vjp_fn, aux).

    vjp_fn(cotangents) takes cotangents shaped like the output and returns a tuple with one
    gradient per primal (each shaped like its primal). It may be called several times.
    """
    trace = Trace(func, primals, lambda new: new)
    output, aux = split_aux(trace.output, has_aux, _API)
    out_flat, out_spec = tree_flatten(output)
    check_outputs(out_flat)

    def vjp_fn(cotangents):
        cot_flat, cot_spec = tree_flatten(cotangents)
        if cot_spec != out_spec:
            raise RuntimeError("Expected pytree structure of cotangents to be the same as pytree structure of "
                               f"outputs to the function. cotangents: {cot_spec}, primal output: {out_spec}")
        for i, (c, o) in enumerate(zip(cot_flat, out_flat)):
            if not isinstance(c, yg.Tensor):
                raise RuntimeError(f"{_API}: expected cotangents to be tensors, got unsupported type {type(c)}")
            if c.shape != o.shape:
                raise RuntimeError(f"Mismatch in shape: grad_output[{i}] has a shape of torch.Size({list(c.shape)}) "
                                   f"and output[{i}] has a shape of torch.Size({list(o.shape)}).")
        return trace.release(trace.unflatten_inputs(trace.pull(out_flat, cot_flat)))

    vjp_fn.trace = trace  # jacrev pulls many rows through the same trace
    vjp_fn.out_flat = out_flat
    vjp_fn.out_spec = out_spec
    released = trace.release(output)
    if has_aux:
        return released, vjp_fn, trace.release(aux)
    return released, vjp_fn
