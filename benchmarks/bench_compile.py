"""yamlgrad.compile beside the eager cases, against the same hand-written NumPy floors.

* small MLP 64-32-32-4 b8 and MLP 784-256-256-10 b128: bench_mlp's step (zero_grad, forward,
  cross-entropy, backward, SGD update) with the loss function compiled (`yg.compile` of
  `cross_entropy(model(x), y)`), floor = bench_mlp.FloorMLP. Targets 1.3x and 1.05x.
* scalar chain tanh(h*w+b) x2000 compiled once, per op; floor = the same loop and its hand-written
  backward on np.float64 scalars. Target 1.5x.
* chain h*1.0001+0.0001 x100k (200k ops) compiled, per node, forward + backward; floor = the forward
  loop alone (as bench_long_chain). Target 1.5x. Peak traced memory, compiled vs eager, on a 2,000-step
  chain (see MEM_REPS).
* trace + code generation time of the small MLP's loss (target <= 50 ms), and the guard cache's hits.
"""
from __future__ import annotations

import time

if __package__ in (None, ""):
    import bench_long_chain
    import bench_mlp
    import common
else:
    from . import bench_long_chain, bench_mlp, common

import numpy as np  # after common, which sets the BLAS thread count

SMALL = ((64, 32, 32, 4), 8, 400)
BIG = ((784, 256, 256, 10), 128, 40)
CHAIN_STEPS = 2000
LONG_REPS = 100_000
# Peak memory is measured on a shorter chain: tracemalloc records the line of every allocation, and
# finding the line in one 200k-statement generated function costs time linear in its length, so a
# traced run of the full chain is quadratic (minutes), though the untraced one is not.
MEM_REPS = 2_000


