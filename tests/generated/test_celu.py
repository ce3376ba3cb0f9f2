# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`celu(Tensor self, Scalar alpha=1.0) -> Tensor` [derivatives.yaml, entry celu]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,alpha=2.0', 'self=3x2,alpha=0.5'])
def test_celu_gradcheck(index):
    check_sample("celu", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,alpha=2.0', 'self=3x2,alpha=0.5'])
def test_celu_forward_mode(index):
    check_sample_forward("celu", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,alpha=2.0', 'self=3x2,alpha=0.5'])
def test_celu_gradgradcheck(index):
    check_sample_second_order("celu", index)
