"""One-layer linear regression on synthetic data, with gradient accumulation over micro-batches."""
import numpy as np

import yamlgrad as yg
from yamlgrad import nn, optim

rng = np.random.default_rng(0)
true_w, true_b = np.array([[2.0, -3.0, 0.5]]), 0.7
X = rng.standard_normal((64, 3)).astype(np.float32)
y = (X @ true_w.T + true_b + 0.01 * rng.standard_normal((64, 1))).astype(np.float32)

yg.manual_seed(0)
model = nn.Linear(3, 1)
opt = optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
accumulate = 4  # four micro-batches of 16 make one step of 64
for epoch in range(100):
    opt.zero_grad()
    for chunk in range(accumulate):
        xb, yb = yg.tensor(X[chunk::accumulate]), yg.tensor(y[chunk::accumulate])
        loss = loss_fn(model(xb), yb) / accumulate  # .grad sums over the micro-batches
        loss.backward()
    opt.step()
full = loss_fn(model(yg.tensor(X)), yg.tensor(y)).item()
w = model.weight.detach().numpy().round(2).tolist()[0]
print(f"weight: {w}, bias: {model.bias.item():.2f}")
print(f"final loss below 1e-3: {full < 1e-3}")
