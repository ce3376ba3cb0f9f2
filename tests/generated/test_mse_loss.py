# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor` [derivatives.yaml, entry mse_loss]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,reduction=0', 'self=3x4,target=4,reduction=2', 'self=0d,target=0d'])
def test_mse_loss_gradcheck(index):
    check_sample("mse_loss", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,reduction=0', 'self=3x4,target=4,reduction=2', 'self=0d,target=0d'])
def test_mse_loss_forward_mode(index):
    check_sample_forward("mse_loss", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,target=3x4', 'self=3x4,target=3x4,reduction=0', 'self=3x4,target=4,reduction=2', 'self=0d,target=0d'])
def test_mse_loss_gradgradcheck(index):
    check_sample_second_order("mse_loss", index)
