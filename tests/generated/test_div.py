# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`div(Tensor self, Tensor other, *, str? rounding_mode=None) -> Tensor` [derivatives.yaml, entry div]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(8), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', "self=2x3,other=2x3,rounding_mode='floor'", "self=4,other=4,rounding_mode='trunc'"])
def test_div_gradcheck(index):
    check_sample("div", index)


@pytest.mark.parametrize("index", range(8), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', "self=2x3,other=2x3,rounding_mode='floor'", "self=4,other=4,rounding_mode='trunc'"])
def test_div_forward_mode(index):
    check_sample_forward("div", index)


@pytest.mark.parametrize("index", range(8), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', "self=2x3,other=2x3,rounding_mode='floor'", "self=4,other=4,rounding_mode='trunc'"])
def test_div_gradgradcheck(index):
    check_sample_second_order("div", index)
