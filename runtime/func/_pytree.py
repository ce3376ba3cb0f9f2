"""Nested Python containers of tensors ("pytrees"): flatten to a list of leaves and rebuild.

The func transforms accept and return tuples, lists, dicts and namedtuples of tensors (a dict of
parameters for `grad`, a tuple of outputs for `jacrev`, ...). They work on the flat list of leaves
and put the structure back at the end. Anything that is not one of those containers is a leaf,
including None and Python numbers, so callers decide what a non-Tensor leaf means.
"""
from __future__ import annotations


class TreeSpec:
    """The shape of a nested container: its type, its dict keys (if any) and one spec per child."""
    __slots__ = ("kind", "context", "children", "num_leaves")

    def __init__(self, kind=None, context=None, children: tuple = ()) -> None:
        self.kind = kind          # None for a leaf
        self.context = context    # the keys of a dict, else None
        self.children = children
        self.num_leaves = 1 if kind is None else sum(c.num_leaves for c in children)

    def is_leaf(self) -> bool:
        return self.kind is None

    def __eq__(self, other) -> bool:
        return (isinstance(other, TreeSpec) and self.kind is other.kind and self.context == other.context
                and self.children == other.children)

    def __hash__(self) -> int:
        return hash((self.kind, len(self.children)))

    def __repr__(self) -> str:
        # The same notation as torch's pytree specs (leaves are `*`), on one line.
        if self.kind is None:
            return "*"
        return f"TreeSpec({self.kind.__name__}, {self.context}, [{', '.join(map(repr, self.children))}])"


LEAF = TreeSpec()


def _is_namedtuple(value) -> bool:
    return isinstance(value, tuple) and hasattr(type(value), "_fields")


def _children(tree):
    """(kind, context, children) of a container, or None for a leaf."""
    if _is_namedtuple(tree):
        return type(tree), None, tuple(tree)
    if type(tree) in (tuple, list):
        return type(tree), None, tuple(tree)
    if isinstance(tree, dict):
        keys = list(tree.keys())
        return type(tree), keys, tuple(tree[k] for k in keys)
    return None


def tree_flatten(tree) -> tuple[list, TreeSpec]:
    """The leaves of `tree` in order, and the spec that `tree_unflatten` rebuilds it from."""
    leaves: list = []

    def walk(node) -> TreeSpec:
        parts = _children(node)
        if parts is None:
            leaves.append(node)
            return LEAF
        kind, context, kids = parts
        return TreeSpec(kind, context, tuple(walk(k) for k in kids))

    spec = walk(tree)
    return leaves, spec


def tree_unflatten(leaves, spec: TreeSpec):
    """Rebuild the container described by `spec` around `leaves` (in flattening order)."""
    it = iter(leaves)

    def build(s: TreeSpec):
        if s.kind is None:
            return next(it)
        values = [build(c) for c in s.children]
        if s.context is not None:
            return s.kind(zip(s.context, values))
        if s.kind is tuple or s.kind is list:
            return s.kind(values)
        return s.kind(*values)  # a namedtuple

    return build(spec)


def tree_map(fn, tree):
    leaves, spec = tree_flatten(tree)
    return tree_unflatten([fn(x) for x in leaves], spec)


def broadcast_prefix(prefix, tree) -> list | None:
    """One value of `prefix` per leaf of `tree`, or None when `prefix` does not fit `tree`.

    `prefix` is a container matching the top of `tree` whose leaves stand for whole subtrees
    (vmap's in_dims/out_dims): `(0, None)` against `(x, {"a": y, "b": z})` gives `[0, None, None]`.
    """
    parts = _children(prefix)
    if parts is None:
        return [prefix] * tree_flatten(tree)[1].num_leaves
    tree_parts = _children(tree)
    if tree_parts is None:
        return None
    kind, context, kids = parts
    tkind, tcontext, tkids = tree_parts
    same_kind = kind is tkind or ({kind, tkind} <= {tuple, list}) or (
        issubclass(kind, dict) and issubclass(tkind, dict))
    if not same_kind or len(kids) != len(tkids):
        return None
    if context is not None:
        if set(context) != set(tcontext):
            return None
        kids = tuple(prefix[k] for k in tcontext)
    out: list = []
    for p, t in zip(kids, tkids):
        sub = broadcast_prefix(p, t)
        if sub is None:
            return None
        out.extend(sub)
    return out
