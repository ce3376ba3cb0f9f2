"""torch's other names for registry ops, and small functions and methods composed from registry ops.

* aliases (`multiply` is `mul`, `greater` is `gt`, `concat` is `cat`, ...) are the same functions
  (`ALIASES`: function and method; `FUNCTION_ALIASES`: function only).
* the rest (`clamp_min`, `std_mean`, `nonzero`, `Tensor.new_zeros`, `Tensor.type_as`, ...) call
  registry ops, so their gradients come from the registry (`FUNCTIONS`, `METHODS`).
* `input_keyword` lets a function whose tensor torch names in several ways (linalg's `A` / `input`)
  take each of them as a keyword.

The four tables are literals: codegen reads them with `ast` into the generated binding table
(yamlgrad.autogen.bindings), which binds every name once.
"""
from __future__ import annotations

import collections
import functools
import inspect

import numpy as np

from yamlgrad.api.factories import (
    _finish,
    _size,
    _size_kw,
    full,
    randint,
    tensor,
    zeros_like,
)
from yamlgrad.api.factories import numpy_rng as _rng
from yamlgrad.autogen import ops
from yamlgrad.core import contiguity
from yamlgrad.core.lazy import Deferred
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import DEFAULT_FLOAT, as_dtype

kernels = Deferred("yamlgrad.numerics.kernels", globals(), "kernels")


def _torch_name(name: str):
    """Give a method torch's name: tracebacks and the in-place errors (`inplace` uses `__name__`) show it."""
    def rename(fn):
        fn.__name__ = fn.__qualname__ = name
        return fn
    return rename



