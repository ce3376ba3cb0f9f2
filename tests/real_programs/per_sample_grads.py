# Source: pytorch/tutorials intermediate_source/per_sample_grads.py (BSD-3-Clause), commit
# db77dcf6e3637924f43852c014f2af9978b0f891: per-sample gradients of a CNN, first with a loop of
# torch.autograd.grad, then with torch.func (functional_call, grad, vmap), checked against each other.
# Adaptations: device 'cpu' instead of 'cuda'; batch 8 instead of 64; the dummy data, targets and the initial
# weights come from a seeded numpy generator (torch's and yamlgrad's random streams differ); the shape is printed
# as a tuple and the gradient norms are printed; the torch.utils.benchmark timings are left out.
# rtol: 1e-4 (float32 convolutions summed in another order feed the 1.2M-element fc1 gradient norms)
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
rng = np.random.default_rng(0)

# Here's a simple CNN and loss function:

class SimpleCNN(nn.Module):
    def __init__(self):
        super(SimpleCNN, self).__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, 1)
        self.conv2 = nn.Conv2d(32, 64, 3, 1)
        self.fc1 = nn.Linear(9216, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = F.relu(x)
        x = self.conv2(x)
        x = F.relu(x)
        x = F.max_pool2d(x, 2)
        x = torch.flatten(x, 1)
        x = self.fc1(x)
        x = F.relu(x)
        x = self.fc2(x)
        output = F.log_softmax(x, dim=1)
        output = x
        return output

def loss_fn(predictions, targets):
    return F.nll_loss(predictions, targets)


device = 'cpu'

num_models = 10
batch_size = 8
data = torch.tensor(rng.standard_normal((batch_size, 1, 28, 28)), dtype=torch.float32, device=device)

targets = torch.tensor(rng.integers(0, 10, (batch_size,)), device=device)

model = SimpleCNN().to(device=device)
with torch.no_grad():
    for p in model.parameters():
        fan_in = int(np.prod(p.shape[1:])) if p.dim() > 1 else 32
        p.copy_(torch.tensor(rng.uniform(-1, 1, tuple(p.shape)) / np.sqrt(fan_in), dtype=torch.float32))
predictions = model(data)  # move the entire mini-batch through the model

loss = loss_fn(predictions, targets)
loss.backward()  # back propagate the 'average' gradient of this mini-batch
print('loss %.6f' % loss.item())

def compute_grad(sample, target):
    sample = sample.unsqueeze(0)  # prepend batch dimension for processing
    target = target.unsqueeze(0)

    prediction = model(sample)
    loss = loss_fn(prediction, target)

    return torch.autograd.grad(loss, list(model.parameters()))


def compute_sample_grads(data, targets):
    """ manually process each sample with per sample gradient """
    sample_grads = [compute_grad(data[i], targets[i]) for i in range(batch_size)]
    sample_grads = zip(*sample_grads)
    sample_grads = [torch.stack(shards) for shards in sample_grads]
    return sample_grads

per_sample_grads = compute_sample_grads(data, targets)

print(tuple(per_sample_grads[0].shape))

from torch.func import functional_call, vmap, grad

params = {k: v.detach() for k, v in model.named_parameters()}
buffers = {k: v.detach() for k, v in model.named_buffers()}

def compute_loss(params, buffers, sample, target):
    batch = sample.unsqueeze(0)
    targets = target.unsqueeze(0)

    predictions = functional_call(model, (params, buffers), (batch,))
    loss = loss_fn(predictions, targets)
    return loss

ft_compute_grad = grad(compute_loss)

ft_compute_sample_grad = vmap(ft_compute_grad, in_dims=(None, None, 0, 0))

ft_per_sample_grads = ft_compute_sample_grad(params, buffers, data, targets)

for per_sample_grad, ft_per_sample_grad in zip(per_sample_grads, ft_per_sample_grads.values()):
    assert torch.allclose(per_sample_grad, ft_per_sample_grad, atol=3e-3, rtol=1e-5)

for name, g in ft_per_sample_grads.items():
    print(name, tuple(g.shape), ' '.join('%.5f' % v for v in g.flatten(1).norm(dim=1).tolist()))
