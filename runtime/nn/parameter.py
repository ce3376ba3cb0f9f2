"""Parameter: a Tensor that a Module registers as one of its learnable weights."""
from __future__ import annotations

import numpy as np

from yamlgrad.core.tensor import Tensor, init_tensor, make


class Parameter(Tensor):
    """A leaf Tensor, requires_grad=True by default, that Module.__setattr__ registers.

    Like torch.nn.Parameter it shares the data of the tensor it is made from (no copy). Results of
    ops on a Parameter are plain Tensors.
    """
    __slots__ = ()

    def __init__(self, data=None, requires_grad: bool = True):
        if data is None:
            array, version = np.empty((0,), dtype=np.float32), [0]
        elif isinstance(data, Tensor):
            array, version = data._data, data._version
        else:
            raise TypeError(f"Parameter(data) expects a Tensor or None, got {type(data).__name__}")
        init_tensor(self, array, None)
        self._version = version  # shares storage (and so the version counter) with `data`, like torch
        if requires_grad:
            self.requires_grad = True

    def __repr__(self) -> str:
        return "Parameter containing:\n" + super().__repr__()

    def __reduce_ex__(self, protocol):
        return (_rebuild_parameter, (self._data, self._requires_grad))

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        out = Parameter(make(self._data.copy()), requires_grad=self._requires_grad)
        memo[id(self)] = out
        return out


def _rebuild_parameter(data, requires_grad):
    return Parameter(make(data), requires_grad=requires_grad)