def input_keyword(fn, target="self", names=("input",)):
    """`fn` wrapped to also take torch's keyword `input` (or the other `names`) for its argument `target`."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return fn
    if target not in [p.name for p in params]:
        return fn

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for name in names:
            if name in kwargs:
                kwargs[target] = kwargs.pop(name)
        return fn(*args, **kwargs)

    wrapper.__signature__ = inspect.Signature([p.replace(name=names[0]) if p.name == target else p for p in params])
    return wrapper


# ---- functions ----------------------------------------------------------------------------------

def clamp_min(input, min):
    return ops.clamp(input, min=min)


def clamp_max(input, max):
    return ops.clamp(input, max=max)


def any(input, dim=None, keepdim=False):
    return ops.any_reduce(input, dim, keepdim)


def std_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return (ops.std(input, dim, unbiased, keepdim, correction=correction),
            ops.mean(input, dim, keepdim))


def var_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return (ops.var(input, dim, unbiased, keepdim, correction=correction),
            ops.mean(input, dim, keepdim))


def nonzero(input, *, as_tuple=False):
    """Indices of the non-zero elements: an (n, ndim) int64 tensor, or one index tensor per dim."""
    data = input._data if isinstance(input, Tensor) else np.asarray(input)
    if as_tuple:
        return tuple(make(i.astype(np.int64)) for i in np.nonzero(np.atleast_1d(data)))
    return make(np.argwhere(data).astype(np.int64))


def argwhere(input):
    return nonzero(input)


def where(condition, input=None, other=None):
    """torch.where(condition, input, other), or where(condition): nonzero(condition, as_tuple=True)."""
    if input is None and other is None:
        return nonzero(condition, as_tuple=True)
    return ops.where(condition, input, other)


def concatenate(tensors, axis=0):
    return ops.cat(tensors, axis)


def empty_like(input, *, dtype=None, device=None, requires_grad=False):
    return zeros_like(input, dtype=dtype, requires_grad=requires_grad)


def numel(input) -> int:
    return input.numel()


def is_floating_point(input) -> bool:
    return input.is_floating_point()


def _t(value, like=None):
    """A Python number or array as a constant Tensor (no graph)."""
    if isinstance(value, Tensor):
        return value
    return make(np.asarray(value, dtype=like.dtype if like is not None and not isinstance(value, np.ndarray) else None))


def nanmean(input, dim=None, keepdim=False, *, dtype=None):
    if dtype is not None:
        input = input.to(dtype)
    count = ops.sum(ops.logical_not(ops.isnan(input)), dim, keepdim)
    return ops.div(ops.nansum(input, dim, keepdim), count.to(input.dtype))


MedianResult = collections.namedtuple("MedianResult", ["values", "indices"])


def median(input, dim=None, keepdim=False):
    """The lower median: over all elements (a 0-d tensor), or along `dim` (values, indices)."""
    if dim is None:
        flat = ops.reshape(input, (-1,))
        if flat.shape[0] == 0:
            return ops.sum(flat) * float("nan")
        value = np.sort(flat._data)[(flat.shape[0] - 1) // 2]
        if flat.dtype.kind not in "fc":
            return make(np.asarray(value))
        # as torch: the gradient is shared evenly by the elements equal to the median
        mask = make(np.isnan(flat._data) if np.isnan(value) else flat._data == value)
        return ops.div(ops.sum(ops.where(mask, flat, 0.0)), float(mask._data.sum()))
    n = input.shape[dim] if input.ndim else 1
    values, indices = ops.sort(input, dim)
    k = (n - 1) // 2
    if input.ndim == 0:
        return MedianResult(values, indices)
    values, indices = ops.select(values, dim, k), ops.select(indices, dim, k)
    if keepdim:
        values, indices = ops.unsqueeze(values, dim), ops.unsqueeze(indices, dim)
    return MedianResult(values, indices)


def atleast_1d(*tensors):
    out = [t if t.ndim >= 1 else ops.reshape(t, (1,)) for t in _tensor_args(tensors)]
    return out[0] if len(out) == 1 else tuple(out)


def atleast_2d(*tensors):
    out = [t if t.ndim >= 2 else ops.reshape(t, (1,) * (2 - t.ndim) + tuple(t.shape)) for t in _tensor_args(tensors)]
    return out[0] if len(out) == 1 else tuple(out)


def _tensor_args(tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        return list(tensors[0])
    return list(tensors)


def vstack(tensors):
    return ops.cat([atleast_2d(t) for t in tensors], 0)


def hstack(tensors):
    tensors = [atleast_1d(t) for t in tensors]
    return ops.cat(tensors, 0 if tensors[0].ndim == 1 else 1)


def column_stack(tensors):
    return hstack([ops.reshape(t, (-1, 1)) if t.ndim <= 1 else t for t in tensors])


def tensordot(a, b, dims=2):
    """Contract the last `dims` dims of a with the first of b, or the listed dims (permute, reshape, matmul)."""
    if isinstance(dims, (int, np.integer)):
        da, db = list(range(a.ndim - dims, a.ndim)), list(range(dims))
    else:
        da, db = ([d] if isinstance(d, (int, np.integer)) else list(d) for d in dims)
    da, db = [d % a.ndim for d in da], [d % b.ndim for d in db]
    free_a = [i for i in range(a.ndim) if i not in da]
    free_b = [i for i in range(b.ndim) if i not in db]
    k = int(np.prod([a.shape[i] for i in da]))
    left = ops.reshape(ops.permute(a, free_a + da), (-1, k))
    right = ops.reshape(ops.permute(b, db + free_b), (k, -1))
    return ops.reshape(ops.matmul(left, right), tuple(a.shape[i] for i in free_a) + tuple(b.shape[i] for i in free_b))


def inner(input, other):
    if input.ndim == 0 or other.ndim == 0:
        return ops.mul(input, other)
    return tensordot(input, other, ([-1], [-1]))


def vdot(input, other):
    return ops.dot(input, other)


def cross(input, other, dim=None):
    shape = np.broadcast_shapes(input.shape, other.shape)
    a, b = ops.expand(input, shape), ops.expand(other, shape)
    if dim is None:
        dim = next((i for i, n in enumerate(shape) if n == 3), -1)
    a0, a1, a2 = ops.unbind(a, dim)
    b0, b1, b2 = ops.unbind(b, dim)
    return ops.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], dim)


def linalg_cross(input, other, *, dim=-1):
    return cross(input, other, dim)


def kron(input, other):
    nd = max(input.ndim, other.ndim)
    a = ops.reshape(input, (1,) * (nd - input.ndim) + tuple(input.shape))
    b = ops.reshape(other, (1,) * (nd - other.ndim) + tuple(other.shape))
    shape = tuple(m * n for m, n in zip(a.shape, b.shape))
    a = ops.reshape(a, tuple(v for n in a.shape for v in (n, 1)))
    b = ops.reshape(b, tuple(v for n in b.shape for v in (1, n)))
    return ops.reshape(ops.mul(a, b), shape)


def repeat_interleave(input, repeats, dim=None, *, output_size=None):
    if dim is None:
        input, dim = ops.reshape(input, (-1,)), 0
    reps = repeats._data if isinstance(repeats, Tensor) else repeats
    index = np.repeat(np.arange(input.shape[dim] if input.ndim else 1), reps)
    if input.ndim == 0:
        input = ops.reshape(input, (1,))
    return ops.index_select(input, dim, make(index.astype(np.int64)))


def take(input, index):
    flat = ops.reshape(input, (-1,))
    idx = index._data if isinstance(index, Tensor) else np.asarray(index)
    idx = np.where(idx < 0, idx + flat.shape[0], idx).astype(np.int64)
    return ops.reshape(ops.index_select(flat, 0, make(idx.reshape(-1))), idx.shape)


def take_along_dim(input, indices, dim=None):
    if dim is None:
        return take(input, indices)
    return ops.gather(input, dim, indices)


def masked_select(input, mask):
    shape = np.broadcast_shapes(input.shape, mask.shape)
    return ops.expand(input, shape)[ops.expand(mask, shape)]


def index_add(input, dim, index, source, *, alpha=1):
    idx = _along(index, source, dim)
    return ops.scatter_add(input, dim, idx, source if alpha == 1 else source * alpha)


def index_copy(input, dim, index, source):
    return ops.scatter(input, dim, _along(index, source, dim), source)


def index_fill(input, dim, index, value):
    dim = dim % max(input.ndim, 1)
    mask = np.zeros(input.shape[dim] if input.ndim else 1, dtype=bool)
    mask[index._data if isinstance(index, Tensor) else index] = True
    shape = [1] * input.ndim
    if input.ndim:
        shape[dim] = -1
    return ops.masked_fill(input, make(mask.reshape(shape) if input.ndim else mask.reshape(())), value)


def _along(index, source, dim):
    """index (one entry per slice of source along dim) spread to source's shape, for scatter."""
    idx = np.asarray(index._data if isinstance(index, Tensor) else index).reshape(-1)
    dim = dim % max(source.ndim, 1)
    shape = [1] * source.ndim
    if source.ndim:
        shape[dim] = -1
    return make(np.broadcast_to(idx.reshape(shape), source.shape).astype(np.int64))


