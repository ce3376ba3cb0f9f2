"""Reverse-mode AD over the recorded graph.

1. Count, for every node reachable from the roots, how many gradients will flow into it.
2. Run nodes whose count has reached zero (a ready stack, so no recursion at any depth).
3. Each gradient a node returns is brought to its input's shape and dtype here, once — formulas
   never unbroadcast — and added to what that input's node has received so far.
4. Leaf gradients go to AccumulateGrad (or are captured for `autograd.grad`).

Arrays are reused, never shared: a sum of gradients is taken in place, and a fresh leaf gradient
becomes `.grad` without a copy, only when reference counts show that the engine alone holds the
array (as torch's InputBuffer and AccumulateGrad steal gradients with a use count of one).

When the backward pass is not recorded, formulas run over raw arrays (F = autogen.raw); with
`create_graph=True` they run over Tensors through the registry's ops (F = autogen.ops), with grad
mode on, so the gradients themselves have a graph. Both namespaces are registered in
core/namespaces.py by the generated layer above.
"""
from __future__ import annotations

import sys
import warnings
import threading

import numpy as np

from yamlgrad.core import grad_mode
from yamlgrad.core.lazy import Deferred
from yamlgrad.core.hooks import NODE_HOOKS, run_hooks
from yamlgrad.core.node import AccumulateGrad, edge_pair
from yamlgrad.core.anomaly import ANOMALY, check_outputs
from yamlgrad.core.namespaces import F as NAMESPACES
from yamlgrad.core.tensor import Tensor, make

kernels = Deferred("yamlgrad.numerics.kernels", globals(), "kernels")


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
            reduced = kernels.sum_to_shape(grad, shape)
        else:
            reduced = F.sum_to_size(grad, shape) if kernels.sum_to_shape(grad._data, shape) is not None else None
        if reduced is None:
            raise RuntimeError(f"Function {node.name()} returned an invalid gradient at index {index} - got "
                               f"{list(grad.shape)} but expected shape compatible with {list(shape)}")
        grad = reduced
    if grad.dtype != dtype:
        grad = F._to_copy(grad, dtype)
    return grad


def _zeros(meta, create_graph):
    """The gradient of an output nobody used, for nodes with several outputs."""
    zeros = np.zeros(meta[0], dtype=meta[1])
    return make(zeros) if create_graph else zeros


def _count_dependencies(root_nodes) -> dict:
    """For every node reachable from the roots (other than a root no node leads to): how many
    gradients will flow into it."""
    deps: dict = {}
    roots = set(root_nodes)
    stack = list(root_nodes)
    while stack:
        for nxt in stack.pop()._next:
            if nxt is None:
                continue
            if nxt.__class__ is tuple:
                nxt = nxt[0]
            if nxt in deps:
                deps[nxt] += 1
            else:
                deps[nxt] = 1
                if nxt not in roots:
                    stack.append(nxt)
    return deps


_ACCUMULATE = threading.Lock()


def _accumulate_into_leaf(variable: Tensor, grad, create_graph: bool, owned: bool = False) -> None:
    """Add `grad` into `variable.grad`. `owned`: nobody else holds the array, so `.grad` may keep it."""
    with _ACCUMULATE:  # two threads backpropagating through one graph must not lose updates
        current = variable._grad
        if current is None:
            if create_graph:
                variable._grad = grad
            else:
                # Without ownership, copy: the array may have reached other leaves or be the caller's.
                variable._grad = make(grad if owned else grad.copy())
        elif create_graph:
            variable._grad = current + grad
        else:
            data = current._data
            if data.dtype == grad.dtype and data.shape == grad.shape and data.flags.writeable:
                data += grad
            else:
                variable._grad = make(data + grad)


def _leaf_owns(grads: list) -> bool:
    """True if the array in grads[0] is a fresh result referenced by nobody but the engine, so a
    leaf may keep it as its `.grad` without a copy (torch steals such gradients too).

    Counted references: the engine's buffer `grads`, run_backward's local `grad`, this function's
    local and getrefcount's argument. Anyone else holding it (another leaf's buffer, the caller's
    grad_output, a saved tensor, a hook) adds one; tests/test_engine.py checks both sides.
    """
    grad = grads[0]
    if sys.getrefcount(grad) > 4 or grad.__class__ is not np.ndarray:
        return False
    flags = grad.flags
    if not (flags.writeable and flags.c_contiguous):  # `.grad` is row-major, as torch's layout contract says
        return False
    base = grad.base
    # A view (a reshape, a transpose) of a fresh array that nothing else refers to is fresh too:
    # references to `base` are grad's own, this local and getrefcount's argument.
    # (The whole of it: `.grad` must not keep a larger buffer alive.)
    return base is None or (base.__class__ is np.ndarray and base.base is None and base.size == grad.size
                            and sys.getrefcount(base) <= 3)


