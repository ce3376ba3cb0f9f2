"""Multi-layer RNN, LSTM and GRU (torch.nn names, arguments, defaults, parameter names, shapes and
initialisation), unrolled over time from the single steps in rnn_cell.

Each layer and direction computes the input's gate pre-activations for the whole sequence in one matmul,
then steps through time. Layers feed the next one the concatenation of both directions' outputs, with
dropout in between (training only). Input is (L, N, H_in), (N, L, H_in) with batch_first, unbatched
(L, H_in), or a PackedSequence (then the output is packed the same way and batch_first does not apply).

The recurrence always runs on time-major rows, as a PackedSequence stores them: step t reads the
batch_sizes[t] rows of the sequences still running (a padded batch is the case where every step has
all N). Sequences are sorted longest first, so the running ones are always the leading rows of the
state; a sequence that ends keeps its state from its last step, which is its final hidden state. The
reverse direction starts each sequence at its own last step, from its initial state.
"""
from __future__ import annotations

import math
import warnings
from numbers import Number

import yamlgrad.namespace as yg
from yamlgrad.nn import functional as F
from yamlgrad.nn import init
from yamlgrad.nn.module import Module
from yamlgrad.nn.parameter import Parameter
from yamlgrad.nn.rnn_cell import gru_step, lstm_step, rnn_step
from yamlgrad.nn.utils.rnn import PackedSequence, _steps

__all__ = ["RNNBase", "RNN", "LSTM", "GRU"]

_GATES = {"RNN_TANH": 1, "RNN_RELU": 1, "LSTM": 4, "GRU": 3}


