"""Reverse-mode AD over the recorded graph.

1. Count, for every node reachable from the roots, how many gradients will flow into it.
2. Run nodes whose count has reached zero (a ready stack, so no recursion at any depth).
3. Each gradient a node returns is brought to its input's shape and dtype here, once — formulas
   never unbroadcast — and added to what that input's node has received so far.
4. Leaf gradients go to AccumulateGrad (or are captured for `autograd.grad`).

When the backward pass is not recorded, formulas run over raw arrays (F = autogen.raw); with
`create_graph=True` they run over Tensors through the registry's ops (F = autogen.ops), with grad
mode on, so the gradients themselves have a graph.
"""
from __future__ import annotations

import threading

import numpy as np

from . import grad_mode
from .kernels import sum_to_shape
from .hooks import NODE_HOOKS, run_hooks
from .node import AccumulateGrad, edge
from .autograd.anomaly_mode import check_outputs
from .tensor import ANOMALY, Tensor, make


def _as_grad_output(grad, root: Tensor, index: int, create_graph: bool):
    """The gradient fed to a root: given, or ones for a one-element root."""
    if grad is None:
        if root._data.size != 1:
            raise RuntimeError("grad can be implicitly created only for scalar outputs")
        ones = np.ones_like(root._data)
        return make(ones) if create_graph else ones
    if isinstance(grad, Tensor):
        value = grad if create_graph else grad._data
    else:
        value = make(grad) if create_graph else grad
    if tuple(value.shape) != root._data.shape:
        raise RuntimeError(f"Mismatch in shape: grad_output[{index}] has a shape of {list(value.shape)} and "
                           f"output[{index}] has a shape of {list(root._data.shape)}.")
    return value


def _reduce(grad, shape, dtype, node, index, F, create_graph):
    """Bring a returned gradient to its input's shape (sum over broadcast dims) and dtype."""
    if grad.shape != shape:
        if not create_graph:
            reduced = sum_to_shape(grad, shape)
        else:
            reduced = F.sum_to_size(grad, shape) if sum_to_shape(grad._data, shape) is not None else None
        if reduced is None:
            raise RuntimeError(f"Function {node.name()} returned an invalid gradient at index {index} - got "
                               f"{list(grad.shape)} but expected shape compatible with {list(shape)}")
        grad = reduced
    if grad.dtype != dtype:
        grad = F.to_dtype(grad, dtype)
    return grad


def _zeros(meta, create_graph):
    """The gradient of an output nobody used, for nodes with several outputs."""
    zeros = np.zeros(meta[0], dtype=meta[1])
    return make(zeros) if create_graph else zeros


def _count_dependencies(roots) -> dict:
    deps: dict = {}
    stack = list(dict.fromkeys(fn for fn, _ in roots))  # several roots may share one node
    seen = set(map(id, stack))
    while stack:
        fn = stack.pop()
        for nxt, _ in fn.next_functions:
            if nxt is None:
                continue
            deps[nxt] = deps.get(nxt, 0) + 1
            if id(nxt) not in seen:
                seen.add(id(nxt))
                stack.append(nxt)
    return deps


_ACCUMULATE = threading.Lock()


def _accumulate_into_leaf(variable: Tensor, grad, create_graph: bool) -> None:
    with _ACCUMULATE:  # two threads backpropagating through one graph must not lose updates
        _accumulate(variable, grad, create_graph)


def _accumulate(variable: Tensor, grad, create_graph: bool) -> None:
    if variable.grad is None:
        # A copy: the same array may have reached other leaves or be the caller's grad_output.
        variable.grad = grad if create_graph else make(grad.copy())
    elif create_graph or not isinstance(variable.grad, Tensor):
        variable.grad = variable.grad + (grad if create_graph else make(grad))
    else:
        data = variable.grad._data
        if data.dtype == grad.dtype and data.shape == grad.shape and data.flags.writeable:
            data += grad
        else:
            variable.grad = make(data + grad)


