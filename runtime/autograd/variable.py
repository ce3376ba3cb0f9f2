"""torch.autograd.Variable: since torch 0.4 a Variable is a Tensor; the name stays for old code."""
from __future__ import annotations

import warnings

from yamlgrad.core.tensor import Tensor


def Variable(data: Tensor, requires_grad: bool = False, volatile: bool = False) -> Tensor:  # noqa: N802
    """`data` itself (torch returns the tensor too), made to require grad when asked."""
    if volatile:
        warnings.warn("volatile was removed and now has no effect. Use `with torch.no_grad():` instead.",
                      UserWarning, stacklevel=2)
    if requires_grad:
        data.requires_grad_(True)
    return data
