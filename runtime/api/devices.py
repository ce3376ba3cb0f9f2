"""Device placement as a CPU-only torch sees it: torch.device, Tensor.cuda, torch.autocast.

yamlgrad computes on the CPU only. `torch.device` is a real class (yamlgrad.core.device) so code that
builds and compares devices runs; moving a tensor to a GPU fails as a CPU-only torch fails.
`autocast` is torch's mixed-precision context manager; with nothing to cast for (no GPU, and CPU
autocast to bfloat16 is not supported) it accepts torch's arguments and changes nothing.
"""
from __future__ import annotations

import functools

from yamlgrad.core.device import as_device, check_device, device


def cuda(self, device=None, non_blocking: bool = False, memory_format=None):
    """Tensor.cuda(): there is no GPU, so this fails as torch does without CUDA."""
    check_device("cuda" if device is None or isinstance(device, int) else device)
    return self


class autocast:
    """torch.autocast(device_type, dtype=None, enabled=True, cache_enabled=None): a no-op context
    manager and decorator (ops keep their dtypes)."""

    def __init__(self, device_type: str = "cpu", dtype=None, enabled: bool = True, cache_enabled=None):
        as_device(device_type)  # a misspelt device type fails as in torch
        self.device = device_type
        self.fast_dtype = dtype
        self._enabled = enabled

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with self:
                return fn(*args, **kwargs)
        return wrapper


FUNCTIONS = ("device", "autocast")
# Tensor attribute -> function of this module
METHODS = {"cuda": "cuda"}
