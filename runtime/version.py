"""torch.version: the version strings of this build. yamlgrad computes on the CPU with NumPy, so every
accelerator version is None."""
import sys as _sys

__all__ = ["__version__", "debug", "cuda", "git_version", "hip", "rocm", "xpu"]

# The package root holds the one version literal (pyproject reads it there); importing this module
# has already run the root's __init__, so the value is read from it rather than written twice.
__version__: str = _sys.modules[__name__.rpartition(".")[0]].__version__
debug = False
cuda = None
# torch stamps its commit when it is built; yamlgrad has no build step, and torch writes "Unknown" too
# when it is built outside a git checkout
git_version = "Unknown"
hip = None
rocm = None
xpu = None
