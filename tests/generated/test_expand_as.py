# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`expand_as(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry expand_as]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3x1,other=3x4', 'self=0d,other=2x3', 'self=4,other=2x3x4'])
def test_expand_as_gradcheck(index):
    check_sample("expand_as", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x1,other=3x4', 'self=0d,other=2x3', 'self=4,other=2x3x4'])
def test_expand_as_forward_mode(index):
    check_sample_forward("expand_as", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x1,other=3x4', 'self=0d,other=2x3', 'self=4,other=2x3x4'])
def test_expand_as_gradgradcheck(index):
    check_sample_second_order("expand_as", index)
