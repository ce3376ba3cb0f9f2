"""Shared pieces of the benchmark suite: timing, traced memory, the optional torch import, the table.

Every case module (bench_*.py) exposes `run(repeats, use_torch) -> Result` and can also be run on its
own (`python benchmarks/bench_mlp.py`). `run.py` imports them all and measures everything in one
process.

Timing: a measurement is the median over `repeats` repeats; one repeat calls the function `inner`
times and keeps the mean, so short cases are not dominated by timer resolution. yamlgrad, the NumPy
floor and torch are interleaved within each repeat, so a change in machine load hits all three alike.
"""
from __future__ import annotations

import gc
import os
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 5

# BLAS threads: 1 unless YAMLGRAD_BENCH_THREADS says otherwise (run.py --threads). The suite measures
# the engine's overhead over NumPy, and on a shared, loaded machine multi-threaded BLAS makes the
# matmul-heavy cases swing by several times from run to run. The variables only take effect if this
# module is imported before NumPy, which every bench module and run.py do.
THREADS = int(os.environ.get("YAMLGRAD_BENCH_THREADS", "1"))
if "numpy" not in sys.modules:
    for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_name, str(THREADS))


# ---- measurement ---------------------------------------------------------------------------------
def interleaved(fns: dict, repeats: int = REPEATS, inner: int = 1) -> dict:
    """Median over `repeats` of the mean time (s) of one call, for each named function.

    Each function is called once first (warm-up: imports, caches, lazily built state)."""
    for fn in fns.values():
        fn()
    samples = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            gc.collect()
            start = time.perf_counter()
            for _ in range(inner):
                fn()
            samples[name].append((time.perf_counter() - start) / inner)
    return {name: statistics.median(values) for name, values in samples.items()}


def mean_phases(step, inner: int) -> dict:
    """`step()` returns a dict of phase durations (s); their means over `inner` calls."""
    gc.collect()
    totals: dict = {}
    for _ in range(inner):
        for phase, seconds in step().items():
            totals[phase] = totals.get(phase, 0.0) + seconds
    return {phase: seconds / inner for phase, seconds in totals.items()}


def traced_peak(fn) -> tuple[int, object]:
    """Peak bytes traced by tracemalloc while `fn()` runs (NumPy reports its buffers to tracemalloc),
    counted from the memory already allocated when it starts; and fn's return value."""
    gc.collect()
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        value = fn()
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return peak, value


def load_torch(use_torch: bool = True):
    """torch, or None when it is not installed (the torch columns are optional)."""
    if not use_torch:
        return None
    try:
        import torch
    except Exception:
        return None
    torch.set_num_threads(THREADS)
    return torch


def all_close(pairs, rtol: float = 1e-5, atol: float = 1e-8) -> bool:
    """Every (mine, floor's) pair of gradients agrees (np.allclose) and has the same shape."""
    import numpy as np
    for mine, ref in pairs:
        mine, ref = np.asarray(mine), np.asarray(ref)
        if mine.shape != ref.shape or not np.allclose(mine, ref, rtol=rtol, atol=atol):
            return False
    return True


# ---- results -------------------------------------------------------------------------------------
@dataclass
class Row:
    """One line of the table. `ratio` is yamlgrad / floor unless `measured` says otherwise; `target`
    is (comparison, bound, what) with comparison "<=" or "<", and what in {"ratio", "value"}."""
    case: str
    unit: str
    yamlgrad: float | None
    floor: float | None = None
    torch: float | None = None
    target: tuple | None = None
    grads_ok: bool | None = None
    ratio_override: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.ratio_override is not None:
            return self.ratio_override
        if self.yamlgrad is None or not self.floor:
            return None
        return self.yamlgrad / self.floor

    @property
    def torch_ratio(self) -> float | None:
        if self.torch is None or not self.floor:
            return None
        return self.torch / self.floor

    def met(self) -> bool | None:
        if self.target is None:
            return None
        comparison, bound, what = self.target
        value = self.ratio if what == "ratio" else self.yamlgrad
        if value is None:
            return False
        return value <= bound if comparison == "<=" else value < bound

    def target_text(self) -> str:
        if self.target is None:
            return ""
        comparison, bound, what = self.target
        if what == "ratio":
            return f"{comparison} {bound:g}x"
        return f"{comparison} {bound:g} {self.unit}"


@dataclass
class Result:
    rows: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    sections: list = field(default_factory=list)  # (title, [lines]) printed after the table


def _num(value, digits: int = 3) -> str:
    if value is None:
        return "-"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.{digits}g}"


def _ratio(value) -> str:
    return "-" if value is None else f"{value:.2f}x"


HEADER = ("case", "unit", "yamlgrad", "floor", "ratio", "target", "status", "torch", "torch/floor", "grads")


def table_lines(rows) -> list[str]:
    body = []
    for row in rows:
        met = row.met()
        status = "" if met is None else ("met" if met else "NOT met")
        grads = "-" if row.grads_ok is None else ("match" if row.grads_ok else "MISMATCH")
        body.append((row.case, row.unit, _num(row.yamlgrad), _num(row.floor), _ratio(row.ratio),
                     row.target_text(), status, _num(row.torch), _ratio(row.torch_ratio), grads))
    widths = [max(len(str(line[i])) for line in [HEADER, *body]) for i in range(len(HEADER))]

    def fmt(line):
        return "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip()

    return [fmt(HEADER), fmt(["-" * w for w in widths]), *map(fmt, body)]


def print_result(result: Result, title: str | None = None) -> None:
    if title:
        print(title)
    for line in table_lines(result.rows):
        print(line)
    for note in result.notes:
        print(f"  note: {note}")
    for heading, lines in result.sections:
        print()
        print(heading)
        for line in lines:
            print(f"  {line}")


def machine_lines() -> list[str]:
    import platform

    import numpy as np
    blas = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    lines = [f"python {sys.version.split()[0]}, numpy {np.__version__}, {platform.machine()}, "
             f"{os.cpu_count()} CPUs, BLAS/torch threads: {blas}"]
    try:
        load = os.getloadavg()
        lines.append(f"load average (1/5/15 min) at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    except OSError:
        pass
    return lines
