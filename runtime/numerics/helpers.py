"""Functions a backward formula may call besides registry ops (codegen reads the decorators).

`@tensor_helper` functions receive the op namespace `F` first and build their result from
registry ops, operators and `.shape`/`.ndim`, so one definition serves both the raw-array backward
(F = yamlgrad.autogen.raw) and the recorded backward (F = yamlgrad.autogen.ops), where it stays
differentiable for higher-order gradients. `@plain_helper` functions compute on Python values.
"""
from __future__ import annotations

from numbers import Number

from yamlgrad.numerics.kernels import dims_tuple


def tensor_helper(fn):
    return fn


def plain_helper(fn):
    return fn


# ---- plain helpers: shapes and dims -------------------------------------------------------------
@plain_helper
def keepdim_shape(shape, dim):
    """`shape` with the reduced dims kept as size 1."""
    dims = dims_tuple(dim, len(shape))
    return tuple(1 if i in dims else n for i, n in enumerate(shape))


@plain_helper
def reduced_count(shape, dim):
    """How many elements each output element of a reduction over `dim` summarizes."""
    if len(shape) == 0:
        return 1
    count = 1
    for d in dims_tuple(dim, len(shape)):
        count *= shape[d]
    return count


@plain_helper
def inverse_permutation(dims):
    dims = [d % len(dims) for d in dims]
    inverse = [0] * len(dims)
    for i, d in enumerate(dims):
        inverse[d] = i
    return tuple(inverse)


# ---- tensor helpers ------------------------------------------------------------------------------
@tensor_helper
def sum_backward(F, grad, shape, dim, keepdim):
    """Spread a reduction's gradient back over the reduced dims."""
    if not keepdim and len(shape) > 0:
        grad = F.reshape(grad, keepdim_shape(shape, dim))
    return F.expand(grad, shape)


@tensor_helper
def extremum_backward(F, grad, self, result, dim, keepdim):
    """Gradient of max/min over `dim`: split evenly between tied extrema (as torch's amax/amin do)."""
    shape = self.shape
    if not keepdim and len(shape) > 0:
        grad = F.reshape(grad, keepdim_shape(shape, dim))
        result = F.reshape(result, keepdim_shape(shape, dim))
    mask = F.eq(self, result)
    count = F.sum(mask, dims_tuple(dim, len(shape)), keepdim=True)
    return grad * mask / count


@tensor_helper
def extremum_jvp(F, tangent, self, result, dim, keepdim):
    """Tangent of max/min over `dim`: the mean of the input tangent over the tied extrema."""
    shape = self.shape
    if not keepdim and len(shape) > 0:
        result = F.reshape(result, keepdim_shape(shape, dim))
    mask = F.eq(self, result)
    dims = dims_tuple(dim, len(shape))
    out = F.sum(tangent * mask, dims, keepdim=True) / F.sum(mask, dims, keepdim=True)
    return out if keepdim or len(shape) == 0 else F.reshape(out, F.sum(mask, dims, keepdim=keepdim).shape)


@tensor_helper
def matmul_backward_self(F, grad, self, other):
    """d(self @ other)/d self for every matmul form; batch dims are reduced by the engine."""
    if other.ndim == 1:
        if self.ndim == 1:
            return grad * other
        return F.unsqueeze(grad, -1) * other
    if self.ndim == 1:
        return F.squeeze(F.matmul(other, F.unsqueeze(grad, -1)), -1)
    return F.matmul(grad, F.transpose(other, -1, -2))


@tensor_helper
def matmul_backward_other(F, grad, self, other):
    if self.ndim == 1:
        if other.ndim == 1:
            return grad * self
        return F.unsqueeze(self, -1) * F.unsqueeze(grad, -2)
    if other.ndim == 1:
        return F.squeeze(F.matmul(F.transpose(self, -1, -2), F.unsqueeze(grad, -1)), -1)
    if other.ndim == 2 and _column_major(other):
        # `other` is a transposed matrix (the weight.T of linear): give its gradient the same layout,
        # so the gradient reaching the weight is row-major, as the weight is (torch does the same).
        return F.transpose(F.matmul(F.transpose(grad, -1, -2), self), -1, -2)
    return F.matmul(F.transpose(self, -1, -2), grad)


@tensor_helper
def mm_mat2_backward(F, grad, mat1, mat2, alpha):
    """d(mat1 @ mat2)/d mat2 = mat1^T @ grad, computed in mat2's layout: for a transposed mat2 (the
    weight.t() of linear) as (grad^T @ mat1)^T, so the weight's own gradient comes out row-major."""
    if _column_major(mat2):
        out = F.t(F.mm(F.t(grad), mat1))
    else:
        out = F.mm(F.t(mat1), grad)
    return out if alpha == 1 else out * alpha


def _column_major(x) -> bool:
    flags = getattr(x, "flags", None)  # arrays only: the recorded backward sees Tensors
    return flags is not None and flags.f_contiguous and not flags.c_contiguous


@tensor_helper
def pow_backward_self(F, grad, self, exponent):
    """d/dx x**p = p * x**(p-1), defined as 0 where p == 0 (torch's choice, so 0**0 has gradient 0)."""
    if isinstance(exponent, Number):
        if exponent == 0:
            return F.zeros_like(grad)
        return grad * exponent * F.pow(self, exponent - 1)
    return F.where(exponent == 0, 0.0, grad * exponent * F.pow(self, exponent - 1))


@tensor_helper
def pow_backward_exponent(F, grad, self, exponent, result):
    """d/dp x**p = x**p * log(x), defined as 0 where x == 0 and p >= 0 (torch's choice)."""
    return F.where((self == 0) & (exponent >= 0), 0.0, grad * result * F.log(self))


@tensor_helper
def pow_jvp(F, self_t, self, exponent, exponent_t, result):
    """Tangent of self ** exponent. Forward mode runs on arrays only, so an exponent without a tangent
    (zeros here) can be skipped: its term would be 0 * log(self), NaN for a negative base."""
    import numpy as np
    out = pow_backward_self(F, self_t, self, exponent)
    if isinstance(exponent, Number) or not np.any(exponent_t):
        return out
    return out + pow_backward_exponent(F, exponent_t, self, exponent, result)


@tensor_helper
def clamp_backward(F, grad, self, min, max):
    """Pass the gradient where min <= self <= max (bounds included, as in torch)."""
    mask = None
    if min is not None:
        mask = self >= min
    if max is not None:
        mask = (self <= max) if mask is None else mask & (self <= max)
    return F.where(mask, grad, 0.0)


@plain_helper
def index_mask(shape, indices, dim, keepdim):
    """Boolean array of `shape`: True where the position along `dim` equals `indices` (a reduction's)."""
    import numpy as np
    d = dim % len(shape) if shape else 0
    positions = np.arange(shape[d] if shape else 1).reshape([-1 if i == d else 1 for i in range(max(len(shape), 1))])
    idx = getattr(indices, "_data", indices)
    if not keepdim and shape:
        idx = np.expand_dims(idx, d)
    return positions == idx if shape else np.ones((), dtype=bool)


