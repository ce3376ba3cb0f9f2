"""Forward code too long for one YAML line, by topic. Every public function of these modules may be
named in a registry `forward:` as `kernels.<name>`; codegen reads their function names with `ast`
(codegen/model.py `collect_kernels`), and this package re-exports them under that one name.

Kernels take and return arrays (and Python values). They use NumPy functions rather than
constructors so that other array types can flow through NumPy's dispatch protocols.
"""
from yamlgrad.numerics.kernels.activations import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.conv import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.dims import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.embedding import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.indexing import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.linalg import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.losses import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.math import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.pooling import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.reductions import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.shape import *  # noqa: F401,F403
from yamlgrad.numerics.kernels.sorting import *  # noqa: F401,F403
