"""Plain helpers on shapes and dims."""
from __future__ import annotations

from yamlgrad.numerics.helpers.registry import plain_helper
from yamlgrad.numerics.kernels import dims_tuple


@plain_helper
def keepdim_shape(shape, dim):
    """`shape` with the reduced dims kept as size 1."""
    dims = dims_tuple(dim, len(shape))
    return tuple(1 if i in dims else n for i, n in enumerate(shape))


@plain_helper
def reduced_count(shape, dim):
    """How many elements each output element of a reduction over `dim` summarizes."""
    if len(shape) == 0:
        return 1
    count = 1
    for d in dims_tuple(dim, len(shape)):
        count *= shape[d]
    return count


@plain_helper
def inverse_permutation(dims):
    dims = [d % len(dims) for d in dims]
    inverse = [0] * len(dims)
    for i, d in enumerate(dims):
        inverse[d] = i
    return tuple(inverse)