def diff(input, n=1, dim=-1, prepend=None, append=None):
    if prepend is not None or append is not None:
        input = ops.cat([t for t in (prepend, input, append) if t is not None], dim)
    for _ in range(n):
        length = input.shape[dim]
        input = ops.sub(ops.narrow(input, dim, 1, length - 1), ops.narrow(input, dim, 0, length - 1))
    return input


def rot90(input, k=1, dims=(0, 1)):
    d0, d1 = dims
    k %= 4
    if k == 1:
        return ops.transpose(ops.flip(input, [d1]), d0, d1)
    if k == 2:
        return ops.flip(input, [d0, d1])
    if k == 3:
        return ops.transpose(ops.flip(input, [d0]), d0, d1)
    return ops.clone(input)


def fliplr(input):
    return ops.flip(input, [1])


def flipud(input):
    return ops.flip(input, [0])


def msort(input):
    return ops.sort(input, 0).values


def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    n = input.shape[-1] + abs(offset)
    basis = np.zeros((input.shape[-1], n, n), dtype=input.dtype)
    i = np.arange(input.shape[-1])
    basis[i, i + max(-offset, 0), i + max(offset, 0)] = 1
    out = tensordot(input, make(basis), 1)
    return out if (dim1, dim2) == (-2, -1) else ops.movedim(out, (-2, -1), (dim1, dim2))


def diagflat(input, offset=0):
    return ops.diag(ops.reshape(input, (-1,)), offset)


def cdist(x1, x2, p=2.0):
    diff_ = ops.sub(ops.unsqueeze(x1, -2), ops.unsqueeze(x2, -3))
    return ops.linalg_vector_norm(diff_, p, -1)


def addmv(input, mat, vec, *, beta=1, alpha=1):
    return ops.add(input if beta == 1 else input * beta, ops.mv(mat, vec), alpha=alpha)


def baddbmm(input, batch1, batch2, *, beta=1, alpha=1):
    return ops.add(input if beta == 1 else input * beta, ops.bmm(batch1, batch2), alpha=alpha)


def float_power(input, exponent):
    base = input.double() if isinstance(input, Tensor) else input
    exp = exponent.double() if isinstance(exponent, Tensor) else exponent
    if not isinstance(base, Tensor):
        base = _t(float(base)).double()
    return ops.pow(base, exp)


def logdet(input):
    sign, logabsdet = ops.linalg_slogdet(input)
    return ops.where(ops.lt(sign, 0), float("nan"), logabsdet)


SvdResult = collections.namedtuple("SvdResult", ["U", "S", "V"])


def svd(input, some=True, compute_uv=True):
    u, s, vh = ops.linalg_svd(input, not some)
    return SvdResult(u, s, ops.transpose(vh, -2, -1))


def pinverse(input, rcond=1e-15):
    return ops.linalg_pinv(input, rtol=rcond)


def cholesky(input, upper=False):
    return ops.linalg_cholesky(input, upper=upper)


def matrix_power(input, n):
    if n < 0:
        input, n = ops.linalg_inv(input), -n
    if n == 0:
        eye = np.broadcast_to(np.eye(input.shape[-1], dtype=input.dtype), input.shape)
        return make(eye.copy())
    out = input
    for _ in range(n - 1):
        out = ops.matmul(out, input)
    return out


def multi_dot(tensors):
    out = tensors[0]
    for t in tensors[1:]:
        out = ops.matmul(out, t)
    return out


def equal(input, other) -> bool:
    return tuple(input.shape) == tuple(other.shape) and bool(np.array_equal(input._data, other._data))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return make(np.isclose(_data(input), _data(other), rtol=rtol, atol=atol, equal_nan=equal_nan))


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False) -> bool:
    return bool(np.allclose(_data(input), _data(other), rtol=rtol, atol=atol, equal_nan=equal_nan))


def _data(x):
    return x._data if isinstance(x, Tensor) else np.asarray(x)


def meshgrid(*tensors, indexing="ij"):
    tensors = _tensor_args(tensors)
    shape = tuple(t.shape[0] if t.ndim else 1 for t in tensors)
    if indexing == "xy" and len(tensors) >= 2:
        shape = (shape[1], shape[0]) + shape[2:]
    out = []
    for i, t in enumerate(tensors):
        axis = i if indexing != "xy" or len(tensors) < 2 else (1, 0)[i] if i < 2 else i
        view = [1] * len(shape)
        view[axis] = -1
        out.append(ops.expand(ops.reshape(t, tuple(view)), shape))
    return tuple(out)


def tril_indices(row, col, offset=0, *, dtype=None):
    return make(np.stack(np.tril_indices(row, offset, col)).astype(as_dtype(dtype) if dtype else np.int64))


def triu_indices(row, col, offset=0, *, dtype=None):
    return make(np.stack(np.triu_indices(row, offset, col)).astype(as_dtype(dtype) if dtype else np.int64))


