# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor` [derivatives.yaml, entry binary_cross_entropy_with_logits]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,weight=3x4,reduction=0', 'self=3x4,target=3x4,pos_weight=4,reduction=2', 'self=2x3,target=2x3,weight=3,pos_weight=3', 'self=0d,target=0d'])
def test_binary_cross_entropy_with_logits_gradcheck(index):
    check_sample("binary_cross_entropy_with_logits", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,weight=3x4,reduction=0', 'self=3x4,target=3x4,pos_weight=4,reduction=2', 'self=2x3,target=2x3,weight=3,pos_weight=3', 'self=0d,target=0d'])
def test_binary_cross_entropy_with_logits_forward_mode(index):
    check_sample_forward("binary_cross_entropy_with_logits", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,weight=3x4,reduction=0', 'self=3x4,target=3x4,pos_weight=4,reduction=2', 'self=2x3,target=2x3,weight=3,pos_weight=3', 'self=0d,target=0d'])
def test_binary_cross_entropy_with_logits_gradgradcheck(index):
    check_sample_second_order("binary_cross_entropy_with_logits", index)
