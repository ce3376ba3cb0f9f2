# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`tile(Tensor self, int[] dims) -> Tensor` [derivatives.yaml, entry tile]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,dims=[2]', 'self=2x3,dims=[3,1,2]', 'self=0d,dims=[2,2]', 'self=3,dims=[]'])
def test_tile_gradcheck(index):
    check_sample("tile", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,dims=[2]', 'self=2x3,dims=[3,1,2]', 'self=0d,dims=[2,2]', 'self=3,dims=[]'])
def test_tile_forward_mode(index):
    check_sample_forward("tile", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,dims=[2]', 'self=2x3,dims=[3,1,2]', 'self=0d,dims=[2,2]', 'self=3,dims=[]'])
def test_tile_gradgradcheck(index):
    check_sample_second_order("tile", index)
