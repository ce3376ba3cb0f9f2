"""Which positional arguments a transform differentiates (`argnums`), and swapping them in and out."""
from __future__ import annotations


def check_argnums(argnums) -> None:
    """Validate `argnums` when the transform is made, with torch's messages."""
    if isinstance(argnums, tuple):
        if len(argnums) == 0:
            raise RuntimeError("argnums must be non-empty")
        for a in argnums:
            if not isinstance(a, int) or isinstance(a, bool):
                raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")
        if len(set(argnums)) != len(argnums):
            raise RuntimeError(f"argnums elements must be unique, got {argnums}")
    elif not isinstance(argnums, int) or isinstance(argnums, bool):
        raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")


def positions(argnums, nargs: int) -> tuple[int, ...]:
    """The non-negative positions `argnums` picks out of `nargs` positional arguments."""
    check_argnums(argnums)
    out = []
    for a in (argnums if isinstance(argnums, tuple) else (argnums,)):
        if not -nargs <= a < nargs:
            raise RuntimeError(f"Got argnum={a}, but only {nargs} positional inputs")
        out.append(a % nargs)
    return tuple(out)


def select(args: tuple, argnums):
    """The differentiated part of args: one argument for an int argnums, a tuple for a tuple."""
    pos = positions(argnums, len(args))
    return args[pos[0]] if isinstance(argnums, int) else tuple(args[p] for p in pos)


def replace(args: tuple, argnums, values) -> tuple:
    """args with the differentiated part replaced by `values` (shaped like `select`'s result)."""
    pos = positions(argnums, len(args))
    values = (values,) if isinstance(argnums, int) else values
    new = list(args)
    for p, v in zip(pos, values):
        new[p] = v
    return tuple(new)
