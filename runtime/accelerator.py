"""yamlgrad.accelerator (torch.accelerator): the device-agnostic accelerator queries; there is none."""


def is_available() -> bool:
    return False


def current_accelerator(check_available: bool = False):
    """The current accelerator's device, or None when there is none (always here)."""
    return None


def device_count() -> int:
    return 0


def synchronize(device=None) -> None:
    """Nothing to wait for: every op has finished when it returns."""
