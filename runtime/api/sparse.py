"""Sparse COO tensors, dense-backed: enough of torch.sparse for graph networks' `adj @ features`.

yamlgrad has no sparse storage. `sparse_coo_tensor(indices, values, size)` scatters the values into a
dense tensor (duplicate indices add up, as after torch's coalesce) and marks it `is_sparse`; products
with it are ordinary dense products, so the results and gradients are torch's, only the memory and
time are those of the dense matrix. `indices()`/`values()` give back the nonzero entries. The mark
does not propagate: the result of any op is a dense tensor, as torch's sparse @ dense is.
"""
from __future__ import annotations

import numpy as np

from yamlgrad.api import composed
from yamlgrad.api.overloads import matmul
from yamlgrad.autogen import ops
from yamlgrad.core.device import check_device
from yamlgrad.core.tensor import Tensor, make
from yamlgrad.numerics.dtypes import DEFAULT_FLOAT, as_dtype


def _array(x):
    return x._data if isinstance(x, Tensor) else np.asarray(x)


def _mark(t: Tensor, sparse: bool) -> Tensor:
    t.is_sparse = sparse
    return t


def sparse_coo_tensor(indices, values, size=None, *, dtype=None, device=None, requires_grad: bool = False,
                      check_invariants=None, is_coalesced=None) -> Tensor:
    """A (dense-backed) sparse tensor with `values[k]` at position `indices[:, k]`."""
    check_device(device)
    index = _array(indices).astype(np.int64)
    if index.ndim != 2:
        raise RuntimeError(f"indices must be sparse_dim x nnz, but got: {list(index.shape)}")
    if not isinstance(values, Tensor):
        data = np.asarray(values)
        values = make(data.astype(DEFAULT_FLOAT) if data.dtype.kind == "f" else data)
    if dtype is not None:
        values = values.to(as_dtype(dtype))
    if index.shape[1] != values.shape[0]:
        raise RuntimeError(f"indices and values must have same nnz, but got nnz from indices: {index.shape[1]}, "
                           f"nnz from values: {values.shape[0]}")
    sparse_dim = index.shape[0]
    if size is None:
        size = tuple(int(n) + 1 for n in index.max(axis=1)) if index.size else (0,) * sparse_dim
        size = size + tuple(values.shape[1:])
    size = tuple(int(n) for n in size)
    if index.size and ((index < 0).any() or (index.max(axis=1) >= np.array(size[:sparse_dim])).any()):
        raise RuntimeError(f"size is inconsistent with indices: for a sparse tensor of size {list(size)} the "
                           f"indices must lie in [0, size) along each sparse dim")
    rows = int(np.prod(size[:sparse_dim], dtype=np.int64))
    linear = make(np.ravel_multi_index(tuple(index), size[:sparse_dim]) if sparse_dim else np.zeros(0, np.int64))
    base = make(np.zeros((rows,) + size[sparse_dim:], dtype=values.dtype))
    dense = composed.index_add(base, 0, linear, values).reshape(size)
    if requires_grad:
        dense.requires_grad_()
    return _mark(dense, True)


def to_sparse(self, sparse_dim=None) -> Tensor:
    """This tensor marked sparse (a view sharing its data: the data is dense either way)."""
    return _mark(ops.reshape(self, tuple(self.shape)), True)


def to_dense(self, dtype=None, *, masked_grad=None) -> Tensor:
    out = ops.reshape(self, tuple(self.shape))
    return _mark(out if dtype is None else out.to(as_dtype(dtype)), False)


def coalesce(self) -> Tensor:
    return self


def is_coalesced(self) -> bool:
    return True


def _nonzero_index(self):
    return np.nonzero(self._data)


def sparse_dim(self) -> int:
    """Every dim is a sparse dim here (values are scalars): `indices()` has one row per dim."""
    return self._data.ndim


def indices(self) -> Tensor:
    """The positions of the nonzero entries, sparse_dim x nnz (int64), in row-major order."""
    return make(np.stack(_nonzero_index(self)).astype(np.int64).reshape(self._data.ndim, -1))


def values(self) -> Tensor:
    """The nonzero entries, in the order of `indices()`."""
    return self[tuple(make(i.astype(np.int64)) for i in _nonzero_index(self))]


def mm(mat1, mat2) -> Tensor:
    """torch.sparse.mm: a matrix product where either side may be sparse; the result is dense."""
    return _mark(matmul(mat1, mat2), False)


def sparse_sum(input, dim=None) -> Tensor:
    """torch.sparse.sum: the sum over `dim` (all dims when None)."""
    return ops.sum(input) if dim is None else ops.sum(input, dim)


FUNCTIONS = ("sparse_coo_tensor",)
# Tensor attribute -> function of this module
METHODS = {"to_sparse": "to_sparse", "to_dense": "to_dense", "coalesce": "coalesce", "is_coalesced": "is_coalesced",
           "indices": "indices", "values": "values", "sparse_dim": "sparse_dim"}
