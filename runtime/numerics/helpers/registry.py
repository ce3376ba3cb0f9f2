"""The two decorators codegen reads (with `ast`) to tell which functions formulas may call.

`@tensor_helper` functions receive the op namespace `F` first and build their result from
registry ops, operators and `.shape`/`.ndim`, so one definition serves both the raw-array backward
(F = yamlgrad.autogen.raw) and the recorded backward (F = yamlgrad.autogen.ops), where it stays
differentiable for higher-order gradients. `@plain_helper` functions compute on Python values."""
from __future__ import annotations


def tensor_helper(fn):
    return fn


def plain_helper(fn):
    return fn
