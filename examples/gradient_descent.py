"""Gradient descent on f(x) = (x - 3)^2: ten steps from x = 0 with learning rate 0.1."""
import yamlgrad as yg

x = yg.tensor(0.0, requires_grad=True)
lr = 0.1
for step in range(10):
    loss = (x - 3) ** 2
    loss.backward()
    with yg.no_grad():
        x -= lr * x.grad
    x.grad.zero_()
print(f"x after 10 steps: {x.item():.4f}")
