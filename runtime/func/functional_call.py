"""torch.func.functional_call: run a module with other tensors in place of its parameters/buffers.

The given tensors are put straight into the owning submodule's parameter/buffer tables (so they
need not be Parameters and keep their autograd history, which is what makes grad/vmap over
parameters work) and the originals are put back afterwards, also when forward raises.
"""
from __future__ import annotations

import contextlib

_MISSING = object()


def _merge(parameter_and_buffer_dicts) -> dict:
    if isinstance(parameter_and_buffer_dicts, dict):
        return dict(parameter_and_buffer_dicts)
    if isinstance(parameter_and_buffer_dicts, (list, tuple)) and all(
            isinstance(d, dict) for d in parameter_and_buffer_dicts):
        merged: dict = {}
        repeated = []
        for d in parameter_and_buffer_dicts:
            for key, value in d.items():
                if key in merged and key not in repeated:
                    repeated.append(key)
                merged[key] = value
        if repeated:
            raise ValueError(f"{repeated} appeared in multiple dictionaries; behavior of functional call is ambiguous")
        return merged
    raise ValueError("Expected parameter_and_buffer_dicts to be a dict, or a list/tuple of dicts, but got "
                     f"{type(parameter_and_buffer_dicts)}")


def _all_names(module) -> dict:
    """Every parameter/buffer name, tied names included, mapped to its tensor."""
    names = dict(module.named_parameters(remove_duplicate=False))
    names.update(module.named_buffers(remove_duplicate=False))
    return names


def _expand_ties(module, values: dict) -> dict:
    """With tie_weights, a value given for one of several names of the same tensor goes to all of them."""
    groups: dict = {}
    for name, tensor in _all_names(module).items():
        groups.setdefault(id(tensor), []).append(name)
    out = dict(values)
    for names in groups.values():
        if len(names) < 2:
            continue
        given = [n for n in names if n in values]
        if len(given) > 1:
            raise ValueError(f"functional_call got multiple values for keys {given}, which are tied. Consider using "
                             "tie_weights=False")
        if given:
            for n in names:
                out[n] = values[given[0]]
    return out


def _check_strict(module, values: dict) -> None:
    expected = _all_names(module)
    unexpected = [k for k in values if k not in expected]
    missing = [k for k in expected if k not in values]
    if unexpected or missing:
        lines = []
        if unexpected:
            lines.append("Unexpected key(s): " + ", ".join(repr(k) for k in unexpected) + ".")
        if missing:
            lines.append("Missing key(s): " + ", ".join(repr(k) for k in missing) + ".")
        raise RuntimeError(f"Error(s) in reparametrizing for {module._get_name()}:\n\t" + "\n\t".join(lines))


def _swap(owner, attr: str, value):
    """Put `value` under `attr` of `owner`; return how to undo it."""
    for table_name in ("_parameters", "_buffers"):
        table = owner.__dict__.get(table_name)
        if table is not None and attr in table:
            old = table[attr]
            table[attr] = value
            return lambda: table.__setitem__(attr, old)
    # A plain attribute (or a new one, for keys the module does not have and strict=False).
    old = owner.__dict__.get(attr, _MISSING)
    object.__setattr__(owner, attr, value)
    return lambda: owner.__dict__.pop(attr, None) if old is _MISSING else object.__setattr__(owner, attr, old)


@contextlib.contextmanager
def _substituted(module, values: dict):
    undo = []
    try:
        for name, value in values.items():
            prefix, _, attr = name.rpartition(".")
            undo.append(_swap(module.get_submodule(prefix), attr, value))
        yield
    finally:
        for restore in reversed(undo):
            restore()


def functional_call(module, parameter_and_buffer_dicts, args=None, kwargs=None, *, tie_weights: bool = True,
                    strict: bool = False):
    """module(*args, **kwargs) with the named tensors standing in for its parameters and buffers.

    parameter_and_buffer_dicts: a dict name -> tensor, or a list/tuple of such dicts (keys must not
    repeat). args that is not a tuple is the single positional argument. Names not given keep the
    module's own tensors (strict=True requires every name, and no others).
    """
    values = _merge(parameter_and_buffer_dicts)
    if tie_weights:
        values = _expand_ties(module, values)
    if strict:
        _check_strict(module, values)
    if args is None:
        args = ()
    elif not isinstance(args, tuple):
        args = (args,)
    with _substituted(module, values):
        return module(*args, **({} if kwargs is None else kwargs))
