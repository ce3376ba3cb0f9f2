"""torch.Size: the tuple of ints that `Tensor.shape` and `Tensor.size()` return.

A tuple subclass, so everything that takes a shape tuple takes it; it only adds torch's printing
(`torch.Size([2, 3])`), `numel()`, and keeps its type through slicing and `+` as torch's does.
"""
from __future__ import annotations

import operator


class Size(tuple):
    __slots__ = ()

    def __new__(cls, sizes=()):
        items = tuple(sizes)
        for i, n in enumerate(items):
            if isinstance(n, bool) or not hasattr(n, "__index__"):
                raise TypeError(f"torch.Size() takes an iterable of 'int' (item {i} is '{type(n).__name__}')")
        return tuple.__new__(cls, map(operator.index, items))

    def __repr__(self) -> str:
        return f"torch.Size([{', '.join(map(str, self))}])"

    __str__ = __repr__

    def __getitem__(self, index):
        out = tuple.__getitem__(self, index)
        return Size(out) if isinstance(index, slice) else out

    def __add__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple.__add__(self, other))

    def __radd__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple.__add__(other, self))

    def __mul__(self, times):
        return Size(tuple.__mul__(self, times))

    __rmul__ = __mul__

    def numel(self) -> int:
        count = 1
        for n in self:
            count *= n
        return count

    def __reduce__(self):
        return (Size, (tuple(self),))


def as_size(shape: tuple) -> Size:
    """A NumPy shape (a tuple of Python ints) as a Size, without re-checking its items."""
    return tuple.__new__(Size, shape)
