"""SGD with momentum, dampening, Nesterov momentum and L2 weight decay (torch.optim.SGD's update)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.core.tensor import make
from yamlgrad.optim.optimizer import Optimizer, mark_modified

__all__ = ["SGD"]


class SGD(Optimizer):
    """Per parameter p with gradient g (torch.optim.SGD, single-tensor path):

        g = g + weight_decay * p                          if weight_decay != 0
        b = g (first step) | momentum * b + (1 - dampening) * g
        g = g + momentum * b (nesterov) | b               if momentum != 0
        p = p - lr * g
    """

    def __init__(self, params, lr: float = 1e-3, momentum: float = 0, dampening: float = 0,
                 weight_decay: float = 0, nesterov: bool = False, *, maximize: bool = False, foreach=None,
                 differentiable: bool = False, fused=None) -> None:
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                      nesterov=nesterov, maximize=maximize, foreach=foreach,
                                      differentiable=differentiable, fused=fused))

    def _update_group(self, group: dict[str, Any]) -> None:
        # Python floats (not NumPy float64 scalars) keep float32 parameters' arithmetic in float32.
        lr, momentum = float(group["lr"]), float(group["momentum"])
        dampening, weight_decay = float(group["dampening"]), float(group["weight_decay"])
        if momentum == 0 and weight_decay == 0 and not group["maximize"]:
            # plain SGD: the same `p -= lr * g` as below, without the generator and the `.grad`
            # property per parameter (a compiled training step would otherwise spend its time here)
            for p in group["params"]:
                g = p._grad
                if g is not None:
                    data = p._data
                    data -= lr * g._data
                    p._version[0] += 1
            return
        for p, g in self._gradients(group):
            if weight_decay != 0:
                g = g + weight_decay * p._data
            if momentum != 0:
                state = self.state[p]
                buf = state.get("momentum_buffer")
                if buf is None:
                    state["momentum_buffer"] = buf = make(np.array(g, dtype=p.dtype, copy=True))
                else:
                    buf._data *= momentum
                    buf._data += (1 - dampening) * g
                    mark_modified(buf)
                g = g + momentum * buf._data if group["nesterov"] else buf._data
            p._data -= lr * g
            mark_modified(p)
