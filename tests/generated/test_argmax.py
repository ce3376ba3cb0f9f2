# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor` [derivatives.yaml, entry argmax]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=2x3,dim=1,keepdim=True'])
def test_argmax_gradcheck(index):
    check_sample("argmax", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=2x3,dim=1,keepdim=True'])
def test_argmax_forward_mode(index):
    check_sample_forward("argmax", index)
