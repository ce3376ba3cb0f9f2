"""torch.backends.cudnn: cuDNN is not available; its flags keep torch's defaults and can be set."""
enabled = True
benchmark = False
deterministic = False
allow_tf32 = True


def is_available() -> bool:
    return False


def version():
    """cuDNN's version; None without cuDNN (as in torch)."""
    return None
