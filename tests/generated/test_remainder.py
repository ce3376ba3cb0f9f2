# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`remainder(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry remainder]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(9), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', 'self=5,other=1.5', 'self=2x3,other=3', 'self=2.5,other=4'])
def test_remainder_gradcheck(index):
    check_sample("remainder", index)


@pytest.mark.parametrize("index", range(9), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', 'self=5,other=1.5', 'self=2x3,other=3', 'self=2.5,other=4'])
def test_remainder_forward_mode(index):
    check_sample_forward("remainder", index)


@pytest.mark.parametrize("index", range(9), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', 'self=5,other=1.5', 'self=2x3,other=3', 'self=2.5,other=4'])
def test_remainder_gradgradcheck(index):
    check_sample_second_order("remainder", index)
