"""PyTorch-style printing: `tensor([1.5000, 2.0000], requires_grad=True)`."""
from __future__ import annotations

import numpy as np

DTYPE_NAMES = {"float32": None, "int64": None, "bool": None}  # defaults torch leaves out of the repr


def _float_formatter(values: np.ndarray):
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return lambda x: _special(x)
    absmax, absmin = np.abs(finite).max(), np.abs(finite).min()
    integral = np.all(finite == np.round(finite))
    if integral and absmax < 1e8:
        width = max(len(f"{v:.0f}") for v in finite) + 1
        fmt = lambda x: (f"{x:.0f}." if np.isfinite(x) else _special(x)).rjust(width)
    elif absmax > 1e8 or (absmin < 1e-4 and absmin != 0) or (absmin != 0 and absmax / absmin > 1e3):
        fmt = lambda x: (f"{x:.4e}" if np.isfinite(x) else _special(x))
        width = max(len(fmt(v)) for v in values.ravel())
        return lambda x: fmt(x).rjust(width)
    else:
        width = max(len(f"{v:.4f}") for v in finite)
        fmt = lambda x: (f"{x:.4f}" if np.isfinite(x) else _special(x)).rjust(width)
    return fmt


def _special(x) -> str:
    return "nan" if np.isnan(x) else ("inf" if x > 0 else "-inf")


def format_tensor(data, suffixes: list[str]) -> str:
    data = np.asarray(data)
    prefix = "tensor("
    if data.dtype.kind == "f":
        formatter = {"float_kind": _float_formatter(data.astype(np.float64))}
    elif data.dtype.kind == "b":
        width = 5 if not data.all() else 4
        formatter = {"bool": lambda b: ("True" if b else "False").rjust(width)}
    else:
        formatter = None
    if data.size == 0:
        body = "[]"
    else:
        body = np.array2string(data, separator=", ", prefix=prefix, formatter=formatter, threshold=1000,
                               edgeitems=3, max_line_width=80)
    name = data.dtype.name
    extra = list(suffixes)
    if name not in DTYPE_NAMES:
        extra.insert(0, f"dtype=yamlgrad.{name}")
    if data.size == 0 and data.shape != (0,):
        extra.insert(0, f"size={tuple(data.shape)}")
    return prefix + body + "".join(", " + s for s in extra) + ")"