@tensor_helper
def index_reduction_backward(F, grad, shape, indices, dim, keepdim):
    """Gradient of max/min/kthvalue along `dim`: all of it to the selected index."""
    if not keepdim and len(shape) > 0:
        grad = F.unsqueeze(grad, dim)
    return F.where(index_mask(shape, indices, dim, keepdim), grad, 0.0)


@tensor_helper
def index_reduction_jvp(F, tangent, indices, dim, keepdim):
    mask = index_mask(tangent.shape, indices, dim, keepdim)
    return F.sum(F.where(mask, tangent, 0.0), dim, keepdim=keepdim)


@tensor_helper
def cat_backward(F, grad, shapes, dim):
    """The slices of `grad` that each concatenated tensor contributed."""
    pieces, start = [], 0
    for shape in shapes:
        if tuple(shape) == (0,) and grad.ndim != 1:  # a 1-d empty tensor kernels.cat skipped (torch's legacy rule)
            pieces.append(F.reshape(F.getitem(grad, (slice(0, 0),)), (0,)))
            continue
        d = dim % len(shape)
        index = (slice(None),) * d + (slice(start, start + shape[d]),)
        pieces.append(F.getitem(grad, index))
        start += shape[d]
    return pieces


@plain_helper
def einsum_parts(equation, ndims):
    """(input subscripts, output subscripts) of an einsum equation, with `...` spelled out in letters the
    equation does not use (right-aligned, as NumPy broadcasts them) and the implicit output made explicit."""
    equation = equation.replace(" ", "")
    lhs, arrow, out = equation.partition("->")
    inputs = lhs.split(",")
    if not arrow:
        letters = "".join(inputs).replace(".", "")
        out = ("..." if "..." in lhs else "") + "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    if "..." not in equation and "..." not in out:
        return inputs, out
    spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" if c not in equation]
    widths = [n - (len(subs) - 3) if "..." in subs else 0 for subs, n in zip(inputs, ndims)]
    width = max(widths, default=0)
    ell = "".join(spare[:width])
    inputs = [subs.replace("...", ell[width - w:]) for subs, w in zip(inputs, widths)]
    return inputs, out.replace("...", ell)


@tensor_helper
def einsum_backward(F, grad, equation, tensors):
    """Each operand's gradient is an einsum of the output gradient with the other operands. A letter
    repeated in an operand (a diagonal, `ii->i`) gets its gradient on that diagonal through an identity
    matrix; letters only this operand sums away are broadcast back."""
    inputs, out = einsum_parts(equation, [t.ndim for t in tensors])
    spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" if c not in "".join(inputs) + out]
    grads = []
    for i, (subs, t) in enumerate(zip(inputs, tensors)):
        others = [s for j, s in enumerate(inputs) if j != i]
        operands = [grad, *[x for j, x in enumerate(tensors) if j != i]]
        available = set(out).union(*others)
        unique = "".join(dict.fromkeys(subs))
        kept = "".join(c for c in unique if c in available)
        g = F.einsum(",".join([out, *others]) + "->" + kept, operands)
        if len(kept) != len(unique):  # letters summed away only in this operand: broadcast back
            sizes = {c: t.shape[k] for k, c in enumerate(subs)}
            g = F.expand(F.reshape(g, tuple(g.shape[kept.index(c)] if c in kept else 1 for c in unique)),
                         tuple(g.shape[kept.index(c)] if c in kept else sizes[c] for c in unique))
        if len(unique) != len(subs):  # a repeated letter: put the gradient on the diagonal
            fresh, target, eyes = iter(spare), "", []
            seen = set()
            for k, c in enumerate(subs):
                if c in seen:
                    letter = next(fresh)
                    eyes.append((c + letter, _np.eye(t.shape[k], dtype=grad.dtype)))
                    target += letter
                else:
                    seen.add(c)
                    target += c
            g = F.einsum(",".join([unique] + [e for e, _ in eyes]) + "->" + target, [g] + [m for _, m in eyes])
        grads.append(g)
    return grads


@tensor_helper
def einsum_jvp(F, equation, tensors, tangents):
    """einsum is linear in each operand: its tangent sums one einsum per operand's tangent."""
    total = None
    for i in range(len(tensors)):
        term = F.einsum(equation, [tangents[i] if j == i else t for j, t in enumerate(tensors)])
        total = term if total is None else total + term
    return total


# ==== group: math ====
import math  # noqa: E402


@tensor_helper
def logit_backward(F, grad, self, eps):
    """torch's logit_backward: with eps, 0 outside [eps, 1 - eps]; without, nan outside [0, 1] (and +-inf at
    0 and 1). The denominator only sees safe values where the result is masked, so it differentiates again."""
    if eps is None or eps < 0:
        outside = (self < 0) | (self > 1)
        fill = math.nan
    else:
        outside = (self < eps) | (self > 1 - eps)
        fill = 0.0
    safe = F.where(outside, 0.5, self)
    return F.where(outside, fill, grad / (safe * (1 - safe)))


@tensor_helper
def atan2_recip(F, self, other):
    """1 / (self^2 + other^2), 0 where that sum is 0 (torch's atan2 gradient is 0 at the origin). The reciprocal
    only sees safe values where the result is masked."""
    zero = self * self + other * other == 0
    return F.where(zero, 0.0, 1 / F.where(zero, 1.0, self * self + other * other))


@tensor_helper
def sinc_backward(F, grad, self):
    """d/dx sin(pi x) / (pi x) = (pi x cos(pi x) - sin(pi x)) / (pi x^2), 0 where pi x^2 == 0 (as torch, which
    also zeroes it where x * x underflows). The masked entries see x = 1, so the result differentiates again."""
    zero = self * self * math.pi == 0
    safe = F.where(zero, 1.0, self)
    pix = safe * math.pi
    return F.where(zero, 0.0, grad * (pix * F.cos(pix) - F.sin(pix)) / (safe * safe * math.pi))


@tensor_helper
def clamp_backward_min(F, grad, self, min, max):
    """torch's clamp_backward_min_max for min: the gradient where self < min (and min < max when both given)."""
    mask = self < min
    if max is not None:
        mask = mask & (min < max)
    return F.where(mask, grad, 0.0)


@tensor_helper
def clamp_backward_max(F, grad, self, min, max):
    """... for max: where self > max, and everywhere max < min (then the result is max)."""
    mask = self > max
    if min is not None:
        mask = mask | (max < min)
    return F.where(mask, grad, 0.0)


@tensor_helper
def clamp_jvp(F, self_p, self_t, min_p, min_t, max_p, max_t):
    """Forward-mode clamp, consistent with the backward above (ties go to self); a missing tangent is 0."""
    min_t = 0.0 if min_t is None else min_t
    max_t = 0.0 if max_t is None else max_t
    out = self_t
    if min_p is not None:
        out = F.where(self_p < min_p, min_t, out)
    if max_p is not None:
        out = F.where(self_p > max_p, max_t, out)
        if min_p is not None:
            out = F.where(max_p < min_p, max_t, out)
    return out


