# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`where(Tensor condition, Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry where]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['condition=2x3,self=2x3,other=2x3', 'condition=3,self=2x3,other=0d', 'condition=0d,self=0d,other=0d'])
def test_where_gradcheck(index):
    check_sample("where", index)


@pytest.mark.parametrize("index", range(3), ids=['condition=2x3,self=2x3,other=2x3', 'condition=3,self=2x3,other=0d', 'condition=0d,self=0d,other=0d'])
def test_where_forward_mode(index):
    check_sample_forward("where", index)


@pytest.mark.parametrize("index", range(3), ids=['condition=2x3,self=2x3,other=2x3', 'condition=3,self=2x3,other=0d', 'condition=0d,self=0d,other=0d'])
def test_where_gradgradcheck(index):
    check_sample_second_order("where", index)