def searchsorted(sorted_sequence, input, *, out_int32=False, right=False, side=None, sorter=None):
    seq, values = _data(sorted_sequence), _data(input)
    side = side or ("right" if right else "left")
    if seq.ndim <= 1:
        out = np.searchsorted(seq, values, side=side)
    else:
        out = np.stack([np.searchsorted(s, v, side=side) for s, v in zip(seq.reshape(-1, seq.shape[-1]),
                                                                             values.reshape(-1, values.shape[-1]))])
        out = out.reshape(values.shape)
    return make(np.asarray(out, dtype=np.int32 if out_int32 else np.int64))


def bucketize(input, boundaries, *, out_int32=False, right=False):
    out = np.searchsorted(_data(boundaries), _data(input), side="right" if right else "left")
    return make(np.asarray(out, dtype=np.int32 if out_int32 else np.int64))


def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    data = _data(input)
    values, inverse, counts = np.unique(data if dim is None else data, return_inverse=True, return_counts=True,
                                        axis=dim)
    out = [make(values)]
    if return_inverse:
        out.append(make(inverse.reshape(data.shape if dim is None else -1).astype(np.int64)))
    if return_counts:
        out.append(make(counts.astype(np.int64)))
    return out[0] if len(out) == 1 else tuple(out)


def randperm(n, *, generator=None, dtype=None, device=None, requires_grad=False):
    return _finish(_rng(generator).permutation(n), dtype or np.int64, requires_grad)


def logspace(start, end, steps, base=10.0, *, dtype=None, device=None, requires_grad=False):
    return _finish(np.power(base, np.linspace(start, end, steps)), dtype or DEFAULT_FLOAT, requires_grad)


def iinfo(type):
    return np.iinfo(as_dtype(type))


def ravel(input):
    """torch's ravel: contiguous().view(-1) (ViewBackward0, after CloneBackward0 when strided)."""
    return ops.view(_contiguous(input), (-1,))


def reshape(input, shape, *more):
    """torch's reshape is a composite: a view (ViewBackward0) when the strides allow one, else a copy,
    as the clone's reshape (UnsafeViewBackward0 <- CloneBackward0). Only a view of another tensor can
    have strides that refuse (core/contiguity.py), so the common path is the first test."""
    if not isinstance(input, Tensor) or input._base is None or input._data.flags.c_contiguous:
        return ops.view(input, shape, *more)
    sizes = kernels.int_list(shape, more)
    try:
        contiguity.check_view(input, sizes)
    except RuntimeError:
        return ops._unsafe_view(ops.clone(input), sizes)
    return ops.view(input, sizes)


def flatten(input, start_dim=0, end_dim=-1):
    """torch's flatten: the input itself when there is nothing to merge, else a reshape."""
    shape = input._data.shape
    if start_dim == 0 and end_dim == -1 and len(shape) > 1:  # x.flatten(), the common call
        if input._base is None or input._data.flags.c_contiguous:
            return ops.view(input, (-1,))
        return reshape(input, (-1,))
    new = kernels.flatten_shape(shape, start_dim, end_dim)
    if shape and len(new) == len(shape):
        return input
    return reshape(input, new)


def broadcast_tensors(*tensors):
    tensors = _tensor_args(tensors)
    shape = np.broadcast_shapes(*(t.shape for t in tensors))
    return tuple(ops.expand(t, shape) for t in tensors)


def tensor_split(input, indices_or_sections, dim=0):
    """numpy.array_split's pieces: n sections (the first ones one larger), or split at the given indices."""
    n = input.shape[dim]
    if isinstance(indices_or_sections, (int, np.integer)):
        k = int(indices_or_sections)
        sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
    else:
        bounds = [min(max(int(i) if i >= 0 else int(i) + n, 0), n) for i in indices_or_sections]
        edges = [0] + bounds + [n]
        sizes = [max(b - a, 0) for a, b in zip(edges[:-1], edges[1:])]
    out, start = [], 0
    for size in sizes:
        out.append(ops.narrow(input, dim, min(start, n), size))
        start += size
    return tuple(out)


def dstack(tensors):
    out = []
    for t in tensors:
        t = atleast_2d(t)
        out.append(ops.unsqueeze(t, -1) if t.ndim == 2 else t)
    return ops.cat(out, 2)


def sgn(input):
    return ops.sign(input)


def logaddexp2(input, other):
    ln2 = float(np.log(2.0))
    return ops.div(ops.logaddexp(ops.mul(input, ln2), ops.mul(other, ln2)), ln2)


def ldexp(input, other):
    return ops.mul(input, ops.pow(2.0, other))


def heaviside(input, values):
    return make(np.heaviside(_data(input), _data(values)).astype(np.result_type(_data(input), _data(values))))


CumResult = collections.namedtuple("CumResult", ["values", "indices"])


def _cum_extremum(input, dim, better):
    """cummax/cummin: the running extremum's index along dim (the latest one on ties), then a gather."""
    data = _data(input)
    if data.ndim == 0:
        return CumResult(ops.clone(input), make(np.zeros((), dtype=np.int64)))
    axis = kernels.one_dim(data, dim)
    moved = np.moveaxis(data, axis, 0)
    idx = np.zeros(moved.shape, dtype=np.int64)
    best = moved[0].copy() if moved.shape[0] else moved[:0]
    for i in range(1, moved.shape[0]):
        take_new = better(moved[i], best) | np.isnan(moved[i]) & ~np.isnan(best)
        take_new &= ~np.isnan(best)
        best = np.where(take_new, moved[i], best)
        idx[i] = np.where(take_new, i, idx[i - 1])
    indices = make(np.ascontiguousarray(np.moveaxis(idx, 0, axis)))
    return CumResult(ops.gather(input, axis, indices), indices)