# ==== group: activations ====
from yamlgrad.numerics.kernels import glu_halves  # noqa: E402  (the getitem indices of glu's two halves)


@tensor_helper
def gelu_double_backward(F, grad, output_grad, self, approximate):
    """d/dself of output_grad * gelu'(self), times grad: output_grad * gelu''(self) * grad, with
    gelu''(x) = phi(x) (2 - x^2) (phi the standard normal density), or for approximate='tanh', with
    u = k (x + c x^3) and t = tanh(u): (1 - t^2) (u' + x (u'' - 2 t u'^2) / 2), where 1 - t^2 is
    written 4 sigmoid(2u) sigmoid(-2u) (no cancellation where t is close to +-1)."""
    if approximate == "tanh":
        k, c = 0.7978845608028654, 0.044715
        x2 = self * self
        u = k * (self + c * x2 * self)
        t = F.tanh(u)
        sech2 = 4 * F.sigmoid(2 * u) * F.sigmoid(-2 * u)
        du = k * (1 + 3 * c * x2)
        d2 = sech2 * (du + 0.5 * self * (6 * k * c * self - 2 * t * du * du))
    else:
        d2 = F.exp(-0.5 * self * self) * 0.3989422804014327 * (2 - self * self)
    return grad * output_grad * d2


@tensor_helper
def silu_backward(F, grad, self):
    """d/dx x sigmoid(x) = s (1 + x (1 - s)), s = sigmoid(x)."""
    s = F.sigmoid(self)
    return grad * s * (1 + self * (1 - s))


@tensor_helper
def mish_backward(F, grad, self):
    """d/dx x tanh(softplus(x)) = t + x sigmoid(x) (1 - t^2), t = tanh(softplus(x)); softplus(x) is
    written -log_sigmoid(-x), exact for every x (no threshold)."""
    t = F.tanh(-F.log_sigmoid(-self))
    return grad * (t + self * F.sigmoid(self) * (1 - t * t))


@tensor_helper
def glu_backward(F, grad, self, dim):
    """glu(x) = a * sigmoid(b) for the halves a, b of x along dim: grad * sigmoid(b) into a's half,
    grad * a * s (1 - s) into b's half."""
    first, second = glu_halves(self.ndim, self.shape, dim)
    a = F.getitem(self, first)
    s = F.sigmoid(F.getitem(self, second))
    return (F.index_backward(grad * s, self.shape, first)
            + F.index_backward(grad * a * s * (1 - s), self.shape, second))


@tensor_helper
def glu_jvp(F, self_p, self_t, dim):
    """Forward-mode derivative of glu: a_t * s + a * s (1 - s) * b_t."""
    first, second = glu_halves(self_p.ndim, self_p.shape, dim)
    s = F.sigmoid(F.getitem(self_p, second))
    return F.getitem(self_t, first) * s + F.getitem(self_p, first) * s * (1 - s) * F.getitem(self_t, second)


# ==== group: reductions ====

# Reductions: prod, var/std, norms, logsumexp, cumsum/cumprod, sort/topk.
import math as _math

import numpy as _np

from yamlgrad.numerics import kernels as _kernels


@plain_helper
def var_correction(unbiased, correction):
    """The correction var/std apply (1 unless `unbiased=False` or `correction` says otherwise)."""
    return _kernels.var_correction(unbiased, correction)


@plain_helper
def norm_ord(p, dim):
    """torch.norm's `p` ('fro', None or a number) as the order of the vector norm it computes."""
    return _kernels.norm_ord(p, dim)


def _count(shape, dim):
    """Elements per output element of a reduction over `dim` (0-d inputs count 1)."""
    return reduced_count(shape, dim) if len(shape) else 1


def _keep(F, x, shape, dim, keepdim):
    """A reduction's output or gradient reshaped to broadcast against its input of `shape`."""
    if not keepdim and len(shape) > 0:
        return F.reshape(x, keepdim_shape(shape, dim))
    return x


def _has_zero(F, x):
    return bool(F.sum(F.eq(x, 0)))


def _along(x, d, item):
    return (slice(None),) * d + (item,)


def _flip(F, x, d):
    return F.getitem(x, _along(x, d, slice(None, None, -1)))


def _shift_in_one(F, x, d):
    """[1, x_0, ..., x_{n-2}] along axis d: the factors of an exclusive cumprod."""
    n = x.shape[d]
    head = F.getitem(x, _along(x, d, slice(0, n - 1))) - 1
    return F.index_backward(head, x.shape, _along(x, d, slice(1, n))) + 1


def _reverse_cumsum(F, x, d):
    return _flip(F, F.cumsum(_flip(F, x, d), d), d)


def _prod_others(F, x, d):
    """prod_{j != k} x_j along axis d, zeros included, as exclusive cumprods from both ends (torch's
    prod_safe_zeros_backward): polynomial in x, so it differentiates again correctly."""
    left = F.cumprod(_shift_in_one(F, x, d), d)
    right = _flip(F, F.cumprod(_shift_in_one(F, _flip(F, x, d), d), d), d)
    return left * right


@tensor_helper
def prod_backward(F, grad, self, result, dim, keepdim):
    """d prod / d x_k = prod of the other elements; grad * result / x when no element is 0."""
    shape = self.shape
    if len(shape) == 0:
        return grad
    grad = _keep(F, grad, shape, dim, keepdim)
    if not _has_zero(F, self):
        return grad * _keep(F, result, shape, dim, keepdim) / self
    if dim is None:
        return grad * F.reshape(_prod_others(F, F.reshape(self, (-1,)), 0), shape)
    return grad * _prod_others(F, self, dim % len(shape))


@tensor_helper
def cumsum_backward(F, grad, dim):
    if grad.ndim == 0:
        return grad
    return _reverse_cumsum(F, grad, dim % grad.ndim)


@tensor_helper
def cumprod_backward(F, grad, self, result, dim):
    """Without zeros: reverse_cumsum(grad * result) / x. With zeros, torch's exact O(n^2) form:
    d out_i / d x_k = prod_{j <= i, j != k} x_j for i >= k, from a cumprod of x with x_k replaced by 1."""
    if self.ndim == 0:
        return grad
    d = dim % self.ndim
    if not _has_zero(F, self):
        return _reverse_cumsum(F, grad * result, d) / self
    n = self.shape[d]
    rows = F.where(_np.eye(n, dtype=bool), 1.0, F.unsqueeze(F.transpose(self, d, -1), -2))
    omitted = F.cumprod(rows, -1)
    g = F.unsqueeze(F.transpose(grad, d, -1), -2)
    upper = _np.triu(_np.ones((n, n), dtype=bool))
    return F.transpose(F.sum(F.where(upper, g * omitted, 0.0), -1), d, -1)


