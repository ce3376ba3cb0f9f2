"""yamlgrad.cuda: yamlgrad runs on the CPU (NumPy) only, so scripts that probe for a GPU take the CPU path."""


def is_available() -> bool:
    return False


def device_count() -> int:
    return 0


def manual_seed(seed: int) -> None:
    """No GPU generator to seed (torch.cuda.manual_seed is a no-op without CUDA too)."""


def manual_seed_all(seed: int) -> None:
    """No GPU generator to seed."""