def cummax(input, dim):
    return _cum_extremum(input, dim, np.greater_equal)


def cummin(input, dim):
    return _cum_extremum(input, dim, np.less_equal)


def logcumsumexp(input, dim):
    kernels.one_dim(_data(input), dim)
    shift = make(np.nan_to_num(np.amax(_data(input), axis=dim % max(input.ndim, 1), keepdims=True) if input.ndim
                               else _data(input), neginf=0.0, posinf=0.0))
    return ops.add(ops.log(ops.cumsum(ops.exp(ops.sub(input, shift)), dim)), shift)


def kthvalue(input, k, dim=-1, keepdim=False):
    values, indices = ops.sort(input, dim)
    if input.ndim == 0:
        return MedianResult(values, indices)
    values, indices = ops.select(values, dim, k - 1), ops.select(indices, dim, k - 1)
    if keepdim:
        values, indices = ops.unsqueeze(values, dim), ops.unsqueeze(indices, dim)
    return MedianResult(values, indices)


def matrix_rank(A, *, atol=None, rtol=None, hermitian=False):
    s = np.linalg.svd(_data(A), compute_uv=False)
    tol = rtol if rtol is not None else (0.0 if atol is not None else max(A.shape[-2:]) * np.finfo(s.dtype).eps)
    limit = np.maximum(atol or 0.0, tol * (s[..., :1] if s.shape[-1] else 0.0))
    return make(np.sum(s > limit, axis=-1).astype(np.int64))


class finfo:
    """torch.finfo: a float dtype's limits as Python floats."""

    def __init__(self, type=None):
        info = np.finfo(as_dtype(type) if type is not None else DEFAULT_FLOAT)
        self.bits, self.dtype = info.bits, info.dtype.name
        self.eps, self.max, self.min = float(info.eps), float(info.max), float(info.min)
        self.tiny = self.smallest_normal = float(info.tiny)
        self.resolution = float(info.resolution)


def split(tensor, split_size_or_sections, dim=0):
    return ops.split(tensor, split_size_or_sections, dim)


@_torch_name('split')
def _split_method(self, split_size, dim=0):
    return ops.split(self, split_size, dim)


def scatter(input, dim, index, src=None, *, value=None):
    """torch.scatter(input, dim, index, src) or (..., value=v)."""
    return ops.scatter(input, dim, index, value if src is None else src)


@_torch_name('scatter_')
def _scatter_(self, dim, index, src=None, *, value=None):
    return self.copy_(scatter(self, dim, index, src, value=value))


def norm(input, p="fro", dim=None, keepdim=False, *, dtype=None):
    """torch.norm: the registry's norm, and the nuclear norm (p='nuc') as linalg.matrix_norm's."""
    if isinstance(p, str) and p == "nuc":
        return ops.linalg_matrix_norm(input, "nuc", (-2, -1) if dim is None else dim, keepdim, dtype=dtype)
    return ops.norm(input, p, dim, keepdim, dtype=dtype)


def atleast_3d(*tensors):
    def lift(t):
        if t.ndim >= 3:
            return t
        return ops.reshape(t, {0: (1, 1, 1), 1: (1, -1, 1), 2: tuple(t.shape) + (1,)}[t.ndim])
    out = [lift(t) for t in _tensor_args(tensors)]
    return out[0] if len(out) == 1 else tuple(out)


def hsplit(input, indices_or_sections):
    return tensor_split(input, indices_or_sections, 1 if input.ndim > 1 else 0)


def vsplit(input, indices_or_sections):
    return tensor_split(input, indices_or_sections, 0)


def dsplit(input, indices_or_sections):
    return tensor_split(input, indices_or_sections, 2)


def addbmm(input, batch1, batch2, *, beta=1, alpha=1):
    return ops.add(input if beta == 1 else input * beta, ops.sum(ops.bmm(batch1, batch2), 0), alpha=alpha)


def addr(input, vec1, vec2, *, beta=1, alpha=1):
    return ops.add(input if beta == 1 else input * beta, ops.outer(vec1, vec2), alpha=alpha)


def chain_matmul(*matrices):
    return multi_dot(_tensor_args(matrices))


def block_diag(*tensors):
    tensors = [ops.reshape(t, (1, -1)) if t.ndim < 2 else t for t in _tensor_args(tensors)]
    cols = sum(t.shape[1] for t in tensors)
    rows, start = [], 0
    for t in tensors:
        rows.append(ops.constant_pad_nd(t, (start, cols - start - t.shape[1])))
        start += t.shape[1]
    return ops.cat(rows, 0)


def broadcast_shapes(*shapes):
    return tuple(np.broadcast_shapes(*[(s,) if isinstance(s, int) else tuple(s) for s in shapes]))


def cartesian_prod(*tensors):
    grids = meshgrid(*tensors, indexing="ij")
    return ops.stack([ops.reshape(g, (-1,)) for g in grids], 1) if len(grids) > 1 else grids[0]


