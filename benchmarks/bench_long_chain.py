"""Long chains: `h = h * 1.0001 + 0.0001` on 16 float64 values, then `h.sum().backward()`.

100,000 repetitions of the expression make a graph of 200,000 nodes (a mul and an add each); the
time is reported per node, forward + backward (graph construction, the backward pass and freeing
the graph). The floor is the forward loop alone in plain NumPy, per op: the target is that a node's
whole life in yamlgrad costs <= 4x a bare NumPy op on the same data. Gradients are checked against
the floor's by-hand backward (g = g * 1.0001 repeated), which is not timed.

The big chain (1,000,000 nodes: 500,000 repetitions) must simply complete: no recursion limit, no
quadratic step. It is reported in its own section: seconds (untraced) and peak tracemalloc memory
per node (a second, traced run).
"""
from __future__ import annotations

if __package__ in (None, ""):
    import common
else:
    from . import common

import time

import numpy as np  # after common, which sets the BLAS thread count

REPS = 100_000           # repetitions of the expression in the timed chain (2 nodes each)
BIG_NODES = 1_000_000     # nodes in the big chain
WIDTH = 16
A, C = 1.0001, 0.0001


def x0():
    return np.linspace(-1.0, 1.0, WIDTH)


def make_yamlgrad(reps: int):
    import yamlgrad as yg
    x = yg.tensor(x0(), requires_grad=True)

    def case():
        x.grad = None
        h = x
        for _ in range(reps):
            h = h * A + C
        h.sum().backward()
        return x.grad.numpy()
    return case


def make_floor(reps: int):
    x = x0()

    def case():
        h = x
        for _ in range(reps):
            h = h * A + C
        return h
    return case


def floor_grad(reps: int):
    g = np.ones(WIDTH)
    for _ in range(reps):
        g = g * A
    return g


def make_torch(torch, reps: int):
    x = torch.tensor(x0(), requires_grad=True)

    def case():
        x.grad = None
        h = x
        for _ in range(reps):
            h = h * A + C
        h.sum().backward()
        return x.grad.numpy()
    return case


def run(repeats: int = common.REPEATS, use_torch: bool = True, big: bool | None = None,
        big_budget: float = 60.0) -> common.Result:
    """big: True = always run the 1M-node chain, False = never, None = when the 100k chain's time per
    node predicts that it (untraced and traced runs) takes under `big_budget` seconds."""
    torch = common.load_torch(use_torch)
    fns = {"yamlgrad": make_yamlgrad(REPS), "floor": make_floor(REPS)}
    if torch is not None:
        fns["torch"] = make_torch(torch, REPS)
    reference = floor_grad(REPS)
    grads_ok = common.all_close([(fns["yamlgrad"](), reference)])
    notes = []
    if torch is not None and not common.all_close([(fns["torch"](), reference)]):
        notes.append("100k chain: torch's gradients differ from the floor's")
    times = common.interleaved(fns, repeats)
    nodes = 2 * REPS
    us = 1e6 / nodes
    row = common.Row("chain h*1.0001+0.0001 x100k (200k nodes), 16 f64; floor = fwd only", "us/node",
                     times["yamlgrad"] * us, times["floor"] * us,
                     times["torch"] * us if "torch" in times else None,
                     target=("<=", 4, "ratio"), grads_ok=grads_ok)
    result = common.Result(rows=[row], notes=notes)

    # ---- the 1M-node chain ----
    per_node = times["yamlgrad"] / nodes
    # One untraced run + one traced run; tracemalloc makes this allocation-heavy loop ~8x slower.
    estimate = per_node * BIG_NODES * (1 + 8)
    title = f"big chain: {BIG_NODES:,} nodes (h*1.0001+0.0001 x{BIG_NODES // 2:,}), 16 f64, fwd+bwd"
    if big is False or (big is None and estimate >= big_budget):
        why = "--no-big" if big is False else f"estimated {estimate:.0f} s >= {big_budget:.0f} s; run with --big"
        result.sections.append((title, [f"skipped ({why})"]))
        return result
    big_case = make_yamlgrad(BIG_NODES // 2)
    start = time.perf_counter()
    grad = big_case()
    seconds = time.perf_counter() - start
    big_ok = common.all_close([(grad, floor_grad(BIG_NODES // 2))])
    start = time.perf_counter()
    peak, _ = common.traced_peak(big_case)
    traced_seconds = time.perf_counter() - start
    result.sections.append((title, [
        f"completed in {seconds:.2f} s ({seconds / BIG_NODES * 1e6:.2f} us/node), gradients "
        f"{'match' if big_ok else 'MISMATCH'}",
        f"peak traced memory {peak / 2**20:.1f} MiB = {peak / BIG_NODES:.0f} bytes/node "
        f"(tracemalloc, second run: {traced_seconds:.1f} s)",
    ]))
    if not big_ok:
        result.rows.append(common.Row("big chain 1M nodes", "s", seconds, grads_ok=False))
    return result


if __name__ == "__main__":
    import sys
    common.print_result(run(big=True if "--big" in sys.argv else False if "--no-big" in sys.argv else None))
