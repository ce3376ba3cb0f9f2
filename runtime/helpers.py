"""Functions a backward formula may call besides registry ops (codegen reads the decorators).

`@tensor_helper` functions receive the op namespace `F` first and build their result from
registry ops, operators and `.shape`/`.ndim`, so one definition serves both the raw-array backward
(F = yamlgrad.autogen.raw) and the recorded backward (F = yamlgrad.autogen.ops), where it stays
differentiable for higher-order gradients. `@plain_helper` functions compute on Python values.
"""
from __future__ import annotations

from numbers import Number

from .kernels import dims_tuple


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
    return F.matmul(F.transpose(self, -1, -2), grad)


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
        d = dim % len(shape)
        index = (slice(None),) * d + (slice(start, start + shape[d]),)
        pieces.append(F.getitem(grad, index))
        start += shape[d]
    return pieces


@plain_helper
def einsum_parts(equation, ndims):
    """(input subscripts, output subscripts) of an einsum equation without ellipsis."""
    equation = equation.replace(" ", "")
    if "..." in equation:
        raise NotImplementedError("the derivative of einsum with '...' is not implemented")
    lhs, arrow, out = equation.partition("->")
    inputs = lhs.split(",")
    if not arrow:
        letters = "".join(inputs)
        out = "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    return inputs, out


@tensor_helper
def einsum_backward(F, grad, equation, tensors):
    """Each operand's gradient is an einsum of the output gradient with the other operands."""
    inputs, out = einsum_parts(equation, [t.ndim for t in tensors])
    grads = []
    for i, (subs, t) in enumerate(zip(inputs, tensors)):
        if len(set(subs)) != len(subs):
            raise NotImplementedError("the derivative of einsum with a repeated index in one operand is not implemented")
        others = [s for j, s in enumerate(inputs) if j != i]
        available = set(out).union(*others)
        kept = "".join(c for c in subs if c in available)
        g = F.einsum(",".join([out, *others]) + "->" + kept, [grad, *[x for j, x in enumerate(tensors) if j != i]])
        if len(kept) != len(subs):  # letters summed away only in this operand: broadcast back
            g = F.expand(F.reshape(g, tuple(t.shape[k] if c in kept else 1 for k, c in enumerate(subs))), t.shape)
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


# ==== group: activations ====
from .kernels import glu_halves  # noqa: E402  (the getitem indices of glu's two halves)


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

from . import kernels as _kernels


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
# Convolution: the forward (convolution), its input adjoint (conv_transpose_input) and its weight
# gradient (conv_weight_grad) are registry ops whose formulas refer to each other, so every order of
# derivative stays a convolution.
import numpy as _nn_np  # noqa: E402

from .kernels import embedding_row_scale as _nn_embedding_row_scale  # noqa: E402


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