def run_backward(roots, grad_outputs, retain_graph: bool, create_graph: bool, capture=None,
                 accumulate: bool = True):
    """Propagate from `roots` (tensors) with `grad_outputs` (one per root, None = implicit).

    capture: optional list of edges (node, output_nr) whose incoming gradient is returned, in order
    (for autograd.grad); leaves are then not accumulated unless `accumulate`.
    """
    from .autogen import ops, raw
    F = ops if create_graph else raw
    # Hooks and custom Functions see Tensors even when the backward runs on raw arrays.
    wrap = (lambda g: g) if create_graph else make
    unwrap = (lambda g: g) if create_graph else (lambda g: g._data if isinstance(g, Tensor) else g)

    root_edges, buffers = [], {}
    for i, (root, g) in enumerate(zip(roots, grad_outputs)):
        if not root._requires_grad:
            raise RuntimeError(f"element {i} of tensors does not require grad and does not have a grad_fn")
        value = _as_grad_output(g, root, i, create_graph)
        fn, nr = edge(root)
        root_edges.append((fn, nr))
        buf = buffers.get(fn)
        if buf is None:
            buf = buffers[fn] = [None] * len(fn._meta)
        buf[nr] = value if buf[nr] is None else buf[nr] + value

    captured = {}
    if capture is not None:
        for fn, nr in capture:
            if fn is not None:
                captured[(id(fn), nr)] = None

    deps = _count_dependencies(root_edges)
    ready = [fn for fn in dict.fromkeys(fn for fn, _ in root_edges) if fn not in deps]
    release = not retain_graph
    with grad_mode.set_grad_enabled(create_graph):
        while ready:
            fn = ready.pop()
            grads = buffers.pop(fn)
            if type(fn) is AccumulateGrad:
                grad = grads[0]
                if fn.variable._hooks and grad is not None:
                    grad = run_hooks(fn.variable._hooks, grad, create_graph, wrap, unwrap)
                if captured and (id(fn), 0) in captured:
                    captured[(id(fn), 0)] = grad
                if accumulate and grad is not None:
                    _accumulate_into_leaf(fn.variable, grad, create_graph)
                continue
            if NODE_HOOKS and fn in NODE_HOOKS:
                for nr, hooks in fn._tensor_hooks.items():
                    if hooks and grads[nr] is not None:
                        grads[nr] = run_hooks(hooks, grads[nr], create_graph, wrap, unwrap)
            if captured:
                for nr, g in enumerate(grads):
                    if (id(fn), nr) in captured:
                        captured[(id(fn), nr)] = g
            next_functions = fn.next_functions
            if len(grads) == 1:
                outputs = None if grads[0] is None else fn.apply(grads, F)
            elif all(g is None for g in grads):
                outputs = None
            else:
                if any(g is None for g in grads):  # outputs nobody used count as zeros
                    grads = [_zeros(meta, create_graph) if g is None else g for g, meta in zip(grads, fn._meta)]
                outputs = fn.apply(grads, F)
            if outputs is None:
                outputs = (None,) * len(next_functions)
            else:
                if ANOMALY[0]:
                    check_outputs(fn, outputs)
                if release and fn.saved_tensor_slots:
                    fn.release()
                if len(outputs) != len(next_functions):
                    raise RuntimeError(f"Function {fn.name()} returned an incorrect number of gradients "
                                       f"(expected {len(next_functions)}, got {len(outputs)})")
            for i, ((nxt, nr), g) in enumerate(zip(next_functions, outputs)):
                if nxt is None:
                    continue
                if g is not None:
                    shape, dtype = nxt._meta[nr]
                    if g.shape != shape or g.dtype != dtype:
                        g = _reduce(g, shape, dtype, fn, i, F, create_graph)
                    buf = buffers.get(nxt)
                    if buf is None:
                        buf = buffers[nxt] = [None] * len(nxt._meta)
                    buf[nr] = g if buf[nr] is None else buf[nr] + g
                elif nxt not in buffers:
                    buffers[nxt] = [None] * len(nxt._meta)
                left = deps[nxt] - 1
                deps[nxt] = left
                if left == 0:
                    ready.append(nxt)
    if capture is None:
        return None
    return [captured.get((id(fn), nr)) if fn is not None else None for fn, nr in capture]


def _tensors(value, what: str):
    if isinstance(value, Tensor):
        return (value,)
    if value is None:
        return None
    out = tuple(value)
    for v in out:
        if not isinstance(v, Tensor) and v is not None:
            raise TypeError(f"{what} must be Tensors, got {type(v).__name__}")
    return out


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, inputs=None) -> None:
    """Accumulate d(tensors)/d(leaves) into the leaves' `.grad` (torch.autograd.backward)."""
    tensors = _tensors(tensors, "tensors")
    grad_tensors = _tensors(grad_tensors, "grad_tensors") or (None,) * len(tensors)
    if len(grad_tensors) != len(tensors):
        raise RuntimeError(f"got {len(grad_tensors)} gradients for {len(tensors)} tensors")
    if retain_graph is None:
        retain_graph = create_graph
    if inputs is None:
        run_backward(tensors, grad_tensors, retain_graph, create_graph)
        return
    inputs = _tensors(inputs, "inputs")
    if not inputs:
        raise RuntimeError("'inputs' argument to backward() cannot be empty.")
    edges = [_input_edge(t, i) for i, t in enumerate(inputs)]
    grads = run_backward(tensors, grad_tensors, retain_graph, create_graph, capture=edges, accumulate=False)
    for t, g in zip(inputs, grads):
        if g is not None:
            _accumulate_into_leaf(t, g if not isinstance(g, Tensor) or create_graph else g._data, create_graph)


def _input_edge(t: Tensor, i: int):
    if not t._requires_grad:
        raise RuntimeError(f"One of the differentiated Tensors (input {i}) does not require grad")
    return edge(t)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, allow_unused=None,
         is_grads_batched=False, materialize_grads=False):
    """Gradients of `outputs` with respect to `inputs`, returned (not accumulated into `.grad`)."""
    outputs = _tensors(outputs, "outputs")
    single = isinstance(inputs, Tensor)
    inputs = _tensors(inputs, "inputs")
    if not inputs:
        raise RuntimeError("grad requires non-empty inputs.")
    grad_outputs = _tensors(grad_outputs, "grad_outputs") or (None,) * len(outputs)
    if len(grad_outputs) != len(outputs):
        raise RuntimeError(f"grad_outputs has {len(grad_outputs)} entries for {len(outputs)} outputs")
    if retain_graph is None:
        retain_graph = create_graph
    if allow_unused is None:
        allow_unused = materialize_grads
    edges = [_input_edge(t, i) for i, t in enumerate(inputs)]
    grads = run_backward(outputs, grad_outputs, retain_graph, create_graph, capture=edges, accumulate=False)
    result = []
    for i, (t, g) in enumerate(zip(inputs, grads)):
        if g is None:
            if not allow_unused:
                raise RuntimeError("One of the differentiated Tensors appears to not have been used in the graph. "
                                   "Set allow_unused=True if this is the desired behavior.")
            if materialize_grads:
                g = make(t._data * 0)
        elif not isinstance(g, Tensor):
            g = make(g)
        result.append(g)
    return tuple(result)
