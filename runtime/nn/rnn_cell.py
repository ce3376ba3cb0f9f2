"""One time step of the Elman RNN, LSTM and GRU, and the RNNCell / LSTMCell / GRUCell modules (torch.nn names,
arguments, parameter names, shapes and initialisation).

A step takes the input's gate pre-activations `gi` = x W_ih^T + b_ih already computed (a whole sequence's
are computed in one matmul by the multi-layer modules) and adds the hidden state's. The gate order within
the stacked weights is torch's: LSTM (input, forget, cell, output), GRU (reset, update, new). Everything is
composed from differentiable ops, so the gradients (through time, too) come from the registry.
"""
from __future__ import annotations

import math

import yamlgrad.namespace as yg
from yamlgrad.nn import functional as F
from yamlgrad.nn import init
from yamlgrad.nn.module import Module
from yamlgrad.nn.parameter import Parameter

__all__ = ["rnn_step", "lstm_step", "gru_step", "RNNCell", "LSTMCell", "GRUCell"]

_ACTIVATIONS = {"tanh": yg.tanh, "relu": F.relu}


def rnn_step(gi, h, weight_hh, bias_hh, nonlinearity: str = "tanh"):
    """h' = act(gi + h W_hh^T + b_hh)."""
    return _ACTIVATIONS[nonlinearity](gi + F.linear(h, weight_hh, bias_hh))


def lstm_step(gi, h, c, weight_hh, bias_hh, weight_hr=None):
    """(h', c'): c' = sigmoid(f) c + sigmoid(i) tanh(g), h' = sigmoid(o) tanh(c'), projected by W_hr when
    the LSTM has a projection (proj_size > 0)."""
    i, f, g, o = (gi + F.linear(h, weight_hh, bias_hh)).chunk(4, -1)
    c_next = yg.sigmoid(f) * c + yg.sigmoid(i) * yg.tanh(g)
    h_next = yg.sigmoid(o) * yg.tanh(c_next)
    if weight_hr is not None:
        h_next = F.linear(h_next, weight_hr)
    return h_next, c_next


def gru_step(gi, h, weight_hh, bias_hh):
    """h' = (h - n) z + n with r = sigmoid(r_i + r_h), z = sigmoid(z_i + z_h), n = tanh(n_i + r n_h): the
    reset gate scales the hidden state's contribution after its bias (b_hn), as in torch/cuDNN."""
    r_i, z_i, n_i = gi.chunk(3, -1)
    r_h, z_h, n_h = F.linear(h, weight_hh, bias_hh).chunk(3, -1)
    r = yg.sigmoid(r_i + r_h)
    z = yg.sigmoid(z_i + z_h)
    n = yg.tanh(n_i + r * n_h)
    return (h - n) * z + n


class _RNNCellBase(Module):
    _gates = 1

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device=None, dtype=None) -> None:
        super().__init__()
        self.input_size, self.hidden_size, self.bias = input_size, hidden_size, bias
        gates = self._gates * hidden_size
        self.weight_ih = Parameter(yg.empty(gates, input_size, dtype=dtype))
        self.weight_hh = Parameter(yg.empty(gates, hidden_size, dtype=dtype))
        if bias:
            self.bias_ih = Parameter(yg.empty(gates, dtype=dtype))
            self.bias_hh = Parameter(yg.empty(gates, dtype=dtype))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Every weight and bias from U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)), as torch initialises them."""
        bound = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -bound, bound)

    def _check_input(self, input, hx, name: str) -> bool:
        """Validate the dims; True when the input has a batch dim."""
        if input.ndim not in (1, 2):
            raise ValueError(f"{type(self).__name__}: Expected input to be 1D or 2D, got {input.ndim}D instead")
        if hx is not None and hx.ndim not in (1, 2):
            raise ValueError(f"{type(self).__name__}: Expected {name} to be 1D or 2D, got {hx.ndim}D instead")
        if input.shape[-1] != self.input_size:
            raise RuntimeError(f"input has inconsistent input_size: got {input.shape[-1]} expected "
                               f"{self.input_size}")
        return input.ndim == 2

    def _zeros(self, input):
        return yg.zeros(input.shape[0], self.hidden_size, dtype=input.dtype)

    def _input_gates(self, input):
        return F.linear(input, self.weight_ih, self.bias_ih)

    def extra_repr(self) -> str:
        s = f"{self.input_size}, {self.hidden_size}"
        if not self.bias:
            s += ", bias=False"
        if getattr(self, "nonlinearity", "tanh") != "tanh":
            s += f", nonlinearity={self.nonlinearity}"
        return s


class RNNCell(_RNNCellBase):
    """Elman RNN cell: h' = tanh (or relu)(x W_ih^T + b_ih + h W_hh^T + b_hh)."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, nonlinearity: str = "tanh",
                 device=None, dtype=None) -> None:
        super().__init__(input_size, hidden_size, bias, device, dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        batched = self._check_input(input, hx, "hidden")
        if self.nonlinearity not in _ACTIVATIONS:
            raise RuntimeError(f"Unknown nonlinearity: {self.nonlinearity}")
        if not batched:
            input = input.unsqueeze(0)
        hx = self._zeros(input) if hx is None else (hx if batched else hx.unsqueeze(0))
        out = rnn_step(self._input_gates(input), hx, self.weight_hh, self.bias_hh, self.nonlinearity)
        return out if batched else out.squeeze(0)


class LSTMCell(_RNNCellBase):
    """LSTM cell; forward(input, (h, c)) returns (h', c')."""
    _gates = 4

    def forward(self, input, hx=None):
        if input.ndim not in (1, 2):
            raise ValueError(f"LSTMCell: Expected input to be 1D or 2D, got {input.ndim}D instead")
        if hx is not None:
            for idx, value in enumerate(hx):
                if value.ndim not in (1, 2):
                    raise ValueError(f"LSTMCell: Expected hx[{idx}] to be 1D or 2D, got {value.ndim}D instead")
        batched = self._check_input(input, None, "hidden")
        if not batched:
            input = input.unsqueeze(0)
        if hx is None:
            h, c = self._zeros(input), self._zeros(input)
        else:
            h, c = hx if batched else (hx[0].unsqueeze(0), hx[1].unsqueeze(0))
        h, c = lstm_step(self._input_gates(input), h, c, self.weight_hh, self.bias_hh)
        return (h, c) if batched else (h.squeeze(0), c.squeeze(0))


class GRUCell(_RNNCellBase):
    """GRU cell: forward(input, h) returns h'."""
    _gates = 3

    def forward(self, input, hx=None):
        batched = self._check_input(input, hx, "hidden")
        if not batched:
            input = input.unsqueeze(0)
        hx = self._zeros(input) if hx is None else (hx if batched else hx.unsqueeze(0))
        out = gru_step(self._input_gates(input), hx, self.weight_hh, self.bias_hh)
        return out if batched else out.squeeze(0)
