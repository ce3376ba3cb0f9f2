# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`add(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` [derivatives.yaml, entry add]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3'])
def test_add_gradcheck(index):
    check_sample("add", index)


@pytest.mark.parametrize("index", range(6), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3'])
def test_add_forward_mode(index):
    check_sample_forward("add", index)


@pytest.mark.parametrize("index", range(6), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3'])
def test_add_gradgradcheck(index):
    check_sample_second_order("add", index)
