"""Optimizer steps on their own: optim.SGD and optim.Adam over the small MLP's parameters (64-32-32-4,
six float32 tensors, fixed gradients), against the same update written by hand in NumPy, and torch's
optimizer when torch imports.

A compiled training step (bench_compile) leaves the update as the largest part that still runs in
Python per tensor; this row shows what the update itself costs. The floors repeat the formulas of
torch's single-tensor SGD and Adam with one NumPy statement per line, no state objects. Target:
Adam <= 1.5x its floor, SGD <= 1.5x.
"""
from __future__ import annotations

if __package__ in (None, ""):
    import bench_mlp
    import common
else:
    from . import bench_mlp, common

import numpy as np  # after common, which sets the BLAS thread count

SIZES, BATCH = (64, 32, 32, 4), 8
LR, BETAS, EPS = 1e-3, (0.9, 0.999), 1e-8
INNER = 200


def _gradients(params, seed: int = 1):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(p.shape).astype(p.dtype) for p in params]


def make_floor_sgd(params, grads):
    params = [p.copy() for p in params]
    lr = LR

    def step():
        for p, g in zip(params, grads):
            p -= lr * g
    return step


def make_floor_adam(params, grads):
    params = [p.copy() for p in params]
    exp_avg = [np.zeros_like(p) for p in params]
    exp_avg_sq = [np.zeros_like(p) for p in params]
    beta1, beta2 = BETAS
    t = [0]

    def step():
        t[0] += 1
        step_size = LR / (1 - beta1 ** t[0])
        bias2_sqrt = (1 - beta2 ** t[0]) ** 0.5
        for p, g, m, v in zip(params, grads, exp_avg, exp_avg_sq):
            m += (1 - beta1) * (g - m)
            v *= beta2
            v += (1 - beta2) * g * g
            p -= step_size * m / (np.sqrt(v) / bias2_sqrt + EPS)
    return step


def make_yamlgrad(kind: str, params, grads):
    import yamlgrad as yg
    ps = [yg.tensor(p.copy(), requires_grad=True) for p in params]
    for p, g in zip(ps, grads):
        p.grad = yg.tensor(g)
    opt = yg.optim.SGD(ps, lr=LR) if kind == "sgd" else yg.optim.Adam(ps, lr=LR, betas=BETAS, eps=EPS)
    return opt.step


def make_torch(torch, kind: str, params, grads):
    ps = [torch.tensor(p.copy(), requires_grad=True) for p in params]
    for p, g in zip(ps, grads):
        p.grad = torch.tensor(g)
    opt = torch.optim.SGD(ps, lr=LR) if kind == "sgd" else torch.optim.Adam(ps, lr=LR, betas=BETAS, eps=EPS)
    return opt.step


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    _, _, params = bench_mlp.make_data(SIZES, BATCH)
    grads = _gradients(params)
    torch = common.load_torch(use_torch)
    rows = []
    for kind, label, floor in (("sgd", "SGD", make_floor_sgd), ("adam", "Adam", make_floor_adam)):
        fns = {"yamlgrad": make_yamlgrad(kind, params, grads), "floor": floor(params, grads)}
        if torch is not None:
            fns["torch"] = make_torch(torch, kind, params, grads)
        times = common.interleaved(fns, repeats, INNER)
        rows.append(common.Row(f"optim.{label} step, the small MLP's 6 f32 parameters", "us",
                               times["yamlgrad"] * 1e6, times["floor"] * 1e6,
                               torch=times["torch"] * 1e6 if "torch" in times else None,
                               target=("<=", 1.5, "ratio")))
    return common.Result(rows=rows)


if __name__ == "__main__":
    common.print_result(run())
