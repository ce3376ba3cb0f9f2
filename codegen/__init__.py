"""yamlgrad.codegen: derivatives.yaml -> autogen/ and tests/generated/ (needs the `codegen` extra)."""
from .load import RegistryError
from .main import generate, main

__all__ = ["RegistryError", "generate", "main"]
