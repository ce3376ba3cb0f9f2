# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`reshape_as(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry reshape_as]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,other=6', 'self=4,other=2x1x2', 'self=1,other=0d'])
def test_reshape_as_gradcheck(index):
    check_sample("reshape_as", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,other=6', 'self=4,other=2x1x2', 'self=1,other=0d'])
def test_reshape_as_forward_mode(index):
    check_sample_forward("reshape_as", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,other=6', 'self=4,other=2x1x2', 'self=1,other=0d'])
def test_reshape_as_gradgradcheck(index):
    check_sample_second_order("reshape_as", index)
