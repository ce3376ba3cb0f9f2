# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.0) -> Tensor` [derivatives.yaml, entry huber_loss]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,reduction=0,delta=0.5', 'self=5,target=5,reduction=2,delta=2.5', 'self=0d,target=0d'])
def test_huber_loss_gradcheck(index):
    check_sample("huber_loss", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,reduction=0,delta=0.5', 'self=5,target=5,reduction=2,delta=2.5', 'self=0d,target=0d'])
def test_huber_loss_forward_mode(index):
    check_sample_forward("huber_loss", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,reduction=0,delta=0.5', 'self=5,target=5,reduction=2,delta=2.5', 'self=0d,target=0d'])
def test_huber_loss_gradgradcheck(index):
    check_sample_second_order("huber_loss", index)
