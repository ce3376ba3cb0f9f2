"""Read a registry file into plain Python data that remembers the line of every key.

PyYAML's `compose` gives us nodes with marks; we walk them ourselves so that duplicate
keys are caught (PyYAML silently keeps the last one) and every value keeps its line.
Only the YAML core types are produced: no tags, no Python objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

MAX_REGISTRY_BYTES = 4 * 1024 * 1024


class RegistryError(Exception):
    """One or more `file:line: message` problems; nothing may be written while any exists."""

    def __init__(self, lines: list[str]):
        # One problem, one line: registry text quoted in a message (a key, a name) may hold newlines
        # or other control characters; they are shown escaped.
        self.lines = [_one_line(line) for line in lines]
        super().__init__("\n".join(self.lines))


def _one_line(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


@dataclass
class Located:
    """A scalar, list or mapping from the YAML file with the 1-based line it started on."""
    value: object
    line: int


def _convert(node: yaml.Node, where: str, errors: list[str]) -> Located:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Located] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                errors.append(f"{where}:{key_node.start_mark.line + 1}: keys must be plain strings")
                continue
            key = key_node.value
            kline = key_node.start_mark.line + 1
            if key in out:
                errors.append(f"{where}:{kline}: duplicate key '{key}' (first at line {key_lines[key]})")
                continue
            key_lines[key] = kline
            value = _convert(value_node, where, errors)
            # Report a value at its key's line: that is where a reader looks.
            out[key] = Located(value.value, kline)
        return Located(out, line)
    if isinstance(node, yaml.SequenceNode):
        return Located([_convert(item, where, errors) for item in node.value], line)
    # Scalars: the safe loader's implicit types only (int, float, bool, null, str). Explicit tags
    # (!!python/object, !!bool maybe, !foo) fail in assorted ways; each is one error at its line.
    try:
        return Located(yaml.SafeLoader("").construct_object(node), line)
    except Exception as exc:  # noqa: BLE001 - any constructor failure is a registry error
        problem = getattr(exc, "problem", None) or type(exc).__name__
        errors.append(f"{where}:{line}: cannot read value {node.value!r:.40} tagged {node.tag}: {problem}")
        return Located(None, line)


MAX_FLOW_DEPTH = 50


def _deep_flow_nesting(text: str) -> int:
    """Line of the first [ or { nested deeper than MAX_FLOW_DEPTH (PyYAML's scanner is quadratic there), else 0.

    A rough scan: brackets inside quotes or comments are counted too, which can only over-count."""
    depth, line = 0, 1
    for ch in text:
        if ch == "\n":
            line += 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_FLOW_DEPTH:
                return line
        elif ch in "]}" and depth:
            depth -= 1
    return 0


# libyaml's parser when PyYAML has it (ten times faster on the registry); the same safe node types
# and line marks either way.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_document(path: str | Path) -> tuple[str, Located]:
    """(display name, the document with lines), refusing what no registry file may hold (too large,
    not UTF-8, aliases, deep nesting, an empty document). Raises RegistryError with file:line lines."""
    path = Path(path)
    where = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegistryError([f"{where}:0: cannot read registry: {exc.strerror}"]) from None
    if len(raw) > MAX_REGISTRY_BYTES:
        raise RegistryError([f"{where}:0: registry is {len(raw)} bytes; the limit is {MAX_REGISTRY_BYTES}"])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RegistryError([f"{where}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x})"]) from None
    deep = _deep_flow_nesting(text)
    if deep:
        raise RegistryError([f"{where}:{deep}: YAML nesting too deep (more than {MAX_FLOW_DEPTH} levels of [ or {{)"])
    try:
        # Aliases (*name) have no use in a registry and can expand exponentially: refuse them.
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise RegistryError([f"{where}:{event.start_mark.line + 1}: YAML aliases (*{event.anchor}) "
                                     "are not allowed in a registry"])
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if "flow" in (getattr(exc, "context", None) or "") and getattr(exc, "context_mark", None):
            mark = exc.context_mark  # an unclosed [ or {: point at the bracket, not past it
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in problem:  # libyaml's own limit, where the pure-Python parser recurses
            raise RegistryError([f"{where}:0: YAML nesting too deep"]) from None
        raise RegistryError([f"{where}:{line}: YAML syntax error: {problem}"]) from None
    except RecursionError:
        raise RegistryError([f"{where}:0: YAML nesting too deep"]) from None
    if root is None:  # empty, whitespace or comments only: a truncated file, not a registry
        raise RegistryError([_no_entries(where)])
    errors: list[str] = []
    try:
        doc = _convert(root, where, errors)
    except RecursionError:
        raise RegistryError([f"{where}:0: YAML nesting too deep"]) from None
    if errors:
        raise RegistryError(errors)
    return where, doc


def load_registry(path: str | Path) -> tuple[str, list[Located]]:
    """Return (display name, list of entries). Raises RegistryError with file:line lines."""
    where, doc = _load_document(path)
    if not isinstance(doc.value, list):
        raise RegistryError([f"{where}:{doc.line}: the registry must be a YAML list of op entries"])
    if not doc.value:
        raise RegistryError([_no_entries(where)])
    return where, doc.value


def load_samples(path: str | Path) -> tuple[str, dict[str, Located]]:
    """The registry's companion sample file: (display name, op name -> its test mapping)."""
    where, doc = _load_document(path)
    if not isinstance(doc.value, dict):
        raise RegistryError([f"{where}:{doc.line}: a sample file must be a YAML mapping of op names to their "
                             "test data (samples, extra_samples, domain, atol, rtol, eps)"])
    return where, doc.value


def _no_entries(where: str) -> str:
    # Generating from no entries would delete every generated file and empty the package.
    return (f"{where}:1: the registry has no entries (the file is empty or holds only comments); "
            "refusing to generate a package without ops")


def plain(located: Located):
    """Strip line information (for test blocks, which are data all the way down)."""
    value = located.value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