@tensor_helper
def var_backward(F, grad, self, dim, correction, keepdim):
    """2 (x - mean) / (N - correction), as torch's var_backward: over all elements (dim None or a 0-d
    input) with N <= correction the gradient is grad * (NaN where x == mean, else inf); over `dim`,
    2 / (N - correction) is used as it is (negative, or inf at N == correction)."""
    shape = self.shape
    if dim is None or len(shape) == 0:
        dof = _count(shape, None) - correction
        if dof <= 0:
            return grad * F.where(self == F.mean(self), _math.nan, _math.inf)
        return grad * (2.0 / dof) * (self - F.mean(self))
    grad = _keep(F, grad, shape, dim, keepdim)
    dof = reduced_count(shape, dim) - correction
    scale = 2.0 / dof if dof != 0 else _math.inf
    return grad * scale * (self - F.mean(self, dim, True))


@tensor_helper
def std_backward(F, grad, self, result, dim, correction, keepdim):
    """var_backward(grad / (2 std)), with 0 where std == 0 (torch's masked_fill)."""
    grad = _keep(F, grad, self.shape, dim, keepdim)
    result = _keep(F, result, self.shape, dim, keepdim)
    zero = result == 0
    grad_var = F.where(zero, 0.0, grad / (2 * F.where(zero, 1.0, result)))
    return var_backward(F, grad_var, self, dim, correction, True)


@tensor_helper
def logsumexp_backward(F, grad, self, result, dim, keepdim):
    grad = _keep(F, grad, self.shape, dim, keepdim)
    return grad * F.exp(self - _keep(F, result, self.shape, dim, keepdim))


@tensor_helper
def norm_backward(F, grad, self, ord, result, dim, keepdim):
    """torch's norm_backward: subgradient 0 at x == 0 (and for a zero norm), ties of the inf-norms
    split evenly, NaN counted as an extremum."""
    shape = self.shape
    if ord == 0:
        return F.zeros_like(self)
    grad = _keep(F, grad, shape, dim, keepdim)
    result = _keep(F, result, shape, dim, keepdim)
    if ord == 1:
        return grad * F.sign(self)
    if ord == 2:
        zero = result == 0
        return grad * F.where(zero, 0.0, self / F.where(zero, 1.0, result))
    if _math.isinf(ord):
        a = F.abs(self)
        mask = (a == result) | (a != a)
        count = F.sum(mask, dims_tuple(dim, len(shape)), keepdim=True)
        return F.sign(self) * (grad / count * mask)
    if ord < 1:
        nonzero = self != 0
        powered = F.where(nonzero, F.pow(F.abs(F.where(nonzero, self, 1.0)), ord - 1), 0.0)
        return F.sign(self) * powered * grad * F.pow(result, 1 - ord)
    zero = result == 0
    scale = F.where(zero, 0.0, grad / F.pow(F.where(zero, 1.0, result), ord - 1))
    if ord < 2:
        return F.sign(self) * F.pow(F.abs(self), ord - 1) * scale
    return self * F.pow(F.abs(self), ord - 2) * scale


def _select_index(indices, d):
    """The getitem index that picks `indices` along axis d (take_along_dim as plain indexing)."""
    ishape = indices.shape
    return tuple(indices if i == d else
                 _np.arange(ishape[i]).reshape(tuple(-1 if j == i else 1 for j in range(len(ishape))))
                 for i in range(len(ishape)))


@tensor_helper
def value_selecting_backward(F, grad, indices, dim, shape):
    """Scatter the gradient of values picked along `dim` (sort, topk) back to their `indices`."""
    if len(shape) == 0:
        return grad
    return F.index_backward(grad, shape, _select_index(indices, dim % len(shape)))


@tensor_helper
def value_selecting_jvp(F, self_t, indices, dim):
    """Forward-mode counterpart: the tangent picked at `indices` along `dim`."""
    if self_t.ndim == 0:
        return self_t
    return F.getitem(self_t, _select_index(indices, dim % self_t.ndim))


@tensor_helper
def cumprod_jvp(F, self_t, self_p, result, dim):
    """d cumprod(x)_i = sum_{k <= i} t_k prod_{j <= i, j != k} x_j: cumsum(t / x) * result without zeros,
    else the exact O(n^2) form (as in cumprod_backward)."""
    if self_p.ndim == 0:
        return self_t + F.zeros_like(result)
    d = dim % self_p.ndim
    if not _has_zero(F, self_p):
        return F.cumsum(self_t / self_p, d) * result
    n = self_p.shape[d]
    rows = F.where(_np.eye(n, dtype=bool), 1.0, F.unsqueeze(F.transpose(self_p, d, -1), -2))
    omitted = F.cumprod(rows, -1)
    t = F.unsqueeze(F.transpose(self_t + F.zeros_like(self_p), d, -1), -1)
    upper = _np.triu(_np.ones((n, n), dtype=bool))
    return F.transpose(F.sum(F.where(upper, t * omitted, 0.0), -2), d, -1)


# ==== group: linalg ====

# Matrix calculus for the linalg group, real inputs. The factorization rules follow PyTorch's
# FunctionsManual.cpp (svd_backward, linalg_eig_backward for hermitian input, linalg_qr_backward,
# cholesky_backward, pinv_backward, linalg_det_backward); everything is built from registry ops so
# that the recorded backward can be differentiated again.
import numpy as _la_np  # noqa: E402

from yamlgrad.numerics.kernels import _la_matrix_norm_dims  # noqa: E402


def _la_mT(F, x):
    return F.transpose(x, -1, -2)


def _la_diag_embed(F, v):
    """(..., n) -> (..., n, n) with v on the diagonal (torch.diag_embed), via diagonal's adjoint."""
    return F.diagonal_backward(v, tuple(v.shape) + (v.shape[-1],), 0, -2, -1)


def _la_eye_like(F, v):
    """The identity matrices (..., n, n) for a batch of vectors v of shape (..., n), in v's dtype."""
    return _la_diag_embed(F, F.zeros_like(v) + 1)


def _la_solve_is_vector_rhs(A_shape, B_shape) -> bool:
    """torch's rule: B is a (batch of) vector(s) when 1-D, or when B.shape == A.shape[:-1]."""
    return len(B_shape) == 1 or (len(B_shape) == len(A_shape) - 1 and tuple(B_shape) == tuple(A_shape[:-1]))


def _la_keepdim(F, x, shape, dims):
    """A reduction's output (or its gradient) with the reduced dims restored as size 1."""
    return F.reshape(x, keepdim_shape(shape, dims))


def _la_near_singular(det) -> bool:
    """torch's test in linalg_det_backward: |det| < 100 eps switches to the SVD (adjugate) formula."""
    d = _la_np.asarray(det.detach() if hasattr(det, "detach") else det)  # a decision, not differentiated
    return d.size > 0 and bool(_la_np.any(_la_np.abs(d) < 100 * _la_np.finfo(d.dtype).eps))


