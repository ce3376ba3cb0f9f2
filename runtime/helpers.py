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


# ==== group: reductions ====


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
