"""DistributedDataParallel: needs a process group, which yamlgrad (no torch.distributed) never has."""
from __future__ import annotations

from yamlgrad.nn.module import Module

__all__ = ["DistributedDataParallel"]


class DistributedDataParallel(Module):
    """Constructing one fails as in torch before `init_process_group` was called."""

    def __init__(self, module: Module, device_ids=None, output_device=None, dim: int = 0,
                 broadcast_buffers=None, init_sync: bool = True, process_group=None, bucket_cap_mb=None,
                 find_unused_parameters: bool = False, check_reduction: bool = False,
                 gradient_as_bucket_view: bool = False, static_graph: bool = False, **kwargs) -> None:
        raise ValueError("Default process group has not been initialized, please make sure to call "
                         "init_process_group.")
