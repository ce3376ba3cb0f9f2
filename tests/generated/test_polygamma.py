# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`polygamma(int n, Tensor self) -> Tensor` [derivatives.yaml, entry polygamma]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['n=0,self=5', 'n=1,self=2x3', 'n=2,self=0d', 'n=3,self=4', 'n=1,self=3'])
def test_polygamma_gradcheck(index):
    check_sample("polygamma", index)


@pytest.mark.parametrize("index", range(5), ids=['n=0,self=5', 'n=1,self=2x3', 'n=2,self=0d', 'n=3,self=4', 'n=1,self=3'])
def test_polygamma_forward_mode(index):
    check_sample_forward("polygamma", index)


@pytest.mark.parametrize("index", range(5), ids=['n=0,self=5', 'n=1,self=2x3', 'n=2,self=0d', 'n=3,self=4', 'n=1,self=3'])
def test_polygamma_gradgradcheck(index):
    check_sample_second_order("polygamma", index)
