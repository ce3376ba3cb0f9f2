# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor` [derivatives.yaml, entry constant_pad_nd]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=2x3,pad=[1,2]', 'self=2x3x4,pad=[1,0,-1,2],value=1.5', 'self=4,pad=[-1,2]', 'self=2x3,pad=[0,0,2,-2]', 'self=0d,pad=[]'])
def test_constant_pad_nd_gradcheck(index):
    check_sample("constant_pad_nd", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3,pad=[1,2]', 'self=2x3x4,pad=[1,0,-1,2],value=1.5', 'self=4,pad=[-1,2]', 'self=2x3,pad=[0,0,2,-2]', 'self=0d,pad=[]'])
def test_constant_pad_nd_forward_mode(index):
    check_sample_forward("constant_pad_nd", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3,pad=[1,2]', 'self=2x3x4,pad=[1,0,-1,2],value=1.5', 'self=4,pad=[-1,2]', 'self=2x3,pad=[0,0,2,-2]', 'self=0d,pad=[]'])
def test_constant_pad_nd_gradgradcheck(index):
    check_sample_second_order("constant_pad_nd", index)
