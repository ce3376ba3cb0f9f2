# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor` [derivatives.yaml, entry nll_loss2d]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_not_implemented, check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=2x3x2x2,target=2x2x2,weight=3', 'self=2x3x2x3,target=2x2x3', 'self=2x3x2x2,target=2x2x2,reduction=2', 'self=2x3x2x2,target=2x2x2,reduction=0', 'self=2x3x2x2,target=2x2x2,ignore_index=1'])
def test_nll_loss2d_gradcheck(index):
    check_sample("nll_loss2d", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3x2x2,target=2x2x2,weight=3', 'self=2x3x2x3,target=2x2x3', 'self=2x3x2x2,target=2x2x2,reduction=2', 'self=2x3x2x2,target=2x2x2,reduction=0', 'self=2x3x2x2,target=2x2x2,ignore_index=1'])
def test_nll_loss2d_forward_mode(index):
    check_sample_forward("nll_loss2d", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3x2x2,target=2x2x2,weight=3', 'self=2x3x2x3,target=2x2x3', 'self=2x3x2x2,target=2x2x2,reduction=2', 'self=2x3x2x2,target=2x2x2,reduction=0', 'self=2x3x2x2,target=2x2x2,ignore_index=1'])
def test_nll_loss2d_gradgradcheck(index):
    check_sample_second_order("nll_loss2d", index)


def test_nll_loss2d_not_implemented_inputs_raise():
    check_not_implemented("nll_loss2d")
