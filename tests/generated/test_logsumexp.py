# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor` [derivatives.yaml, entry logsumexp]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=2x3,dim=-2,keepdim=True', 'self=0d,dim=0'])
def test_logsumexp_gradcheck(index):
    check_sample("logsumexp", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=2x3,dim=-2,keepdim=True', 'self=0d,dim=0'])
def test_logsumexp_forward_mode(index):
    check_sample_forward("logsumexp", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=2x3,dim=-2,keepdim=True', 'self=0d,dim=0'])
def test_logsumexp_gradgradcheck(index):
    check_sample_second_order("logsumexp", index)
