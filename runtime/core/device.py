"""torch.device, and the check every factory and `Tensor.to` make of a device argument.

yamlgrad computes with NumPy on the CPU, so `cpu` is the only device that holds tensors. A `device`
object can still name any of torch's device types (`device("cuda:0")` is a valid value, as in a
CPU-only torch build); asking for a tensor on it fails the way a CPU-only torch fails: CUDA with
torch's AssertionError "Torch not compiled with CUDA enabled", other types with a RuntimeError.
"""
from __future__ import annotations

from builtins import type as builtins_type  # `type` is device()'s first argument, as in torch

# torch's device types, in the order its parse error lists them
DEVICE_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "maia",
                "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone")


class device:
    """A device type and an optional index: `device("cpu")`, `device("cuda:0")`, `device("cuda", 1)`."""
    __slots__ = ("_type", "_index")

    def __init__(self, type, index=None):
        if isinstance(type, device):
            self._type, self._index = type._type, type._index
            return
        if isinstance(type, int) and not isinstance(type, bool):
            # torch reads a bare int as an index on the current accelerator; there is none here
            raise RuntimeError("Cannot access accelerator device when none is available.")
        if not isinstance(type, str):
            got = builtins_type(type).__name__
            raise TypeError(f"device() received an invalid combination of arguments - got ({got})")
        name, colon, number = type.partition(":")
        if name not in DEVICE_TYPES:
            raise RuntimeError(f"Expected one of {', '.join(DEVICE_TYPES)} device type at start of device string: "
                               f"{type}")
        if colon:
            if index is not None:
                raise RuntimeError(f"type (string) must not include an index because index was passed explicitly: "
                                   f"{type}")
            if not number.isdigit():
                raise RuntimeError(f"Invalid device string: '{type}'")
            index = int(number)
        if index is not None:
            index = int(index)
            if index < 0:
                raise RuntimeError("Device index must not be negative")
        self._type, self._index = name, index

    @property
    def type(self) -> str:
        return self._type

    @property
    def index(self):
        return self._index

    def __eq__(self, other) -> bool:
        # as torch: a device equals only a device (device("cpu") == "cpu" is False)
        if not isinstance(other, device):
            return NotImplemented
        return self._type == other._type and self._index == other._index

    def __hash__(self) -> int:
        return hash((self._type, self._index))

    def __repr__(self) -> str:
        if self._index is None:
            return f"device(type='{self._type}')"
        return f"device(type='{self._type}', index={self._index})"

    def __str__(self) -> str:
        return self._type if self._index is None else f"{self._type}:{self._index}"

    def __reduce__(self):
        return (device, (self._type, self._index))


CPU = device("cpu")


def as_device(value) -> device:
    """`value` (a device, a device string or a device index) as a device object."""
    return value if isinstance(value, device) else device(value)


def check_device(value) -> None:
    """Accept None and any spelling of the CPU; refuse every other device as a CPU-only torch does."""
    if value is None or value == "cpu" or value is CPU:
        return
    dev = as_device(value)
    if dev._type == "cpu":
        return
    if dev._type == "cuda":
        raise AssertionError("Torch not compiled with CUDA enabled")
    raise RuntimeError(f"PyTorch is not linked with support for {dev._type} devices")


def parse_to(args: tuple, kwargs: dict):
    """(device, dtype, copy) from the arguments of `Tensor.to` / `Module.to`, as torch reads them:
    `to(dtype)`, `to(device, dtype)`, `to(other_tensor)`, booleans after them for non_blocking and copy,
    and the keywords device=, dtype=, non_blocking=, copy=, memory_format=. A non-CPU device fails."""
    kwargs = dict(kwargs)
    dtype, dev = kwargs.pop("dtype", None), kwargs.pop("device", None)
    copy = kwargs.pop("copy", False)
    kwargs.pop("non_blocking", None)
    kwargs.pop("memory_format", None)
    if kwargs:
        raise TypeError(f"to() got an unexpected keyword argument '{next(iter(kwargs))}'")
    flags = []
    for arg in args:
        if hasattr(arg, "_data"):  # a tensor: its dtype (and device, always the CPU)
            dtype = arg._data.dtype
        elif isinstance(arg, bool):
            flags.append(arg)  # non_blocking, then copy
        elif dev is None and dtype is None and not flags and isinstance(arg, (device, str, int)):
            dev = arg
        else:
            dtype = arg
    check_device(dev)
    if len(flags) > 1:
        copy = flags[1]
    return dev, dtype, copy