class RNNBase(Module):
    """Parameters and the layer/direction loop shared by RNN, LSTM and GRU; `_step` is the mode's cell."""

    def __init__(self, mode: str, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, proj_size: int = 0,
                 device=None, dtype=None) -> None:
        super().__init__()
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        if not isinstance(dropout, Number) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an "
                             "element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                          f"expects num_layers greater than 1, but got dropout={dropout} and "
                          f"num_layers={num_layers}", stacklevel=3)
        if not isinstance(bias, bool):
            raise TypeError(f"bias should be of type bool, got: {type(bias).__name__}")
        if not isinstance(batch_first, bool):
            raise TypeError(f"batch_first should be of type bool, got: {type(batch_first).__name__}")
        if not isinstance(input_size, int):
            raise TypeError(f"input_size should be of type int, got: {type(input_size).__name__}")
        if input_size <= 0:
            raise ValueError("input_size must be greater than zero")
        if not isinstance(hidden_size, int):
            raise TypeError(f"hidden_size should be of type int, got: {type(hidden_size).__name__}")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        self.mode, self.input_size, self.hidden_size, self.num_layers = mode, input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.dropout = bias, batch_first, float(dropout)
        self.bidirectional, self.proj_size = bidirectional, proj_size
        directions = 2 if bidirectional else 1
        gates = _GATES[mode] * hidden_size
        real_hidden = proj_size if proj_size > 0 else hidden_size
        self._flat_weights_names: list[str] = []
        # registration order (layer, direction, then w_ih, w_hh, b_ih, b_hh, w_hr) is torch's, so
        # parameters() and state_dict() list the same tensors in the same order
        for layer in range(num_layers):
            layer_input = input_size if layer == 0 else real_hidden * directions
            for direction in range(directions):
                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")
                shapes = [("weight_ih", (gates, layer_input)), ("weight_hh", (gates, real_hidden))]
                if bias:
                    shapes += [("bias_ih", (gates,)), ("bias_hh", (gates,))]
                if proj_size > 0:
                    shapes.append(("weight_hr", (proj_size, hidden_size)))
                for name, shape in shapes:
                    setattr(self, name + suffix, Parameter(yg.empty(*shape, dtype=dtype)))
                    self._flat_weights_names.append(name + suffix)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Every weight and bias from U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)), as torch initialises them."""
        bound = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -bound, bound)

    def flatten_parameters(self) -> None:
        """A no-op: there is no fused weight buffer to compact (torch's is for cuDNN)."""

    @property
    def _flat_weights(self) -> list:
        return [getattr(self, name) for name in self._flat_weights_names]

    @property
    def all_weights(self) -> list[list]:
        """The parameters grouped per layer and direction, in registration order."""
        per = len(self._flat_weights_names) // (self.num_layers * (2 if self.bidirectional else 1))
        weights = self._flat_weights
        return [weights[i:i + per] for i in range(0, len(weights), per)]

    def _layer_weights(self, layer: int, direction: int) -> dict:
        suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")
        names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh", "weight_hr")
        return {name: getattr(self, name + suffix, None) for name in names}

    # ---- argument checks ---------------------------------------------------------------------------
    def _directions(self) -> int:
        return 2 if self.bidirectional else 1

    def _real_hidden(self) -> int:
        return self.proj_size if self.proj_size > 0 else self.hidden_size

    def _check_input(self, input) -> None:
        if input.dtype != self._flat_weights[0].dtype:
            raise ValueError(f"input must have the type {self._flat_weights[0].dtype}, got type {input.dtype}")
        if input.shape[-1] != self.input_size:
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {self.input_size}, "
                               f"got {input.shape[-1]}")

    def _check_hidden(self, hx, batch: int, size: int, message: str = "Expected hidden size {}, got {}") -> None:
        expected = (self.num_layers * self._directions(), batch, size)
        if tuple(hx.shape) != expected:
            raise RuntimeError(message.format(expected, list(hx.shape)))

    # ---- the unrolled recurrence -------------------------------------------------------------------
    def _run(self, data, steps: list, states: list):
        """Run all layers over the time-major rows `data` (rows, H_in), where step t is the `size` rows from
        `offset` in `steps` (see the module docstring). `states` holds each (layer, direction)'s initial
        state for the whole batch (a tensor, or an (h, c) pair for the LSTM), layer-major. Returns the last
        layer's output rows (rows, D * H_out) and the final states in the same order."""
        directions = self._directions()
        finals = []
        layer_input = data
        for layer in range(self.num_layers):
            outputs = []
            for direction in range(directions):
                weights = self._layer_weights(layer, direction)
                state = states[layer * directions + direction]
                gi = F.linear(layer_input, weights["weight_ih"], weights["bias_ih"])
                run = self._run_reverse if direction == 1 else self._run_forward
                out, final = run(gi, steps, state, weights)
                outputs.append(yg.cat(out, 0))
                finals.append(final)
            layer_input = outputs[0] if directions == 1 else yg.cat(outputs, -1)
            if self.dropout > 0 and self.training and layer < self.num_layers - 1:
                layer_input = F.dropout(layer_input, self.dropout, True)
        return layer_input, finals

    def _run_forward(self, gi, steps: list, state, weights):
        """(output rows per step, final state): rows past a step's batch size have ended; their states are
        set aside and put back below the running ones (shorter sequences sit further down)."""
        out, ended = [], []
        for offset, size in steps:
            if size < _rows(state):
                ended.append(_slice(state, size, None))
                state = _slice(state, 0, size)
            state = self._step(gi[offset:offset + size], state, weights)
            out.append(state[0] if isinstance(state, tuple) else state)
        return out, _cat_rows([state, *reversed(ended)])

    def _run_reverse(self, gi, steps: list, initial, weights):
        """(output rows per step, final state), from the last step back: a sequence joins, from its initial
        state, at its own last step."""
        out, state = [None] * len(steps), None
        for t in range(len(steps) - 1, -1, -1):
            offset, size = steps[t]
            running = 0 if state is None else _rows(state)
            if size > running:
                joining = _slice(initial, running, size)
                state = joining if state is None else _cat_rows([state, joining])
            state = self._step(gi[offset:offset + size], state, weights)
            out[t] = state[0] if isinstance(state, tuple) else state
        return out, state

    def _prepare(self, input):
        """(time-major rows (rows, H_in), the steps over them, the batch size, whether the input was batched)."""
        if isinstance(input, PackedSequence):
            data = input.data
            if data.ndim != 2:
                raise RuntimeError(f"input must have 2 dimensions, got {data.ndim}")
            self._check_input(data)
            steps = _steps(input.batch_sizes, data.shape[0])
            return data, steps, steps[0][1], True
        name = {"RNN_TANH": "RNN", "RNN_RELU": "RNN"}.get(self.mode, self.mode)
        if input.ndim not in (2, 3):
            suffix = " tensor" if name == "RNN" else ""
            raise ValueError(f"{name}: Expected input to be 2D or 3D, got {input.ndim}D{suffix} instead")
        batched = input.ndim == 3
        if not batched:
            input = input.unsqueeze(1)
        elif self.batch_first:
            input = input.transpose(0, 1)
        self._check_input(input)
        length, batch = input.shape[0], input.shape[1]
        steps = [(t * batch, batch) for t in range(length)]
        return input.reshape(length * batch, input.shape[2]), steps, batch, batched

    def _finish(self, output, input, steps: list, batched: bool):
        if isinstance(input, PackedSequence):
            return PackedSequence(output, input.batch_sizes, input.sorted_indices, input.unsorted_indices)
        output = output.reshape(len(steps), steps[0][1], output.shape[-1])
        if not batched:
            return output.squeeze(1)
        return output.transpose(0, 1) if self.batch_first else output

    def _zeros(self, batch: int, size: int, dtype):
        return yg.zeros(self.num_layers * self._directions(), batch, size, dtype=dtype)

    @staticmethod
    def _permute(hidden, indices):
        """The batch rows of a state (layers, N, H) in the order `indices` (none: unchanged). A packed
        batch runs sorted by length, while its states come and go in the caller's order."""
        return hidden if indices is None else hidden.index_select(1, indices)

    def extra_repr(self) -> str:
        s = f"{self.input_size}, {self.hidden_size}"
        if self.proj_size != 0:
            s += f", proj_size={self.proj_size}"
        if self.num_layers != 1:
            s += f", num_layers={self.num_layers}"
        if self.bias is not True:
            s += f", bias={self.bias}"
        if self.batch_first is not False:
            s += f", batch_first={self.batch_first}"
        if self.dropout != 0:
            s += f", dropout={self.dropout}"
        if self.bidirectional is not False:
            s += f", bidirectional={self.bidirectional}"
        return s


