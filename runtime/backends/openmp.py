"""torch.backends.openmp: answers as torch's CPU build (yamlgrad's ops do not use OpenMP directly)."""


def is_available() -> bool:
    return True  # as in torch's CPU build
