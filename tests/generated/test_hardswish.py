# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`hardswish(Tensor self) -> Tensor` [derivatives.yaml, entry hardswish]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4x5'])
def test_hardswish_gradcheck(index):
    check_sample("hardswish", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4x5'])
def test_hardswish_forward_mode(index):
    check_sample_forward("hardswish", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4x5'])
def test_hardswish_gradgradcheck(index):
    check_sample_second_order("hardswish", index)
