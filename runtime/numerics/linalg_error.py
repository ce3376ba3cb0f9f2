"""torch.linalg.LinAlgError, apart from the kernels so `yamlgrad.linalg` can name it without loading them."""


class LinAlgError(RuntimeError):
    """torch.linalg.LinAlgError: a matrix is singular or not positive-definite."""
