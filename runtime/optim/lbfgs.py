"""L-BFGS with an optional strong-Wolfe line search (torch.optim.LBFGS's algorithm and stopping rules).

All parameters are handled as one flat vector: the gradient is gathered into a NumPy vector, the search
direction is a NumPy vector of the same length, and steps are written back into each parameter's buffer.
The two-loop recursion, step-size rules and termination tests follow torch.optim.LBFGS step for step, so
the iterates agree with torch's to rounding.
"""
from __future__ import annotations

import numpy as np

import yamlgrad.namespace as yg

from yamlgrad.optim._arrays import array
from yamlgrad.optim.optimizer import Optimizer, mark_modified

__all__ = ["LBFGS"]


def cubic_minimizer(x1, f1, g1, x2, f2, g2, bounds=None) -> float:
    """Minimizer of the cubic through (x1, f1) and (x2, f2) with slopes g1, g2, clamped to `bounds`
    (default: the interval between x1 and x2); the interval's midpoint when the cubic has no minimum."""
    low, high = bounds if bounds is not None else (min(x1, x2), max(x1, x2))
    d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
    disc = d1 * d1 - g1 * g2
    if disc < 0:
        return (low + high) / 2.0
    d2 = disc ** 0.5
    if x1 <= x2:
        point = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
    else:
        point = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
    return min(max(point, low), high)


def strong_wolfe(evaluate, t, d, f, g, gtd, c1=1e-4, c2=0.9, tolerance_change=1e-9, max_ls=25):
    """Line search along d from the current point (loss f, gradient g, slope gtd) for a step t satisfying the
    strong Wolfe conditions: first bracket an interval that holds one (growing t by cubic extrapolation),
    then shrink it by safeguarded cubic interpolation (Nocedal & Wright, algorithms 3.5 and 3.6).
    `evaluate(t)` returns (loss, flat gradient) at x + t d. Returns (loss, gradient, t, evaluations)."""
    d_norm = np.abs(d).max()
    g = g.copy()
    f_new, g_new = evaluate(t)
    evals, ls_iter = 1, 0
    gtd_new = g_new.dot(d)
    t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
    done = False
    bracket = None
    # -- bracketing phase
    while ls_iter < max_ls:
        if f_new > f + c1 * t * gtd or (ls_iter > 1 and f_new >= f_prev):
            # sufficient decrease failed: a minimizer lies between t_prev and t
            bracket = [[t_prev, f_prev, g_prev, gtd_prev], [t, f_new, g_new.copy(), gtd_new]]
            break
        if abs(gtd_new) <= -c2 * gtd:  # both Wolfe conditions hold at t
            bracket, done = [[t, f_new, g_new, gtd_new]], True
            break
        if gtd_new >= 0:  # the slope turned: again a minimizer lies between t_prev and t
            bracket = [[t_prev, f_prev, g_prev, gtd_prev], [t, f_new, g_new.copy(), gtd_new]]
            break
        # still descending steeply: extrapolate to a longer step, at most ten times the current one
        t_next = cubic_minimizer(t_prev, f_prev, gtd_prev, t, f_new, gtd_new,
                                 bounds=(t + 0.01 * (t - t_prev), t * 10))
        t_prev, f_prev, g_prev, gtd_prev = t, f_new, g_new.copy(), gtd_new
        t = t_next
        f_new, g_new = evaluate(t)
        evals += 1
        gtd_new = g_new.dot(d)
        ls_iter += 1
    if ls_iter == max_ls:  # out of evaluations while bracketing: choose between the start and the last step
        bracket = [[0, f, g, None], [t, f_new, g_new, None]]
    # -- zoom phase: bracket[low] is the end with the lower loss
    low, high = (0, 1) if bracket[0][1] <= bracket[-1][1] else (1, 0)
    insufficient_progress = False
    while not done and ls_iter < max_ls:
        (a, fa, _, ga), (b, fb, _, gb) = bracket
        if abs(b - a) * d_norm < tolerance_change:
            break
        t = cubic_minimizer(a, fa, ga, b, fb, gb)
        # keep t away from the ends of the bracket: a point too close to an end makes little progress
        lo_end, hi_end = min(a, b), max(a, b)
        margin = 0.1 * (hi_end - lo_end)
        if min(hi_end - t, t - lo_end) < margin:
            if insufficient_progress or t >= hi_end or t <= lo_end:
                t = hi_end - margin if abs(t - hi_end) < abs(t - lo_end) else lo_end + margin
                insufficient_progress = False
            else:
                insufficient_progress = True
        else:
            insufficient_progress = False
        f_new, g_new = evaluate(t)
        evals += 1
        gtd_new = g_new.dot(d)
        ls_iter += 1
        if f_new > f + c1 * t * gtd or f_new >= bracket[low][1]:
            bracket[high] = [t, f_new, g_new.copy(), gtd_new]
            low, high = (0, 1) if bracket[0][1] <= bracket[1][1] else (1, 0)
        else:
            if abs(gtd_new) <= -c2 * gtd:
                done = True
            elif gtd_new * (bracket[high][0] - bracket[low][0]) >= 0:
                bracket[high] = bracket[low]  # the slope says the minimizer is on the other side of t
            bracket[low] = [t, f_new, g_new.copy(), gtd_new]
    t, f_new, g_new, _ = bracket[low]
    return f_new, g_new, t, evals


