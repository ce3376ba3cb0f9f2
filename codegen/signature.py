"""The schema grammar: `name(Type arg, Type? arg=default, *, kw=...) -> Tensor | (Tensor a, Tensor b)`.

Types: Tensor, Tensor?, Tensor[], Scalar, int, int[], int[N], float, float[], bool, str, Index
(a getitem index: ints, slices, None, Ellipsis, integer/bool arrays) and ScalarType (a dtype),
each optionally `?`.
Defaults are Python literals read with `ast.literal_eval`, never executed.
"""
from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass, field

BASE_TYPES = ("Tensor", "Scalar", "int", "float", "bool", "str", "Index", "ScalarType")
NO_DEFAULT = object()

_TYPE_RE = re.compile(r"^(?P<base>[A-Za-z]+)(?P<list>\[\d*\])?(?P<opt>\?)?$")
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SCHEMA_RE = re.compile(r"^\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\.(?P<overload>[A-Za-z_][A-Za-z0-9_]*))?"
                        r"\s*\((?P<args>.*)\)\s*->\s*(?P<returns>.+?)\s*$", re.S)


class SignatureError(ValueError):
    pass


@dataclass(frozen=True)
class Arg:
    name: str
    base: str            # one of BASE_TYPES
    is_list: bool
    optional: bool
    default: object      # NO_DEFAULT or a Python literal
    kw_only: bool

    @property
    def is_tensor(self) -> bool:
        return self.base == "Tensor" and not self.is_list

    @property
    def is_tensor_list(self) -> bool:
        return self.base == "Tensor" and self.is_list

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT

    @property
    def type_str(self) -> str:
        return self.base + ("[]" if self.is_list else "") + ("?" if self.optional else "")


@dataclass(frozen=True)
class Return:
    name: str
    base: str
    is_list: bool = False          # `-> Tensor[]`: a variable number of outputs (split, chunk, unbind)


@dataclass(frozen=True)
class Signature:
    name: str
    overload: str
    args: tuple[Arg, ...]
    returns: tuple[Return, ...]
    named_returns: bool = field(default=False)

    @property
    def tensor_args(self) -> tuple[Arg, ...]:
        return tuple(a for a in self.args if a.base == "Tensor")

    def arg(self, name: str) -> Arg | None:
        for a in self.args:
            if a.name == name:
                return a
        return None


def _split_top_level(text: str) -> list[str]:
    """Split on commas that are not inside brackets or quotes."""
    parts, depth, quote, cur = [], 0, None, []
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                raise SignatureError("unbalanced brackets")
        elif ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    if quote or depth:
        raise SignatureError("unbalanced brackets or quotes")
    tail = "".join(cur).strip()
    if tail or parts:
        parts.append(tail)
    return parts


def _check_name(name: str, what: str) -> None:
    if not _NAME_RE.match(name) or keyword.iskeyword(name):
        raise SignatureError(f"{what} {name!r} is not a valid identifier")
    if name.startswith("__"):
        raise SignatureError(f"{what} {name!r} may not start with '__'")


def _parse_type(text: str) -> tuple[str, bool, bool]:
    m = _TYPE_RE.match(text)
    if not m or m.group("base") not in BASE_TYPES:
        raise SignatureError(f"unknown type {text!r} (known: {', '.join(BASE_TYPES)}, with [] and ?)")
    return m.group("base"), m.group("list") is not None, m.group("opt") is not None


def _parse_default(text: str, base: str, is_list: bool, optional: bool, name: str):
    try:
        value = ast.literal_eval(text) if len(text) <= 200 else None
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        raise SignatureError(f"default of {name!r} is not a Python literal: {text!r}") from None
    if len(text) > 200:
        raise SignatureError(f"default of {name!r} is longer than 200 characters")
    if value is None:
        if not optional:
            raise SignatureError(f"default of {name!r} is None but its type is not optional (add '?')")
        return None
    if is_list:
        if isinstance(value, tuple):
            value = list(value)
        items = value if isinstance(value, list) else [value]
        for item in items:
            _check_scalar_default(item, base, name)
        return value
    _check_scalar_default(value, base, name)
    return value


