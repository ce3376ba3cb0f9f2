"""Adadelta (torch.optim.Adadelta's update, single-tensor path)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.optim._arrays import array, step_state, zeros_state
from yamlgrad.optim.optimizer import Optimizer, mark_modified

__all__ = ["Adadelta"]


class Adadelta(Optimizer):
    """Per parameter p with gradient g (torch.optim.Adadelta):

        g = g + weight_decay * p                          if weight_decay != 0
        v = rho * v + (1 - rho) * g * g                   (state 'square_avg')
        delta = sqrt(u + eps) / sqrt(v + eps) * g
        u = rho * u + (1 - rho) * delta * delta           (state 'acc_delta')
        p = p - lr * delta
    """

    def __init__(self, params, lr: float = 1.0, rho: float = 0.9, eps: float = 1e-6, weight_decay: float = 0,
                 foreach=None, *, capturable: bool = False, maximize: bool = False,
                 differentiable: bool = False) -> None:
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"Invalid rho value: {rho}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        super().__init__(params, dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay, maximize=maximize,
                                      capturable=capturable, foreach=foreach, differentiable=differentiable))

    def _update_group(self, group: dict[str, Any]) -> None:
        # Python floats keep float32 parameters' arithmetic in float32 (NumPy treats them as weak scalars).
        lr, rho, eps = float(group["lr"]), float(group["rho"]), float(group["eps"])
        weight_decay = float(group["weight_decay"])
        for p, g in self._gradients(group):
            state = self.state[p]
            if len(state) == 0:
                state["step"] = step_state()
                state["square_avg"] = zeros_state(p)
                state["acc_delta"] = zeros_state(p)
            data = array(p)
            square_avg, acc_delta = array(state["square_avg"]), array(state["acc_delta"])
            array(state["step"])[...] += 1
            if weight_decay != 0:
                g = g + weight_decay * data
            square_avg *= rho
            square_avg += (1 - rho) * g * g
            delta = np.sqrt(acc_delta + eps) / np.sqrt(square_avg + eps) * g
            acc_delta *= rho
            acc_delta += (1 - rho) * delta * delta
            data += -lr * delta
            for tensor in (p, state["step"], state["square_avg"], state["acc_delta"]):
                mark_modified(tensor)
