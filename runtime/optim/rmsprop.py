"""RMSprop and Adagrad (torch.optim.RMSprop / Adagrad's update, single-tensor path)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.core.tensor import make
from yamlgrad.optim.optimizer import Optimizer, mark_modified

__all__ = ["RMSprop", "Adagrad"]


def _lerp_(a: np.ndarray, b: np.ndarray, weight: float) -> None:
    """a = lerp(a, b, weight) in place, with torch's choice of form."""
    if weight < 0.5:
        a += weight * (b - a)
    else:
        a[...] = b - (b - a) * (1 - weight)


class RMSprop(Optimizer):
    """Per parameter p with gradient g (torch.optim.RMSprop):

        g = g + weight_decay * p                          if weight_decay != 0
        v = alpha * v + (1 - alpha) * g * g
        avg = sqrt(v - m * m) with m = lerp(m, g, 1 - alpha)   if centered, else sqrt(v); avg += eps
        b = momentum * b + g / avg; p = p - lr * b        if momentum > 0
        p = p - lr * g / avg                              otherwise
    """

    def __init__(self, params, lr: float = 1e-2, alpha: float = 0.99, eps: float = 1e-8, weight_decay: float = 0,
                 momentum: float = 0, centered: bool = False, capturable: bool = False, foreach=None,
                 maximize: bool = False, differentiable: bool = False) -> None:
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= momentum:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not 0.0 <= alpha:
            raise ValueError(f"Invalid alpha value: {alpha}")
        super().__init__(params, dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                                      weight_decay=weight_decay, capturable=capturable, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable))

    def _update_group(self, group: dict[str, Any]) -> None:
        lr, alpha, eps = float(group["lr"]), float(group["alpha"]), float(group["eps"])
        weight_decay, momentum, centered = float(group["weight_decay"]), float(group["momentum"]), group["centered"]
        for p, g in self._gradients(group):
            state = self.state[p]
            if len(state) == 0:
                state["step"] = make(np.array(0.0, dtype=np.float32))
                state["square_avg"] = make(np.zeros_like(p._data))
                if momentum > 0:
                    state["momentum_buffer"] = make(np.zeros_like(p._data))
                if centered:
                    state["grad_avg"] = make(np.zeros_like(p._data))
            state["step"]._data += 1
            if weight_decay != 0:
                g = g + weight_decay * p._data
            square_avg = state["square_avg"]._data
            square_avg *= alpha
            square_avg += (1 - alpha) * g * g
            if centered:
                grad_avg = state["grad_avg"]._data
                _lerp_(grad_avg, g, 1 - alpha)
                avg = np.sqrt(square_avg + -1.0 * grad_avg * grad_avg)
            else:
                avg = np.sqrt(square_avg)
            avg += eps
            if momentum > 0:
                buf = state["momentum_buffer"]._data
                buf *= momentum
                buf += g / avg
                p._data += -lr * buf
            else:
                p._data += -lr * g / avg
            mark_modified(p)
            for value in state.values():
                mark_modified(value)


class Adagrad(Optimizer):
    """Per parameter p with gradient g at step t (torch.optim.Adagrad):

        g = g + weight_decay * p                          if weight_decay != 0
        clr = lr / (1 + (t - 1) * lr_decay)
        s = s + g * g                                     (s starts at initial_accumulator_value)
        p = p - clr * g / (sqrt(s) + eps)

    As in torch, the state ('sum', 'step') is created for every parameter at construction.
    """

    def __init__(self, params, lr: float = 1e-2, lr_decay: float = 0, weight_decay: float = 0,
                 initial_accumulator_value: float = 0, eps: float = 1e-10, foreach=None, *, maximize: bool = False,
                 differentiable: bool = False, fused=None) -> None:
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= lr_decay:
            raise ValueError(f"Invalid lr_decay value: {lr_decay}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not 0.0 <= initial_accumulator_value:
            raise ValueError(f"Invalid initial_accumulator_value value: {initial_accumulator_value}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable, fused=fused))
        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                state["step"] = make(np.array(0.0, dtype=np.float32))
                state["sum"] = make(np.full_like(p._data, group["initial_accumulator_value"]))

    def _update_group(self, group: dict[str, Any]) -> None:
        lr, lr_decay, eps = float(group["lr"]), float(group["lr_decay"]), float(group["eps"])
        weight_decay = float(group["weight_decay"])
        for p, g in self._gradients(group):
            state = self.state[p]
            state["step"]._data += 1
            step = float(state["step"].item())
            if weight_decay != 0:
                g = g + weight_decay * p._data
            clr = lr / (1 + (step - 1) * lr_decay)
            total = state["sum"]._data
            total += 1.0 * g * g
            std = np.sqrt(total)
            std += eps
            p._data += -clr * g / std
            mark_modified(p)
            mark_modified(state["step"])
            mark_modified(state["sum"])
