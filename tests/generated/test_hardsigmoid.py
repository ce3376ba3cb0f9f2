# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`hardsigmoid(Tensor self) -> Tensor` [derivatives.yaml, entry hardsigmoid]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4x5'])
def test_hardsigmoid_gradcheck(index):
    check_sample("hardsigmoid", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4x5'])
def test_hardsigmoid_forward_mode(index):
    check_sample_forward("hardsigmoid", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4x5'])
def test_hardsigmoid_gradgradcheck(index):
    check_sample_second_order("hardsigmoid", index)