def run_backward(roots, grad_outputs, retain_graph: bool, create_graph: bool, capture=None,
                 accumulate: bool = True):
    """Propagate from `roots` (tensors) with `grad_outputs` (one per root, None = implicit).

    capture: optional list of edges (node, output_nr) whose incoming gradient is returned, in order
    (for autograd.grad); leaves are then not accumulated unless `accumulate`.
    """
    F = NAMESPACES.recorded if create_graph else NAMESPACES.raw
    # Hooks and custom Functions see Tensors even when the backward runs on raw arrays.
    wrap = (lambda g: g) if create_graph else make
    unwrap = (lambda g: g) if create_graph else (lambda g: g._data if isinstance(g, Tensor) else g)

    root_nodes, buffers = [], {}
    for i, (root, g) in enumerate(zip(roots, grad_outputs)):
        if not root._requires_grad:
            raise RuntimeError(f"element {i} of tensors does not require grad and does not have a grad_fn")
        value = _as_grad_output(g, root, i, create_graph)
        fn, nr = edge_pair(root)
        buf = buffers.get(fn)
        if buf is None:
            buf = buffers[fn] = [None] * len(fn._meta)
            root_nodes.append(fn)
        buf[nr] = value if buf[nr] is None else buf[nr] + value

    captured = {}
    if capture is not None:
        for fn, nr in capture:
            if fn is not None:
                captured[(id(fn), nr)] = None

    deps = _count_dependencies(root_nodes)
    # A stack of (node, gradients of its outputs) ready to run: no recursion at any depth.
    ready = [(fn, buffers.pop(fn)) for fn in root_nodes if fn not in deps]
    release = not retain_graph
    hooked = NODE_HOOKS.data  # the WeakSet's own set of weak references: a cheap emptiness test
    anomaly = ANOMALY[0]  # as torch, read once per backward
    with grad_mode.set_grad_enabled(create_graph):
        while ready:
            fn, grads = ready.pop()
            if fn.__class__ is AccumulateGrad:
                grad = grads[0]
                if grad is None:
                    continue
                if fn.variable._hooks:
                    grad = run_hooks(fn.variable._hooks, grad, create_graph, wrap, unwrap)
                if captured and (id(fn), 0) in captured:
                    captured[(id(fn), 0)] = grad
                if accumulate:
                    owned = not create_graph and grad is grads[0] and not captured and _leaf_owns(grads)
                    grads = None
                    _accumulate_into_leaf(fn.variable, grad, create_graph, owned)
                continue
            if hooked and fn in NODE_HOOKS:
                for nr, hooks in fn._tensor_hooks.items():
                    if hooks and grads[nr] is not None:
                        grads[nr] = run_hooks(hooks, grads[nr], create_graph, wrap, unwrap)
            if captured:
                for nr, g in enumerate(grads):
                    if (id(fn), nr) in captured:
                        captured[(id(fn), nr)] = g
            next_nodes = fn._next
            if len(grads) == 1:
                outputs = None if grads[0] is None else fn.apply(grads, F)
            elif all(g is None for g in grads):
                outputs = None
            else:
                if fn.zeros_for_unused and any(g is None for g in grads):  # outputs nobody used count as zeros
                    grads = [_zeros(meta, create_graph) if g is None else g for g, meta in zip(grads, fn._meta)]
                outputs = fn.apply(grads, F)
            grads = None  # let the incoming gradients go before the next node runs
            if outputs is None:
                outputs = (None,) * len(next_nodes)
            else:
                if anomaly:
                    check_outputs(fn, outputs)
                if release and fn.saved_tensor_slots:
                    fn.release()
                if len(outputs) != len(next_nodes):
                    raise RuntimeError(f"Function {fn.name()} returned an incorrect number of gradients "
                                       f"(expected {len(next_nodes)}, got {len(outputs)})")
            for nxt, g in zip(next_nodes, outputs):
                if nxt is None:
                    continue
                if nxt.__class__ is tuple:
                    nxt, nr = nxt
                else:
                    nr = 0
                if g is not None:
                    meta = nxt._meta[nr]
                    if g.shape != meta[0] or g.dtype != meta[1]:
                        g = _reduce(g, meta[0], meta[1], fn, _index_of(g, outputs), F, create_graph)
                left = deps[nxt] - 1
                buf = buffers.pop(nxt, None) if buffers else None
                if buf is None:
                    if len(nxt._meta) == 1:
                        buf = [g]
                    else:
                        buf = [None] * len(nxt._meta)
                        buf[nr] = g
                elif g is not None:
                    buf[nr] = g if buf[nr] is None else _sum(buf, nr, g, create_graph, outputs)
                if left:
                    deps[nxt] = left
                    buffers[nxt] = buf
                else:
                    ready.append((nxt, buf))
            outputs = g = None
    if capture is None:
        return None
    return [captured.get((id(fn), nr)) if fn is not None else None for fn, nr in capture]


def _sum(buf: list, nr: int, g, create_graph: bool, outputs):
    """buf[nr] + g: in place when buf[nr] is an array only the buffer holds (torch's InputBuffer
    steals such gradients too), which saves an array of the input's size at each fan-in."""
    prev = buf[nr]
    # references to prev: the buffer, this local, getrefcount's argument, and the running node's
    # outputs when it came from there (x * x: both gradients arrive from one node)
    refs = 3 + sum(o is prev for o in outputs)
    if (not create_graph and prev.__class__ is np.ndarray and sys.getrefcount(prev) <= refs and prev.base is None
            and prev.flags.writeable and prev.shape == g.shape and prev.dtype == g.dtype):
        return np.add(prev, g, out=prev)
    return prev + g


def _index_of(g, outputs) -> int:
    return next(i for i, o in enumerate(outputs) if o is g)


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
    return edge_pair(t)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=None, is_grads_batched=False, materialize_grads=False):
    """Gradients of `outputs` with respect to `inputs`, returned (not accumulated into `.grad`).
    `only_inputs` is accepted for old code and ignored, as in torch (with its warning)."""
    if not only_inputs:
        warnings.warn("only_inputs argument is deprecated and is ignored now (defaults to True). To accumulate "
                      "gradient for other parts of the graph, please use torch.autograd.backward.", stacklevel=2)
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
