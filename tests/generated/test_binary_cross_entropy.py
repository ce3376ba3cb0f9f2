# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor` [derivatives.yaml, entry binary_cross_entropy]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,weight=3x4,reduction=0', 'self=5,target=5,weight=5,reduction=2', 'self=2x3,target=2x3,weight=3', 'self=0d,target=0d'])
def test_binary_cross_entropy_gradcheck(index):
    check_sample("binary_cross_entropy", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,weight=3x4,reduction=0', 'self=5,target=5,weight=5,reduction=2', 'self=2x3,target=2x3,weight=3', 'self=0d,target=0d'])
def test_binary_cross_entropy_forward_mode(index):
    check_sample_forward("binary_cross_entropy", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,weight=3x4,reduction=0', 'self=5,target=5,weight=5,reduction=2', 'self=2x3,target=2x3,weight=3', 'self=0d,target=0d'])
def test_binary_cross_entropy_gradgradcheck(index):
    check_sample_second_order("binary_cross_entropy", index)
