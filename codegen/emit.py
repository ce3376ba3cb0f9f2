"""Render checked ops through the Jinja2 templates (every output file in memory first).

write.py writes them all-or-nothing, touching only files codegen itself wrote.
"""
from __future__ import annotations

import ast

from pathlib import Path

import jinja2

from . import bindings, names, stubs
from .model import Op
from .signature import Arg

HEADER = "# Generated from {source} by yamlgrad.codegen — do not edit.\n"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined, autoescape=False,
    )
    env.filters["add_suffix"] = lambda text, suffix: f"{text}{suffix}"
    env.filters["add_prefix"] = lambda text, prefix: f"{prefix}{text}"
    env.filters["pyrepr"] = _pyrepr
    env.filters["pytuple"] = _pytuple
    env.filters["doc"] = _doc
    return env


def _doc(text) -> str:
    """Registry text made inert inside a generated docstring: no quote or backslash can end it."""
    return str(text).replace("\\", "\\\\").replace('"', '\\"')


def _safe_name(name: str) -> str:
    """A file name for the generated header comment: printable, one line."""
    return "".join(c if c.isprintable() else "?" for c in name)


def _pyrepr(value) -> str:
    """repr, except that inf and nan become expressions valid in the generated module."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f'float("{value}")'
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_pyrepr(k)}: {_pyrepr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_pyrepr(v) for v in value) + "]"
    if isinstance(value, tuple):
        return _pytuple([_pyrepr(v) for v in value]) if value else "()"
    return repr(value)


def _pytuple(items) -> str:
    """Source text of a tuple display: `(a,)`, `(a, b)`, `()`."""
    items = list(items)
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


# ---- per-op render context ------------------------------------------------------------------------

def pub(name: str) -> str:
    """The Python name of a registry input in the forward wrapper: torch's functions call the tensor
    the registry (like native_functions.yaml) names `self` `input`, as torchgen's Python bindings do.
    Node slots and formulas keep the registry's names."""
    return "input" if name == "self" else name


def _param(arg: Arg, public: bool) -> str:
    name = pub(arg.name) if public else arg.name
    return f"{name}={_pyrepr(arg.default)}" if arg.has_default else name


def _params(op: Op, varargs: bool, out: bool = False, public: bool = True) -> str:
    """The wrapper's parameters (torch's names when `public`, the registry's for raw functions);
    `out`: torch's keyword-only `out=` (a name no input may take)."""
    parts, star = [], False
    for arg in op.sig.args:
        if arg.kw_only and not star:
            parts.append("*")
            star = True
        parts.append(_param(arg, public))
        if varargs and arg is _varargs_arg(op):
            parts.append("*more")
            star = True
    if out:
        parts += ([] if star else ["*"]) + ["out=None"]
    return ", ".join(parts)


def _varargs_arg(op: Op) -> Arg | None:
    """torch lets `x.reshape(2, 3)` stand for `x.reshape((2, 3))`: the one int[] after self, no default."""
    positional = [a for a in op.sig.args if not a.kw_only]
    if len(positional) == 2 and positional[0].is_tensor and positional[1].base == "int" and \
            positional[1].is_list and not positional[1].has_default:
        return positional[1]
    return None


def _normalize_lines(op: Op) -> list[str]:
    lines = []
    var = _varargs_arg(op)
    for arg in op.sig.args:
        name = pub(arg.name)
        if arg is var:
            lines.append(f"{name} = kernels.int_list({name}, more)")
        elif arg.base == "int" and arg.is_list:
            if arg.optional:
                lines.append(f"{name} = None if {name} is None else kernels.int_list({name})")
            else:
                lines.append(f"{name} = kernels.int_list({name})")
        elif arg.base == "Index":
            lines.append(f"{name} = kernels.normalize_index({name})")
        elif arg.base == "ScalarType":
            lines.append(f"{name} = {name} if {name} is None else as_dtype({name})")
    return lines


def _inline_forward(op: Op) -> str:
    """The forward expression as the forward wrapper evaluates it in place (no call into raw): each
    Tensor argument's name becomes the wrapper's `<name>_a` array."""
    tensors = {a.name for a in op.sig.args if a.base == "Tensor"}
    values = {a.name for a in op.sig.args if a.base != "Tensor"}

    class Rename(ast.NodeTransformer):
        def visit_Name(self, node):
            if node.id in tensors:
                return ast.copy_location(ast.Name(f"{pub(node.id)}_a", node.ctx), node)
            if node.id in values:
                return ast.copy_location(ast.Name(pub(node.id), node.ctx), node)
            return node
    return ast.unparse(Rename().visit(ast.parse(op.forward, mode="eval")))


