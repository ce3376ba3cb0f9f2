"""yamlgrad.utils: checkpointing and data loading."""
from yamlgrad.utils import checkpoint, data

__all__ = ["checkpoint", "data"]