def deg2rad(input):
    return ops.mul(input, float(np.pi / 180))


def rad2deg(input):
    return ops.mul(input, float(180 / np.pi))


def dist(input, other, p=2):
    return ops.linalg_vector_norm(ops.sub(input, other), p)


def gcd(input, other):
    return make(np.gcd(_data(input), _data(other)))


def lcm(input, other):
    return make(np.lcm(_data(input), _data(other)))


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    return make(np.isin(_data(elements), _data(test_elements), invert=invert))


def bincount(input, weights=None, minlength=0):
    data = np.bincount(_data(input), None if weights is None else _data(weights), minlength)
    return make(data if weights is not None else data.astype(np.int64))


def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    """torch.quantile (linear interpolation between the sorted neighbours; differentiable through sort)."""
    qs = np.atleast_1d(_data(q)).astype(np.float64)
    x = ops.reshape(input, (-1,)) if dim is None else input
    axis = 0 if dim is None else dim % x.ndim
    values = ops.sort(x, axis).values
    n = x.shape[axis]
    out = []
    for level in qs:
        pos = level * (n - 1)
        lo, hi = int(np.floor(pos)), int(np.ceil(pos))
        a, b = ops.select(values, axis, lo), ops.select(values, axis, hi)
        out.append(ops.add(a, ops.mul(ops.sub(b, a), float(pos - lo))) if hi != lo else a)
    result = ops.stack(out, 0) if np.ndim(_data(q)) else out[0]
    if keepdim:
        shift = 1 if np.ndim(_data(q)) else 0
        result = ops.unsqueeze(result, axis + shift) if dim is not None else \
            ops.reshape(result, tuple(result.shape[:shift]) + (1,) * input.ndim)
    return result


def is_nonzero(input) -> bool:
    if input.numel() != 1:
        return bool(input)  # torch's error for several elements
    return bool(input.item())


def promote_types(type1, type2):
    """torch's rule: a float type beats any integer type; otherwise NumPy's promotion."""
    a, b = as_dtype(type1), as_dtype(type2)
    if (a.kind == "f") != (b.kind == "f"):
        return a if a.kind == "f" else b
    return np.promote_types(a, b)


def result_type(tensor1, tensor2):
    def kind(x):
        if isinstance(x, Tensor):
            return x.dtype
        return np.dtype(bool) if isinstance(x, bool) else np.dtype(np.int64) if isinstance(x, int) else DEFAULT_FLOAT
    a, b = kind(tensor1), kind(tensor2)
    if not isinstance(tensor2, Tensor) and isinstance(tensor1, Tensor) and (b.kind != "f" or a.kind == "f"):
        return a if a.kind != "b" or b.kind == "b" else b
    if not isinstance(tensor1, Tensor) and isinstance(tensor2, Tensor) and (a.kind != "f" or b.kind == "f"):
        return b if b.kind != "b" or a.kind == "b" else a
    return promote_types(a, b)


def can_cast(from_, to) -> bool:
    order = "biuf"
    a, b = as_dtype(from_), as_dtype(to)
    return order.index(a.kind if a.kind in order else "f") <= order.index(b.kind if b.kind in order else "f")


def bernoulli(input, p=None, *, generator=None):
    probs = _data(input) if p is None else np.full(input.shape, p)
    return make((_rng(generator).random(input.shape) < probs).astype(input.dtype))


def multinomial(input, num_samples, replacement=False, *, generator=None):
    probs = np.atleast_2d(_data(input)).astype(np.float64)
    rng = _rng(generator)
    rows = [rng.choice(probs.shape[1], num_samples, replace=replacement, p=row / row.sum()) for row in probs]
    out = np.asarray(rows, dtype=np.int64)
    return make(out if input.ndim == 2 else out[0])


def normal(mean, std=1.0, size=None, *, generator=None, dtype=None, requires_grad=False):
    m, s = _data(mean), _data(std)
    shape = tuple(size) if size is not None else np.broadcast_shapes(np.shape(m), np.shape(s))
    dtype = dtype or (mean.dtype if isinstance(mean, Tensor) else std.dtype if isinstance(std, Tensor) else DEFAULT_FLOAT)
    return _finish(_rng(generator).normal(m, s, shape), dtype, requires_grad)


def randint_like(input, low=0, high=None, *, generator=None, dtype=None, requires_grad=False):
    if high is None:
        low, high = 0, low
    return randint(low, high, tuple(input.shape), dtype=dtype or input.dtype, generator=generator)


def unflatten(input, dim, sizes):
    return _unflatten(input, dim, sizes)