def _call_args(op: Op) -> str:
    """The forward wrapper's call of raw.<op>: its arrays and values."""
    parts = []
    for arg in op.sig.args:
        value = f"{pub(arg.name)}_a" if arg.base == "Tensor" else pub(arg.name)
        parts.append(f"{arg.name}={value}" if arg.kw_only else value)
    return ", ".join(parts)


def _save_line(op: Op, s) -> str:
    arg = op.sig.arg(s.source)
    listed = (arg is not None and arg.is_tensor_list) or (s.kind == "result" and op.sig.returns[0].is_list)
    src = pub(s.source) if arg is not None else s.source
    if s.kind == "tensor":
        return f"node.{s.slot} = [save(t) for t in {src}]" if listed else f"node.{s.slot} = save({src})"
    if s.kind == "value":
        return f"node.{s.slot} = {src}"
    if s.kind == "result":
        var = _result_var(op, s.index)
        return f"node.{s.slot} = [save_result(t) for t in {var}]" if listed else f"node.{s.slot} = save_result({var})"
    fn = "result_type" if s.kind == "dtype" else s.kind
    if listed:
        return f"node.{s.slot} = [np.{fn}(t) for t in {src}_a]"
    return f"node.{s.slot} = np.{fn}({src}_a)"


def _result_var(op: Op, index: int) -> str:
    return "result" if len(op.sig.returns) == 1 else op.sig.returns[index].name


def _guard(op: Op, inputs) -> str:
    """The condition for saving; empty when every graph input would need it (then always save)."""
    if set(inputs) >= {a.name for a in op.graph_inputs}:
        return ""
    return " or ".join(f"{pub(name)}_rg" for name in inputs)


def _formula_context(op: Op) -> list[dict]:
    """One block per formula for the node's apply()."""
    blocks = []
    for f in op.formulas:
        if f.kind == "non_differentiable":
            continue
        block = {"inputs": f.inputs, "kind": f.kind, "line": f.line, "source": f.source,
                 "guard": " or ".join(f"{name}_fn is not None" for name in f.inputs), "unpack": [], "code": f.code}
        if op.list_input is not None:
            block["guard"] = "any(e is not None for e in node._next)"
        if f.kind == "formula":
            for s in op.saved:
                if not any(i in s.needed_by for i in f.inputs):
                    continue
                used = ((s.kind == "tensor" and s.source in f.uses.tensors) or
                        (s.kind == "value" and s.source in f.uses.values) or
                        (s.kind == "result" and s.source in f.uses.results) or
                        (s.kind in ("shape", "dtype", "ndim") and (s.source, s.kind) in f.uses.metadata))
                if not used:
                    continue
                arg = op.sig.arg(s.source)
                listed = (arg is not None and arg.is_tensor_list) or (s.kind == "result" and op.sig.returns[0].is_list)
                if s.kind == "tensor" and listed:
                    block["unpack"].append(f"{s.slot} = F.unpack_list(node.{s.slot}, node)")
                elif s.kind == "tensor":
                    block["unpack"].append(f"{s.slot} = F.unpack(node.{s.slot}, node)")
                elif s.kind == "result" and listed:
                    block["unpack"].append(f"{s.slot} = F.unpack_list_result(node.{s.slot}, node)")
                elif s.kind == "result":
                    block["unpack"].append(f"{s.slot} = F.unpack_result(node.{s.slot}, node)")
                else:
                    block["unpack"].append(f"{s.slot} = node.{s.slot}")
            block["targets"] = ", ".join(f"grad_{name}" for name in f.inputs)
        blocks.append(block)
    if len(op.sig.returns) == 1 and not op.sig.returns[0].is_list and blocks and blocks[-1]["kind"] == "formula":
        _hand_over_grad(blocks[-1])
    return blocks


def _hand_over_grad(block: dict) -> None:
    """In the last formula of a single-output node, read `grad` by popping it from `grads`, after
    dropping the local name: when nothing else holds the gradient array, NumPy then reuses its buffer
    for the result (temporary elision) instead of allocating one more array. Only when `grad` occurs
    once, where evaluation surely reaches it (no conditional, short-circuit or nested scope)."""
    tree = ast.parse(block["code"], mode="eval")
    names = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == "grad"]
    branchy = (ast.IfExp, ast.BoolOp, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp,
               ast.NamedExpr)
    if len(names) != 1 or any(isinstance(n, branchy) for n in ast.walk(tree)):
        return
    pop = ast.parse("grads.pop()", mode="eval").body

    class Swap(ast.NodeTransformer):
        def visit_Name(self, node):
            return pop if node.id == "grad" else node
    block["code"] = ast.unparse(Swap().visit(tree))
    block["unpack"] = block["unpack"] + ["del grad  # the last use: see _hand_over_grad in codegen/emit.py"]


