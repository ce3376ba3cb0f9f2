"""yamlgrad.cuda: yamlgrad runs on the CPU (NumPy) only, so scripts that probe for a GPU take the CPU path.

The queries answer as a CPU-only torch build does (`is_available()` False, no devices); what would
need a GPU (`synchronize`, `current_device`, ...) raises torch's AssertionError "Torch not compiled
with CUDA enabled"; seeding and cache management are no-ops there too.
"""
from yamlgrad.core.device import check_device


def is_available() -> bool:
    return False


def device_count() -> int:
    return 0


def is_initialized() -> bool:
    return False


def is_bf16_supported(including_emulation: bool = True) -> bool:
    return False


def manual_seed(seed: int) -> None:
    """No GPU generator to seed (torch.cuda.manual_seed is a no-op without CUDA too)."""


def manual_seed_all(seed: int) -> None:
    """No GPU generator to seed."""


def seed() -> None:
    """No GPU generator to seed."""


def seed_all() -> None:
    """No GPU generator to seed."""


def empty_cache() -> None:
    """No GPU memory to release."""


def memory_allocated(device=None) -> int:
    return 0


def max_memory_allocated(device=None) -> int:
    return 0


def memory_reserved(device=None) -> int:
    return 0


def _no_cuda(*args, **kwargs):
    check_device("cuda")


def synchronize(device=None) -> None:
    """Wait for a GPU: there is none (torch raises the same AssertionError)."""
    _no_cuda()


def current_device() -> int:
    _no_cuda()


def get_device_name(device=None) -> str:
    _no_cuda()


def get_device_properties(device=None):
    _no_cuda()


def set_device(device) -> None:
    _no_cuda()
