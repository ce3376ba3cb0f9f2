"""Forward-mode AD with torch's API: `dual_level`, `make_dual`, `unpack_dual`.

    with forward_ad.dual_level():
        x = forward_ad.make_dual(primal, tangent)
        y = f(x)
        jvp = forward_ad.unpack_dual(y).tangent

Inside a level every registry op propagates tangents with its forward formula (autogen/jvp.py).
Leaving the level drops the tangents of the dual tensors made in it and of everything computed from them.
"""
from __future__ import annotations

import collections
import weakref

from yamlgrad.core.tangents import FORWARD_AD, LEVEL_TENSORS
from yamlgrad.core.tensor import Tensor, make

UnpackedDualTensor = collections.namedtuple("UnpackedDualTensor", ["primal", "tangent"])
_made = LEVEL_TENSORS  # weak references to dual tensors and their results, per open level


def enter_dual_level() -> int:
    FORWARD_AD[0] += 1
    _made.append([])
    return FORWARD_AD[0] - 1


def exit_dual_level(*, level: int | None = None) -> None:
    if FORWARD_AD[0] == 0:
        raise RuntimeError("exit_dual_level: no dual level is open")
    for ref in _made.pop():
        t = ref()
        if t is not None:
            t._fw = None
            t.__dict__.pop("_fw_tensor", None)
    FORWARD_AD[0] -= 1


class dual_level:  # noqa: N801 (torch's name)
    def __enter__(self) -> int:
        return enter_dual_level()

    def __exit__(self, *exc) -> bool:
        exit_dual_level()
        return False


def make_dual(tensor: Tensor, tangent: Tensor, *, level: int | None = None) -> Tensor:
    """A view of `tensor` (same data and autograd history) carrying `tangent`."""
    if FORWARD_AD[0] == 0:
        raise RuntimeError("To create a dual Tensor, you must be in a dual level (with forward_ad.dual_level(): ...)")
    if not isinstance(tangent, Tensor):
        raise TypeError("make_dual: the tangent must be a Tensor")
    if tangent.shape != tensor.shape:
        raise RuntimeError(f"Trying to set a forward gradient that has a different size than that of the original "
                           f"Tensor, this is not supported. Tensor is of size {list(tensor.shape)} while the given "
                           f"forward gradient is of size {list(tangent.shape)}.")
    if tensor.dtype.kind not in "fc":
        raise RuntimeError("make_dual: only floating point tensors can carry a tangent")
    dual = tensor.view(tensor.shape)
    dual._fw = tangent._data.astype(tensor.dtype, copy=False)
    if dual._fw is tangent._data:  # no cast was needed: unpack_dual hands back this very tensor, as torch
        dual._fw_tensor = tangent
    _made[-1].append(weakref.ref(dual))
    return dual


def unpack_dual(tensor: Tensor, *, level: int | None = None) -> UnpackedDualTensor:
    """(primal, tangent): the primal is a view without the tangent; the tangent is None if there is none."""
    tangent = None
    if tensor._fw is not None:
        # One Tensor per tangent array, kept on the dual: unpacking twice gives the same object.
        tangent = tensor.__dict__.get("_fw_tensor")
        if tangent is None or tangent._data is not tensor._fw:
            tangent = tensor._fw_tensor = make(tensor._fw)
    primal = tensor.view(tensor.shape)
    primal._fw = None
    return UnpackedDualTensor(primal, tangent)
