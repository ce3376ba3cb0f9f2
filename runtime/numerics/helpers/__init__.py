"""What a backward or forward-mode formula may call besides registry ops, by topic: the functions
decorated `@tensor_helper` / `@plain_helper` (helpers/registry.py) in these modules. Codegen reads the
decorators with `ast` (codegen/model.py `collect_helpers`); this package re-exports the functions under the
one name the generated code uses, `helpers.<name>`."""
from yamlgrad.numerics.helpers.activations import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.dims import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.indexing import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.linalg import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.math import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.nn import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.reductions import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.registry import *  # noqa: F401,F403
from yamlgrad.numerics.helpers.shape import *  # noqa: F401,F403
