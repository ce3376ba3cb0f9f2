"""Saving values for backward, and reading them back with a version check.

A saved input is `(value, version)`: the Tensor itself (or a Python scalar passed where a Tensor
was expected) and its version when saved. A saved output keeps only the array and the output's
version counter: holding the output Tensor would make a cycle (output -> grad_fn -> output).
Released slots hold None; reading one means a second backward through a freed graph.
"""
from __future__ import annotations

from yamlgrad.core.tensor import Tensor, make

FREED = ("Trying to backward through the graph a second time (or directly access saved tensors after they "
         "have already been freed). Saved intermediate values of the graph are freed when you call "
         ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph "
         "a second time or if you need to access saved tensors after calling backward. (node: {})")
MODIFIED = ("one of the variables needed for gradient computation has been modified by an inplace operation: "
            "[{shape}] is at version {now}; expected version {then} instead. (node: {node})")


def save(value):
    if isinstance(value, Tensor):
        return (value, value._version[0])
    return (value, None)


def save_result(tensor):
    return (tensor._data, tensor._version, tensor._version[0], tensor._output_nr)


def _check(saved, node, version_now):
    if saved[1] is not None and version_now != saved[1]:
        shape = ", ".join(map(str, saved[0].shape))
        raise RuntimeError(MODIFIED.format(shape=shape, now=version_now, then=saved[1], node=node.name()))


def unpack_array(saved, node):
    """For the raw-array backward: the saved value as an array (or scalar)."""
    if saved is None:
        raise RuntimeError(FREED.format(node.name()))
    value, version = saved
    if version is None:
        return value
    if value._version[0] != version:
        _check(saved, node, value._version[0])
    return value._data


def unpack_tensor(saved, node):
    """For the recorded backward (create_graph=True): the saved Tensor itself."""
    if saved is None:
        raise RuntimeError(FREED.format(node.name()))
    value, version = saved
    if version is not None and value._version[0] != version:
        _check(saved, node, value._version[0])
    return value


def _unpack_result_common(saved, node):
    if saved is None:
        raise RuntimeError(FREED.format(node.name()))
    data, counter, version, _ = saved
    if counter[0] != version:
        shape = ", ".join(map(str, data.shape))
        raise RuntimeError(MODIFIED.format(shape=shape, now=counter[0], then=version, node=node.name()))
    return data


def unpack_result_array(saved, node):
    return _unpack_result_common(saved, node)


def unpack_result_tensor(saved, node):
    """The output rebuilt as a Tensor whose grad_fn is this node, so double backward sees it."""
    data = _unpack_result_common(saved, node)
    return make(data, node, saved[3])


def _listed(unpack):
    def unpack_list(saved, node):
        if saved is None:
            raise RuntimeError(FREED.format(node.name()))
        return [unpack(v, node) for v in saved]
    unpack_list.__name__ = unpack.__name__.replace("unpack_", "unpack_list_")
    return unpack_list


unpack_list_array = _listed(unpack_array)
unpack_list_tensor = _listed(unpack_tensor)
unpack_list_result_array = _listed(unpack_result_array)
unpack_list_result_tensor = _listed(unpack_result_tensor)
