"""yamlgrad.nn: Parameter, Module, layers and losses (torch.nn names), built on registry ops."""
from yamlgrad.nn import activation, container, functional, init, layers_nn, loss_extra, utils
from yamlgrad.nn.container import ModuleDict, ModuleList, ParameterDict, ParameterList
from yamlgrad.nn.activation import *  # noqa: F401,F403  (Hardtanh, ReLU6, LeakyReLU, ELU, SELU, CELU, GELU, SiLU, ...)
from yamlgrad.nn.layers import Flatten, Identity, Linear, LogSoftmax, ReLU, Sequential, Sigmoid, Softmax, Tanh
from yamlgrad.nn.layers_nn import (
    AdaptiveAvgPool2d, AvgPool2d, BatchNorm1d, BatchNorm2d, Conv1d, Conv2d, Dropout, Embedding, GroupNorm, LayerNorm, MaxPool2d)  # noqa: E501
from yamlgrad.nn.loss import BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, MSELoss, NLLLoss
from yamlgrad.nn.loss_extra import HuberLoss, KLDivLoss, L1Loss, SmoothL1Loss
from yamlgrad.nn.module import Module
from yamlgrad.nn.parameter import Parameter

__all__ = ["functional", "init", "Parameter", "Module", "Flatten", "Identity", "Linear", "Sequential", "ReLU", "Tanh",
           "Sigmoid", "Softmax", "LogSoftmax", "MSELoss", "NLLLoss", "CrossEntropyLoss", "BCELoss",
           "BCEWithLogitsLoss", "utils", *container.__all__, *activation.__all__, *loss_extra.__all__,
           *layers_nn.__all__]
from yamlgrad.nn import conv_transpose, rnn, rnn_cell, upsampling  # noqa: E402
from yamlgrad.nn.conv_transpose import ConvTranspose1d, ConvTranspose2d  # noqa: E402
from yamlgrad.nn.rnn import GRU, LSTM, RNN, RNNBase  # noqa: E402
from yamlgrad.nn.rnn_cell import GRUCell, LSTMCell, RNNCell  # noqa: E402
from yamlgrad.nn.upsampling import Upsample, UpsamplingBilinear2d, UpsamplingNearest2d  # noqa: E402

__all__ += ["ConvTranspose1d", "ConvTranspose2d", "RNNBase", "RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell",
            "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d"]