def _check_scalar_default(value, base: str, name: str) -> None:
    ok = {
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, (int, float)) and not isinstance(value, bool),
        "Scalar": isinstance(value, (int, float)),
        "bool": isinstance(value, bool),
        "str": isinstance(value, str),
        "Tensor": False,
        "Index": False,
        "ScalarType": False,
    }[base]
    if not ok:
        raise SignatureError(f"default {value!r} of {name!r} does not fit type {base}")


def parse_signature(text: str) -> Signature:
    if not isinstance(text, str):
        raise SignatureError("the name must be a schema string such as 'mul(Tensor self, Tensor other) -> Tensor'")
    m = _SCHEMA_RE.match(text)
    if not m:
        raise SignatureError(f"malformed signature {text!r}; expected 'op(Type arg, ...) -> Tensor'")
    name, overload = m.group("name"), m.group("overload") or ""
    _check_name(name, "op name")
    args: list[Arg] = []
    kw_only = False
    seen_default = False
    for part in _split_top_level(m.group("args")):
        if part == "*":
            if kw_only:
                raise SignatureError("'*' appears twice")
            kw_only = True
            continue
        decl, eq, default_text = part.partition("=")
        pieces = decl.split()
        if len(pieces) != 2:
            raise SignatureError(f"argument {part!r} must read 'Type name' or 'Type name=default'")
        base, is_list, optional = _parse_type(pieces[0])
        arg_name = pieces[1]
        _check_name(arg_name, "argument name")
        if any(a.name == arg_name for a in args):
            raise SignatureError(f"argument {arg_name!r} appears twice")
        default = _parse_default(default_text.strip(), base, is_list, optional, arg_name) if eq else NO_DEFAULT
        if default is NO_DEFAULT and seen_default and not kw_only:
            raise SignatureError(f"argument {arg_name!r} without default follows an argument with one")
        seen_default = seen_default or default is not NO_DEFAULT
        args.append(Arg(arg_name, base, is_list, optional, default, kw_only))
    if not any(a.is_tensor or a.is_tensor_list for a in args):
        raise SignatureError("an op needs at least one Tensor or Tensor[] argument")
    returns, named = _parse_returns(m.group("returns").strip())
    if len(returns) > 1 and any(r.name == a.name for r in returns for a in args):
        raise SignatureError("a return name repeats an argument name")
    return Signature(name, overload, tuple(args), returns, named)


def _parse_returns(text: str) -> tuple[tuple[Return, ...], bool]:
    if text.startswith("(") and text.endswith(")"):
        items = _split_top_level(text[1:-1])
    else:
        items = [text]
    if not items or any(not item for item in items):
        raise SignatureError(f"malformed return list {text!r}")
    returns, named = [], False
    if len(items) == 1 and items[0].split()[0] == "Tensor[]":
        pieces = items[0].split()
        if len(pieces) == 2:
            _check_name(pieces[1], "return name")
        return (Return(pieces[1] if len(pieces) == 2 else "result", "Tensor", True),), len(pieces) == 2
    for i, item in enumerate(items):
        pieces = item.split()
        if len(pieces) not in (1, 2) or pieces[0] != "Tensor":
            raise SignatureError(f"return {item!r} must read 'Tensor', 'Tensor name' or a lone 'Tensor[]'")
        if len(pieces) == 2:
            _check_name(pieces[1], "return name")
            named = True
            returns.append(Return(pieces[1], "Tensor"))
        else:
            returns.append(Return("result" if len(items) == 1 else f"result{i}", "Tensor"))
    if len({r.name for r in returns}) != len(returns):
        raise SignatureError("return names must be distinct")
    return tuple(returns), named
