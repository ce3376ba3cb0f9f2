"""Scalar chain: `h = tanh(h * w + b)` 2000 times on 0-d float64 tensors, then `h.backward()`.

Reported per op (3 ops a step: mul, add, tanh), forward + backward. The floor is the same loop in
plain NumPy on 0-d float64 arrays, with its backward written by hand (a reversed loop over the saved
activations, no graph). Target: yamlgrad <= 14x the floor.
"""
from __future__ import annotations

if __package__ in (None, ""):
    import common
else:
    from . import common

import numpy as np  # after common, which sets the BLAS thread count

STEPS = 2000
OPS_PER_STEP = 3
H0, W, B = 0.3, 0.9, 0.1


def make_yamlgrad(steps: int = STEPS):
    import yamlgrad as yg
    h0 = yg.tensor(H0, dtype=yg.float64, requires_grad=True)
    w = yg.tensor(W, dtype=yg.float64, requires_grad=True)
    b = yg.tensor(B, dtype=yg.float64, requires_grad=True)

    def case():
        h0.grad = w.grad = b.grad = None
        h = h0
        for _ in range(steps):
            h = (h * w + b).tanh()
        h.backward()
        return h0.grad.numpy(), w.grad.numpy(), b.grad.numpy()
    return case


def make_floor(steps: int = STEPS):
    h0, w, b = np.array(H0), np.array(W), np.array(B)

    def case():
        hs = [h0]
        h = h0
        for _ in range(steps):
            h = np.tanh(h * w + b)
            hs.append(h)
        gh, gw, gb = 1.0, 0.0, 0.0
        for i in range(steps, 0, -1):
            h = hs[i]
            gz = gh * (1.0 - h * h)
            gw = gw + gz * hs[i - 1]
            gb = gb + gz
            gh = gz * w
        return gh, gw, gb
    return case


def make_torch(torch, steps: int = STEPS):
    h0 = torch.tensor(H0, dtype=torch.float64, requires_grad=True)
    w = torch.tensor(W, dtype=torch.float64, requires_grad=True)
    b = torch.tensor(B, dtype=torch.float64, requires_grad=True)

    def case():
        h0.grad = w.grad = b.grad = None
        h = h0
        for _ in range(steps):
            h = torch.tanh(h * w + b)
        h.backward()
        return h0.grad.numpy(), w.grad.numpy(), b.grad.numpy()
    return case


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    torch = common.load_torch(use_torch)
    fns = {"yamlgrad": make_yamlgrad(), "floor": make_floor()}
    if torch is not None:
        fns["torch"] = make_torch(torch)
    reference = fns["floor"]()
    grads_ok = common.all_close(zip(fns["yamlgrad"](), reference))
    notes = []
    if torch is not None and not common.all_close(zip(fns["torch"](), reference)):
        notes.append("scalar chain: torch's gradients differ from the floor's")
    times = common.interleaved(fns, repeats)
    per_op = 1e6 / (STEPS * OPS_PER_STEP)  # seconds per call -> microseconds per op
    row = common.Row("scalar chain tanh(h*w+b) x2000, 0-d f64, fwd+bwd", "us/op",
                     times["yamlgrad"] * per_op, times["floor"] * per_op,
                     times["torch"] * per_op if "torch" in times else None,
                     target=("<=", 14, "ratio"), grads_ok=grads_ok)
    return common.Result(rows=[row], notes=notes)


if __name__ == "__main__":
    common.print_result(run())