class CompiledMLP(bench_mlp.YamlgradMLP):
    """bench_mlp's yamlgrad step with the loss (model + cross-entropy) compiled."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import yamlgrad as yg
        model, ce = self.model, self.cross_entropy
        self.loss_fn = yg.compile(lambda x, y: ce(model(x), y))

    def step(self) -> dict:
        t0 = time.perf_counter()
        self.opt.zero_grad()
        loss = self.loss_fn(self.x, self.y)
        t1 = time.perf_counter()
        loss.backward()
        t2 = time.perf_counter()
        self.opt.step()
        t3 = time.perf_counter()
        self.loss = float(loss)
        return {"forward": t1 - t0, "backward": t2 - t1, "update": t3 - t2}


def _mlp_rows(spec, repeats, label, target):
    sizes, batch, inner = spec
    grads_ok = bench_mlp.check_grads(CompiledMLP, sizes, batch)
    x, y, params = bench_mlp.make_data(sizes, batch)
    models = {"compiled": CompiledMLP(sizes, x, y, params), "floor": bench_mlp.FloorMLP(sizes, x, y, params)}
    times = common.interleaved({k: m.step for k, m in models.items()}, repeats, inner)
    compiled = models["compiled"].loss_fn
    row = common.Row(f"{label}, compiled loss, one SGD step", "ms", times["compiled"] * 1e3, times["floor"] * 1e3,
                     target=("<=", target, "ratio"), grads_ok=grads_ok)
    return row, compiled


def make_scalar_chain(steps: int = CHAIN_STEPS):
    import yamlgrad as yg
    h0 = yg.tensor(0.3, dtype=yg.float64, requires_grad=True)
    w = yg.tensor(0.9, dtype=yg.float64, requires_grad=True)
    b = yg.tensor(0.1, dtype=yg.float64, requires_grad=True)

    def chain(h, w, b):
        for _ in range(steps):
            h = (h * w + b).tanh()
        return h
    compiled = yg.compile(chain)

    def case():
        h0.grad = w.grad = b.grad = None
        compiled(h0, w, b).backward()
        return h0.grad.numpy(), w.grad.numpy(), b.grad.numpy()
    return case


def make_scalar_floor(steps: int = CHAIN_STEPS):
    h0, w, b = np.float64(0.3), np.float64(0.9), np.float64(0.1)

    def case():
        hs = [h0]
        h = h0
        for _ in range(steps):
            h = np.tanh(h * w + b)
            hs.append(h)
        gh, gw, gb = np.float64(1.0), np.float64(0.0), np.float64(0.0)
        for i in range(steps, 0, -1):
            h = hs[i]
            gz = gh * (1.0 - h * h)
            gw = gw + gz * hs[i - 1]
            gb = gb + gz
            gh = gz * w
        return gh, gw, gb
    return case


def make_long_chain(reps: int = LONG_REPS):
    import yamlgrad as yg
    x = yg.tensor(bench_long_chain.x0(), requires_grad=True)

    def chain(h):
        for _ in range(reps):
            h = h * bench_long_chain.A + bench_long_chain.C
        return h.sum()
    compiled = yg.compile(chain)

    def case():
        x.grad = None
        compiled(x).backward()
        return x.grad.numpy()
    return case


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    import yamlgrad as yg
    rows, notes = [], []
    small_row, small_fn = _mlp_rows(SMALL, repeats, "small MLP 64-32-32-4 b8 f32", 1.3)
    rows.append(small_row)
    rows.append(_mlp_rows(BIG, repeats, "MLP 784-256-256-10 b128 f32", 1.05)[0])
    notes.append(f"compiled small MLP loss: {small_fn.stats['traces']} trace(s), {small_fn.stats['hits']} guard "
                 f"hits, {small_fn.stats['eager_calls']} eager calls")

    # trace + codegen time of the small MLP's loss: a fresh compiled function, first call only
    sizes, batch, _ = SMALL
    x, y, params = bench_mlp.make_data(sizes, batch)
    samples = []
    for _ in range(max(3, repeats)):
        model = CompiledMLP(sizes, x, y, params)
        t0 = time.perf_counter()
        model.loss_fn(model.x, model.y)
        samples.append(time.perf_counter() - t0)
    rows.append(common.Row("compile: trace + codegen of the small MLP loss (first call)", "ms",
                           sorted(samples)[len(samples) // 2] * 1e3, target=("<=", 50, "value")))

    fns = {"compiled": make_scalar_chain(), "floor": make_scalar_floor()}
    grads_ok = common.all_close(zip(fns["compiled"](), fns["floor"]()))
    times = common.interleaved(fns, repeats)
    per_op = 1e6 / (CHAIN_STEPS * 3)
    rows.append(common.Row("scalar chain tanh(h*w+b) x2000 compiled, f64, fwd+bwd", "us/op",
                           times["compiled"] * per_op, times["floor"] * per_op, target=("<=", 1.5, "ratio"),
                           grads_ok=grads_ok))

    t0 = time.perf_counter()
    compiled_chain = make_long_chain()
    first = compiled_chain()
    notes.append(f"compiled 200k-node chain: first call (trace + codegen + run) {time.perf_counter() - t0:.1f} s")
    grads_ok = common.all_close([(first, bench_long_chain.floor_grad(LONG_REPS))])
    fns = {"compiled": compiled_chain, "floor": bench_long_chain.make_floor(LONG_REPS)}
    times = common.interleaved(fns, max(3, repeats // 2))
    per_node = 1e6 / (2 * LONG_REPS)
    rows.append(common.Row("chain h*1.0001+0.0001 x100k compiled (200k nodes); floor = fwd only", "us/node",
                           times["compiled"] * per_node, times["floor"] * per_node, target=("<=", 1.5, "ratio"),
                           grads_ok=grads_ok))
    del compiled_chain, fns
    short = make_long_chain(MEM_REPS)
    short()
    peak_compiled, _ = common.traced_peak(short)
    peak_eager, _ = common.traced_peak(bench_long_chain.make_yamlgrad(MEM_REPS))
    rows.append(common.Row(f"chain x{MEM_REPS}: peak traced memory, compiled (yamlgrad col) vs eager (floor col)",
                           "MiB", peak_compiled / 2**20, peak_eager / 2**20, target=("<=", 1.0, "ratio")))
    del yg
    return common.Result(rows=rows, notes=notes)


if __name__ == "__main__":
    common.print_result(run())
