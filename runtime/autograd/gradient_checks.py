"""torch.autograd.gradcheck / gradgradcheck: backward (and forward mode) against central differences.

The signatures are torch's, keyword for keyword, so a misspelt option (`atoll=5`) is a TypeError
instead of a silently ignored keyword. yamlgrad has no vmap: the `check_batched_*` options check a
batch of random cotangents (tangents) one by one against the same Jacobian, which is what a batched
rule would have to reproduce. There are no sparse tensors, so `masked` changes nothing.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from yamlgrad.autograd import forward_ad
from yamlgrad.core import grad_mode
from yamlgrad.core.engine import grad as autograd_grad
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import float64


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
    what: str = "Jacobian"

    def describe(self) -> str:
        out_el, in_el = self.element
        return (f"{self.what} mismatch for output {self.output} with respect to input {self.input}: worst element "
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


def _check_grad(g, target, index: int, check_dtype: bool) -> None:
    if tuple(g.shape) != target.shape:
        raise GradcheckError(f"gradient for input {index} has shape {tuple(g.shape)}, expected {target.shape}")
    if check_dtype and g.dtype != target.dtype:
        raise GradcheckError(f"Gradient has dtype mismatch: input {index} is {target.dtype}, its gradient "
                             f"{g.dtype}")


def analytical_jacobians(func, inputs, diff: list[int], check_dtype: bool = False) -> list[list[np.ndarray]]:
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
                    _check_grad(g, targets[col], diff[col], check_dtype)
                    jac[i][col][k, :] = g._data.reshape(-1)
    return jac


def _copy_inputs(inputs):
    # gradcheck perturbs its own copies in place, never the caller's tensors
    return [make(t._data.copy()).requires_grad_(t.requires_grad) if isinstance(t, Tensor) else t for t in inputs]


def _differentiable(inputs) -> list[int]:
    return [j for j, t in enumerate(inputs) if isinstance(t, Tensor) and t.requires_grad]


def compare_jacobians(numerical, analytical, diff, atol, rtol, what="Jacobian") -> list[Mismatch]:
    if len(numerical) != len(analytical):
        raise GradcheckError("the function returned a different number of outputs on a second call")
    results = []
    for i, (num_row, ana_row) in enumerate(zip(numerical, analytical)):
        for col, (num, ana) in enumerate(zip(num_row, ana_row)):
            err = np.abs(ana - num)
            bound = atol + rtol * np.abs(num)
            if not err.size:
                results.append(Mismatch(i, diff[col], (0, 0), 0.0, 0.0, 0.0, 0.0, True, what))
                continue
            passed = bool(np.all(err <= bound))
            worst = np.unravel_index(int(np.nanargmax(np.where(np.isnan(err), np.inf, err - bound))), err.shape)
            rel = err / np.maximum(np.abs(num), 1e-12)
            results.append(Mismatch(i, diff[col], tuple(int(w) for w in worst), float(num[worst]),
                                    float(ana[worst]), float(err.max()), float(rel.max()), passed, what))
    return results


def compare(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3) -> list[Mismatch]:
    """Every (output, input) Jacobian pair, with its worst element and whether it is within tolerance."""
    inputs = _copy_inputs(inputs)
    diff = _differentiable(inputs)
    return compare_jacobians(numerical_jacobians(func, inputs, diff, eps), analytical_jacobians(func, inputs, diff),
                             diff, atol, rtol)


# ---- forward mode ----------------------------------------------------------------------------------
def _jvp(func, inputs, diff, tangents) -> list[np.ndarray | None]:
    """Output tangents of func at inputs for the given input tangents (one per diff input)."""
    with forward_ad.dual_level():
        args = list(inputs)
        for j, u in zip(diff, tangents):
            args[j] = forward_ad.make_dual(inputs[j], make(np.asarray(u, dtype=inputs[j].dtype)))
        # A custom Function without jvp raises torch's NotImplementedError from Function.jvp.
        outputs = _outputs(func(*args))
        return [None if o._fw is None else np.array(o._fw, dtype=np.float64) for o in outputs]


def forward_jacobians(func, inputs, diff) -> list[list[np.ndarray]]:
    """J[i][j] column by column from forward mode with one-hot tangents."""
    with grad_mode.no_grad():
        sizes = [o._data.size for o in _outputs(func(*inputs))]
    jac = [[np.zeros((n, inputs[j]._data.size)) for j in diff] for n in sizes]
    for col, j in enumerate(diff):
        for k in range(inputs[j]._data.size):
            tangents = [np.zeros(inputs[d].shape) for d in diff]
            tangents[col].reshape(-1)[k] = 1.0
            for i, t in enumerate(_jvp(func, inputs, diff, tangents)):
                if t is not None:
                    jac[i][col][:, k] = t.reshape(-1)
    return jac


# ---- fast mode: v^T J u along random directions -------------------------------------------------------
def _fast_check(func, inputs, diff, eps, atol, rtol, backward: bool, nondet_tol: float) -> list[Mismatch]:
    """torch's fast mode: compare the scalar v^T J u (random u, v) instead of whole Jacobians."""
    rng = np.random.default_rng(0)
    u = [rng.standard_normal(inputs[j].shape) for j in diff]
    plus, minus = list(inputs), list(inputs)
    for j, d in zip(diff, u):  # perturbed copies keep requires_grad: gradgradcheck's function needs it
        plus[j] = make(inputs[j]._data + eps * d).requires_grad_()
        minus[j] = make(inputs[j]._data - eps * d).requires_grad_()
    ju = [(p - m) / (2 * eps) for p, m in zip(_eval_outputs(func, plus), _eval_outputs(func, minus))]
    outputs = _outputs(func(*inputs))
    results = []
    if not backward:
        got = _jvp(func, inputs, diff, u)
        for i, (num, ana) in enumerate(zip(ju, got)):
            ana = np.zeros_like(num) if ana is None else ana
            results += compare_jacobians([[num.reshape(-1, 1)]], [[ana.reshape(-1, 1)]], [diff[0]], atol, rtol,
                                         "Jacobian computed with forward mode (fast mode, J u)")
            results[-1].output = i
        return results
    for i, out in enumerate(outputs):
        v = rng.standard_normal(out.shape)
        numerical = float(np.sum(v * ju[i]))
        analytical, first = 0.0, None
        if out.requires_grad:
            for _ in range(2):
                grads = autograd_grad([out], [inputs[j] for j in diff], [make(v.astype(out.dtype))],
                                      retain_graph=True, allow_unused=True)
                value = sum(float(np.sum(g._data * d)) for g, d in zip(grads, u) if g is not None)
                if first is None:
                    first, analytical = value, value
                elif abs(value - first) > nondet_tol:
                    raise GradcheckError(_not_reentrant(nondet_tol))
        results += compare_jacobians([[np.array([[numerical]])]], [[np.array([[analytical]])]], [diff[0]],
                                     atol, rtol, "Jacobian (fast mode, v^T J u)")
        results[-1].output = i
    return results


