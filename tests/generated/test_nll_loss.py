# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor` [derivatives.yaml, entry nll_loss]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_not_implemented, check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=4x3,target=4,weight=3', 'self=4x3,target=4', 'self=4x3,target=4,reduction=2', 'self=4x3,target=4,reduction=0', 'self=5x3,target=5,ignore_index=1', 'self=5x3,target=5,ignore_index=2,reduction=0'])
def test_nll_loss_gradcheck(index):
    check_sample("nll_loss", index)


@pytest.mark.parametrize("index", range(6), ids=['self=4x3,target=4,weight=3', 'self=4x3,target=4', 'self=4x3,target=4,reduction=2', 'self=4x3,target=4,reduction=0', 'self=5x3,target=5,ignore_index=1', 'self=5x3,target=5,ignore_index=2,reduction=0'])
def test_nll_loss_forward_mode(index):
    check_sample_forward("nll_loss", index)


@pytest.mark.parametrize("index", range(6), ids=['self=4x3,target=4,weight=3', 'self=4x3,target=4', 'self=4x3,target=4,reduction=2', 'self=4x3,target=4,reduction=0', 'self=5x3,target=5,ignore_index=1', 'self=5x3,target=5,ignore_index=2,reduction=0'])
def test_nll_loss_gradgradcheck(index):
    check_sample_second_order("nll_loss", index)


def test_nll_loss_not_implemented_inputs_raise():
    check_not_implemented("nll_loss")
