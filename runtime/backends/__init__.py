"""yamlgrad.backends (torch.backends): the backend flags CPU programs read or set.

The flags are plain module attributes, as in torch (`torch.backends.cudnn.benchmark = True`); setting
them changes nothing here, where NumPy does every computation. The availability queries answer as a
CPU-only torch build does.
"""
from yamlgrad.backends import cpu, cuda, cudnn, mkldnn, mps, openmp

__all__ = ["cpu", "cuda", "cudnn", "mkldnn", "mps", "openmp"]
