"""A user script as mypy sees it: Tensor methods, yamlgrad.nn, yamlgrad.optim and .item() type-check,
and a method's result is a Tensor (tests/test_typecheck.py runs mypy on this file)."""
import yamlgrad as yg
from yamlgrad import Tensor

x = yg.tensor([[1.0, 2.0], [3.0, -1.0]], requires_grad=True)
y = x.tanh()
reveal_type(y)  # noqa: F821  (mypy's builtin)
z: Tensor = (y * 2 + 1).relu().sum(dim=1).mean()
z.backward()
grad = x.grad
value: float = z.item()

model = yg.nn.Sequential(yg.nn.Linear(2, 8), yg.nn.ReLU(), yg.nn.Linear(8, 1))
optimizer = yg.optim.SGD(model.parameters(), lr=0.1)
loss = yg.nn.functional.mse_loss(model(x), yg.zeros(2, 1))
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(value, grad, loss.item())
