"""Reverse mode for the func transforms: run the function on lifted inputs, then pull cotangents back.

`grad`, `vjp` and `jacrev` all start with `trace` and differ only in which cotangents they pull and
how they arrange the result.
"""
from __future__ import annotations

import yamlgrad.namespace as yg

from yamlgrad.func import _levels
from yamlgrad.func._pytree import tree_flatten, tree_unflatten


def pull(outputs, inputs, cotangents, create_graph: bool) -> list:
    """Sum over outputs of cotangent^T d output / d input, for each input (zeros where unrelated).

    retain_graph is always on: vjp_fn may be called again and jacrev calls it once per row.
    """
    pairs = [(o, c) for o, c in zip(outputs, cotangents) if o.requires_grad]
    grads = [None] * len(inputs)
    if pairs:
        _levels.note_reverse_pass()
        with yg.enable_grad():
            grads = list(yg.autograd.grad([o for o, _ in pairs], inputs, [c for _, c in pairs],
                                          retain_graph=True, create_graph=create_graph, allow_unused=True))
    return [yg.zeros_like(x) if g is None else g for g, x in zip(grads, inputs)]


class Trace:
    """The function run once on lifted copies of the differentiated inputs.

    Attributes: `inputs` (flat lifted tensors), `in_spec` (their structure), `internal` (ids of this
    transform's own leaves), `output` (what the function returned) and `create_graph` (whether
    derivatives must stay differentiable for an outer computation).
    """

    def __init__(self, func, diff, rebuild) -> None:
        flat, self.in_spec = tree_flatten(diff)
        for leaf in flat:
            _levels.check_tensor(leaf)
        with yg.enable_grad(), _levels.transform_level():
            self.inputs, self.internal, self._leaves = _levels.lift_all(flat)
            self.output = func(*rebuild(tree_unflatten(self.inputs, self.in_spec)))

    def pull(self, outputs, cotangents) -> list:
        create = _levels.needs_graph(list(outputs) + list(cotangents), self.internal)
        return pull(outputs, self.inputs, cotangents, create)

    def release(self, tree):
        """Detach whatever in `tree` no outer computation needs (tensors anywhere in a container)."""
        leaves, spec = tree_flatten(tree)
        return tree_unflatten([_levels.release(x, self.internal) for x in leaves], spec)

    def unflatten_inputs(self, values):
        return tree_unflatten(values, self.in_spec)


def split_aux(output, has_aux: bool, api: str):
    """(output, aux) of a has_aux function, with torch's error when it did not return a pair."""
    if not has_aux:
        return output, None
    if not (isinstance(output, tuple) and len(output) == 2):
        raise RuntimeError(f"{api}: output of function f should be a tuple: (output, aux) if has_aux is True")
    return output