class LBFGS(Optimizer):
    """Limited-memory BFGS over all parameters as one vector (torch.optim.LBFGS). `step(closure)` runs up to
    max_iter iterations (max_eval closure calls); the closure must clear the gradients, compute the loss,
    call backward and return the loss. One parameter group only."""

    def __init__(self, params, lr: float = 1, max_iter: int = 20, max_eval: int | None = None,
                 tolerance_grad: float = 1e-7, tolerance_change: float = 1e-9, history_size: int = 100,
                 line_search_fn: str | None = None) -> None:
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if max_eval is None:
            max_eval = max_iter * 5 // 4
        super().__init__(params, dict(lr=lr, max_iter=max_iter, max_eval=max_eval, tolerance_grad=tolerance_grad,
                                      tolerance_change=tolerance_change, history_size=history_size,
                                      line_search_fn=line_search_fn))
        if len(self.param_groups) != 1:
            raise ValueError("LBFGS doesn't support per-parameter options (parameter groups)")
        self._params = self.param_groups[0]["params"]

    # ---- the parameters as one flat vector -------------------------------------------------------
    def _flat_grad(self) -> np.ndarray:
        """All gradients concatenated (zeros for a parameter without one)."""
        parts = [np.zeros(p.numel(), dtype=array(p).dtype) if p.grad is None else array(p.grad).reshape(-1)
                 for p in self._params]
        return np.concatenate(parts)

    def _add_step(self, step_size: float, direction: np.ndarray) -> None:
        """x += step_size * direction, in place in every parameter."""
        offset = 0
        for p in self._params:
            data, n = array(p), p.numel()
            data += step_size * direction[offset:offset + n].reshape(data.shape)
            offset += n
            mark_modified(p)

    def _set_params(self, values: list[np.ndarray]) -> None:
        for p, value in zip(self._params, values):
            array(p)[...] = value
            mark_modified(p)

    def _evaluate(self, closure) -> float:
        with yg.enable_grad():
            return float(closure())

    # ---- the step ----------------------------------------------------------------------------------
    def step(self, closure):
        """Run the optimization with `closure` (required) and return the loss of its first call."""
        with yg.no_grad():
            return self._run(closure)

    def _run(self, closure):
        group = self.param_groups[0]
        lr, max_iter, max_eval = float(group["lr"]), group["max_iter"], group["max_eval"]
        tolerance_grad, tolerance_change = group["tolerance_grad"], group["tolerance_change"]
        line_search_fn, history_size = group["line_search_fn"], group["history_size"]
        state = self.state[self._params[0]]  # the whole optimizer's state lives with the first parameter
        state.setdefault("func_evals", 0)
        state.setdefault("n_iter", 0)

        with yg.enable_grad():
            orig_loss = closure()
        loss = float(orig_loss)
        current_evals = 1
        state["func_evals"] += 1
        flat_grad = self._flat_grad()
        if np.abs(flat_grad).max() <= tolerance_grad:  # already optimal
            return orig_loss

        d, t = _unwrap(state.get("d")), state.get("t")
        old_dirs = [_unwrap(v) for v in state.get("old_dirs") or []]
        old_stps = [_unwrap(v) for v in state.get("old_stps") or []]
        ro, H_diag = list(state.get("ro") or []), state.get("H_diag")
        prev_flat_grad, prev_loss = _unwrap(state.get("prev_flat_grad")), state.get("prev_loss")

        n_iter = 0
        while n_iter < max_iter:
            n_iter += 1
            state["n_iter"] += 1
            if state["n_iter"] == 1:
                d, old_dirs, old_stps, ro, H_diag = -flat_grad, [], [], [], 1
            else:
                y, s = flat_grad - prev_flat_grad, d * t
                ys = y.dot(s)
                if ys > 1e-10:  # keep the curvature pair only if it keeps the inverse Hessian positive definite
                    if len(old_dirs) == history_size:
                        old_dirs.pop(0), old_stps.pop(0), ro.pop(0)
                    old_dirs.append(y)
                    old_stps.append(s)
                    ro.append(1.0 / ys)
                    H_diag = ys / y.dot(y)
                d = _two_loop(-flat_grad, old_dirs, old_stps, ro, H_diag)
            prev_flat_grad = flat_grad.copy()
            prev_loss = loss
            # the first step is scaled by the gradient's size, later ones use lr as they are
            t = min(1.0, 1.0 / np.abs(flat_grad).sum()) * lr if state["n_iter"] == 1 else lr
            gtd = flat_grad.dot(d)
            if gtd > -tolerance_change:  # not a descent direction (to tolerance): stop
                break

            evals = 0
            if line_search_fn is not None:
                if line_search_fn != "strong_wolfe":
                    raise RuntimeError("only 'strong_wolfe' is supported")
                start = [array(p).copy() for p in self._params]

                def evaluate(step_size, direction=d, start=start):
                    self._add_step(step_size, direction)
                    value = self._evaluate(closure)
                    grad = self._flat_grad()
                    self._set_params(start)
                    return value, grad

                loss, flat_grad, t, evals = strong_wolfe(evaluate, t, d, loss, flat_grad, gtd,
                                                         max_ls=max_eval - current_evals)
                self._add_step(t, d)
                opt_cond = np.abs(flat_grad).max() <= tolerance_grad
            else:
                self._add_step(t, d)
                opt_cond = False
                if n_iter != max_iter:  # the next iteration needs the loss and gradient at the new point
                    loss = self._evaluate(closure)
                    flat_grad = self._flat_grad()
                    opt_cond = np.abs(flat_grad).max() <= tolerance_grad
                    evals = 1
            current_evals += evals
            state["func_evals"] += evals

            if n_iter == max_iter or current_evals >= max_eval or opt_cond:
                break
            if np.abs(d * t).max() <= tolerance_change:  # the step no longer moves the parameters
                break
            if abs(loss - prev_loss) < tolerance_change:  # nor the loss
                break

        state.update(d=_wrap(d), t=t, old_dirs=[_wrap(v) for v in old_dirs], old_stps=[_wrap(v) for v in old_stps],
                     ro=ro, H_diag=H_diag, prev_flat_grad=_wrap(prev_flat_grad), prev_loss=prev_loss)
        return orig_loss


def _two_loop(q: np.ndarray, old_dirs, old_stps, ro, H_diag) -> np.ndarray:
    """H q for the L-BFGS inverse-Hessian approximation H (the two-loop recursion, H_diag * I at its core)."""
    al = [0.0] * len(old_dirs)
    for i in range(len(old_dirs) - 1, -1, -1):
        al[i] = old_stps[i].dot(q) * ro[i]
        q = q - al[i] * old_dirs[i]
    r = q * H_diag
    for i in range(len(old_dirs)):
        be_i = old_dirs[i].dot(r) * ro[i]
        r = r + (al[i] - be_i) * old_stps[i]
    return r


def _wrap(value):
    """State vectors are kept as tensors (as torch keeps them), so state_dict holds tensors."""
    return None if value is None else yg.from_numpy(value)


def _unwrap(value):
    return None if value is None else array(value)