def _jvp_context(op: Op, graph_inputs: list[str]) -> dict:
    """The op's forward-mode rule (autogen/jvp.py) and the wrapper's one call of the recorder."""
    diff = [n for n in op.differentiable_inputs]
    outputs = [r.name for r in op.sig.returns]
    returns, lines = {}, []
    for k, f in enumerate(op.forward_formulas):
        if len(f.outputs) == 1:
            returns[f.outputs[0]] = f.code
            continue
        # one formula for several outputs runs once; each output takes its element
        lines.append(f"tangents{k} = {f.code}")
        returns.update({name: f"tangents{k}[{i}]" for i, name in enumerate(f.outputs)})
    list_output = op.sig.returns[0].is_list
    results = "result" if list_output or len(outputs) == 1 else _pytuple(outputs)
    not_implemented = [n for f in op.formulas if f.kind == "not_implemented" for n in f.inputs
                       if not op.sig.arg(n).is_tensor_list]
    primals = _pytuple(f"{pub(a.name)}_a" if a.base == "Tensor" else pub(a.name) for a in op.sig.args)
    record = f"record(jvp.{op.name}, {_pytuple(pub(n) for n in diff)}, {results}, {primals}"
    if not_implemented:
        record += f", not_implemented={_pytuple(f'({n!r}, {pub(n)})' for n in not_implemented)}, op={op.name!r}"
    return {
        "jvp": bool(op.forward_formulas),
        "jvp_record": record + ")",
        "jvp_list_inputs": [n for n in diff if op.sig.arg(n).is_tensor_list],
        "graph_tuple": _pytuple(pub(n) for n in graph_inputs),
        "jvp_params": ", ".join([a.name for a in op.sig.args] + [f"{n}_t" for n in diff] + outputs),
        "jvp_zero_fill": [n for n in diff if any(n in f.uses.tangents for f in op.forward_formulas)],
        "jvp_metadata": sorted({m for f in op.forward_formulas for m in f.uses.metadata}),
        "jvp_lines": lines,
        "jvp_returns": _pytuple(returns.get(r, "None") for r in outputs),
        "jvp_doc": [(", ".join(f.outputs), f.source) for f in op.forward_formulas],
    }


def op_context(op: Op) -> dict:
    # A single output declared non-differentiable builds no node at all.
    graph_inputs = [a.name for a in op.graph_inputs] if any(op.output_differentiability) else []
    returns = [r.name for r in op.sig.returns]
    multi = len(returns) > 1 or op.sig.returns[0].is_list
    return {
        **_jvp_context(op, graph_inputs),
        "op": op,
        "name": op.name,
        "node": op.node_name,
        "schema": _schema_text(op),
        "line": op.line,
        "params": _params(op, _varargs_arg(op) is not None, out=not multi),
        "normalize": _normalize_lines(op),
        "tensor_args": [{"name": pub(a.name), "is_list": a.is_list, "graph": a.name in graph_inputs}
                        for a in op.sig.args if a.base == "Tensor"],
        "first_input": pub(op.sig.args[0].name),
        "raw_params": _params(op, False, public=False),
        "raw_call": _call_args(op),
        "inline_forward": _inline_forward(op),
        # ops of several Tensors report NumPy's broadcast ValueError as torch's RuntimeError
        "broadcast_args": ", ".join(f"{pub(a.name)}_a" for a in op.sig.args if a.base == "Tensor" and not a.is_list)
        if sum(a.base == "Tensor" and not a.is_list for a in op.sig.args) > 1 else "",
        "forward": op.forward,
        "view": op.view,
        "double_backward": op.double_backward,
        # An explicit dtype argument (casts) decides the result dtype itself.
        "default_float": not any(a.base == "ScalarType" for a in op.sig.args),
        "default_float_args": ", ".join(f"*{pub(a.name)}_a" if a.is_list else f"{pub(a.name)}_a"
                                        for a in op.sig.args if a.base == "Tensor"),
        "graph_inputs": graph_inputs,
        "builds_graph": bool(graph_inputs),
        "any_rg": pub(graph_inputs[0]) + "_rg" if len(graph_inputs) == 1 else
        "(" + " or ".join(f"{pub(n)}_rg" for n in graph_inputs) + ")",
        "edges": (f"tuple(edge(t) if isinstance(t, Tensor) and t._requires_grad else None for t in "
                  f"{pub(op.list_input.name)})" if op.list_input is not None else
                  _pytuple(f"edge({pub(n)}) if {pub(n)}_rg else None" if len(graph_inputs) > 1 else f"edge({pub(n)})"
                           for n in graph_inputs)),
        "edge_names": ", ".join(f"{n}_fn" for n in graph_inputs) + ("," if len(graph_inputs) == 1 else ""),
        "grad_init": " = ".join([f"grad_{n}" for n in graph_inputs] + ["None"]),
        "grad_return": (f"tuple(grad_{op.list_input.name})" if op.list_input is not None
                        else _pytuple(f"grad_{n}" for n in graph_inputs)),
        "list_input": op.list_input.name if op.list_input is not None else "",
        "list_output": op.sig.returns[0].is_list,
        "saves": [(_guard(op, s.needed_by), _save_line(op, s)) for s in op.saved],
        "tensor_slots": [s.slot for s in op.saved if s.kind in ("tensor", "result")],
        "slots": [s.slot for s in op.saved],
        "blocks": _formula_context(op),
        "returns": returns,
        "multi": multi,
        "out_diff": list(op.output_differentiability),
        "namedtuple": names.result_type_name(op) if multi else "",
        "saved_doc": [f"`{s.slot}` ({s.kind}, if {' or '.join(s.needed_by)} needs grad)" for s in op.saved],
        "test_doc": _test_doc(op),
        "formulas_doc": [(", ".join(f.inputs), f.source if f.kind == "formula" else f.kind) for f in op.formulas],
    }


