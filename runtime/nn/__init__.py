"""yamlgrad.nn: Parameter, Module, layers and losses (torch.nn names), built on registry ops.

One module per topic, as torch.nn.modules: linear, container, activation, conv, conv_transpose,
pooling, normalization, sparse (embedding), dropout, flatten, rnn, rnn_cell, upsampling, loss, transformer;
nn.parallel as torch's without GPUs."""
from yamlgrad.nn import functional, init, parallel, utils
from yamlgrad.nn.activation import *  # noqa: F401,F403
from yamlgrad.nn.activation import __all__ as _activations
from yamlgrad.nn.container import (
           ModuleDict,
           ModuleList,
           ParameterDict,
           ParameterList,
           Sequential,
)
from yamlgrad.nn.conv import Conv1d, Conv2d
from yamlgrad.nn.conv_transpose import ConvTranspose1d, ConvTranspose2d
from yamlgrad.nn.dropout import AlphaDropout, Dropout, Dropout1d, Dropout2d, Dropout3d, FeatureAlphaDropout
from yamlgrad.nn.flatten import Flatten
from yamlgrad.nn.linear import Identity, Linear
from yamlgrad.nn.loss import *  # noqa: F401,F403
from yamlgrad.nn.loss import __all__ as _losses
from yamlgrad.nn.module import Module
from yamlgrad.nn.normalization import BatchNorm1d, BatchNorm2d, GroupNorm, LayerNorm
from yamlgrad.nn.parallel import DataParallel
from yamlgrad.nn.parameter import Parameter
from yamlgrad.nn.pixelshuffle import PixelShuffle, PixelUnshuffle
from yamlgrad.nn.pooling import AdaptiveAvgPool2d, AvgPool2d, MaxPool2d
from yamlgrad.nn.rnn import GRU, LSTM, RNN, RNNBase
from yamlgrad.nn.rnn_cell import GRUCell, LSTMCell, RNNCell
from yamlgrad.nn.sparse import Embedding, EmbeddingBag
from yamlgrad.nn.transformer import (
           Transformer,
           TransformerDecoder,
           TransformerDecoderLayer,
           TransformerEncoder,
           TransformerEncoderLayer,
)
from yamlgrad.nn.upsampling import Upsample, UpsamplingBilinear2d, UpsamplingNearest2d

__all__ = ["functional", "init", "utils", "Parameter", "Module", "Identity", "Linear", "Flatten", "Sequential",
           "ModuleList", "ModuleDict", "ParameterList", "ParameterDict", "Conv1d", "Conv2d", "ConvTranspose1d",
           "ConvTranspose2d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "LayerNorm", "BatchNorm1d",
           "BatchNorm2d", "GroupNorm", "Embedding", "EmbeddingBag", "Dropout", "Dropout1d", "Dropout2d", "Dropout3d",
           "AlphaDropout", "FeatureAlphaDropout", "RNNBase", "RNN", "LSTM", "GRU", "RNNCell",
           "LSTMCell", "GRUCell", "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d", "PixelShuffle", "PixelUnshuffle", "Transformer", "TransformerEncoder",
           "TransformerDecoder", "TransformerEncoderLayer", "TransformerDecoderLayer", "parallel", "DataParallel",
           *_activations, *_losses]
