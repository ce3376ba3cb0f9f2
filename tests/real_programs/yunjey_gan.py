# Source: yunjey/pytorch-tutorial tutorials/03-advanced/generative_adversarial_network/main.py (MIT), commit
# 0500d3df5a2a8080ccfccbc00aca0eacc21818db: an MLP GAN on MNIST (LeakyReLU
# discriminator, Tanh generator, BCELoss, two Adam optimizers).
# Adaptations: 48 synthetic MNIST-like images in [-1, 1] (seeded numpy) in a TensorDataset instead of torchvision's MNIST
# (no download), no shuffling; the latent noise and the initial weights come from numpy (torch's and yamlgrad's
# random streams differ); hidden 64, batch 16, 2 epochs, every step printed; instead of saving image files the
# mean of the denormalized samples is printed; no checkpoint files.
# rtol: 1e-4 (float32, 6 Adam steps per network)
import os
import torch
import torch.nn as nn
import numpy as np
import torch.utils.data

# --- adaptation: synthetic MNIST-like data and initial weights from a seeded numpy generator (no download;
# torch's and yamlgrad's random streams differ)
_rng = np.random.default_rng(0)
_patterns = _rng.random((10, 1, 28, 28)).astype(np.float32)


def synthetic_mnist(n):
    labels = _rng.integers(0, 10, n)
    images = (2 * np.clip(0.7 * _patterns[labels] + 0.3 * _rng.random((n, 1, 28, 28)), 0, 1) - 1).astype(np.float32)
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
latent_size = 64
hidden_size = 64
image_size = 784
num_epochs = 2
batch_size = 16
sample_dir = 'samples'


# MNIST dataset (already normalized to [-1, 1])
mnist = synthetic_mnist(48)

# Data loader
data_loader = torch.utils.data.DataLoader(dataset=mnist,
                                          batch_size=batch_size, 
                                          shuffle=False)

# Discriminator
D = nn.Sequential(
    nn.Linear(image_size, hidden_size),
    nn.LeakyReLU(0.2),
    nn.Linear(hidden_size, hidden_size),
    nn.LeakyReLU(0.2),
    nn.Linear(hidden_size, 1),
    nn.Sigmoid())

# Generator 
G = nn.Sequential(
    nn.Linear(latent_size, hidden_size),
    nn.ReLU(),
    nn.Linear(hidden_size, hidden_size),
    nn.ReLU(),
    nn.Linear(hidden_size, image_size),
    nn.Tanh())

# Device setting
D = D.to(device)
G = G.to(device)
numpy_init_(D)
numpy_init_(G)

# Binary cross entropy loss and optimizer
criterion = nn.BCELoss()
d_optimizer = torch.optim.Adam(D.parameters(), lr=0.0002)
g_optimizer = torch.optim.Adam(G.parameters(), lr=0.0002)

def denorm(x):
    out = (x + 1) / 2
    return out.clamp(0, 1)

def reset_grad():
    d_optimizer.zero_grad()
    g_optimizer.zero_grad()

# Start training
total_step = len(data_loader)
for epoch in range(num_epochs):
    for i, (images, _) in enumerate(data_loader):
        images = images.reshape(batch_size, -1).to(device)
        
        # Create the labels which are later used as input for the BCE loss
        real_labels = torch.ones(batch_size, 1).to(device)
        fake_labels = torch.zeros(batch_size, 1).to(device)

        # ================================================================== #
        #                      Train the discriminator                       #
        # ================================================================== #

        # Compute BCE_Loss using real images where BCE_Loss(x, y): - y * log(D(x)) - (1-y) * log(1 - D(x))
        # Second term of the loss is always zero since real_labels == 1
        outputs = D(images)
        d_loss_real = criterion(outputs, real_labels)
        real_score = outputs
        
        # Compute BCELoss using fake images
        # First term of the loss is always zero since fake_labels == 0
        z = torch.from_numpy(_rng.standard_normal((batch_size, latent_size)).astype(np.float32)).to(device)
        fake_images = G(z)
        outputs = D(fake_images)
        d_loss_fake = criterion(outputs, fake_labels)
        fake_score = outputs
        
        # Backprop and optimize
        d_loss = d_loss_real + d_loss_fake
        reset_grad()
        d_loss.backward()
        d_optimizer.step()
        
        # ================================================================== #
        #                        Train the generator                         #
        # ================================================================== #

        # Compute loss with fake images
        z = torch.from_numpy(_rng.standard_normal((batch_size, latent_size)).astype(np.float32)).to(device)
        fake_images = G(z)
        outputs = D(fake_images)
        
        # We train G to maximize log(D(G(z)) instead of minimizing log(1-D(G(z)))
        # For the reason, see the last paragraph of section 3. https://arxiv.org/pdf/1406.2661.pdf
        g_loss = criterion(outputs, real_labels)
        
        # Backprop and optimize
        reset_grad()
        g_loss.backward()
        g_optimizer.step()
        
        if (i+1) % 1 == 0:
            print('Epoch [{}/{}], Step [{}/{}], d_loss: {:.4f}, g_loss: {:.4f}, D(x): {:.2f}, D(G(z)): {:.2f}' 
                  .format(epoch, num_epochs, i+1, total_step, d_loss.item(), g_loss.item(), 
                          real_score.mean().item(), fake_score.mean().item()))
    
    fake_images = fake_images.reshape(fake_images.size(0), 1, 28, 28)
    print('denormalized fake images mean {:.6f}'.format(denorm(fake_images).mean().item()))