class _SingleStateRNN(RNNBase):
    """RNN and GRU: one hidden state tensor (D * num_layers, N, H)."""

    def forward(self, input, hx=None):
        data, steps, batch, batched = self._prepare(input)
        packed = isinstance(input, PackedSequence)
        # a packed batch's hx is only checked against the expected shape, as torch does
        if hx is not None and not packed:
            if batched and hx.ndim != 3:
                raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {hx.ndim}-D tensor")
            if not batched and hx.ndim != 2:
                raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {hx.ndim}-D tensor")
            if not batched:
                hx = hx.unsqueeze(1)
        if hx is None:
            hx = self._zeros(batch, self.hidden_size, data.dtype)
        self._check_hidden(hx, batch, self.hidden_size)
        if packed:
            hx = self._permute(hx, input.sorted_indices)
        output, finals = self._run(data, steps, list(hx.unbind(0)))
        h_n = yg.stack(finals, 0)
        if packed:
            h_n = self._permute(h_n, input.unsorted_indices)
        return self._finish(output, input, steps, batched), (h_n if batched else h_n.squeeze(1))


class RNN(_SingleStateRNN):
    """Elman RNN: h_t = tanh (or relu)(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh), stacked num_layers deep.
    Returns (output, h_n)."""

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, nonlinearity: str = "tanh",
                 bias: bool = True, batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
                 device=None, dtype=None) -> None:
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or 'relu'.")
        self.nonlinearity = nonlinearity
        super().__init__("RNN_TANH" if nonlinearity == "tanh" else "RNN_RELU", input_size, hidden_size, num_layers,
                         bias, batch_first, dropout, bidirectional, 0, device, dtype)

    def _step(self, gi, h, weights):
        return rnn_step(gi, h, weights["weight_hh"], weights["bias_hh"], self.nonlinearity)

    def extra_repr(self) -> str:
        s = super().extra_repr()
        return s if self.nonlinearity == "tanh" else s + f", nonlinearity={self.nonlinearity}"


