# Source: yunjey/pytorch-tutorial tutorials/01-basics/logistic_regression/main.py (MIT), commit
# 0500d3df5a2a8080ccfccbc00aca0eacc21818db: logistic regression on MNIST with nn.Linear,
# CrossEntropyLoss and SGD; prints the accuracy tensor itself (`100 * correct / total` of a tensor).
# Adaptations: synthetic MNIST-like images (class pattern plus noise, seeded numpy) in a TensorDataset instead of
# torchvision's MNIST (no download), no shuffling; initial weights from numpy (torch's and yamlgrad's random
# streams differ); 200/100 images, batch 50, 3 epochs, learning rate 0.1, loss printed every 2 steps; no checkpoint file (torch.save) at the end.
# rtol: 1e-4 (float32, a few optimizer steps)
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


# Hyper-parameters 
input_size = 28 * 28    # 784
num_classes = 10
num_epochs = 3
batch_size = 50
learning_rate = 0.1

train_dataset = synthetic_mnist(200)

test_dataset = synthetic_mnist(100)

# Data loader (input pipeline)
train_loader = torch.utils.data.DataLoader(dataset=train_dataset, 
                                           batch_size=batch_size, 
                                           shuffle=False)

test_loader = torch.utils.data.DataLoader(dataset=test_dataset, 
                                          batch_size=batch_size, 
                                          shuffle=False)

# Logistic regression model
model = nn.Linear(input_size, num_classes)
numpy_init_(model)

# Loss and optimizer
# nn.CrossEntropyLoss() computes softmax internally
criterion = nn.CrossEntropyLoss()  
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)  

# Train the model
total_step = len(train_loader)
for epoch in range(num_epochs):
    for i, (images, labels) in enumerate(train_loader):
        # Reshape images to (batch_size, input_size)
        images = images.reshape(-1, input_size)
        
        # Forward pass
        outputs = model(images)
        loss = criterion(outputs, labels)
        
        # Backward and optimize
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        
        if (i+1) % 2 == 0:
            print ('Epoch [{}/{}], Step [{}/{}], Loss: {:.4f}' 
                   .format(epoch+1, num_epochs, i+1, total_step, loss.item()))

# Test the model
# In test phase, we don't need to compute gradients (for memory efficiency)
with torch.no_grad():
    correct = 0
    total = 0
    for images, labels in test_loader:
        images = images.reshape(-1, input_size)
        outputs = model(images)
        _, predicted = torch.max(outputs.data, 1)
        total += labels.size(0)
        correct += (predicted == labels).sum()

    print('Accuracy of the model on the 10000 test images: {} %'.format(100 * correct / total))

