"""A small MLP trained on two interleaved spirals (full batch, Adam) to >= 95% training accuracy."""
import time

import numpy as np

import yamlgrad as yg
from yamlgrad import nn, optim


def two_spirals(n: int, noise: float, rng) -> tuple[np.ndarray, np.ndarray]:
    t = np.sqrt(rng.uniform(0, 1, n)) * 3 * np.pi
    arm = np.stack([t * np.cos(t), t * np.sin(t)], axis=1) / (3 * np.pi)
    X = np.concatenate([arm, -arm]) + noise * rng.standard_normal((2 * n, 2))
    y = np.concatenate([np.zeros(n, dtype=np.int64), np.ones(n, dtype=np.int64)])
    return X.astype(np.float32), y


start = time.perf_counter()
rng = np.random.default_rng(0)
X, y = two_spirals(200, 0.02, rng)
yg.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 2))
opt = optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
inputs, targets = yg.tensor(X), yg.tensor(y)
for step in range(1500):
    opt.zero_grad()
    loss = loss_fn(model(inputs), targets)
    loss.backward()
    opt.step()
with yg.no_grad():
    accuracy = (model(inputs).numpy().argmax(axis=1) == y).mean()
print(f"training accuracy >= 95%: {accuracy >= 0.95}")
print(f"under 30 s: {time.perf_counter() - start < 30}")