class GRU(_SingleStateRNN):
    """Gated recurrent unit, stacked num_layers deep. Returns (output, h_n)."""

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, device=None,
                 dtype=None) -> None:
        super().__init__("GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, 0,
                         device, dtype)

    def _step(self, gi, h, weights):
        return gru_step(gi, h, weights["weight_hh"], weights["bias_hh"])


class LSTM(RNNBase):
    """Long short-term memory, stacked num_layers deep, optionally with a projection of the hidden state to
    proj_size. forward(input, (h_0, c_0)) returns (output, (h_n, c_n))."""

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, proj_size: int = 0,
                 device=None, dtype=None) -> None:
        super().__init__("LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                         proj_size, device, dtype)

    def _step(self, gi, state, weights):
        h, c = state
        return lstm_step(gi, h, c, weights["weight_hh"], weights["bias_hh"], weights["weight_hr"])

    def forward(self, input, hx=None):
        data, steps, batch, batched = self._prepare(input)
        packed = isinstance(input, PackedSequence)
        if hx is None:
            hx = (self._zeros(batch, self._real_hidden(), data.dtype),
                  self._zeros(batch, self.hidden_size, data.dtype))
        else:
            h0, c0 = hx
            expected = 3 if batched else 2
            if not packed and (h0.ndim != expected or c0.ndim != expected):
                kind = "batched 3-D" if batched else "unbatched 2-D"
                raise RuntimeError(f"For {kind} input, hx and cx should also be {expected}-D but got "
                                   f"({h0.ndim}-D, {c0.ndim}-D) tensors")
            hx = (h0, c0) if batched else (h0.unsqueeze(1), c0.unsqueeze(1))
        self._check_hidden(hx[0], batch, self._real_hidden(), "Expected hidden[0] size {}, got {}")
        self._check_hidden(hx[1], batch, self.hidden_size, "Expected hidden[1] size {}, got {}")
        if packed:
            hx = tuple(self._permute(h, input.sorted_indices) for h in hx)
        output, finals = self._run(data, steps, list(zip(hx[0].unbind(0), hx[1].unbind(0))))
        h_n = yg.stack([h for h, _ in finals], 0)
        c_n = yg.stack([c for _, c in finals], 0)
        if packed:
            h_n, c_n = self._permute(h_n, input.unsorted_indices), self._permute(c_n, input.unsorted_indices)
        if not batched:
            h_n, c_n = h_n.squeeze(1), c_n.squeeze(1)
        return self._finish(output, input, steps, batched), (h_n, c_n)


# ---- states as the recurrence carries them: a tensor (N, H), or the LSTM's (h, c) pair -------------------
def _rows(state) -> int:
    return (state[0] if isinstance(state, tuple) else state).shape[0]


def _slice(state, start, stop):
    if isinstance(state, tuple):
        return tuple(part[start:stop] for part in state)
    return state[start:stop]


def _cat_rows(states: list):
    if len(states) == 1:
        return states[0]
    if isinstance(states[0], tuple):
        return tuple(yg.cat(parts, 0) for parts in zip(*states))
    return yg.cat(states, 0)
