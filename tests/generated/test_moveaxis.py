# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`moveaxis(Tensor self, int[] source, int[] destination) -> Tensor` [derivatives.yaml, entry moveaxis]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=2x3x4,source=[0,1],destination=[2,0]', 'self=0d,source=[],destination=[]'])
def test_moveaxis_gradcheck(index):
    check_sample("moveaxis", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3x4,source=[0,1],destination=[2,0]', 'self=0d,source=[],destination=[]'])
def test_moveaxis_forward_mode(index):
    check_sample_forward("moveaxis", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3x4,source=[0,1],destination=[2,0]', 'self=0d,source=[],destination=[]'])
def test_moveaxis_gradgradcheck(index):
    check_sample_second_order("moveaxis", index)
