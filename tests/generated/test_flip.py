# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`flip(Tensor self, int[] dims) -> Tensor` [derivatives.yaml, entry flip]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=4,dims=[0]', 'self=2x3x4,dims=[0,-1]', 'self=2x3,dims=[]', 'self=0d,dims=[0]'])
def test_flip_gradcheck(index):
    check_sample("flip", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4,dims=[0]', 'self=2x3x4,dims=[0,-1]', 'self=2x3,dims=[]', 'self=0d,dims=[0]'])
def test_flip_forward_mode(index):
    check_sample_forward("flip", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4,dims=[0]', 'self=2x3x4,dims=[0,-1]', 'self=2x3,dims=[]', 'self=0d,dims=[0]'])
def test_flip_gradgradcheck(index):
    check_sample_second_order("flip", index)
