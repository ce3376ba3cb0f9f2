"""RAdam, Adam with a rectified adaptive learning rate (torch.optim.RAdam's update, single-tensor path)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.optim._arrays import array, lerp_, step_state, zeros_state
from yamlgrad.optim.optimizer import Optimizer, check_adam_arguments, mark_modified

__all__ = ["RAdam"]


class RAdam(Optimizer):
    """Per parameter p with gradient g, at step t (torch.optim.RAdam):

        p = p * (1 - lr * weight_decay)                   if decoupled_weight_decay
        g = g + weight_decay * p                          elif weight_decay != 0
        m = lerp(m, g, 1 - beta1); v = beta2 * v + (1 - beta2) * g * g
        rho_inf = 2 / (1 - beta2) - 1;  rho_t = rho_inf - 2 t beta2^t / (1 - beta2^t)
        p = p - m / (1 - beta1^t) * lr * sqrt(1 - beta2^t) / (sqrt(v) + eps) * r     if rho_t > 5
        p = p - m / (1 - beta1^t) * lr                                                otherwise
    with the rectification r = sqrt((rho_t - 4)(rho_t - 2) rho_inf / ((rho_inf - 4)(rho_inf - 2) rho_t)).
    """

    def __init__(self, params, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, decoupled_weight_decay: bool = False, *, foreach=None,
                 maximize: bool = False, capturable: bool = False, differentiable: bool = False) -> None:
        check_adam_arguments(lr, eps, betas, weight_decay)
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, maximize=maximize,
                                      foreach=foreach, capturable=capturable,
                                      decoupled_weight_decay=decoupled_weight_decay, differentiable=differentiable))

    def _update_group(self, group: dict[str, Any]) -> None:
        lr, eps, weight_decay = float(group["lr"]), float(group["eps"]), float(group["weight_decay"])
        beta1, beta2 = (float(b) for b in group["betas"])
        decoupled = group["decoupled_weight_decay"]
        for p, g in self._gradients(group):
            state = self.state[p]
            if len(state) == 0:
                state["step"] = step_state()
                state["exp_avg"] = zeros_state(p)
                state["exp_avg_sq"] = zeros_state(p)
            data = array(p)
            exp_avg, exp_avg_sq, step_t = array(state["exp_avg"]), array(state["exp_avg_sq"]), array(state["step"])
            step_t[...] += 1
            step = float(step_t)
            if weight_decay != 0:
                if decoupled:
                    data *= 1 - lr * weight_decay
                else:
                    g = g + weight_decay * data
            lerp_(exp_avg, g, 1 - beta1)
            exp_avg_sq *= beta2
            exp_avg_sq += (1 - beta2) * g * g
            bias_correction1, bias_correction2 = 1 - beta1 ** step, 1 - beta2 ** step
            corrected = exp_avg / bias_correction1
            rho_inf = 2 / (1 - beta2) - 1
            rho_t = rho_inf - 2 * step * beta2 ** step / bias_correction2
            # The variance of the adaptive rate is only tractable once rho_t > 5; before that the step is
            # plain momentum SGD (the threshold and the rectification are the paper's, as torch uses them).
            if rho_t > 5.0:
                rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
                adaptive = bias_correction2 ** 0.5 / (np.sqrt(exp_avg_sq) + eps)
                data -= corrected * lr * adaptive * rect
            else:
                data -= corrected * lr
            for tensor in (p, state["step"], state["exp_avg"], state["exp_avg_sq"]):
                mark_modified(tensor)