def _test_doc(op: Op) -> str:
    samples = op.test.get("samples", [])
    domains = sorted({f"{k} in [{v['domain'][0]:g}, {v['domain'][1]:g}]" for sample in samples
                      for k, v in sample.items() if isinstance(v, dict) and "domain" in v})
    text = f"{len(samples)} samples ({'; '.join(_sample_id(s) for s in samples)})"
    return text + (f"; domain {', '.join(domains)}" if domains else "")


def _schema_text(op: Op) -> str:
    def arg_text(a: Arg) -> str:
        text = f"{a.type_str} {a.name}"
        return text + (f"={a.default!r}" if a.has_default else "")
    parts, star = [], False
    for a in op.sig.args:
        if a.kw_only and not star:
            parts.append("*")
            star = True
        parts.append(arg_text(a))
    rets = op.sig.returns
    if rets[0].is_list:
        ret = "Tensor[]" + (f" {rets[0].name}" if op.sig.named_returns else "")
    else:
        ret = "Tensor" if len(rets) == 1 and not op.sig.named_returns else \
            "(" + ", ".join(f"Tensor {r.name}" for r in rets) + ")"
    name = op.sig.name + (f".{op.sig.overload}" if op.sig.overload else "")
    return f"{name}({', '.join(parts)}) -> {ret}"


def _stub_params(op: Op, method: bool = True, out: bool = True) -> str:
    """An op's parameters as its Tensor method takes them (the stub of Tensor lists them)."""
    multi = len(op.sig.returns) > 1 or op.sig.returns[0].is_list
    return _params(op, _varargs_arg(op) is not None, out=out and not multi, public=not method)


def _inplace_shim(op: Op) -> dict:
    rest = op.sig.args[1:]
    call = ", ".join(f"{a.name}={a.name}" if a.kw_only else a.name for a in rest)
    return {"name": f"{op.name}_", "params": _params(op, False, public=False), "op": op.name,
            "call": f"ops.{op.name}, self" + (f", {call}" if call else "")}


def _sample_id(sample: dict) -> str:
    parts = []
    for name, value in sample.items():
        if isinstance(value, dict) and "shape" in value:
            shape = "x".join(map(str, value["shape"])) or "0d"
            parts.append(f"{name}={shape}")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            parts.append(f"{name}=[{len(value)}]")
        else:
            parts.append(f"{name}={value!r}".replace(" ", ""))
    return ",".join(parts)


def _spec(op: Op) -> dict:
    test = op.test
    return {
        "signature": _schema_text(op),
        "line": op.line,
        "node": op.node_name,
        "differentiable": [n for n in op.differentiable_inputs],
        "not_implemented": [n for f in op.formulas if f.kind == "not_implemented" for n in f.inputs],
        "double_backward": op.double_backward,
        "forward_mode": bool(op.forward_formulas),
        "outputs": len(op.sig.returns),
        "output_differentiability": list(op.output_differentiability),
        "samples": test.get("samples", []),
        "atol": test.get("atol"),
        "rtol": test.get("rtol"),
        "eps": test.get("eps"),
    }


