# Source: yunjey/pytorch-tutorial tutorials/02-intermediate/deep_residual_network/main.py (MIT), commit
# 0500d3df5a2a8080ccfccbc00aca0eacc21818db: a CIFAR-10 ResNet (residual blocks with
# BatchNorm2d, in-place add and ReLU, AvgPool2d) trained with Adam and a learning-rate decay.
# Adaptations: synthetic CIFAR-10-like images (class pattern plus noise, seeded numpy) in a TensorDataset instead of
# torchvision's CIFAR10 (no download), no shuffling; initial weights from numpy (torch's and yamlgrad's random
# streams differ); 16/8 32x32 images without the random pad/flip/crop transforms, batch 8, 2 epochs, lr decay every epoch, loss printed every step; no checkpoint file (torch.save) at the end.
# rtol: 1e-4 (float32 through 13 conv + batch-norm layers, 4 Adam steps)
# ---------------------------------------------------------------------------- #
# An implementation of https://arxiv.org/pdf/1512.03385.pdf                    #
# See section 4.2 for the model architecture on CIFAR-10                       #
# Some part of the code was referenced from below                              #
# https://github.com/pytorch/vision/blob/master/torchvision/models/resnet.py   #
# ---------------------------------------------------------------------------- #

import torch
import torch.nn as nn
import numpy as np
import torch.utils.data

# --- adaptation: synthetic CIFAR-10-like data and initial weights from a seeded numpy generator (no download;
# torch's and yamlgrad's random streams differ)
_rng = np.random.default_rng(0)
_patterns = _rng.random((10, 3, 32, 32)).astype(np.float32)


def synthetic_cifar10(n):
    labels = _rng.integers(0, 10, n)
    images = np.clip(0.7 * _patterns[labels] + 0.3 * _rng.random((n, 3, 32, 32)), 0, 1).astype(np.float32)
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
num_epochs = 2
batch_size = 8
learning_rate = 0.001

# CIFAR-10 dataset
train_dataset = synthetic_cifar10(16)

test_dataset = synthetic_cifar10(8)

# Data loader
train_loader = torch.utils.data.DataLoader(dataset=train_dataset,
                                           batch_size=batch_size,
                                           shuffle=False)

test_loader = torch.utils.data.DataLoader(dataset=test_dataset,
                                          batch_size=batch_size,
                                          shuffle=False)

# 3x3 convolution
def conv3x3(in_channels, out_channels, stride=1):
    return nn.Conv2d(in_channels, out_channels, kernel_size=3, 
                     stride=stride, padding=1, bias=False)

# Residual block
class ResidualBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1, downsample=None):
        super(ResidualBlock, self).__init__()
        self.conv1 = conv3x3(in_channels, out_channels, stride)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(out_channels, out_channels)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.downsample = downsample
        
    def forward(self, x):
        residual = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample:
            residual = self.downsample(x)
        out += residual
        out = self.relu(out)
        return out

# ResNet
class ResNet(nn.Module):
    def __init__(self, block, layers, num_classes=10):
        super(ResNet, self).__init__()
        self.in_channels = 16
        self.conv = conv3x3(3, 16)
        self.bn = nn.BatchNorm2d(16)
        self.relu = nn.ReLU(inplace=True)
        self.layer1 = self.make_layer(block, 16, layers[0])
        self.layer2 = self.make_layer(block, 32, layers[1], 2)
        self.layer3 = self.make_layer(block, 64, layers[2], 2)
        self.avg_pool = nn.AvgPool2d(8)
        self.fc = nn.Linear(64, num_classes)
        
    def make_layer(self, block, out_channels, blocks, stride=1):
        downsample = None
        if (stride != 1) or (self.in_channels != out_channels):
            downsample = nn.Sequential(
                conv3x3(self.in_channels, out_channels, stride=stride),
                nn.BatchNorm2d(out_channels))
        layers = []
        layers.append(block(self.in_channels, out_channels, stride, downsample))
        self.in_channels = out_channels
        for i in range(1, blocks):
            layers.append(block(out_channels, out_channels))
        return nn.Sequential(*layers)
    
    def forward(self, x):
        out = self.conv(x)
        out = self.bn(out)
        out = self.relu(out)
        out = self.layer1(out)
        out = self.layer2(out)
        out = self.layer3(out)
        out = self.avg_pool(out)
        out = out.view(out.size(0), -1)
        out = self.fc(out)
        return out
    
model = ResNet(ResidualBlock, [2, 2, 2]).to(device)
numpy_init_(model)


# Loss and optimizer
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)

# For updating learning rate
def update_lr(optimizer, lr):    
    for param_group in optimizer.param_groups:
        param_group['lr'] = lr

# Train the model
total_step = len(train_loader)
curr_lr = learning_rate
for epoch in range(num_epochs):
    for i, (images, labels) in enumerate(train_loader):
        images = images.to(device)
        labels = labels.to(device)
        
        # Forward pass
        outputs = model(images)
        loss = criterion(outputs, labels)
        
        # Backward and optimize
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        
        if (i+1) % 1 == 0:
            print ("Epoch [{}/{}], Step [{}/{}] Loss: {:.4f}"
                   .format(epoch+1, num_epochs, i+1, total_step, loss.item()))

    # Decay learning rate
    if (epoch+1) % 1 == 0:
        curr_lr /= 3
        update_lr(optimizer, curr_lr)

# Test the model
model.eval()
with torch.no_grad():
    correct = 0
    total = 0
    for images, labels in test_loader:
        images = images.to(device)
        labels = labels.to(device)
        outputs = model(images)
        _, predicted = torch.max(outputs.data, 1)
        total += labels.size(0)
        correct += (predicted == labels).sum().item()

    print('Accuracy of the model on the test images: {} %'.format(100 * correct / total))


