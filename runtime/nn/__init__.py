"""yamlgrad.nn: Parameter, Module, layers and losses (torch.nn names), built on registry ops."""
from . import activation, container, functional, init, layers_nn, loss_extra, utils
from .container import ModuleDict, ModuleList, ParameterDict, ParameterList
from .activation import *  # noqa: F401,F403  (Hardtanh, ReLU6, LeakyReLU, ELU, SELU, CELU, GELU, SiLU, ...)
from .layers import Flatten, Identity, Linear, LogSoftmax, ReLU, Sequential, Sigmoid, Softmax, Tanh
from .layers_nn import (AdaptiveAvgPool2d, AvgPool2d, BatchNorm1d, BatchNorm2d, Conv1d, Conv2d, Dropout, Embedding, GroupNorm, LayerNorm, MaxPool2d)  # noqa: E501
from .loss import BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, MSELoss, NLLLoss
from .loss_extra import HuberLoss, KLDivLoss, L1Loss, SmoothL1Loss
from .module import Module
from .parameter import Parameter

__all__ = ["functional", "init", "Parameter", "Module", "Flatten", "Identity", "Linear", "Sequential", "ReLU", "Tanh",
           "Sigmoid", "Softmax", "LogSoftmax", "MSELoss", "NLLLoss", "CrossEntropyLoss", "BCELoss",
           "BCEWithLogitsLoss", "utils", *container.__all__, *activation.__all__, *loss_extra.__all__,
           *layers_nn.__all__]