def _la_prod_others(F, S):
    """P_i = prod_{j != i} S_j without dividing (S may hold zeros): the determinants of diag(S) with
    the i-th entry replaced by 1."""
    rows = F.unsqueeze(S, -2) + F.unsqueeze(1 - S, -1) * _la_eye_like(F, S)
    return F.linalg_det(_la_diag_embed(F, rows))


@tensor_helper
def trace_backward(F, grad, shape):
    """grad on the main diagonal of a zero matrix of `shape`."""
    k = min(shape)
    return F.diagonal_backward(F.expand(grad, (k,)), shape, 0, 0, 1)


@tensor_helper
def diag_backward(F, grad, shape, diagonal):
    """torch.diag: a vector went onto a diagonal (read it back) or a diagonal was read (scatter)."""
    if len(shape) == 1:
        return F.diagonal(grad, diagonal, 0, 1)
    return F.diagonal_backward(grad, shape, diagonal, 0, 1)


@tensor_helper
def det_backward(F, grad, A, det):
    """grad * det * A^{-T} (the cofactor matrix); for (numerically) singular A the cofactors come
    from the SVD A = U S Vh: det(U) det(Vh) U diag(prod_{j != i} S_j) Vh, as in torch."""
    if not _la_near_singular(det):
        return F.unsqueeze(F.unsqueeze(grad * det, -1), -1) * _la_mT(F, F.linalg_inv(A))
    U, S, Vh = F.linalg_svd(A, full_matrices=False)
    alpha = F.linalg_det(U) * F.linalg_det(Vh) * grad
    return F.matmul(U * F.unsqueeze(F.unsqueeze(alpha, -1) * _la_prod_others(F, S), -2), Vh)


@tensor_helper
def slogdet_backward(F, grad_logabsdet, A):
    """d log|det A| = tr(A^{-1} dA): grad * A^{-T} (the sign is locally constant for real A)."""
    return F.unsqueeze(F.unsqueeze(grad_logabsdet, -1), -1) * _la_mT(F, F.linalg_inv(A))


@tensor_helper
def solve_backward(F, grad, A, B_shape, X, left):
    """X = A^{-1} B (left) or B A^{-1}: gB = A^{-T} grad (or grad A^{-T}), gA = -gB X^T (or -X^T gB)."""
    if _la_solve_is_vector_rhs(A.shape, B_shape):
        gB = F.linalg_solve(_la_mT(F, A), grad)
        return -F.unsqueeze(gB, -1) * F.unsqueeze(X, -2), gB
    gB = F.linalg_solve(_la_mT(F, A), grad, left=left)
    gA = -F.matmul(gB, _la_mT(F, X)) if left else -F.matmul(_la_mT(F, X), gB)
    return gA, gB


@tensor_helper
def cholesky_backward(F, grad, L, upper):
    """A = L L^T: gA = L^{-T} Phi L^{-1}, Phi = sym(tril(L^T gL)) with the diagonal halved (Murray 2016).
    The result is symmetric, as torch's is."""
    if upper:
        L, grad = _la_mT(F, L), _la_mT(F, grad)
    phi = F.tril(F.matmul(_la_mT(F, L), grad))
    phi = 0.5 * (phi + _la_mT(F, F.tril(phi, -1)))
    return F.linalg_solve(L, F.linalg_solve(_la_mT(F, L), phi), left=False)


@tensor_helper
def eigh_backward(F, grad_L, grad_V, L, V):
    """A = V diag(L) V^T: gA = V (diag(gL) + skew(V^T gV) / 2E) V^T, E_ij = L_j - L_i (1 on the
    diagonal). Defined for distinct eigenvalues and losses invariant to the eigenvectors' signs."""
    VhgV = F.matmul(_la_mT(F, V), grad_V)
    VhgV = 0.5 * (VhgV - _la_mT(F, VhgV))
    E = F.unsqueeze(L, -2) - F.unsqueeze(L, -1) + _la_eye_like(F, L)
    inner = VhgV / E + _la_diag_embed(F, grad_L)
    return F.matmul(V, F.matmul(inner, _la_mT(F, V)))


@tensor_helper
def svd_backward(F, grad_U, grad_S, grad_Vh, U, S, Vh, full_matrices):
    """A = U diag(S) Vh (real): gA = U [(skew(U^T gU) S + S skew(V^T gV)) / E + diag(gS)] Vh with
    E_jk = S_k^2 - S_j^2 (1 on the diagonal), plus (I - U U^T) gU S^{-1} Vh when m > n or
    U S^{-1} gVh (I - V V^T) when m < n. With full_matrices the columns past k = min(m, n) are not
    unique and get no gradient (torch narrows them away too)."""
    k = S.shape[-1]
    if full_matrices:
        U = F.getitem(U, (Ellipsis, slice(None), slice(0, k)))
        grad_U = F.getitem(grad_U, (Ellipsis, slice(None), slice(0, k)))
        Vh = F.getitem(Vh, (Ellipsis, slice(0, k), slice(None)))
        grad_Vh = F.getitem(grad_Vh, (Ellipsis, slice(0, k), slice(None)))
    m, n = U.shape[-2], Vh.shape[-1]
    UhgU = F.matmul(_la_mT(F, U), grad_U)
    UhgU = UhgU - _la_mT(F, UhgU)
    VhgV = F.matmul(Vh, _la_mT(F, grad_Vh))
    VhgV = VhgV - _la_mT(F, VhgV)
    S2 = S * S
    E = F.unsqueeze(S2, -2) - F.unsqueeze(S2, -1) + _la_eye_like(F, S)
    inner = (UhgU * F.unsqueeze(S, -2) + F.unsqueeze(S, -1) * VhgV) / E + _la_diag_embed(F, grad_S)
    if m > n:
        gUSinv = grad_U / F.unsqueeze(S, -2)
        gA = F.matmul(U, inner) + gUSinv - F.matmul(U, F.matmul(_la_mT(F, U), gUSinv))
        return F.matmul(gA, Vh)
    if m < n:
        SinvgVh = grad_Vh / F.unsqueeze(S, -1)
        gA = F.matmul(inner, Vh) + SinvgVh - F.matmul(F.matmul(SinvgVh, _la_mT(F, Vh)), Vh)
        return F.matmul(U, gA)
    return F.matmul(U, F.matmul(inner, Vh))


@tensor_helper
def svdvals_backward(F, grad, A):
    """d S = diag(U^T dA V): gA = U diag(gS) Vh, from a reduced SVD recomputed here."""
    U, S, Vh = F.linalg_svd(A, full_matrices=False)
    return F.matmul(U, F.unsqueeze(grad, -1) * Vh)


