"""Adamax, Adam with an infinity-norm second moment (torch.optim.Adamax's update, single-tensor path)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.optim._arrays import array, lerp_, step_state, zeros_state
from yamlgrad.optim.optimizer import Optimizer, check_adam_arguments, mark_modified

__all__ = ["Adamax"]


class Adamax(Optimizer):
    """Per parameter p with gradient g, at step t (torch.optim.Adamax):

        g = g + weight_decay * p                          if weight_decay != 0
        m = lerp(m, g, 1 - beta1)                         (state 'exp_avg')
        u = max(beta2 * u, |g| + eps)                     (state 'exp_inf'; eps inside the max, as torch)
        p = p - lr / (1 - beta1^t) * m / u
    """

    def __init__(self, params, lr: float = 2e-3, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, foreach=None, *, maximize: bool = False, differentiable: bool = False,
                 capturable: bool = False) -> None:
        check_adam_arguments(lr, eps, betas, weight_decay)
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable, capturable=capturable))

    def _update_group(self, group: dict[str, Any]) -> None:
        lr, eps, weight_decay = float(group["lr"]), float(group["eps"]), float(group["weight_decay"])
        beta1, beta2 = (float(b) for b in group["betas"])
        for p, g in self._gradients(group):
            state = self.state[p]
            if len(state) == 0:
                state["step"] = step_state()
                state["exp_avg"] = zeros_state(p)
                state["exp_inf"] = zeros_state(p)
            data = array(p)
            exp_avg, exp_inf, step = array(state["exp_avg"]), array(state["exp_inf"]), array(state["step"])
            step[...] += 1
            if weight_decay != 0:
                g = g + weight_decay * data
            lerp_(exp_avg, g, 1 - beta1)
            exp_inf *= beta2
            np.maximum(exp_inf, np.abs(g) + eps, out=exp_inf)
            clr = lr / (1 - beta1 ** float(step))
            data += -clr * exp_avg / exp_inf
            for tensor in (p, state["step"], state["exp_avg"], state["exp_inf"]):
                mark_modified(tensor)
