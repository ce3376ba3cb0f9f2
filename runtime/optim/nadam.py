"""NAdam, Adam with Nesterov momentum (torch.optim.NAdam's update, single-tensor path)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.optim._arrays import array, lerp_, step_state, zeros_state
from yamlgrad.optim.optimizer import Optimizer, check_adam_arguments, mark_modified

__all__ = ["NAdam"]


class NAdam(Optimizer):
    """Per parameter p with gradient g, at step t (torch.optim.NAdam):

        p = p * (1 - lr * weight_decay)                   if decoupled_weight_decay
        g = g + weight_decay * p                          elif weight_decay != 0
        mu_t = beta1 * (1 - 0.5 * 0.96^(t * momentum_decay)), likewise mu_{t+1}
        P = P * mu_t                                      (state 'mu_product', float32 as in torch)
        m = lerp(m, g, 1 - beta1); v = beta2 * v + (1 - beta2) * g * g
        denom = sqrt(v / (1 - beta2^t)) + eps
        p = p - lr (1 - mu_t) / (1 - P) * g / denom - lr mu_{t+1} / (1 - P mu_{t+1}) * m / denom
    """

    def __init__(self, params, lr: float = 2e-3, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, momentum_decay: float = 4e-3, decoupled_weight_decay: bool = False, *,
                 foreach=None, maximize: bool = False, capturable: bool = False,
                 differentiable: bool = False) -> None:
        check_adam_arguments(lr, eps, betas, weight_decay)
        if not 0.0 <= momentum_decay:
            raise ValueError(f"Invalid momentum_decay value: {momentum_decay}")
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      momentum_decay=momentum_decay, decoupled_weight_decay=decoupled_weight_decay,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable))

    def _update_group(self, group: dict[str, Any]) -> None:
        lr, eps, weight_decay = float(group["lr"]), float(group["eps"]), float(group["weight_decay"])
        beta1, beta2 = (float(b) for b in group["betas"])
        momentum_decay, decoupled = float(group["momentum_decay"]), group["decoupled_weight_decay"]
        for p, g in self._gradients(group):
            state = self.state[p]
            if len(state) == 0:
                state["step"] = step_state()
                state["mu_product"] = step_state(1.0)
                state["exp_avg"] = zeros_state(p)
                state["exp_avg_sq"] = zeros_state(p)
            data = array(p)
            exp_avg, exp_avg_sq = array(state["exp_avg"]), array(state["exp_avg_sq"])
            step_t, mu_product = array(state["step"]), array(state["mu_product"])
            step_t[...] += 1
            step = float(step_t)
            bias_correction2 = 1 - beta2 ** step
            if weight_decay != 0:
                if decoupled:
                    data *= 1 - lr * weight_decay
                else:
                    g = g + weight_decay * data
            mu = beta1 * (1.0 - 0.5 * 0.96 ** (step * momentum_decay))
            mu_next = beta1 * (1.0 - 0.5 * 0.96 ** ((step + 1) * momentum_decay))
            # Multiply in the product's own dtype (float32 when fresh, the parameter's after load_state_dict,
            # as in torch) so it rounds the way torch's tensor product does.
            mu_product[...] = mu_product * mu_product.dtype.type(mu)
            product = float(mu_product)
            lerp_(exp_avg, g, 1 - beta1)
            exp_avg_sq *= beta2
            exp_avg_sq += (1 - beta2) * g * g
            denom = np.sqrt(exp_avg_sq / bias_correction2) + eps
            data += -lr * (1.0 - mu) / (1.0 - product) * g / denom
            data += -lr * mu_next / (1.0 - product * mu_next) * exp_avg / denom
            for tensor in (p, state["step"], state["mu_product"], state["exp_avg"], state["exp_avg_sq"]):
                mark_modified(tensor)
