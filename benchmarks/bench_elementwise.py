"""Elementwise: `sum(exp(sin(x) * y) + x * x)` on 1e6 float64 values, forward + backward.

Reported: time (ms) and peak memory traced by tracemalloc (MiB) while the forward and backward run,
both against the floor: the same computation in plain NumPy with the backward written by hand,
    s = sin(x); e = exp(s * y); out = sum(e + x * x)
    dx = e * y * cos(x) + 2 * x;  dy = e * s
Both keep the gradients they return (x.grad / y.grad for yamlgrad), so the peak includes them.
Targets: time <= 1.15x the floor's, peak memory <= 1.25x the floor's.
"""
from __future__ import annotations

if __package__ in (None, ""):
    import common
else:
    from . import common

import numpy as np  # after common, which sets the BLAS thread count

N = 1_000_000


def inputs():
    rng = np.random.default_rng(0)
    return rng.standard_normal(N), rng.standard_normal(N)


def make_yamlgrad():
    import yamlgrad as yg
    xa, ya = inputs()
    x, y = yg.tensor(xa, requires_grad=True), yg.tensor(ya, requires_grad=True)

    def case():
        out = (yg.exp(yg.sin(x) * y) + x * x).sum()
        out.backward()
        return x.grad.numpy(), y.grad.numpy()

    def reset():
        x.grad = y.grad = None
    return case, reset


def make_floor():
    x, y = inputs()

    def case():
        s = np.sin(x)
        e = np.exp(s * y)
        out = np.sum(e + x * x)  # noqa: F841 (the value a caller would use)
        dx = e * y * np.cos(x) + 2 * x
        dy = e * s
        return dx, dy
    return case, lambda: None


def make_torch(torch):
    xa, ya = inputs()
    x = torch.tensor(xa, requires_grad=True)
    y = torch.tensor(ya, requires_grad=True)

    def case():
        out = (torch.exp(torch.sin(x) * y) + x * x).sum()
        out.backward()
        return x.grad.numpy(), y.grad.numpy()

    def reset():
        x.grad = y.grad = None
    return case, reset


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    torch = common.load_torch(use_torch)
    makers = {"yamlgrad": make_yamlgrad(), "floor": make_floor()}
    if torch is not None:
        makers["torch"] = make_torch(torch)
    reference = makers["floor"][0]()
    notes = []
    grads_ok = {}
    for name, (case, reset) in makers.items():
        reset()
        grads_ok[name] = common.all_close(zip(case(), reference))
        reset()
    if torch is not None and not grads_ok["torch"]:
        notes.append("elementwise: torch's gradients differ from the floor's")

    def timed(case, reset):
        def call():
            reset()  # outside the graph's work, but cheap: drops the previous gradients
            return case()
        return call
    times = common.interleaved({name: timed(*pair) for name, pair in makers.items()}, repeats)
    peaks = {}
    for name in ("yamlgrad", "floor"):  # torch's allocator is not traced by tracemalloc
        case, reset = makers[name]
        reset()
        peaks[name], _ = common.traced_peak(case)
        reset()
    ms, mib = 1e3, 1 / 2**20
    rows = [
        common.Row("elementwise sum(exp(sin(x)*y)+x*x), 1e6 f64, fwd+bwd: time", "ms",
                   times["yamlgrad"] * ms, times["floor"] * ms,
                   times["torch"] * ms if "torch" in times else None,
                   target=("<=", 1.15, "ratio"), grads_ok=grads_ok["yamlgrad"]),
        common.Row("elementwise, same run: peak traced memory", "MiB",
                   peaks["yamlgrad"] * mib, peaks["floor"] * mib, target=("<=", 1.25, "ratio")),
    ]
    return common.Result(rows=rows, notes=notes)


if __name__ == "__main__":
    common.print_result(run())
