# Source: yunjey/pytorch-tutorial tutorials/03-advanced/variational_autoencoder/main.py (MIT), commit
# 0500d3df5a2a8080ccfccbc00aca0eacc21818db: a VAE on MNIST (reparameterization,
# F.binary_cross_entropy with the legacy size_average=False, KL term), Adam.
# Adaptations: 48 synthetic MNIST-like images (seeded numpy) in a TensorDataset instead of torchvision's MNIST (no
# download), no shuffling; the reparameterization noise, the sampled z and the initial weights come from numpy
# (torch's and yamlgrad's random streams differ); h_dim 64, z_dim 8, batch 16, 2 epochs, every step printed;
# instead of saving image files their means are printed.
# rtol: 1e-4 (float32, 6 Adam steps)
import os
import torch
import torch.nn as nn
import torch.nn.functional as F
import numpy as np
import torch.utils.data

# --- adaptation: synthetic MNIST-like data and initial weights from a seeded numpy generator (no download;
# torch's and yamlgrad's random streams differ)
_rng = np.random.default_rng(0)
_patterns = _rng.random((10, 1, 28, 28)).astype(np.float32)


def synthetic_mnist(n):
    labels = _rng.integers(0, 10, n)
    images = np.clip(0.7 * _patterns[labels] + 0.3 * _rng.random((n, 1, 28, 28)), 0, 1).astype(np.float32)
    return torch.utils.data.TensorDataset(torch.from_numpy(images), torch.from_numpy(labels))


def numpy_init_(model):
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() > 1:
                fan_in = int(np.prod(p.shape[1:]))
                p.copy_(torch.from_numpy((_rng.uniform(-1, 1, tuple(p.shape)) / np.sqrt(fan_in)).astype(np.float32)))
            elif name.endswith('weight'):
                p.copy_(torch.from_numpy((1 + 0.1 * _rng.uniform(-1, 1, tuple(p.shape))).astype(np.float32)))
            else:
                p.copy_(torch.from_numpy((0.1 * _rng.uniform(-1, 1, tuple(p.shape))).astype(np.float32)))
# ---


# Device configuration
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')


# Hyper-parameters
image_size = 784
h_dim = 64
z_dim = 8
num_epochs = 2
batch_size = 16
learning_rate = 1e-3

dataset = synthetic_mnist(48)

# Data loader
data_loader = torch.utils.data.DataLoader(dataset=dataset,
                                          batch_size=batch_size, 
                                          shuffle=False)


# VAE model
class VAE(nn.Module):
    def __init__(self, image_size=784, h_dim=400, z_dim=20):
        super(VAE, self).__init__()
        self.fc1 = nn.Linear(image_size, h_dim)
        self.fc2 = nn.Linear(h_dim, z_dim)
        self.fc3 = nn.Linear(h_dim, z_dim)
        self.fc4 = nn.Linear(z_dim, h_dim)
        self.fc5 = nn.Linear(h_dim, image_size)
        
    def encode(self, x):
        h = F.relu(self.fc1(x))
        return self.fc2(h), self.fc3(h)
    
    def reparameterize(self, mu, log_var):
        std = torch.exp(log_var/2)
        eps = torch.from_numpy(_rng.standard_normal(tuple(std.shape)).astype(np.float32))
        return mu + eps * std

    def decode(self, z):
        h = F.relu(self.fc4(z))
        return F.sigmoid(self.fc5(h))
    
    def forward(self, x):
        mu, log_var = self.encode(x)
        z = self.reparameterize(mu, log_var)
        x_reconst = self.decode(z)
        return x_reconst, mu, log_var

model = VAE(h_dim=h_dim, z_dim=z_dim).to(device)
numpy_init_(model)
optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)

# Start training
for epoch in range(num_epochs):
    for i, (x, _) in enumerate(data_loader):
        # Forward pass
        x = x.to(device).view(-1, image_size)
        x_reconst, mu, log_var = model(x)
        
        # Compute reconstruction loss and kl divergence
        # For KL divergence, see Appendix B in VAE paper or http://yunjey47.tistory.com/43
        reconst_loss = F.binary_cross_entropy(x_reconst, x, size_average=False)
        kl_div = - 0.5 * torch.sum(1 + log_var - mu.pow(2) - log_var.exp())
        
        # Backprop and optimize
        loss = reconst_loss + kl_div
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        
        if (i+1) % 1 == 0:
            print ("Epoch[{}/{}], Step [{}/{}], Reconst Loss: {:.4f}, KL Div: {:.4f}" 
                   .format(epoch+1, num_epochs, i+1, len(data_loader), reconst_loss.item(), kl_div.item()))
    
    with torch.no_grad():
        # Save the sampled images
        z = torch.from_numpy(_rng.standard_normal((batch_size, z_dim)).astype(np.float32)).to(device)
        out = model.decode(z).view(-1, 1, 28, 28)
        print('sampled mean {:.6f}'.format(out.mean().item()))

        # Save the reconstructed images
        out, _, _ = model(x)
        x_concat = torch.cat([x.view(-1, 1, 28, 28), out.view(-1, 1, 28, 28)], dim=3)
        print('reconstructed', tuple(x_concat.shape), '{:.6f}'.format(x_concat.mean().item()))