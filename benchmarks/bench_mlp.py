"""MLP 784-256-256-10 (ReLU), batch 128, float32: one SGD step = forward, cross-entropy loss,
backward, update (plus zero_grad). Reported in ms per step, and backward time / forward time.

yamlgrad uses nn.Linear / nn.ReLU / nn.functional.cross_entropy / optim.SGD, as a user would. The
floor is the same step in plain NumPy: the forward keeps what the backward needs, the backward is
written out by hand (softmax - onehot, transposed matmuls, ReLU masks), the update is `p -= lr * g`.
Targets: step <= 1.10x the floor; yamlgrad's backward <= 2.5x its own forward.

`bench_small_mlp.py` runs the same code on a 64-32-32-4 MLP with batch 8.
"""
from __future__ import annotations

import time

if __package__ in (None, ""):
    import common
else:
    from . import common

import numpy as np  # after common, which sets the BLAS thread count

SIZES = (784, 256, 256, 10)
BATCH = 128
LR = 0.01
INNER = 40  # steps per repeat


def make_data(sizes, batch: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, sizes[0])).astype(np.float32)
    y = rng.integers(0, sizes[-1], batch).astype(np.int64)
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        bound = 1 / np.sqrt(n_in)
        params.append(rng.uniform(-bound, bound, (n_out, n_in)).astype(np.float32))
        params.append(rng.uniform(-bound, bound, n_out).astype(np.float32))
    return x, y, params


# ---- yamlgrad -------------------------------------------------------------------------------------
class YamlgradMLP:
    def __init__(self, sizes, x, y, params, lr: float = LR):
        import yamlgrad as yg
        from yamlgrad import nn, optim
        from yamlgrad.nn import functional as F
        layers = []
        for n_in, n_out in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(n_in, n_out), nn.ReLU()]
        self.model = nn.Sequential(*layers[:-1])
        linears = [m for m in layers if isinstance(m, nn.Linear)]
        self.params = [p for m in linears for p in (m.weight, m.bias)]
        for p, value in zip(self.params, params):
            p.data = yg.tensor(value.copy())
        self.opt = optim.SGD(self.model.parameters(), lr=lr)
        self.x, self.y = yg.tensor(x), yg.tensor(y)
        self.cross_entropy = F.cross_entropy

    def step(self) -> dict:
        t0 = time.perf_counter()
        self.opt.zero_grad()
        loss = self.cross_entropy(self.model(self.x), self.y)
        t1 = time.perf_counter()
        loss.backward()
        t2 = time.perf_counter()
        self.opt.step()
        t3 = time.perf_counter()
        self.loss = float(loss)
        return {"forward": t1 - t0, "backward": t2 - t1, "update": t3 - t2}

    def grads(self):
        return [p.grad.numpy() for p in self.params]