@tensor_helper
def qr_backward(F, grad_Q, grad_R, Q, R, mode):
    """A = QR (real), with X = gR R^T - Q^T gQ. m >= n: gA = [gQ + Q (triu(X) + triu(X)^T - diag(X))] R^{-T}.
    m < n: the leading m x m block carries Q's gradient, gA = [Q tril(X^T - X) R1^{-T}, 0] + Q gR."""
    if mode == "r":
        raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
                           "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                           "linalg.qr.")
    m, n = Q.shape[-2], R.shape[-1]
    if mode == "complete" and m > n:
        raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
    X = F.matmul(grad_R, _la_mT(F, R)) - F.matmul(_la_mT(F, Q), grad_Q)
    if m >= n:
        Xu = F.triu(X)
        sym = Xu + _la_mT(F, Xu) - _la_diag_embed(F, F.diagonal(Xu, 0, -2, -1))
        gA = F.matmul(Q, sym) + grad_Q
        return F.linalg_solve(_la_mT(F, R), gA, left=False)
    R1 = F.getitem(R, (Ellipsis, slice(None), slice(0, m)))
    gA = F.matmul(Q, F.tril(_la_mT(F, X) - X))
    gA = F.linalg_solve(_la_mT(F, R1), gA, left=False)
    gA = F.index_backward(gA, tuple(R.shape[:-2]) + (m, n), (Ellipsis, slice(None), slice(0, m)))
    return gA + F.matmul(Q, grad_R)


@tensor_helper
def pinv_backward(F, grad, pinvA, A):
    """The derivative of the Moore-Penrose inverse on matrices of constant rank (torch's pinv_backward)."""
    m, n = A.shape[-2], A.shape[-1]
    pinvAh = _la_mT(F, pinvA)
    gradh = _la_mT(F, grad)
    if m <= n:
        K = F.matmul(gradh, pinvA)
        KpinvAh = F.matmul(K, pinvAh)
        return (-_la_mT(F, F.matmul(pinvA, K)) + KpinvAh - F.matmul(F.matmul(A, pinvA), KpinvAh)
                + F.matmul(F.matmul(pinvAh, pinvA), gradh - F.matmul(K, A)))
    K = F.matmul(pinvA, gradh)
    pinvAhK = F.matmul(pinvAh, K)
    return (-_la_mT(F, F.matmul(K, pinvA)) + F.matmul(F.matmul(gradh - F.matmul(A, K), pinvA), pinvAh)
            + pinvAhK - F.matmul(F.matmul(pinvAhK, pinvA), A))


@tensor_helper
def matrix_norm_backward(F, grad, A, result, ord, dim, keepdim):
    """torch composes matrix_norm from vector_norm ('fro'), abs/sum/amax ('1', 'inf', ...) and
    svdvals ('2', '-2', 'nuc'); these are the gradients of those compositions. Ties of the max/min
    split the gradient evenly (amax's rule); |x|' = sign(x), 0 at 0; a zero matrix has 'fro'
    gradient 0."""
    d0, d1 = _la_matrix_norm_dims(ord, dim, A.ndim)
    shape = A.shape
    if not keepdim:
        grad = _la_keepdim(F, grad, shape, (d0, d1))
        result = _la_keepdim(F, result, shape, (d0, d1))
    if ord == "fro":
        return grad * A / F.where(result == 0, 1.0, result)
    if ord in ("nuc", 2, -2):
        perm = tuple(d for d in range(len(shape)) if d not in (d0, d1)) + (d0, d1)
        U, S, Vh = F.linalg_svd(F.permute(A, perm), full_matrices=False)
        g = F.squeeze(F.permute(grad, perm), (-1,))
        if ord == "nuc":
            gS = F.expand(g, S.shape)
        else:
            ext = F.amax(S, (-1,), keepdim=True) if ord == 2 else F.amin(S, (-1,), keepdim=True)
            gS = extremum_backward(F, g, S, ext, (-1,), True)
        return F.permute(F.matmul(U, F.unsqueeze(gS, -1) * Vh), inverse_permutation(perm))
    # ord = +-1: column sums (over d0), max/min over d1; ord = +-inf: row sums (over d1), over d0
    sum_dim, ext_dim = (d0, d1) if ord in (1, -1) else (d1, d0)
    sums = F.sum(F.abs(A), (sum_dim,), keepdim=True)
    ext = F.amax(sums, (ext_dim,), keepdim=True) if ord > 0 else F.amin(sums, (ext_dim,), keepdim=True)
    return extremum_backward(F, grad, sums, ext, (ext_dim,), True) * F.sign(A)


# ---- forward mode (JVP) rules of the linalg ops, referenced by the group's forward.yaml ----------
@tensor_helper
def det_jvp(F, A_p, A_t, det):
    """d det = <cofactors, dA>; the cofactors come from det_backward, so singular A works too."""
    return F.sum(det_backward(F, F.zeros_like(det) + 1, A_p, det) * A_t, (-2, -1))


@tensor_helper
def slogdet_jvp(F, A_p, A_t):
    """d log|det A| = tr(A^{-1} dA)."""
    return F.sum(F.diagonal(F.linalg_solve(A_p, A_t), 0, -2, -1), (-1,))


@tensor_helper
def solve_jvp(F, A_p, A_t, B_p, B_t, X, left):
    """dX = A^{-1} (dB - dA X) (left) or (dB - X dA) A^{-1}."""
    if _la_solve_is_vector_rhs(A_p.shape, B_p.shape):
        return F.linalg_solve(A_p, B_t - F.squeeze(F.matmul(A_t, F.unsqueeze(X, -1)), (-1,)))
    if left:
        return F.linalg_solve(A_p, B_t - F.matmul(A_t, X))
    return F.linalg_solve(A_p, B_t - F.matmul(X, A_t), left=False)


@tensor_helper
def cholesky_jvp(F, A_t, L, upper):
    """dL = L Phi(L^{-1} dA L^{-T}), Phi = lower triangle with the diagonal halved (dA symmetric)."""
    if upper:
        L = _la_mT(F, L)
    X = F.linalg_solve(_la_mT(F, L), F.linalg_solve(L, A_t), left=False)
    dL = F.matmul(L, F.tril(X) - 0.5 * _la_diag_embed(F, F.diagonal(X, 0, -2, -1)))
    return _la_mT(F, dL) if upper else dL


@tensor_helper
def eigh_jvp(F, A_t, L, V):
    """dP = V^T dA V: dL = diag(dP), dV = V (dP / E) with E_ij = L_j - L_i and a zero diagonal
    (dA symmetric). Returns (dL, dV)."""
    dP = F.matmul(_la_mT(F, V), F.matmul(A_t, V))
    eye = _la_eye_like(F, L)
    E = F.unsqueeze(L, -2) - F.unsqueeze(L, -1) + eye
    return F.diagonal(dP, 0, -2, -1), F.matmul(V, dP / E * (1 - eye))


