"""Use the ops generated from my_ops.yaml (run the first command of this folder's README first)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yamlgrad as yg  # noqa: E402
from my_ops_pkg import scaled_sin, softclip  # noqa: E402

x = yg.tensor([0.5, 2.0, -3.0], requires_grad=True)
scale = yg.tensor(2.0, requires_grad=True)
y = softclip(scaled_sin(x, scale), limit=1.5).sum()
y.backward()
print("gradcheck:", yg.autograd.gradcheck(lambda a, s: softclip(scaled_sin(a, s)),
                                          (x.detach().double().requires_grad_(), scale.detach().double().requires_grad_())))
print("grad_fn:", y.grad_fn.next_functions[0][0].name())
