"""The public API is generated, not patched: each function is the generated source that runs, with
torch's parameter names, and every Tensor method comes from one table that binds each name once."""
import inspect

import pytest

import yamlgrad as yg
from yamlgrad.autogen import bindings, ops
from yamlgrad.core.tensor import Tensor


def test_functions_are_the_generated_source_with_torchs_parameter_names():
    source = inspect.getsource(yg.add)
    assert source.startswith("def add(input, other, *, alpha=1, out=None):"), source.splitlines()[0]
    assert yg.add is ops.add and inspect.getsourcefile(yg.add).endswith("autogen/ops.py")
    assert yg.add.__code__.co_varnames[:2] == ("input", "other")  # the code that runs says `input` too
    assert yg.add(input=yg.ones(2), other=yg.ones(2)).tolist() == [2.0, 2.0]


def test_every_tensor_method_is_bound_once_from_the_table():
    names = [name for name, _ in bindings.TENSOR_METHODS]
    assert len(names) == len(set(names))
    for name, value in bindings.TENSOR_METHODS:
        assert Tensor.__dict__[name] is value, name
    assert Tensor.tanh is ops.tanh and dict(bindings.TENSOR_METHODS)["multiply"] is ops.mul


def test_aliases_are_the_same_functions():
    assert yg.multiply is ops.mul and yg.greater is ops.gt and yg.concat is ops.cat


def test_the_table_never_replaces_a_member_written_in_the_tensor_class():
    """A name is defined once: either in core/tensor.py or in the binding table, never both (the table
    would silently replace the class's version at import)."""
    import ast
    from pathlib import Path
    source = Path(inspect.getsourcefile(Tensor)).read_text(encoding="utf-8")
    cls = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == "Tensor")
    written = {n.name for n in cls.body if isinstance(n, ast.FunctionDef)}
    assert not written & {name for name, _ in bindings.TENSOR_METHODS}


def test_unbound_ops_load_on_first_use():
    # ops no public name binds live in ops_internal.py; a fresh interpreter's `import yamlgrad` does not
    # compile them, and `ops.<name>` finds them (then directly, from the module's own namespace)
    import subprocess
    import sys
    probe = ("import sys, yamlgrad\n"
             "print('yamlgrad.autogen.ops_internal' in sys.modules)\n"
             "from yamlgrad.autogen import ops\n"
             "print(ops.gelu.__module__, 'gelu' in vars(ops))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "yamlgrad.autogen.ops_internal", "True"]
    with pytest.raises(AttributeError, match="no attribute 'no_such_op'"):
        ops.no_such_op
