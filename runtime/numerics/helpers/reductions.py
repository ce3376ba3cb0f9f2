"""Derivatives of reductions: sums, extrema (with ties shared), products, cumulative ops, variance and
norms, and the ops that select values."""
from __future__ import annotations

import math as _math

import numpy as _np

from yamlgrad.numerics import kernels as _kernels
from yamlgrad.numerics.helpers.dims import keepdim_shape, reduced_count
from yamlgrad.numerics.helpers.indexing import index_mask
from yamlgrad.numerics.helpers.registry import plain_helper, tensor_helper
from yamlgrad.numerics.kernels import dims_tuple


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
def index_reduction_backward(F, grad, shape, indices, dim, keepdim):
    """Gradient of max/min/kthvalue along `dim`: all of it to the selected index."""
    if not keepdim and len(shape) > 0:
        grad = F.unsqueeze(grad, dim)
    return F.where(index_mask(shape, indices, dim, keepdim), grad, 0.0)


@tensor_helper
def index_reduction_jvp(F, tangent, indices, dim, keepdim):
    mask = index_mask(tangent.shape, indices, dim, keepdim)
    return F.sum(F.where(mask, tangent, 0.0), dim, keepdim=keepdim)


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
