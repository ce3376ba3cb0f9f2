# Source: yunjey/pytorch-tutorial tutorials/02-intermediate/bidirectional_recurrent_neural_network/main.py (MIT), commit
# 0500d3df5a2a8080ccfccbc00aca0eacc21818db: a bidirectional 2-layer nn.LSTM on
# MNIST rows, Adam.
# Adaptations: synthetic MNIST-like images (class pattern plus noise, seeded numpy) in a TensorDataset instead of
# torchvision's MNIST (no download), no shuffling; initial weights from numpy (torch's and yamlgrad's random
# streams differ); 64/32 images, hidden 16, batch 16, 2 epochs, loss printed every 2 steps; no checkpoint file (torch.save) at the end.
# rtol: 1e-4 (float32 through 2x28 LSTM steps, 8 Adam steps)
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


# Device configuration
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# Hyper-parameters
sequence_length = 28
input_size = 28
hidden_size = 16
num_layers = 2
num_classes = 10
batch_size = 16
num_epochs = 2
learning_rate = 0.003

train_dataset = synthetic_mnist(64)

test_dataset = synthetic_mnist(32)

# Data loader
train_loader = torch.utils.data.DataLoader(dataset=train_dataset,
                                           batch_size=batch_size, 
                                           shuffle=False)

test_loader = torch.utils.data.DataLoader(dataset=test_dataset,
                                          batch_size=batch_size, 
                                          shuffle=False)

# Bidirectional recurrent neural network (many-to-one)
class BiRNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super(BiRNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden_size*2, num_classes)  # 2 for bidirection
    
    def forward(self, x):
        # Set initial states
        h0 = torch.zeros(self.num_layers*2, x.size(0), self.hidden_size).to(device) # 2 for bidirection 
        c0 = torch.zeros(self.num_layers*2, x.size(0), self.hidden_size).to(device)
        
        # Forward propagate LSTM
        out, _ = self.lstm(x, (h0, c0))  # out: tensor of shape (batch_size, seq_length, hidden_size*2)
        
        # Decode the hidden state of the last time step
        out = self.fc(out[:, -1, :])
        return out

model = BiRNN(input_size, hidden_size, num_layers, num_classes).to(device)
numpy_init_(model)


# Loss and optimizer
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    
# Train the model
total_step = len(train_loader)
for epoch in range(num_epochs):
    for i, (images, labels) in enumerate(train_loader):
        images = images.reshape(-1, sequence_length, input_size).to(device)
        labels = labels.to(device)
        
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
with torch.no_grad():
    correct = 0
    total = 0
    for images, labels in test_loader:
        images = images.reshape(-1, sequence_length, input_size).to(device)
        labels = labels.to(device)
        outputs = model(images)
        _, predicted = torch.max(outputs.data, 1)
        total += labels.size(0)
        correct += (predicted == labels).sum().item()

    print('Test Accuracy of the model on the 10000 test images: {} %'.format(100 * correct / total)) 

