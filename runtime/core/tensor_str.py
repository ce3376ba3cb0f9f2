"""PyTorch-style printing: `tensor([1.5000, 2.0000], requires_grad=True)`.

The layout rules are torch's (torch/_tensor_str.py, default print options): one number format per
tensor, chosen from its nonzero finite values (integers print as `3.`, fixed point with 4 decimals,
or scientific when the magnitudes span more than 1e3, exceed 1e8 or go below 1e-4); every element
padded to the widest; rows wrapped at 80 columns; tensors of more than 1000 elements summarized to
3 items at each edge of every dimension; suffixes moved to a new line when they would not fit.
"""
from __future__ import annotations

import math

import numpy as np

LINEWIDTH, THRESHOLD, EDGEITEMS, PRECISION = 80, 1000, 3, 4
DEFAULT_DTYPES = ("float32", "int64", "bool", "complex64")  # dtypes torch leaves out of the repr


class _Formatter:
    """The number format of one tensor (computed from the summarized values when summarizing)."""

    def __init__(self, values: np.ndarray):
        self.floating = values.dtype.kind == "f"
        self.int_mode, self.sci_mode, self.width = True, False, 1
        flat = values.reshape(-1)
        if not self.floating:
            self.width = max([1] + [len(_plain(v)) for v in flat.tolist()])
            return
        shown = flat[np.isfinite(flat) & (flat != 0)].astype(np.float64)
        if shown.size == 0:
            return
        magnitudes = np.abs(shown)
        smallest, largest = magnitudes.min(), magnitudes.max()
        self.int_mode = bool(np.all(shown == np.ceil(shown)))
        self.sci_mode = bool(largest / smallest > 1000.0 or largest > 1.0e8 or smallest < 1.0e-4)
        for v in shown.tolist():
            if self.sci_mode:
                text = f"{v:.{PRECISION}e}"
            elif self.int_mode:
                text = f"{v:.0f}."
            else:
                text = f"{v:.{PRECISION}f}"
            self.width = max(self.width, len(text))

    def format(self, value) -> str:
        if not self.floating:
            text = _plain(value)
        elif self.sci_mode:
            text = f"{value:{self.width}.{PRECISION}e}"
        elif self.int_mode:
            text = f"{value:.0f}" + ("" if math.isinf(value) or math.isnan(value) else ".")
        else:
            text = f"{value:.{PRECISION}f}"
        return text.rjust(self.width)


def _plain(value) -> str:
    return str(value)


def _summarized(data: np.ndarray) -> np.ndarray:
    """The values that get printed when summarizing: EDGEITEMS at each end of every dimension."""
    if data.ndim == 0:
        return data
    if data.shape[0] > 2 * EDGEITEMS:
        rows = list(range(EDGEITEMS)) + list(range(data.shape[0] - EDGEITEMS, data.shape[0]))
    else:
        rows = list(range(data.shape[0]))
    if data.ndim == 1:
        return data[rows]
    return np.stack([_summarized(data[i]) for i in rows])


def _vector(data: np.ndarray, indent: int, summarize: bool, fmt: _Formatter) -> str:
    per_line = max(1, math.floor((LINEWIDTH - indent) / (fmt.width + 2)))
    if summarize and data.shape[0] > 2 * EDGEITEMS:
        items = ([fmt.format(v) for v in data[:EDGEITEMS].tolist()] + [" ..."]
                 + [fmt.format(v) for v in data[-EDGEITEMS:].tolist()])
    else:
        items = [fmt.format(v) for v in data.tolist()]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[" + ("," + "\n" + " " * (indent + 1)).join(lines) + "]"


def _nested(data: np.ndarray, indent: int, summarize: bool, fmt: _Formatter) -> str:
    if data.ndim == 0:
        return fmt.format(data.item())
    if data.ndim == 1:
        return _vector(data, indent, summarize, fmt)
    n = data.shape[0]
    if summarize and n > 2 * EDGEITEMS:
        parts = ([_nested(data[i], indent + 1, summarize, fmt) for i in range(EDGEITEMS)] + ["..."]
                 + [_nested(data[i], indent + 1, summarize, fmt) for i in range(n - EDGEITEMS, n)])
    else:
        parts = [_nested(data[i], indent + 1, summarize, fmt) for i in range(n)]
    return "[" + ("," + "\n" * (data.ndim - 1) + " " * (indent + 1)).join(parts) + "]"


def _body(data: np.ndarray, indent: int) -> str:
    if data.dtype.kind == "c":  # rare: NumPy's own layout
        return np.array2string(data, separator=", ", prefix=" " * indent, threshold=THRESHOLD,
                               edgeitems=EDGEITEMS, max_line_width=LINEWIDTH)
    summarize = data.size > THRESHOLD
    fmt = _Formatter(_summarized(data) if summarize else data)
    return _nested(data, indent, summarize, fmt)


def _with_suffixes(text: str, suffixes: list[str], indent: int) -> str:
    pieces = [text]
    line_length = len(text) - text.rfind("\n") + 1
    for suffix in suffixes:
        if line_length + len(suffix) + 2 > LINEWIDTH:
            pieces.append(",\n" + " " * indent + suffix)
            line_length = indent + len(suffix)
        else:
            pieces.append(", " + suffix)
            line_length += len(suffix) + 2
    return "".join(pieces) + ")"


def format_tensor(data, suffixes: list[str]) -> str:
    data = np.asarray(data)
    prefix = "tensor("
    extra = []
    name = data.dtype.name
    if data.size == 0:
        if data.ndim != 1:
            extra.append(f"size={tuple(data.shape)}")
        if name != "float32":
            extra.append(f"dtype=yamlgrad.{name}")
        body = "[]"
    else:
        if name not in DEFAULT_DTYPES:
            extra.append(f"dtype=yamlgrad.{name}")
        body = _body(data, len(prefix))
    return _with_suffixes(prefix + body, extra + list(suffixes), len(prefix))
