"""DataParallel and data_parallel without accelerators (see the package docstring)."""
from __future__ import annotations

from typing import Any

from yamlgrad.nn.module import Module

__all__ = ["DataParallel", "data_parallel"]


class DataParallel(Module):
    """Wraps `module` (kept as `.module`, so state_dict keys read `module.<name>`); with no device to split
    the batch over, forward calls the module on the inputs unchanged and `device_ids` is empty, as in
    torch without GPUs. device_ids, output_device and dim are accepted and ignored there too."""

    def __init__(self, module: Module, device_ids=None, output_device=None, dim: int = 0) -> None:
        super().__init__()
        self.module = module
        self.device_ids = []

    def forward(self, *inputs: Any, **kwargs: Any) -> Any:
        return self.module(*inputs, **kwargs)


def data_parallel(module: Module, inputs: Any, device_ids=None, output_device=None, dim: int = 0,
                  module_kwargs: Any | None = None):
    """torch's functional DataParallel: it needs an accelerator, and yamlgrad has none."""
    raise RuntimeError("device type could not be determined")
