"""yamlgrad.nn.functional: torch.nn.functional's names and arguments, one module per topic.

Every function is a registry op (derivatives.yaml) or a composition of registry ops, so its gradient comes
from the registry's formulas; nothing is differentiated by hand. Integer targets and masks only select
elements (indexing, `where`); they are never differentiated. Where torch's functional API is itself a
composition (relu6, softsign, max_pool2d over max_pool2d_with_indices, layer_norm, attention ...), so is ours.
"""
# transposed convolution and resizing live next to their modules (nn/conv_transpose.py, nn/upsampling.py)
from yamlgrad.nn.conv_transpose import conv_transpose1d, conv_transpose2d
from yamlgrad.nn.functional import (
           _activation,
           _attention,
           _conv,
           _distance,
           _dropout,
           _linear,
           _loss,
           _normalization,
           _padding,
           _pooling,
           _sparse, _vision,
)
from yamlgrad.nn.functional._activation import *  # noqa: F401,F403
from yamlgrad.nn.functional._attention import *  # noqa: F401,F403
from yamlgrad.nn.functional._conv import *  # noqa: F401,F403
from yamlgrad.nn.functional._distance import *  # noqa: F401,F403
from yamlgrad.nn.functional._dropout import *  # noqa: F401,F403
from yamlgrad.nn.functional._linear import *  # noqa: F401,F403
from yamlgrad.nn.functional._loss import *  # noqa: F401,F403
from yamlgrad.nn.functional._normalization import *  # noqa: F401,F403
from yamlgrad.nn.functional._padding import *  # noqa: F401,F403
from yamlgrad.nn.functional._pooling import *  # noqa: F401,F403
from yamlgrad.nn.functional._sparse import *  # noqa: F401,F403
from yamlgrad.nn.functional._vision import *  # noqa: F401,F403
from yamlgrad.nn.upsampling import interpolate

__all__ = [*_activation.__all__, *_attention.__all__, *_conv.__all__, *_distance.__all__, *_dropout.__all__, *_linear.__all__, *_loss.__all__, *_normalization.__all__, *_padding.__all__, *_pooling.__all__, *_sparse.__all__, *_vision.__all__,
           "conv_transpose1d", "conv_transpose2d", "interpolate"]