# ---- rendering -------------------------------------------------------------------------------------

CORE_PACKAGE = "yamlgrad.autogen"


def _bound_ops(table) -> set[str]:
    """The registry ops the binding table names: as functions, aliases, methods, operators, in-place."""
    bound = {target for module, target in table.functions.values() if module == "yamlgrad.autogen.ops"}
    bound |= {value[len("ops."):] for value in table.methods.values() if value.startswith("ops.")}
    bound |= {op.name for op in table.inplace} | {shim["op"] for shim in table.shims}
    return bound


def _ops_modules(env, code_dir: str, contexts: list[dict], common: dict, bound: set[str] | None) -> dict[str, str]:
    """ops.py, and for yamlgrad's own registry ops_internal.py with the ops no public name binds
    (nn.functional, linalg and the overloads reach them through `ops`), which ops.py loads on first use."""
    template = env.get_template("ops.py.j2")
    if bound is None:
        return {f"{code_dir}ops.py": template.render(**common, internal_names=[], internal_module=False)}
    public = [c for c in contexts if c["name"] in bound]
    internal = [c for c in contexts if c["name"] not in bound]
    names = sorted({c["name"] for c in internal} | {c["namedtuple"] for c in internal
                                                     if c["multi"] and not c["list_output"]})
    return {
        f"{code_dir}ops.py": template.render(**dict(common, ops=public), internal_names=names, internal_module=False),
        f"{code_dir}ops_internal.py": template.render(**dict(common, ops=internal), internal_names=[],
                                                      internal_module=True),
    }


def render_all(ops: list[Op], source: str, package: str = CORE_PACKAGE, api_dir: Path | None = None, tensor_py: Path | None = None) -> dict[str, str]:
    """Path (relative to the output root) -> file text, for every generated file.

    For yamlgrad's own registry (package yamlgrad.autogen) the layout is autogen/, tests/generated/
    and docs/ops.md. A user registry becomes one standalone package (its modules at the root, its
    tests in tests/), whose formulas may also call yamlgrad's own ops.
    """
    env = _env()
    source = _safe_name(source)
    header = HEADER.format(source=source)
    contexts = [op_context(op) for op in ops]
    core = package == CORE_PACKAGE
    common = {"header": header, "ops": contexts, "source": source, "pkg": package, "user": not core}
    code_dir, test_dir = ("autogen/", "tests/generated/") if core else ("", "tests/")
    table = bindings.collect(ops, api_dir, source) if core else None
    files = {
        f"{code_dir}__init__.py": env.get_template("init.py.j2").render(**common),
        f"{code_dir}raw.py": env.get_template("raw.py.j2").render(**common),
        **_ops_modules(env, code_dir, contexts, common, bound=_bound_ops(table) if core else None),
        f"{code_dir}functions.py": env.get_template("functions.py.j2").render(**common),
        f"{code_dir}jvp.py": env.get_template("jvp.py.j2").render(**common),
        f"{code_dir}samples.py": env.get_template("samples.py.j2").render(
            specs=[(op.name, _spec(op)) for op in ops], **common),
    }
    if core:
        files["autogen/bindings.py"] = env.get_template("bindings.py.j2").render(
            imports=bindings.imports(table), names=sorted(table.functions), methods=table.methods.items(),
            api_modules=bindings.method_modules(table),
            shims=table.shims, inplace=[_inplace_shim(op) for op in table.inplace], **common)
        files["docs/ops.md"] = env.get_template("ops.md.j2").render(**common)
        files["runtime/core/tensor.pyi"] = stubs.tensor_stub(tensor_py or api_dir.parent / "core" / "tensor.py",
                                                             api_dir, ops, table, header, _stub_params)
    else:
        files["tests/conftest.py"] = env.get_template("conftest.py.j2").render(**common)
    test_template = env.get_template("test_op.py.j2")
    for op, ctx in zip(ops, contexts):
        spec = _spec(op)
        files[f"{test_dir}test_{op.name}.py"] = test_template.render(
            ctx=ctx, spec=spec, ids=[_sample_id(s) for s in spec["samples"]], **common)
    return files


# Writing, ownership of files under the output root and the manifest live in write.py.
from .write import diff_against, write_all  # noqa: E402,F401
