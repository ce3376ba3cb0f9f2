"""yamlgrad.nn.parallel: torch.nn.parallel as it behaves on a machine without GPUs.

yamlgrad computes on the CPU only, so there is never a device to replicate a module onto: DataParallel
runs the wrapped module as is (torch does the same when no accelerator is available), data_parallel
raises torch's "device type could not be determined", and DistributedDataParallel, which needs a
process group (yamlgrad has no torch.distributed), raises torch's error for a missing default group.
"""
from yamlgrad.nn.parallel.data_parallel import DataParallel, data_parallel
from yamlgrad.nn.parallel.distributed import DistributedDataParallel

__all__ = ["data_parallel", "DataParallel", "DistributedDataParallel"]
