"""Compare backward against central finite differences, one full Jacobian per (output, input)."""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from .. import grad_mode
from ..engine import grad as autograd_grad
from ..tensor import Tensor, float64, make


class GradcheckError(RuntimeError):
    """Raised by gradcheck when the analytical and numerical Jacobians differ."""


@dataclass
class Mismatch:
    output: int
    input: int
    element: tuple            # (output element, input element) of the worst entry
    numerical: float
    analytical: float
    max_abs: float
    max_rel: float
    passed: bool

    def describe(self) -> str:
        out_el, in_el = self.element
        return (f"Jacobian mismatch for output {self.output} with respect to input {self.input}: worst element "
                f"(output {out_el}, input {in_el}): numerical {self.numerical:.6g} vs analytical "
                f"{self.analytical:.6g} (max abs err {self.max_abs:.3g}, max rel err {self.max_rel:.3g})")


def _outputs(value) -> list[Tensor]:
    items = value if isinstance(value, (tuple, list)) else (value,)
    return [t for t in items if isinstance(t, Tensor) and t.dtype.kind == "f"]


def _eval_outputs(func, inputs) -> list[np.ndarray]:
    with grad_mode.no_grad():
        return [o._data.astype(np.float64, copy=True) for o in _outputs(func(*inputs))]


def numerical_jacobians(func, inputs, diff: list[int], eps: float) -> list[list[np.ndarray]]:
    """J[i][j] has shape (outputs[i].size, inputs[diff[j]].size), by central differences."""
    base = _eval_outputs(func, inputs)
    jac = [[np.zeros((o.size, inputs[j]._data.size)) for j in diff] for o in base]
    for col, j in enumerate(diff):
        flat = inputs[j]._data.reshape(-1)  # a view: inputs were copied to contiguous arrays
        for k in range(flat.size):
            orig = flat[k]
            flat[k] = orig + eps
            plus = _eval_outputs(func, inputs)
            flat[k] = orig - eps
            minus = _eval_outputs(func, inputs)
            flat[k] = orig
            for i, (p, m) in enumerate(zip(plus, minus)):
                jac[i][col][:, k] = ((p - m) / (2 * eps)).reshape(-1)
    return jac


def analytical_jacobians(func, inputs, diff: list[int]) -> list[list[np.ndarray]]:
    """J[i][j] built row by row from backward with one-hot grad_outputs."""
    outputs = _outputs(func(*inputs))
    targets = [inputs[j] for j in diff]
    jac = [[np.zeros((o._data.size, t._data.size)) for t in targets] for o in outputs]
    for i, out in enumerate(outputs):
        if not out.requires_grad:
            continue
        for k in range(out._data.size):
            onehot = np.zeros(out._data.size, dtype=out.dtype)
            onehot[k] = 1
            grads = autograd_grad([out], targets, [make(onehot.reshape(out.shape))], retain_graph=True,
                                  allow_unused=True)
            for col, g in enumerate(grads):
                if g is not None:
                    if tuple(g.shape) != targets[col].shape:
                        raise GradcheckError(f"gradient for input {diff[col]} has shape {tuple(g.shape)}, "
                                             f"expected {targets[col].shape}")
                    jac[i][col][k, :] = g._data.reshape(-1)
    return jac


def compare(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3) -> list[Mismatch]:
    """Every (output, input) Jacobian pair, with its worst element and whether it is within tolerance."""
    inputs = [make(t._data.copy()).requires_grad_(t.requires_grad) if isinstance(t, Tensor) else t
              for t in inputs]
    diff = [j for j, t in enumerate(inputs) if isinstance(t, Tensor) and t.requires_grad]
    numerical = numerical_jacobians(func, inputs, diff, eps)
    analytical = analytical_jacobians(func, inputs, diff)
    if len(numerical) != len(analytical):
        raise GradcheckError("the function returned a different number of outputs on a second call")
    results = []
    for i, (num_row, ana_row) in enumerate(zip(numerical, analytical)):
        for col, (num, ana) in enumerate(zip(num_row, ana_row)):
            err = np.abs(ana - num)
            bound = atol + rtol * np.abs(num)
            passed = bool(np.all(err <= bound)) if err.size else True
            if err.size:
                worst = np.unravel_index(int(np.argmax(err - bound)), err.shape)
                rel = err / np.maximum(np.abs(num), 1e-12)
                results.append(Mismatch(i, diff[col], tuple(int(w) for w in worst), float(num[worst]),
                                        float(ana[worst]), float(err.max()), float(rel.max()), passed))
            else:
                results.append(Mismatch(i, diff[col], (0, 0), 0.0, 0.0, 0.0, 0.0, True))
    return results


def gradcheck(func, inputs, *, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3,
              raise_exception: bool = True, **_ignored) -> bool:
    """True when backward agrees with finite differences for every output/input pair.

    On failure raises GradcheckError naming output i, input j and the worst element (or returns
    False when raise_exception=False). Warns when a differentiable input is not float64, since
    finite differences in float32 are too coarse to be trusted.
    """
    inputs = tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)
    for j, t in enumerate(inputs):
        if isinstance(t, Tensor) and t.requires_grad and t.dtype != float64:
            warnings.warn(f"Input #{j} requires gradient and is not a double precision floating point. "
                          "This check will likely fail if all the inputs are not of double precision floating point.",
                          stacklevel=2)
    if not any(isinstance(t, Tensor) and t.requires_grad for t in inputs):
        raise ValueError("gradcheck expects at least one input tensor to require gradient")
    for m in compare(func, inputs, eps=eps, atol=atol, rtol=rtol):
        if not m.passed:
            if raise_exception:
                raise GradcheckError(m.describe())
            return False
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3,
                  raise_exception: bool = True, seed: int = 0, **_ignored) -> bool:
    """Check second derivatives: gradcheck of (inputs, grad_outputs) -> d(func)/d(inputs) · grad_outputs,
    computed with create_graph=True. Random float64 grad_outputs (seeded) when none are given."""
    inputs = tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)
    diff = [i for i, t in enumerate(inputs) if isinstance(t, Tensor) and t.requires_grad]
    outputs = [o for o in _outputs(func(*inputs)) if o.requires_grad]
    if grad_outputs is None:
        rng = np.random.default_rng(seed)
        grad_outputs = tuple(make(rng.standard_normal(o.shape).astype(o.dtype)).requires_grad_() for o in outputs)
    else:
        grad_outputs = tuple(grad_outputs) if isinstance(grad_outputs, (tuple, list)) else (grad_outputs,)
    n = len(inputs)

    def first_derivatives(*args):
        xs, gos = args[:n], args[n:]
        with grad_mode.enable_grad():  # also while gradcheck perturbs inputs under no_grad
            outs = [o for o in _outputs(func(*xs)) if o.requires_grad]
            grads = autograd_grad(outs, [xs[i] for i in diff], gos, create_graph=True, allow_unused=True)
        return tuple(g if g is not None else make(np.zeros(xs[i].shape, dtype=xs[i].dtype))
                     for g, i in zip(grads, diff))

    return gradcheck(first_derivatives, inputs + grad_outputs, eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception)
