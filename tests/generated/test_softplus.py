# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor` [derivatives.yaml, entry softplus]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3,beta=2.0', 'self=3x4,beta=2.0,threshold=1.0', 'self=2x3,beta=0.5,threshold=0.25'])
def test_softplus_gradcheck(index):
    check_sample("softplus", index)


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3,beta=2.0', 'self=3x4,beta=2.0,threshold=1.0', 'self=2x3,beta=0.5,threshold=0.25'])
def test_softplus_forward_mode(index):
    check_sample_forward("softplus", index)


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3,beta=2.0', 'self=3x4,beta=2.0,threshold=1.0', 'self=2x3,beta=0.5,threshold=0.25'])
def test_softplus_gradgradcheck(index):
    check_sample_second_order("softplus", index)
