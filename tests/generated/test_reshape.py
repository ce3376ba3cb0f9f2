# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`reshape(Tensor self, int[] shape) -> Tensor` [derivatives.yaml, entry reshape]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,shape=[3,2]', 'self=6,shape=[2,-1]', 'self=0d,shape=[1]'])
def test_reshape_gradcheck(index):
    check_sample("reshape", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,shape=[3,2]', 'self=6,shape=[2,-1]', 'self=0d,shape=[1]'])
def test_reshape_forward_mode(index):
    check_sample_forward("reshape", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,shape=[3,2]', 'self=6,shape=[2,-1]', 'self=0d,shape=[1]'])
def test_reshape_gradgradcheck(index):
    check_sample_second_order("reshape", index)
