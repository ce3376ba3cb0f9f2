# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor` [derivatives.yaml, entry elu]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,alpha=0.5', 'self=2x3,alpha=2.0,scale=1.5,input_scale=0.7'])
def test_elu_gradcheck(index):
    check_sample("elu", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,alpha=0.5', 'self=2x3,alpha=2.0,scale=1.5,input_scale=0.7'])
def test_elu_forward_mode(index):
    check_sample_forward("elu", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,alpha=0.5', 'self=2x3,alpha=2.0,scale=1.5,input_scale=0.7'])
def test_elu_gradgradcheck(index):
    check_sample_second_order("elu", index)