def _not_reentrant(nondet_tol: float) -> str:
    return ("Backward is not reentrant, i.e., running backward with same input and grad_output multiple times "
            "gives different values, although analytical gradient matches numerical gradient. The tolerance for "
            f"nondeterminism was {nondet_tol}.")


# ---- the other checks ------------------------------------------------------------------------------------
def _check_undefined_grad(func, inputs, diff) -> None:
    """A zero (unused) output gradient must give zero or no input gradients, as torch's undefined grads."""
    outputs = [o for o in _outputs(func(*inputs)) if o.requires_grad]
    if not outputs:
        return
    zeros = [make(np.zeros(o.shape, dtype=o.dtype)) for o in outputs]
    for j, g in zip(diff, autograd_grad(outputs, [inputs[j] for j in diff], zeros, allow_unused=True)):
        if g is not None and np.any(g._data != 0):
            raise GradcheckError(f"Expected backward function to handle undefined output grads: zero output "
                                 f"gradients gave a nonzero gradient for input {j}")


def _check_nondeterminism(func, inputs, diff, nondet_tol) -> None:
    """Backward twice with the same random cotangent must agree within nondet_tol (torch's reentrancy
    check, on one cotangent per output rather than on whole Jacobians, to stay cheap)."""
    rng = np.random.default_rng(2)
    for out in _outputs(func(*inputs)):
        if not out.requires_grad:
            continue
        v = make(rng.standard_normal(out.shape).astype(out.dtype))
        runs = [autograd_grad([out], [inputs[j] for j in diff], [v], retain_graph=True, allow_unused=True)
                for _ in range(2)]
        for a, b in zip(*runs):
            if (a is None) != (b is None) or (a is not None and a._data.size
                                               and float(np.max(np.abs(a._data - b._data))) > nondet_tol):
                raise GradcheckError(_not_reentrant(nondet_tol))