# torch name -> registry op (function and method)
ALIASES = {
    "multiply": "mul", "subtract": "sub", "divide": "div", "true_divide": "div", "negative": "neg",
    "absolute": "abs", "greater": "gt", "greater_equal": "ge", "less": "lt", "less_equal": "le",
    "not_equal": "ne", "fix": "trunc", "arcsin": "asin", "arccos": "acos", "arctan": "atan",
    "arcsinh": "asinh", "arccosh": "acosh", "arctanh": "atanh", "arctan2": "atan2", "ger": "outer",
    "inverse": "linalg_inv", "slogdet": "linalg_slogdet",
}
FUNCTION_ALIASES = {"concat": "cat"}
FUNCTIONS = ("clamp_min", "clamp_max", "any", "std_mean", "var_mean", "nonzero", "argwhere", "where",
             "concatenate", "empty_like", "numel", "is_floating_point",
             "nanmean", "median", "atleast_1d", "atleast_2d", "vstack", "hstack", "column_stack", "tensordot",
             "inner", "vdot", "cross", "kron", "repeat_interleave", "take", "take_along_dim", "masked_select",
             "index_add", "index_copy", "index_fill", "diff", "rot90", "fliplr", "flipud", "msort", "diag_embed",
             "diagflat", "cdist", "addmv", "baddbmm", "float_power", "logdet", "svd", "pinverse", "cholesky",
             "matrix_power", "equal", "isclose", "allclose", "meshgrid", "tril_indices", "triu_indices",
             "searchsorted", "bucketize", "unique", "randperm", "logspace", "finfo", "iinfo", "ravel",
             "broadcast_tensors", "tensor_split", "dstack", "sgn", "logaddexp2", "ldexp", "heaviside", "cummax",
             "cummin", "logcumsumexp", "kthvalue", "split", "scatter", "norm",
             "atleast_3d", "hsplit", "vsplit", "dsplit", "addbmm", "addr", "chain_matmul", "block_diag",
             "broadcast_shapes", "cartesian_prod", "deg2rad", "rad2deg", "dist", "gcd", "lcm", "isin", "bincount",
             "quantile", "is_nonzero", "promote_types", "result_type", "can_cast", "bernoulli", "multinomial",
             "normal", "randint_like", "unflatten", "reshape", "flatten")


# ---- Tensor methods -----------------------------------------------------------------------------


@_torch_name('any')
def _any_method(self, dim=None, keepdim=False):
    return ops.any_reduce(self, dim, keepdim)


@_torch_name('nonzero')
def _nonzero_method(self, *, as_tuple=False):
    return nonzero(self, as_tuple=as_tuple)


def _type_as(self, other):
    return self.to(other.dtype)


def _ndimension(self):
    return self._data.ndim


def _is_contiguous(self, memory_format=None):
    return contiguity.is_contiguous(self)


def _contiguous(self, memory_format=None):
    """Self when contiguous, else a row-major copy (recorded, as torch's CloneBackward0)."""
    return self if contiguity.is_contiguous(self) else ops.clone(self)


def _view(self, *shape, size=None):
    """The registry's view, after torch's check that no copy is needed (the registry op reshapes
    with NumPy, which would copy silently). `size=` is torch's keyword for the shape."""
    if size is not None:
        shape = (size,)
    sizes = shape[0] if len(shape) == 1 and isinstance(shape[0], (tuple, list)) else shape
    if all(isinstance(n, int) for n in sizes):
        contiguity.check_view(self, sizes)
    return ops.view(self, *shape)


def _ravel(self):
    return ravel(self)


def _unflatten(self, dim, sizes):
    shape = self.shape
    dim = dim % len(shape) if shape else 0
    return reshape(self, shape[:dim] + tuple(sizes) + shape[dim + 1:])


def _new_factory(fill, name):
    def method(self, *size, dtype=None, device=None, requires_grad=False, **kwargs):
        size = _size_kw(size, kwargs)
        data = np.full(_size(size), fill, dtype=as_dtype(dtype) if dtype is not None else self.dtype)
        return _finish(data, None, requires_grad)
    method.__name__ = method.__qualname__ = name
    return method


_new_zeros = _new_factory(0, "new_zeros")
_new_ones = _new_factory(1, "new_ones")
_new_empty = _new_factory(0, "new_empty")


def _new_full(self, size, fill_value, *, dtype=None, device=None, requires_grad=False):
    return full(size, fill_value, dtype=dtype if dtype is not None else self.dtype, requires_grad=requires_grad)


def _new_tensor(self, data, dtype=None, device=None, requires_grad=False):
    return tensor(data, dtype=dtype if dtype is not None else self.dtype, requires_grad=requires_grad)


@_torch_name('clamp_min')
def _clamp_min(self, min):
    return ops.clamp(self, min=min)


@_torch_name('clamp_max')
def _clamp_max(self, max):
    return ops.clamp(self, max=max)


@_torch_name('argwhere')
def _argwhere_method(self):
    return nonzero(self)


def _where_method(self, condition, other):
    return ops.where(condition, self, other)


def _byte(self):
    return self._cast(np.dtype(np.uint8))


def _char(self):
    return self._cast(np.dtype(np.int8))


def _short(self):
    return self._cast(np.dtype(np.int16))


def _get_device(self):
    return -1


def _index_add_(self, dim, index, source, *, alpha=1):
    return self.copy_(index_add(self, dim, index, source, alpha=alpha))


def _index_copy_(self, dim, index, source):
    return self.copy_(index_copy(self, dim, index, source))


def _index_fill_(self, dim, index, value):
    return self.copy_(index_fill(self, dim, index, value))


def _fill_diagonal_method_(self, fill_value, wrap=False):
    return _fill_diagonal_(self, fill_value, wrap)


def _random_(self, low=0, high=None, *, generator=None):
    top = high if high is not None else (low if low else 2 ** 24)
    return _fill_random(self, lambda g, shape: g.integers(low if high is not None else 0, top, shape), generator)


