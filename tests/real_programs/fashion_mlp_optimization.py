# Source: pytorch/tutorials beginner_source/basics/optimization_tutorial.py (BSD-3-Clause), commit
# 802d68671f544c32347a2f1e780b80fcc2d8c9e7: the FashionMNIST MLP trained with SGD, train_loop and test_loop.
# Adaptations: 256 training and 128 test synthetic 28x28 images (class-dependent pattern plus noise, seeded numpy)
# in a TensorDataset instead of datasets.FashionMNIST (no download, no torchvision); initial weights drawn with
# numpy (torch's and yamlgrad's random streams differ); learning rate 1e-1, 3 epochs, the loss printed every
# second batch instead of every 100th.
# rtol: 1e-4 (float32, 12 SGD steps with learning rate 0.1 carry last-bit differences forward)
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

rng = np.random.default_rng(0)
patterns = rng.random((10, 1, 28, 28)).astype(np.float32)


def synthetic_fashion_mnist(n):
    labels = rng.integers(0, 10, n)
    images = np.clip(patterns[labels] + 0.3 * rng.standard_normal((n, 1, 28, 28)), 0, 1).astype(np.float32)
    return TensorDataset(torch.from_numpy(images), torch.from_numpy(labels))


training_data = synthetic_fashion_mnist(256)
test_data = synthetic_fashion_mnist(128)

train_dataloader = DataLoader(training_data, batch_size=64)
test_dataloader = DataLoader(test_data, batch_size=64)

class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28*28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits

model = NeuralNetwork()
with torch.no_grad():
    for p in model.parameters():
        bound = 1 / np.sqrt(p.shape[-1]) if p.dim() > 1 else 0.03
        p.copy_(torch.from_numpy(rng.uniform(-bound, bound, tuple(p.shape)).astype(np.float32)))

learning_rate = 1e-1
batch_size = 64
epochs = 5

# Initialize the loss function
loss_fn = nn.CrossEntropyLoss()

optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)

def train_loop(dataloader, model, loss_fn, optimizer):
    size = len(dataloader.dataset)
    # Set the model to training mode - important for batch normalization and dropout layers
    # Unnecessary in this situation but added for best practices
    model.train()
    for batch, (X, y) in enumerate(dataloader):
        # Compute prediction and loss
        pred = model(X)
        loss = loss_fn(pred, y)

        # Backpropagation
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()

        if batch % 2 == 0:
            loss, current = loss.item(), batch * batch_size + len(X)
            print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")


def test_loop(dataloader, model, loss_fn):
    # Set the model to evaluation mode - important for batch normalization and dropout layers
    # Unnecessary in this situation but added for best practices
    model.eval()
    size = len(dataloader.dataset)
    num_batches = len(dataloader)
    test_loss, correct = 0, 0

    # Evaluating the model with torch.no_grad() ensures that no gradients are computed during test mode
    # also serves to reduce unnecessary gradient computations and memory usage for tensors with requires_grad=True
    with torch.no_grad():
        for X, y in dataloader:
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()

    test_loss /= num_batches
    correct /= size
    print(f"Test Error: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")


loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)

epochs = 3
for t in range(epochs):
    print(f"Epoch {t+1}\n-------------------------------")
    train_loop(train_dataloader, model, loss_fn, optimizer)
    test_loop(test_dataloader, model, loss_fn)
print("Done!")