# ---- the NumPy floor -----------------------------------------------------------------------------
class FloorMLP:
    def __init__(self, sizes, x, y, params, lr: float = LR):
        self.x, self.y = x, y
        self.params = [p.copy() for p in params]
        self.lr = np.float32(lr)
        self.rows = np.arange(len(y))

    def forward(self):
        a = self.x
        cache = [a]
        n_layers = len(self.params) // 2
        for i in range(n_layers):
            w, b = self.params[2 * i], self.params[2 * i + 1]
            z = a @ w.T + b
            if i < n_layers - 1:
                a = np.maximum(z, 0)
                cache += [z, a]
            else:
                a = z
        shifted = a - a.max(axis=1, keepdims=True)
        logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        loss = -logp[self.rows, self.y].mean()
        return loss, logp, cache

    def backward(self, logp, cache):
        n = len(self.y)
        g = np.exp(logp)
        g[self.rows, self.y] -= 1
        g /= n
        grads = [None] * len(self.params)
        for i in range(len(self.params) // 2 - 1, -1, -1):
            a_in = cache[2 * i]  # the layer's input
            grads[2 * i] = g.T @ a_in
            grads[2 * i + 1] = g.sum(axis=0)
            if i > 0:
                g = (g @ self.params[2 * i]) * (cache[2 * i - 1] > 0)
        return grads

    def update(self, grads):
        for p, g in zip(self.params, grads):
            p -= self.lr * g

    def step(self) -> dict:
        t0 = time.perf_counter()
        loss, logp, cache = self.forward()
        t1 = time.perf_counter()
        grads = self.backward(logp, cache)
        t2 = time.perf_counter()
        self.update(grads)
        t3 = time.perf_counter()
        self.loss, self.last_grads = float(loss), grads
        return {"forward": t1 - t0, "backward": t2 - t1, "update": t3 - t2}

    def grads(self):
        return self.last_grads


# ---- torch (optional column) ---------------------------------------------------------------------
class TorchMLP:
    def __init__(self, torch, sizes, x, y, params, lr: float = LR):
        layers = []
        for n_in, n_out in zip(sizes[:-1], sizes[1:]):
            layers += [torch.nn.Linear(n_in, n_out), torch.nn.ReLU()]
        self.model = torch.nn.Sequential(*layers[:-1])
        self.params = [p for m in layers if isinstance(m, torch.nn.Linear) for p in (m.weight, m.bias)]
        with torch.no_grad():
            for p, value in zip(self.params, params):
                p.copy_(torch.from_numpy(value))
        self.opt = torch.optim.SGD(self.model.parameters(), lr=lr)
        self.x, self.y = torch.from_numpy(x), torch.from_numpy(y)
        self.cross_entropy = torch.nn.functional.cross_entropy

    def step(self) -> dict:
        t0 = time.perf_counter()
        self.opt.zero_grad()
        loss = self.cross_entropy(self.model(self.x), self.y)
        t1 = time.perf_counter()
        loss.backward()
        t2 = time.perf_counter()
        self.opt.step()
        t3 = time.perf_counter()
        self.loss = float(loss.detach())
        return {"forward": t1 - t0, "backward": t2 - t1, "update": t3 - t2}

    def grads(self):
        return [p.grad.numpy() for p in self.params]


def check_grads(make, sizes, batch) -> bool:
    """One step from the same weights and data: the gradients (and the loss) agree with the floor's."""
    x, y, params = make_data(sizes, batch)
    floor, other = FloorMLP(sizes, x, y, params), make(sizes, x, y, params)
    floor.step()
    other.step()
    return (abs(floor.loss - other.loss) <= 1e-5 * max(1.0, abs(floor.loss))
            and common.all_close(zip(other.grads(), floor.grads()), rtol=1e-4, atol=1e-6))


def measure(sizes, batch: int, inner: int, repeats: int, use_torch: bool, label: str,
            target_step: float, target_bwd_fwd: float | None) -> common.Result:
    torch = common.load_torch(use_torch)
    makers = {"yamlgrad": YamlgradMLP, "floor": FloorMLP}
    if torch is not None:
        makers["torch"] = lambda *args: TorchMLP(torch, *args)
    notes = []
    grads_ok = check_grads(YamlgradMLP, sizes, batch)
    if torch is not None and not check_grads(makers["torch"], sizes, batch):
        notes.append(f"{label}: torch's gradients differ from the floor's")
    x, y, params = make_data(sizes, batch)
    models = {name: make(sizes, x, y, params) for name, make in makers.items()}
    # Interleave the three per repeat: median over repeats of the mean over `inner` steps, per phase.
    samples = {name: [] for name in models}
    for model in models.values():
        model.step()
    for _ in range(repeats):
        for name, model in models.items():
            samples[name].append(common.mean_phases(model.step, inner))
    phases = {name: {phase: sorted(s[phase] for s in runs)[len(runs) // 2] for phase in runs[0]}
              for name, runs in samples.items()}
    steps = {name: sorted(sum(s.values()) for s in runs)[len(runs) // 2] for name, runs in samples.items()}
    ms = 1e3
    rows = [common.Row(f"{label}, one SGD step", "ms", steps["yamlgrad"] * ms, steps["floor"] * ms,
                       steps["torch"] * ms if "torch" in steps else None,
                       target=("<=", target_step, "ratio"), grads_ok=grads_ok)]
    yg_phases, floor_phases = phases["yamlgrad"], phases["floor"]
    if target_bwd_fwd is not None:
        rows.append(common.Row(f"{label}, backward vs own forward (yamlgrad col = bwd, floor col = fwd)",
                               "ms", yg_phases["backward"] * ms, yg_phases["forward"] * ms,
                               target=("<=", target_bwd_fwd, "ratio")))
    for name in models:
        p = phases[name]
        notes.append(f"{label} phases, {name}: forward {p['forward'] * ms:.3f} ms, backward "
                     f"{p['backward'] * ms:.3f} ms, update {p['update'] * ms:.3f} ms; backward/forward "
                     f"{p['backward'] / p['forward']:.2f}")
    notes.append(f"{label}: yamlgrad/floor per phase: forward {yg_phases['forward'] / floor_phases['forward']:.2f}x, "
                 f"backward {yg_phases['backward'] / floor_phases['backward']:.2f}x, "
                 f"update {yg_phases['update'] / floor_phases['update']:.2f}x")
    return common.Result(rows=rows, notes=notes)


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    return measure(SIZES, BATCH, INNER, repeats, use_torch, "MLP 784-256-256-10 b128 f32",
                   target_step=1.10, target_bwd_fwd=2.5)


if __name__ == "__main__":
    common.print_result(run())