@tensor_helper
def svd_jvp(F, A_t, U, S, Vh, full_matrices):
    """torch's linalg_svd_jvp (real): dP = U^T dA V, dS = diag(dP), dU = U sym(dX S) / E (+ the
    complement (I - U U^T) dA V S^{-1} when m > n), dVh = -sym(S dX) / E Vh (+ S^{-1} U^T dA (I - V V^T)
    when m < n), with dX = dP - diag(dS), sym(X) = X + X^T, E_jk = S_k^2 - S_j^2 (1 on the diagonal).
    With full_matrices the extra columns of U / rows of Vh get zero tangents. Returns (dU, dS, dVh)."""
    k = S.shape[-1]
    m, n = A_t.shape[-2], A_t.shape[-1]
    Uk = F.getitem(U, (Ellipsis, slice(None), slice(0, k))) if full_matrices else U
    Vhk = F.getitem(Vh, (Ellipsis, slice(0, k), slice(None))) if full_matrices else Vh
    V = _la_mT(F, Vhk)
    dP = F.matmul(F.matmul(_la_mT(F, Uk), A_t), V)
    dS = F.diagonal(dP, 0, -2, -1)
    dX = dP - _la_diag_embed(F, dS)
    S2 = S * S
    E = F.unsqueeze(S2, -2) - F.unsqueeze(S2, -1) + _la_eye_like(F, S)
    Y = dX * F.unsqueeze(S, -2)
    dU = F.matmul(Uk, (Y + _la_mT(F, Y)) / E)
    Z = dX * F.unsqueeze(-S, -1)
    dVh = F.matmul((Z + _la_mT(F, Z)) / E, Vhk)
    if m > n:
        dAVSinv = F.matmul(A_t, V / F.unsqueeze(S, -2))
        dU = dU + dAVSinv - F.matmul(Uk, F.matmul(_la_mT(F, Uk), dAVSinv))
        if full_matrices:
            dU = F.index_backward(dU, tuple(U.shape), (Ellipsis, slice(None), slice(0, k)))
    if m < n:
        UhdASinv = F.matmul(_la_mT(F, Uk) / F.unsqueeze(S, -1), A_t)
        dVh = dVh + UhdASinv - F.matmul(F.matmul(UhdASinv, V), Vhk)
        if full_matrices:
            dVh = F.index_backward(dVh, tuple(Vh.shape), (Ellipsis, slice(0, k), slice(None)))
    return dU, dS, dVh


@tensor_helper
def svdvals_jvp(F, A_p, A_t):
    """dS = diag(U^T dA V) from a reduced SVD recomputed here."""
    U, S, Vh = F.linalg_svd(A_p, full_matrices=False)
    return F.diagonal(F.matmul(F.matmul(_la_mT(F, U), A_t), _la_mT(F, Vh)), 0, -2, -1)


@tensor_helper
def qr_jvp(F, A_t, Q, R, mode):
    """torch's linalg_qr_jvp (real). m >= n: with C = Q^T dA R^{-1}, dR = (triu(C + C^T) with the
    diagonal halved) R and dQ = dA R^{-1} - Q dR R^{-1}. m < n: with C = Q^T dA_1 R_1^{-1},
    dQ = Q (tril(C, -1) - tril(C, -1)^T), dR = Q^T dA - Q^T dQ R. Returns (dQ, dR)."""
    if mode == "r":
        raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
                           "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                           "linalg.qr.")
    m, n = A_t.shape[-2], A_t.shape[-1]
    if mode == "complete" and m > n:
        raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
    if m >= n:
        dARinv = F.linalg_solve(R, A_t, left=False)
        C = F.matmul(_la_mT(F, Q), dARinv)
        C = F.triu(C + _la_mT(F, C))
        dR = C - 0.5 * _la_diag_embed(F, F.diagonal(C, 0, -2, -1))
        return dARinv - F.matmul(Q, dR), F.matmul(dR, R)
    QhdA = F.matmul(_la_mT(F, Q), A_t)
    C = F.tril(F.linalg_solve(F.getitem(R, (Ellipsis, slice(None), slice(0, m))),
                              F.getitem(QhdA, (Ellipsis, slice(None), slice(0, m))), left=False), -1)
    dQ = C - _la_mT(F, C)
    return F.matmul(Q, dQ), QhdA - F.matmul(dQ, R)


@tensor_helper
def pinv_jvp(F, A_p, A_t, pinvA):
    """torch's pinv_jvp: the derivative of the Moore-Penrose inverse on matrices of constant rank."""
    m, n = A_p.shape[-2], A_p.shape[-1]
    dAh = _la_mT(F, A_t)
    pinvAh = _la_mT(F, pinvA)
    if m <= n:
        K = F.matmul(pinvAh, dAh)
        return (F.matmul(pinvA, K - _la_mT(F, K) - F.matmul(K, F.matmul(A_p, pinvA)))
                + F.matmul(dAh - F.matmul(pinvA, F.matmul(A_p, dAh)), F.matmul(pinvAh, pinvA)))
    K = F.matmul(pinvA, A_t)
    Kh = _la_mT(F, K)
    return (F.matmul(Kh - K - F.matmul(F.matmul(pinvA, A_p), Kh), pinvA)
            + F.matmul(F.matmul(pinvA, pinvAh), dAh - F.matmul(F.matmul(dAh, A_p), pinvA)))


@tensor_helper
def matrix_norm_jvp(F, A_p, A_t, result, ord, dim, keepdim):
    """The JVP of the same compositions as matrix_norm_backward (ties of the max/min averaged)."""
    d0, d1 = _la_matrix_norm_dims(ord, dim, A_p.ndim)
    shape = A_p.shape
    if ord == "fro":
        res = result if keepdim else _la_keepdim(F, result, shape, (d0, d1))
        out = F.sum(A_p * A_t, (d0, d1), keepdim=True) / F.where(res == 0, 1.0, res)
    elif ord in ("nuc", 2, -2):
        perm = tuple(d for d in range(len(shape)) if d not in (d0, d1)) + (d0, d1)
        dS = svdvals_jvp(F, F.permute(A_p, perm), F.permute(A_t, perm))
        if ord == "nuc":
            dn = F.sum(dS, (-1,), keepdim=True)
        else:
            S = F.linalg_svdvals(F.permute(A_p, perm))
            ext = F.amax(S, (-1,), keepdim=True) if ord == 2 else F.amin(S, (-1,), keepdim=True)
            mask = S == ext
            dn = F.sum(dS * mask, (-1,), keepdim=True) / F.sum(mask, (-1,), keepdim=True)
        out = F.permute(F.unsqueeze(dn, -1), inverse_permutation(perm))
    else:
        sum_dim, ext_dim = (d0, d1) if ord in (1, -1) else (d1, d0)
        sums = F.sum(F.abs(A_p), (sum_dim,), keepdim=True)
        dsums = F.sum(F.sign(A_p) * A_t, (sum_dim,), keepdim=True)
        ext = F.amax(sums, (ext_dim,), keepdim=True) if ord > 0 else F.amin(sums, (ext_dim,), keepdim=True)
        mask = sums == ext
        out = F.sum(dsums * mask, (ext_dim,), keepdim=True) / F.sum(mask, (ext_dim,), keepdim=True)
    return out if keepdim else F.reshape(out, tuple(s for i, s in enumerate(out.shape) if i not in (d0, d1)))


