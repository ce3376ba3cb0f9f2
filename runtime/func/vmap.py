"""torch.func.vmap: map a function over a dimension of its inputs.

This runs the function once per index of the mapped dimension and stacks the results, so it
composes with everything else for free (nested vmap, vmap(grad(f)), grad(vmap(f)): select and
stack are differentiable ops). What it reproduces from torch is the interface: in_dims/out_dims as
ints, None or nested containers, the checks and their messages, kwargs passed unmapped, outputs
that are tuples/lists/dicts of tensors, a zero-size mapped dimension.
"""
from __future__ import annotations

import functools

import yamlgrad.namespace as yg

from yamlgrad.func._pytree import broadcast_prefix, tree_flatten, tree_unflatten

_RANDOMNESS = ("error", "different", "same")


def _name(func) -> str:
    return getattr(func, "__name__", repr(func))


def _flat_in_dims(func, in_dims, args) -> list:
    """One in_dim (an int or None) per leaf of args, normalised to be non-negative."""
    name = _name(func)
    where = f"vmap({name}, in_dims={in_dims}, ...)(<inputs>)"
    if not isinstance(in_dims, (int, tuple)) or isinstance(in_dims, bool):
        raise ValueError(f"{where}: expected `in_dims` to be int or a (potentially nested) tuple matching the "
                         f"structure of inputs, got: {type(in_dims)}.")
    prefix = in_dims if isinstance(in_dims, tuple) else (in_dims,) * len(args)
    dims = broadcast_prefix(prefix, args)
    if dims is None:
        raise ValueError(f"{where}: in_dims is not compatible with the structure of `inputs`. in_dims has "
                         f"structure {tree_flatten(prefix)[1]} but inputs has structure {tree_flatten(args)[1]}.")
    leaves = tree_flatten(args)[0]
    out = []
    for leaf, d in zip(leaves, dims):
        if d is None:
            out.append(None)
            continue
        if not isinstance(d, int) or isinstance(d, bool):
            raise ValueError(f"{where}: in_dims must be int or None, got {type(d)}")
        if not isinstance(leaf, yg.Tensor):
            raise ValueError(f"{where}: Got in_dim={d} for an input but the input is of type {type(leaf)}. We cannot "
                             "vmap over non-Tensor arguments, please use None as the respective in_dim")
        if not -leaf.ndim <= d < leaf.ndim:
            raise ValueError(f"{where}: Got in_dim={d} for some input, but that input is a Tensor of dimensionality "
                             f"{leaf.ndim} so expected in_dim to satisfy -{leaf.ndim} <= in_dim < {leaf.ndim}.")
        out.append(d % leaf.ndim)
    return out


def _batch_size(leaves, dims) -> int:
    sizes = [leaf.shape[d] for leaf, d in zip(leaves, dims) if d is not None]
    if not sizes:
        raise ValueError("vmap: Expected at least one Tensor to vmap over")
    if any(s != sizes[0] for s in sizes):
        raise ValueError(f"vmap: Expected all tensors to have the same size in the mapped dimension, got sizes "
                         f"{sizes} for the mapped dimension")
    return sizes[0]


def _same_across(values) -> bool:
    """Whether an output is the same in every iteration (the loop's stand-in for torch's "not batched")."""
    first = values[0]
    for v in values[1:]:
        if v is first:
            continue
        if not (isinstance(v, yg.Tensor) and isinstance(first, yg.Tensor)) or v.shape != first.shape:
            return False
        if not bool(yg.equal(v.detach(), first.detach())):
            return False
    return True


def _stack(func, values, out_dim, batch: int):
    """The per-index results of one output leaf combined along out_dim (torch's checks first)."""
    name = _name(func)
    if out_dim is None:
        if batch > 1 and not _same_across(values):
            raise ValueError(f"vmap({name}, ...): `{name}` can not return a BatchedTensor when out_dim is None")
        return values[0]
    for v in values:
        if not isinstance(v, yg.Tensor):
            raise ValueError(f"vmap({name}, ...): `{name}` must only return Tensors, got type {type(v)}. Did you "
                             "mean to set out_dims= to None for output?")
    ndim = values[0].ndim + 1
    if not isinstance(out_dim, int) or isinstance(out_dim, bool):
        raise ValueError(f"vmap({name}, ...): out_dims must be int or None, got {type(out_dim)}")
    if not -ndim <= out_dim < ndim:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got "
                         f"{out_dim})")
    if batch == 0:
        shape = list(values[0].shape)
        shape.insert(out_dim % ndim, 0)
        return yg.zeros(tuple(shape), dtype=values[0].dtype)
    return yg.stack(values, dim=out_dim)


def _combine(func, results, out_dims, batch: int):
    first, spec = tree_flatten(results[0])
    prefix = out_dims
    if isinstance(out_dims, tuple) and len(out_dims) == 1 and spec.is_leaf():
        prefix = out_dims[0]  # torch accepts out_dims=(d,) for a function returning one tensor
    dims = broadcast_prefix(prefix, results[0])
    if dims is None:
        raise ValueError(f"vmap({_name(func)}, ..., out_dims={out_dims})(<inputs>): out_dims is not compatible with "
                         f"the structure of `outputs`. out_dims has structure {tree_flatten(out_dims)[1]} but "
                         f"outputs has structure {spec}.")
    flats = [tree_flatten(r)[0] for r in results]
    return tree_unflatten([_stack(func, [f[j] for f in flats], d, batch) for j, d in enumerate(dims)], spec)


def _slice(leaves, dims, index):
    return [leaf if d is None else leaf.select(d, index) for leaf, d in zip(leaves, dims)]


def _placeholder(leaves, dims):
    """Inputs for one call when the mapped dimension is empty: zeros shaped like one slice, so the
    output shapes (and hence the empty stacked outputs) are known."""
    return [leaf if d is None else yg.zeros(leaf.shape[:d] + leaf.shape[d + 1:], dtype=leaf.dtype)
            for leaf, d in zip(leaves, dims)]


def vmap(func, in_dims=0, out_dims=0, randomness: str = "error", *, chunk_size=None):
    """`func` mapped over dimension in_dims of its positional inputs, results stacked at out_dims.

    randomness: "different" and "error" draw fresh random numbers per index (random ops are not
    intercepted, so "error" does not raise); "same" reseeds the generator identically before each
    index, so every index sees the same random numbers.
    """
    if randomness not in _RANDOMNESS:
        raise RuntimeError(f"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}")
    if chunk_size is not None and not (isinstance(chunk_size, int) and chunk_size > 0):
        raise ValueError(f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        if not args:
            raise ValueError(f"vmap({_name(func)})(<inputs>): got no inputs. Maybe you forgot to add inputs, or you "
                             "are trying to vmap over a function with no inputs. The latter is unsupported.")
        dims = _flat_in_dims(func, in_dims, args)
        leaves, spec = tree_flatten(args)
        batch = _batch_size(leaves, dims)
        seeds = None
        if randomness == "same":
            # One seed for every index and one to continue the stream afterwards, both drawn from it.
            seeds = [int(s) for s in yg.randint(0, 2 ** 31 - 1, (2,)).tolist()]
        results = []
        for i in range(batch):
            if seeds is not None:
                yg.manual_seed(seeds[0])
            results.append(func(*tree_unflatten(_slice(leaves, dims, i), spec), **kwargs))
        if batch == 0:
            results.append(func(*tree_unflatten(_placeholder(leaves, dims), spec), **kwargs))
        if seeds is not None:
            yg.manual_seed(seeds[1])
        return _combine(func, results, out_dims, batch)

    return wrapped
