"""torch.backends.mkldnn: the oneDNN flags (yamlgrad does not use oneDNN: NumPy computes everything)."""
enabled = True


def is_available() -> bool:
    return True  # as in torch's CPU build
