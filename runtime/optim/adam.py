"""Adam and AdamW (torch.optim.Adam / AdamW's update, single-tensor path)."""
from __future__ import annotations

from typing import Any

import numpy as np

from yamlgrad.core.tensor import make
from yamlgrad.optim.optimizer import Optimizer, check_adam_arguments

__all__ = ["Adam", "AdamW"]


class Adam(Optimizer):
    """Per parameter p with gradient g, at step t (torch.optim.Adam):

        p = p * (1 - lr * weight_decay)                   if decoupled (AdamW)
        g = g + weight_decay * p                          if weight_decay != 0 and not decoupled
        m = lerp(m, g, 1 - beta1)                         (m + (1 - beta1) * (g - m))
        v = beta2 * v + (1 - beta2) * g * g
        vmax = max(vmax, v); use vmax for v               if amsgrad
        denom = sqrt(v) / sqrt(1 - beta2^t) + eps
        p = p - lr / (1 - beta1^t) * m / denom
    """

    def __init__(self, params, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, amsgrad: bool = False, *, foreach=None, maximize: bool = False,
                 capturable: bool = False, differentiable: bool = False, fused=None,
                 decoupled_weight_decay: bool = False) -> None:
        check_adam_arguments(lr, eps, betas, weight_decay)
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable, fused=fused,
                                      decoupled_weight_decay=decoupled_weight_decay))

    def _init_state(self, p, amsgrad: bool) -> dict:
        state = self.state[p]
        if len(state) == 0:
            state["step"] = make(np.array(0.0, dtype=np.float32))  # a float32 0-d tensor, as in torch
            state["exp_avg"] = make(np.zeros_like(p._data))
            state["exp_avg_sq"] = make(np.zeros_like(p._data))
            if amsgrad:
                state["max_exp_avg_sq"] = make(np.zeros_like(p._data))
        elif amsgrad and "max_exp_avg_sq" not in state:
            state["max_exp_avg_sq"] = make(np.zeros_like(p._data))
        return state

    def _update_group(self, group: dict[str, Any]) -> None:
        # One pass per parameter over raw arrays, each step written into a scratch array or the state
        # itself (`out=`, in-place operators) rather than into fresh temporaries, in the operation order
        # of torch's single-tensor Adam so the rounding is the same. A compiled training step
        # (yg.compile) spends most of its time here otherwise.
        lr, eps, weight_decay = float(group["lr"]), float(group["eps"]), float(group["weight_decay"])
        beta1, beta2 = (float(b) for b in group["betas"])
        amsgrad, decoupled, maximize = group["amsgrad"], group["decoupled_weight_decay"], group["maximize"]
        weight = 1 - beta1
        for p in group["params"]:
            grad = p._grad
            if grad is None:
                continue
            g, data = grad._data, p._data
            if maximize:
                g = -g
            state = self._init_state(p, amsgrad)
            exp_avg, exp_avg_sq, step_t = state["exp_avg"]._data, state["exp_avg_sq"]._data, state["step"]._data
            step_t += 1
            if weight_decay != 0:
                if decoupled:
                    data *= 1 - lr * weight_decay
                else:
                    g = g + weight_decay * data
            scratch = np.subtract(g, exp_avg)
            if weight < 0.5:  # torch's lerp picks the better-conditioned of its two forms
                scratch *= weight
                exp_avg += scratch
            else:
                scratch *= 1 - weight
                np.subtract(g, scratch, out=exp_avg)
            exp_avg_sq *= beta2
            np.multiply(g, 1 - beta2, out=scratch)
            scratch *= g
            exp_avg_sq += scratch
            step = float(step_t)
            step_size = lr / (1 - beta1 ** step)
            second = exp_avg_sq
            if amsgrad:
                second = state["max_exp_avg_sq"]._data
                np.maximum(second, exp_avg_sq, out=second)
            denom = np.sqrt(second, out=scratch)
            denom /= (1 - beta2 ** step) ** 0.5
            denom += eps
            update = np.multiply(exp_avg, -step_size)
            update /= denom
            data += update
            p._version[0] += 1
            for tensor in state.values():
                tensor._version[0] += 1


class AdamW(Adam):
    """Adam with decoupled weight decay (p *= 1 - lr * weight_decay before the Adam step); weight_decay=1e-2."""

    def __init__(self, params, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 1e-2, amsgrad: bool = False, *, maximize: bool = False, foreach=None,
                 capturable: bool = False, differentiable: bool = False, fused=None) -> None:
        super().__init__(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                         foreach=foreach, maximize=maximize, capturable=capturable, differentiable=differentiable,
                         fused=fused, decoupled_weight_decay=True)
