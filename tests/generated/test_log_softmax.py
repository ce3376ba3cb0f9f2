# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`log_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry log_softmax]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3,dim=-2', 'self=0d,dim=0'])
def test_log_softmax_gradcheck(index):
    check_sample("log_softmax", index)


@pytest.mark.parametrize("index", range(4), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3,dim=-2', 'self=0d,dim=0'])
def test_log_softmax_forward_mode(index):
    check_sample_forward("log_softmax", index)


@pytest.mark.parametrize("index", range(4), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3,dim=-2', 'self=0d,dim=0'])
def test_log_softmax_gradgradcheck(index):
    check_sample_second_order("log_softmax", index)
