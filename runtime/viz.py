"""Pictures of the graph behind a tensor: Graphviz DOT text, and rendering when `dot` exists."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from yamlgrad.core.node import AccumulateGrad
from yamlgrad.core.tensor import Tensor


def _shape(value) -> str:
    return "(" + ", ".join(map(str, value)) + ")"


def _saved_shapes(node) -> list[str]:
    """`name: shape` for each saved tensor of a generated node (what backward will read)."""
    lines = []
    for slot in getattr(type(node), "saved_tensor_slots", ()):
        saved = getattr(node, slot, None)
        if not saved:
            continue
        value = saved[0]
        shape = getattr(value, "shape", None)
        if shape is not None:
            lines.append(f"{slot}: {_shape(shape)}")
    return lines


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(tensor: Tensor, params: dict | None = None) -> str:
    """DOT text: one box per node (name and saved shapes), one per leaf (its name from `params`)."""
    names = {id(t): name for name, t in (params or {}).items()}
    lines = ["digraph yamlgrad {", '  node [shape=box, fontname="monospace", fontsize=10];']
    ids: dict[int, str] = {}

    def node_id(obj) -> str:
        if id(obj) not in ids:
            ids[id(obj)] = f"n{len(ids)}"
        return ids[id(obj)]

    out_id = "output"
    lines.append(f"  {out_id} [label={_quote('output ' + _shape(tensor.shape))}, style=filled, fillcolor=darkolivegreen1];")
    if tensor.grad_fn is None:
        lines.append("}")
        return "\n".join(lines) + "\n"
    lines.append(f"  {node_id(tensor.grad_fn)} -> {out_id};")
    stack, seen = [tensor.grad_fn], {id(tensor.grad_fn)}
    while stack:
        fn = stack.pop()
        if isinstance(fn, AccumulateGrad):
            var = fn.variable
            label = f"{names.get(id(var), 'leaf')}\n{_shape(var.shape)}"
            lines.append(f"  {node_id(fn)} [label={_quote(label)}, style=filled, fillcolor=lightblue];")
        else:
            label = "\n".join([fn.name(), *_saved_shapes(fn)])
            lines.append(f"  {node_id(fn)} [label={_quote(label)}];")
        for nxt, _ in fn.next_functions:
            if nxt is None:
                continue
            lines.append(f"  {node_id(nxt)} -> {node_id(fn)};")
            if id(nxt) not in seen:
                seen.add(id(nxt))
                stack.append(nxt)
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(tensor: Tensor, path, params: dict | None = None) -> Path:
    """Write the graph as SVG or PNG (by `path`'s suffix) with Graphviz's `dot` program."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower() or "svg"
    if fmt not in ("svg", "png", "pdf"):
        raise ValueError(f"render: unsupported format {fmt!r} (use .svg, .png or .pdf)")
    dot = shutil.which("dot")
    if dot is None:
        raise RuntimeError("render: Graphviz's `dot` program was not found on PATH; install graphviz "
                           "(e.g. `apt-get install graphviz`) or use yamlgrad.viz.to_dot() for the DOT text")
    subprocess.run([dot, f"-T{fmt}", "-o", str(path)], input=to_dot(tensor, params), text=True, check=True)
    return path
