"""Which tensors torch would call contiguous, and whether `view` can reshape one without copying.

yamlgrad's tensors are NumPy arrays, whose strides follow the same row-major rules as torch's for
the view ops (transpose, permute, t, expand, slicing with a step). Other ops may hand back arrays in
another layout where torch's results are row-major (NumPy and the kernels choose layouts freely),
so only a view of another tensor (`_base` set) is judged by its strides; any other tensor counts
as contiguous. Negative strides never occur in torch; NumPy's come from ops torch copies (flip).
"""
from __future__ import annotations

import math

VIEW_INCOMPATIBLE = ("view size is not compatible with input tensor's size and stride (at least one dimension spans "
                     "across two contiguous subspaces). Use .reshape(...) instead.")


def _element_strides(array) -> tuple[int, ...]:
    item = array.itemsize or 1
    return tuple(s // item for s in array.strides)


def judged_by_strides(tensor) -> bool:
    data = tensor._data
    return tensor._base is not None and data.size > 1 and all(s >= 0 for s in data.strides)


def is_contiguous(tensor) -> bool:
    """torch's `is_contiguous()` (row-major; dimensions of size 1 may have any stride)."""
    return not judged_by_strides(tensor) or tensor._data.flags.c_contiguous


def can_view(shape, strides, new_shape) -> bool:
    """Whether an array of `shape`/`strides` (in elements) can be seen with `new_shape` without a copy.

    Dimensions of size 1 do not matter. The others form runs in which each dimension's stride is the
    next one's stride times the next one's size: a run is one block of memory and may be split or
    merged freely. The new shape fits when its dimensions, taken in order, multiply out to each run's
    element count in turn.
    """
    if math.prod(shape) == 0:
        return True
    runs, previous = [], None
    for size, stride in zip(shape, strides):
        if size == 1:
            continue
        if runs and previous == stride * size:
            runs[-1] *= size
        else:
            runs.append(size)
        previous = stride
    wanted = [n for n in new_shape if n != 1]
    i = 0
    for run in runs:
        product = 1
        while product < run and i < len(wanted):
            product *= wanted[i]
            i += 1
        if product != run:
            return False
    return i == len(wanted)


def check_view(tensor, new_shape) -> None:
    """Raise torch's RuntimeError when `tensor.view(new_shape)` would need a copy. `new_shape` may
    hold one -1; a size mismatch is left to the reshape itself, which reports it."""
    if not judged_by_strides(tensor) or tensor._data.flags.c_contiguous:
        return
    shape = tensor._data.shape
    sizes = list(new_shape)
    if sizes.count(-1) == 1:
        known = math.prod(n for n in sizes if n != -1)
        if known == 0 or math.prod(shape) % known:
            return
        sizes[sizes.index(-1)] = math.prod(shape) // known
    if math.prod(sizes) != math.prod(shape):
        return
    if not can_view(shape, _element_strides(tensor._data), sizes):
        raise RuntimeError(VIEW_INCOMPATIBLE)
