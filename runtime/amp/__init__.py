"""yamlgrad.amp (torch.amp): automatic mixed precision, which has nothing to do on this CPU library.

`autocast` is a no-op context manager (yamlgrad.api.devices); `GradScaler` passes losses and steps
through unchanged, as torch's does when constructed with `enabled=False` or without a GPU.
"""
from yamlgrad.amp.grad_scaler import GradScaler
from yamlgrad.api.devices import autocast

__all__ = ["GradScaler", "autocast"]
