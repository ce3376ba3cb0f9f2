"""yamlgrad.nn.utils: gradient clipping, parameter/vector conversion and packed sequences (torch.nn.utils names;
the packing functions live in the `rnn` submodule, as torch's)."""
from yamlgrad.nn.utils import rnn
from yamlgrad.nn.utils.clip_grad import (
    clip_grad_norm_,
    clip_grad_value_,
    get_total_norm,
)
from yamlgrad.nn.utils.convert_parameters import (
    parameters_to_vector,
    vector_to_parameters,
)

__all__ = ["clip_grad_norm_", "clip_grad_value_", "get_total_norm", "parameters_to_vector", "vector_to_parameters",
           "rnn"]
