"""Logistic regression with binary cross-entropy on two Gaussian blobs."""
import numpy as np

import yamlgrad as yg
from yamlgrad import nn, optim

rng = np.random.default_rng(1)
X = np.concatenate([rng.normal(-1.5, 1.0, (100, 2)), rng.normal(1.5, 1.0, (100, 2))]).astype(np.float32)
y = np.concatenate([np.zeros(100), np.ones(100)]).astype(np.float32)[:, None]

yg.manual_seed(1)
model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
opt = optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.BCELoss()
inputs, targets = yg.tensor(X), yg.tensor(y)
for step in range(200):
    opt.zero_grad()
    loss = loss_fn(model(inputs), targets)
    loss.backward()
    opt.step()
with yg.no_grad():
    accuracy = ((model(inputs) > 0.5).float() == targets).float().mean().item()
print(f"loss: {loss.item():.3f}")
print(f"accuracy: {accuracy:.3f}")