def _index_put_method(self, indices, values, accumulate=False):
    return _index_put(self, indices, values, accumulate)


def _index_put_method_(self, indices, values, accumulate=False):
    return self.copy_(_index_put(self, indices, values, accumulate))


def _stride_method(self, dim=None):
    return _stride(self, dim)


def _uniform_(self, a=0.0, b=1.0, *, generator=None):
    return _fill_random(self, lambda g, shape: g.uniform(a, b, shape), generator)


def _normal_(self, mean=0.0, std=1.0, *, generator=None):
    return _fill_random(self, lambda g, shape: g.normal(mean, std, shape), generator)


_itemsize = property(lambda self: self._data.dtype.itemsize)
_nbytes = property(lambda self: int(self._data.nbytes))
_is_cuda = property(lambda self: False)
_mH = property(lambda self: ops.transpose(self, -2, -1))
_H = property(lambda self: ops.t(self))

# Tensor attribute -> the function (or property) of this module that implements it
METHODS = {
    "any": "_any_method", "nonzero": "_nonzero_method", "argwhere": "_argwhere_method", "type_as": "_type_as",
    "ndimension": "_ndimension", "is_contiguous": "_is_contiguous", "ravel": "_ravel", "unflatten": "_unflatten",
    "view": "_view", "contiguous": "_contiguous", "reshape": "reshape", "flatten": "flatten",
    "new_zeros": "_new_zeros", "new_ones": "_new_ones", "new_empty": "_new_empty", "new_full": "_new_full",
    "new_tensor": "_new_tensor", "clamp_min": "_clamp_min", "clamp_max": "_clamp_max",
    "std_mean": "std_mean", "var_mean": "var_mean", "nanmean": "nanmean", "median": "median", "cross": "cross",
    "kron": "kron", "inner": "inner", "vdot": "vdot", "repeat_interleave": "repeat_interleave", "take": "take",
    "take_along_dim": "take_along_dim", "masked_select": "masked_select", "index_add": "index_add",
    "index_copy": "index_copy", "index_fill": "index_fill", "diff": "diff", "rot90": "rot90", "fliplr": "fliplr",
    "flipud": "flipud", "msort": "msort", "diag_embed": "diag_embed", "diagflat": "diagflat", "addmv": "addmv",
    "baddbmm": "baddbmm", "float_power": "float_power", "logdet": "logdet", "svd": "svd", "pinverse": "pinverse",
    "cholesky": "cholesky", "matrix_power": "matrix_power", "equal": "equal", "isclose": "isclose",
    "allclose": "allclose", "unique": "unique", "tensor_split": "tensor_split", "sgn": "sgn",
    "logaddexp2": "logaddexp2", "ldexp": "ldexp", "heaviside": "heaviside", "cummax": "cummax", "cummin": "cummin",
    "logcumsumexp": "logcumsumexp", "kthvalue": "kthvalue", "where": "_where_method", "split": "_split_method",
    "norm": "norm", "deg2rad": "deg2rad", "rad2deg": "rad2deg", "addbmm": "addbmm", "addr": "addr", "dist": "dist",
    "quantile": "quantile", "bincount": "bincount", "bernoulli": "bernoulli", "multinomial": "multinomial",
    "hsplit": "hsplit", "vsplit": "vsplit", "dsplit": "dsplit", "gcd": "gcd", "lcm": "lcm",
    "is_nonzero": "is_nonzero", "byte": "_byte", "char": "_char", "short": "_short", "get_device": "_get_device",
    "index_add_": "_index_add_", "index_copy_": "_index_copy_", "index_fill_": "_index_fill_",
    "fill_diagonal_": "_fill_diagonal_method_", "random_": "_random_", "scatter": "scatter", "scatter_": "_scatter_",
    "index_put": "_index_put_method", "index_put_": "_index_put_method_", "stride": "_stride_method",
    "uniform_": "_uniform_", "normal_": "_normal_", "itemsize": "_itemsize", "nbytes": "_nbytes",
    "is_cuda": "_is_cuda", "mH": "_mH", "H": "_H",
}


def _index_put(self, indices, values, accumulate):
    index = tuple(indices) if isinstance(indices, (list, tuple)) else indices
    if not accumulate:
        return ops.index_put(self, index, values)
    flat = np.arange(self.numel()).reshape(self.shape)[tuple(i._data if isinstance(i, Tensor) else i for i in index)]
    target = ops.reshape(self, (-1,))
    values = ops.reshape(ops.expand(values if isinstance(values, Tensor) else make(np.asarray(values, self.dtype)),
                                    flat.shape), (-1,))
    return ops.reshape(ops.scatter_add(target, 0, make(flat.reshape(-1).astype(np.int64)), values), self.shape)


def _fill_diagonal_(self, fill_value, wrap):
    mask = np.zeros(self.shape, dtype=bool)
    np.fill_diagonal(mask, True, wrap=wrap)
    return self.masked_fill_(make(mask), fill_value)


def _stride(self, dim=None):
    strides = tuple(int(np.prod(self.shape[i + 1:])) for i in range(self.ndim))
    return strides if dim is None else strides[dim]


def _fill_random(self, draw, generator=None):
    return self.copy_(make(np.asarray(draw(_rng(generator), self.shape), dtype=self.dtype)))
