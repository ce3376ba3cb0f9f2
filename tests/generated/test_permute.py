# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`permute(Tensor self, int[] dims) -> Tensor` [derivatives.yaml, entry permute]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3x4,dims=[2,0,1]', 'self=2x3,dims=[1,0]', 'self=2x3x4,dims=[-1,0,1]'])
def test_permute_gradcheck(index):
    check_sample("permute", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3x4,dims=[2,0,1]', 'self=2x3,dims=[1,0]', 'self=2x3x4,dims=[-1,0,1]'])
def test_permute_forward_mode(index):
    check_sample_forward("permute", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3x4,dims=[2,0,1]', 'self=2x3,dims=[1,0]', 'self=2x3x4,dims=[-1,0,1]'])
def test_permute_gradgradcheck(index):
    check_sample_second_order("permute", index)
