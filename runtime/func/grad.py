"""torch.func.grad and grad_and_value: the gradient of a scalar function w.r.t. chosen arguments."""
from __future__ import annotations

import functools

import yamlgrad.namespace as yg

from yamlgrad.func import _argnums
from yamlgrad.func._reverse import Trace, split_aux

_API = "grad_and_value(f)(*args)"


def grad_and_value(func, argnums=0, has_aux: bool = False):
    """A function returning (gradient, value) of `func`; (gradient, (value, aux)) with has_aux.

    The gradient has the structure of the arguments picked by `argnums` (an int: that argument, which
    may be a tensor or a dict/tuple of tensors; a tuple: a tuple of those).
    """
    _argnums.check_argnums(argnums)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        diff = _argnums.select(args, argnums)
        trace = Trace(lambda *a: func(*a, **kwargs), diff, lambda new: _argnums.replace(args, argnums, new))
        value, aux = split_aux(trace.output, has_aux, _API)
        if not isinstance(value, yg.Tensor):
            raise RuntimeError(f"{_API}: Expected f(*args) to return a Tensor, got {type(value)}")
        if value.ndim != 0:
            raise RuntimeError(f"{_API}: Expected f(*args) to return a scalar Tensor, got tensor with "
                               f"{value.ndim} dims. Maybe you wanted to use the vjp or jacrev APIs instead?")
        grads = trace.pull([value], [yg.ones_like(value)])
        gradient = trace.release(trace.unflatten_inputs(grads))
        value = trace.release(value)
        if has_aux:
            return gradient, (value, trace.release(aux))
        return gradient, value

    return wrapper


def grad(func, argnums=0, has_aux: bool = False):
    """A function returning the gradient of scalar-valued `func` w.r.t. the arguments at `argnums`
    (and `aux` too, as (gradient, aux), when has_aux=True)."""
    both = grad_and_value(func, argnums, has_aux)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        gradient, value = both(*args, **kwargs)
        return (gradient, value[1]) if has_aux else gradient

    return wrapper