def _check_batched(func, inputs, diff, jacobians, forward: bool, atol, rtol) -> list[Mismatch]:
    """A batch of random cotangents (tangents), each through backward (forward mode) against J."""
    rng = np.random.default_rng(1)
    outputs = _outputs(func(*inputs))
    results = []
    for _ in range(2):
        if forward:
            u = [rng.standard_normal(inputs[j].shape) for j in diff]
            for i, got in enumerate(_jvp(func, inputs, diff, u)):
                want = sum(jacobians[i][c] @ d.reshape(-1) for c, d in enumerate(u))
                got = np.zeros_like(want) if got is None else got.reshape(-1)
                results += compare_jacobians([[want.reshape(-1, 1)]], [[got.reshape(-1, 1)]], [diff[0]], atol, rtol,
                                             "Batched forward-mode Jacobian")
            continue
        for i, out in enumerate(outputs):
            if not out.requires_grad:
                continue
            v = rng.standard_normal(out.shape)
            grads = autograd_grad([out], [inputs[j] for j in diff], [make(v.astype(out.dtype))], retain_graph=True,
                                  allow_unused=True)
            for c, g in enumerate(grads):
                want = v.reshape(-1) @ jacobians[i][c]
                got = np.zeros_like(want) if g is None else g._data.reshape(-1)
                results += compare_jacobians([[want.reshape(1, -1)]], [[got.reshape(1, -1)]], [diff[c]], atol, rtol,
                                             "Batched grad")
    return results


def _fail(message: str, raise_exception: bool) -> bool:
    if raise_exception:
        raise GradcheckError(message)
    return False


def gradcheck(func, inputs, *, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3,
              raise_exception: bool = True, nondet_tol: float = 0.0, check_undefined_grad: bool = True,
              check_grad_dtypes: bool = False, check_batched_grad: bool = False,
              check_batched_forward_grad: bool = False, check_forward_ad: bool = False,
              check_backward_ad: bool = True, fast_mode: bool = False, masked: bool | None = None) -> bool:
    """True when backward (and, with check_forward_ad, forward mode) agrees with finite differences.

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
    if not (check_forward_ad or check_backward_ad):
        raise ValueError("Expected at least one of check_forward_ad or check_backward_ad to be True")
    if check_batched_forward_grad and not check_forward_ad:
        raise ValueError("check_batched_forward_grad requires check_forward_ad to be True")
    inputs = _copy_inputs(inputs)
    diff = _differentiable(inputs)
    try:
        results: list[Mismatch] = []
        if fast_mode:
            if check_backward_ad:
                results += _fast_check(func, inputs, diff, eps, atol, rtol, True, nondet_tol)
            if check_forward_ad:
                results += _fast_check(func, inputs, diff, eps, atol, rtol, False, nondet_tol)
        else:
            numerical = numerical_jacobians(func, inputs, diff, eps)
            if check_backward_ad:
                analytical = analytical_jacobians(func, inputs, diff, check_grad_dtypes)
                results += compare_jacobians(numerical, analytical, diff, atol, rtol)
                if all(m.passed for m in results):
                    _check_nondeterminism(func, inputs, diff, nondet_tol)
                if check_batched_grad:
                    results += _check_batched(func, inputs, diff, numerical, False, atol, rtol)
            if check_forward_ad:
                results += compare_jacobians(numerical, forward_jacobians(func, inputs, diff), diff, atol, rtol,
                                             "Jacobian computed with forward mode")
                if check_batched_forward_grad:
                    results += _check_batched(func, inputs, diff, numerical, True, atol, rtol)
        failed = next((m for m in results if not m.passed), None)
        if failed is not None:
            return _fail(failed.describe(), raise_exception)
        if check_backward_ad and check_undefined_grad:
            _check_undefined_grad(func, inputs, diff)
    except GradcheckError as exc:
        return _fail(str(exc), raise_exception)
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3,
                  gen_non_contig_grad_outputs: bool = False, raise_exception: bool = True, nondet_tol: float = 0.0,
                  check_undefined_grad: bool = True, check_grad_dtypes: bool = False,
                  check_batched_grad: bool = False, check_fwd_over_rev: bool = False,
                  check_rev_over_rev: bool = True, fast_mode: bool = False, masked: bool = False) -> bool:
    """Check second derivatives: gradcheck of (inputs, grad_outputs) -> d(func)/d(inputs) · grad_outputs,
    computed with create_graph=True. Random float64 grad_outputs (fixed seed) when none are given.
    NumPy arrays have no layout to vary, so gen_non_contig_grad_outputs changes nothing."""
    inputs = tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)
    diff = [i for i, t in enumerate(inputs) if isinstance(t, Tensor) and t.requires_grad]
    outputs = [o for o in _outputs(func(*inputs)) if o.requires_grad]
    if grad_outputs is None:
        rng = np.random.default_rng(0)
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
                     raise_exception=raise_exception, nondet_tol=nondet_tol, check_undefined_grad=check_undefined_grad,
                     check_grad_dtypes=check_grad_dtypes, check_batched_grad=check_batched_grad,
                     check_forward_ad=check_fwd_over_rev, check_backward_ad=check_rev_over_rev, fast_mode=fast_mode,
                     masked=masked)