# ==== group: shape ====

@plain_helper
def negated(values):
    """Each int of a list negated: undoes a roll's shifts or a pad's widths."""
    return tuple(-v for v in values)


@plain_helper
def narrow_pad(shape, dim, start, length):
    """The constant_pad_nd widths (last dim first) that put a narrow(dim, start, length) back into `shape`."""
    d = dim % len(shape)
    n, start, length = shape[d], int(start), int(length)
    start = start + n if start < 0 else start
    return (0, 0) * (len(shape) - 1 - d) + (start, n - start - length)


def _zeros(F, like, shape):
    """Zeros of `shape` with `like`'s dtype, from registry ops only (a broadcast 0-d zero)."""
    return F.expand(F.zeros_like(F.sum(like)), tuple(shape))


@tensor_helper
def repeat_backward(F, grad, repeats, shape):
    """Sum the tiles of repeat/tile back onto the input: view each dim n*r as (r, n) and sum the r's."""
    shape, repeats = tuple(shape), tuple(repeats)
    ndim = max(len(shape), len(repeats))
    padded = (1,) * (ndim - len(shape)) + shape
    reps = (1,) * (ndim - len(repeats)) + repeats
    if ndim == 0:
        return grad
    split = []
    for r, n in zip(reps, padded):
        split += [r, n]
    summed = F.sum(F.reshape(grad, tuple(split)), tuple(range(0, 2 * ndim, 2)))
    return F.reshape(summed, shape)


@tensor_helper
def narrow_backward(F, grad, shape, dim, start, length):
    """Zeros of `shape` with `grad` at [start, start + length) along `dim`."""
    return F.constant_pad_nd(grad, narrow_pad(shape, dim, start, length))


@tensor_helper
def select_backward(F, grad, shape, dim, index):
    return narrow_backward(F, F.unsqueeze(grad, dim), shape, dim, index, 1)


@tensor_helper
def gather_backward(F, grad, shape, dim, index):
    """Scatter-add the gathered gradient into zeros of the input's shape (repeated indices accumulate)."""
    return F.scatter_add(_zeros(F, grad, shape), dim, index, grad)


@tensor_helper
def index_select_backward(F, grad, shape, dim, index):
    if len(shape) == 0:
        return grad
    along = [1] * grad.ndim
    along[dim] = -1
    spread = F.expand(F.reshape(index, tuple(along)), grad.shape)
    return F.scatter_add(_zeros(F, grad, shape), dim, spread, grad)


@tensor_helper
def scatter_add_src_backward(F, grad, dim, index, src_shape):
    """grad gathered at `index`; src entries beyond index's extent were not used and get zero."""
    src_shape = tuple(src_shape)
    if 0 in tuple(index.shape):
        return _zeros(F, grad, src_shape)  # scatter_add with an empty index uses no element of src
    picked = F.gather(grad, dim, index)
    if picked.ndim == 0 and len(src_shape) > 0:
        picked = F.reshape(picked, (1,) * len(src_shape))
    if tuple(picked.shape) == src_shape:
        return picked
    widths = ()
    for have, want in zip(reversed(picked.shape), reversed(src_shape)):
        widths += (0, want - have)
    return F.constant_pad_nd(picked, widths)


# ==== group: nn ====
@tensor_helper
def nll_loss_backward(F, grad, shape, target, weight, reduction, ignore_index):
    """nll_loss is linear in its input: the gradient is grad times a constant (N, C) pattern."""
    from yamlgrad.numerics.kernels import nll_loss_grad_pattern
    pattern = nll_loss_grad_pattern(shape, getattr(target, "_data", target),
                                    None if weight is None else getattr(weight, "_data", weight),
                                    reduction, ignore_index, grad.dtype)
    return grad * pattern if reduction != 0 else F.unsqueeze(grad, -1) * pattern


# Convolution: the forward (convolution), its input adjoint (conv_transpose_input) and its weight
# gradient (conv_weight_grad) are registry ops whose formulas refer to each other, so every order of
# derivative stays a convolution.
import numpy as _nn_np  # noqa: E402

from yamlgrad.numerics.kernels import embedding_row_scale as _nn_embedding_row_scale  # noqa: E402


def _nn_array(x):
    """The data of a saved integer tensor: an array on the raw path, a Tensor under create_graph."""
    return _nn_np.asarray(getattr(x, "_data", x))


@plain_helper
def conv_bias_dims(ndim):
    """The dims a convolution's bias gradient sums over: batch and spatial, all but the channels."""
    return (0,) + tuple(range(2, ndim))


@tensor_helper
def conv_adjoint(F, input, weight, stride, padding, dilation, groups, out_shape):
    """convolution(input, weight) without bias, cropped to the spatial size of `out_shape` (a transposed
    convolution with output_padding can have a few more positions than its input)."""
    nd = weight.ndim - 2
    out = F.convolution(input, weight, None, stride, padding, dilation, False, (0,) * nd, groups)
    size = tuple(out_shape[2:])
    if tuple(out.shape[2:]) != size:
        out = out[(slice(None), slice(None)) + tuple(slice(0, n) for n in size)]
    return out


@tensor_helper
def convolution_backward_input(F, grad, input_shape, weight, stride, padding, dilation, transposed, groups):
    if transposed:
        return conv_adjoint(F, grad, weight, stride, padding, dilation, groups, input_shape)
    return F.conv_transpose_input(grad, weight, input_shape, stride, padding, dilation, groups)


@tensor_helper
def convolution_backward_weight(F, grad, input, weight_shape, stride, padding, dilation, transposed, groups):
    if transposed:
        return F.conv_weight_grad(grad, input, weight_shape, stride, padding, dilation, groups)
    return F.conv_weight_grad(input, grad, weight_shape, stride, padding, dilation, groups)


@plain_helper
def max_pool_index(indices, input_shape):
    """max_pool2d's flat spatial indices (*lead, Ho, Wo) as an advanced index into a tensor of input_shape."""
    idx = _nn_array(indices)
    width = input_shape[-1]
    lead = idx.shape[:-2]
    grids = tuple(_nn_np.arange(n).reshape((n,) + (1,) * (idx.ndim - 1 - i)) for i, n in enumerate(lead))
    return grids + (idx // width, idx % width)


@tensor_helper
def embedding_double_backward(F, grad, indices, padding_idx, scale_grad_by_freq):
    """The adjoint of embedding_dense_backward in its gradient: gather the rows again, zero at padding_idx,
    divided by the index counts under scale_grad_by_freq."""
    out = F.embedding(grad, indices)
    scale = _nn_embedding_row_scale(_nn_array(indices), grad.shape[0], padding_idx, scale_grad_by_freq)
    if scale is None:
        return out
    return out * scale[..., None].astype(grad.dtype)


@plain_helper
def conv_bias_view(ndim):
    """The shape (1, C, 1, ...) that broadcasts a convolution's bias over an output of `ndim` dims."""
    return (1, -1) + (1,) * (ndim - 2)
