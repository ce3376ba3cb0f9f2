"""Tensor: an array plus the autograd state that lets it take part in a graph.

This file holds only what needs no op: construction, identity, metadata, conversions to Python and
NumPy, hooks and printing. Ops, operators and the methods built on them (backward, casts,
`__setitem__`) live above the core; the generated table yamlgrad.autogen.bindings binds them onto
the class once, at import, and codegen checks that no name is bound twice. Type checkers read the
generated stub tensor.pyi next to this file, which lists both.
"""
from __future__ import annotations

import warnings

import numpy as np

from yamlgrad.core import hooks
from yamlgrad.core.anomaly import ANOMALY, record_creation
from yamlgrad.core.device import CPU
from yamlgrad.core.lazy import Deferred
from yamlgrad.core.legacy import legacy_array
from yamlgrad.core.size import as_size
from yamlgrad.numerics.dtypes import is_float_dtype

# printing is needed only when a tensor is printed
tensor_str = Deferred("yamlgrad.core.tensor_str", globals(), "tensor_str")

NON_LEAF_GRAD = ("The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute "
                 "won't be populated during autograd.backward(). If you indeed want the .grad field to be populated "
                 "for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor "
                 "by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 "
                 "for more information.")

class Tensor:
    # What every op output sets lives in slots; the rest has class-level defaults and, once set,
    # lives in the instance dict (which, as in torch, also takes user attributes). An op output
    # thus costs four stores.
    __slots__ = ("_data", "grad_fn", "_requires_grad", "_version", "__dict__", "__weakref__")
    _grad = None        # `.grad`; the engine and hooks use `_grad` (no warning, no checks)
    _output_nr = 0
    _grad_acc = None    # weak reference to the AccumulateGrad of a leaf
    _hooks = None       # hooks of a leaf
    _retains_grad = False
    _base = None        # the tensor a view was made from
    _fw = None          # forward-mode tangents
    # Tensors are hashable by identity even though `==` is elementwise (as in torch).
    __hash__ = object.__hash__
    # Make NumPy defer to Tensor's reflected operators (`np_array * tensor` -> Tensor.__rmul__).
    __array_priority__ = 1000

    def __init__(self, *args, device=None):
        # torch.Tensor(...) is the legacy constructor of the default tensor type: sizes or data, always
        # float32 (code that wraps an existing array uses make()).
        init_tensor(self, legacy_array("float32", args, device), None)

    # ---- autograd state --------------------------------------------------------------------
    @property
    def requires_grad(self) -> bool:
        return self._requires_grad

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        value = bool(value)
        if self.grad_fn is not None:
            if value:
                return
            raise RuntimeError("you can only change requires_grad flags of leaf variables. If you want to use a "
                               "computed variable in a subgraph that doesn't require differentiation use "
                               "var_no_grad = var.detach().")
        if value and not is_float_dtype(self._data.dtype):
            raise RuntimeError(f"only Tensors of floating point and complex dtype can require gradients "
                               f"(got dtype {self._data.dtype.name})")
        if value and self._data.dtype.kind == "c":
            # the derivative rules are written for real inputs; a complex gradient would silently miss
            # torch's conjugate (Wirtinger) convention, so refuse instead of returning wrong numbers
            raise RuntimeError(f"yamlgrad does not differentiate complex tensors (got dtype "
                               f"{self._data.dtype.name}); split into real and imaginary float tensors")
        self._requires_grad = value

    @property
    def grad(self):
        if self.grad_fn is not None and not self._retains_grad:
            warnings.warn(NON_LEAF_GRAD, UserWarning, stacklevel=2)
        return self._grad

    @grad.setter
    def grad(self, value) -> None:
        if value is not None:
            if not isinstance(value, Tensor):
                raise TypeError(f"assigned grad expected to be a Tensor or None but got grad of type "
                                f"{type(value).__name__}")
            if value._data.shape != self._data.shape:
                raise RuntimeError(f"attempting to assign a gradient of size '{list(value._data.shape)}' to a tensor "
                                   f"of size '{list(self._data.shape)}'. Please ensure that the gradient and the "
                                   "tensor are the same size")
            if value._data.dtype != self._data.dtype:
                raise RuntimeError(f"attempting to assign a gradient with dtype '{value._data.dtype.name}' to a tensor "
                                   f"with dtype '{self._data.dtype.name}'. The gradient must match the tensor's dtype")
        self._grad = value

    @grad.deleter
    def grad(self) -> None:
        self._grad = None

    def requires_grad_(self, requires_grad: bool = True) -> "Tensor":
        self.requires_grad = requires_grad
        return self

    @property
    def is_leaf(self) -> bool:
        return self.grad_fn is None

    @property
    def output_nr(self) -> int:
        return self._output_nr

    @property
    def _version_count(self) -> int:
        return self._version[0]

    def register_hook(self, hook):
        """Call `hook(grad)` when this tensor's gradient is computed; a returned tensor replaces it."""
        return hooks.register_hook(self, hook)

    def retain_grad(self) -> None:
        """Keep this non-leaf's gradient in `.grad` after backward."""
        hooks.retain_grad(self)

    @property
    def retains_grad(self) -> bool:
        return self._retains_grad

    def detach(self) -> "Tensor":
        """A new leaf sharing this tensor's data (and version counter), outside any graph."""
        out = make(self._data)
        out._version = self._version
        return out

    def detach_(self) -> "Tensor":
        if self._base is not None and self._base.grad_fn is not None:
            raise RuntimeError("Can't detach views in-place. Use detach() instead.")
        self.grad_fn = None
        self._requires_grad = False
        return self

    @property
    def data(self) -> "Tensor":
        return self.detach()

    @data.setter
    def data(self, value: "Tensor") -> None:
        self._data = value._data if isinstance(value, Tensor) else value

    # ---- metadata ----------------------------------------------------------------------------
    @property
    def dtype(self):
        return self._data.dtype

    @property
    def shape(self):
        """The sizes as a torch.Size (a tuple subclass)."""
        return as_size(self._data.shape)

    @property
    def ndim(self) -> int:
        return self._data.ndim

    @property
    def device(self):
        """Always torch.device('cpu'): NumPy arrays live in host memory."""
        return CPU

    # where a tensor can live in torch; here only the CPU (a sparse tensor sets is_sparse itself)
    is_cpu = True
    is_cuda = is_xpu = is_mps = is_meta = is_quantized = is_sparse = False

    def size(self, dim: int | None = None):
        return as_size(self._data.shape) if dim is None else self._data.shape[dim]

    def dim(self) -> int:
        return self._data.ndim

    def numel(self) -> int:
        return int(self._data.size)

    def nelement(self) -> int:
        return int(self._data.size)

    def element_size(self) -> int:
        return self._data.dtype.itemsize

    def is_floating_point(self) -> bool:
        return self._data.dtype.kind == "f"

    def __len__(self) -> int:
        if self._data.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (self[i] for i in range(self._data.shape[0]))

    # ---- conversions -------------------------------------------------------------------------
    def numpy(self, *, force: bool = False):
        if self._requires_grad and not force:
            raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        return self._data

    def __array__(self, dtype=None, copy=None):
        if self._requires_grad:
            raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        data = self._data
        if dtype is not None and data.dtype != dtype:
            return data.astype(dtype)
        return data.copy() if copy else data

    def item(self):
        if self._data.size != 1:
            raise RuntimeError(f"a Tensor with {self._data.size} elements cannot be converted to Scalar")
        return self._data.reshape(()).item()

    def tolist(self):
        return self._data.tolist()

    def __float__(self) -> float:
        return float(self._scalar())

    def __int__(self) -> int:
        return int(self._scalar())

    def _scalar(self):
        if self._data.size != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return self._data.reshape(()).item()

    def __index__(self) -> int:
        if self._data.dtype.kind not in "iub" or self._data.size != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self.item())

    def __bool__(self) -> bool:
        if self._data.size != 1:
            raise RuntimeError(f"Boolean value of Tensor with more than one value is ambiguous")
        return bool(self.item())

    def cpu(self) -> "Tensor":
        return self

    # ---- in-place edits not covered by a registry in-place variant -------------------------------
    def zero_(self) -> "Tensor":
        return self.fill_(0)

    # ---- printing ----------------------------------------------------------------------------
    def __repr__(self) -> str:
        suffixes = []
        if self.grad_fn is not None:
            suffixes.append(f"grad_fn=<{self.grad_fn.name()}>")
        elif self._requires_grad:
            suffixes.append("requires_grad=True")
        return tensor_str.format_tensor(self._data, suffixes)

    def __format__(self, spec: str) -> str:
        # as torch: a 0-d tensor formats as its Python number (`f"{loss}"` -> '0.25'); any other
        # tensor prints itself and takes no format spec
        if self._data.ndim == 0:
            return format(self.item(), spec)
        return object.__format__(self, spec)

    # ---- DLPack: zero-copy exchange with NumPy and other array libraries ----------------------------
    def __dlpack__(self, *args, **kwargs):
        if self._requires_grad:
            raise RuntimeError("Can't export tensors that require gradient, use tensor.detach()")
        return self._data.__dlpack__(*args, **kwargs)

    def __dlpack_device__(self):
        return self._data.__dlpack_device__()

    def __reduce_ex__(self, protocol):
        return (_rebuild, (self._data, self._requires_grad))

    # ---- properties that are ops ---------------------------------------------------------------
    @property
    def T(self) -> "Tensor":
        return self.permute(tuple(reversed(range(self._data.ndim))))

    @property
    def mT(self) -> "Tensor":
        return self.transpose(-2, -1)


def _rebuild(data, requires_grad):
    out = make(data)
    if requires_grad:
        out.requires_grad = True
    return out


_new = object.__new__


def init_tensor(t: Tensor, data, grad_fn, output_nr: int = 0) -> Tensor:
    t._data = data
    t.grad_fn = grad_fn
    t._requires_grad = grad_fn is not None
    t._version = [0]
    if output_nr:
        t._output_nr = output_nr
    return t


_ndarray = np.ndarray


def make(data, grad_fn=None, output_nr: int = 0) -> Tensor:
    """Wrap an op's output. NumPy returns scalars for 0-d results; keep them 0-d arrays."""
    if data.__class__ is not _ndarray and isinstance(data, np.generic):
        data = np.asarray(data)
    if ANOMALY[0] and grad_fn is not None and output_nr == 0:
        record_creation(grad_fn)
    t = _new(Tensor)  # init_tensor's stores, inlined: this runs for every op's output
    t._data = data
    t.grad_fn = grad_fn
    t._requires_grad = grad_fn is not None
    t._version = [0]
    if output_nr:
        t._output_nr = output_nr
    return t
