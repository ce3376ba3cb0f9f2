# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`expand(Tensor self, int[] size) -> Tensor` [derivatives.yaml, entry expand]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=3x1,size=[3,4]', 'self=1,size=[2,3]', 'self=0d,size=[2]', 'self=3x1,size=[2,-1,4]'])
def test_expand_gradcheck(index):
    check_sample("expand", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x1,size=[3,4]', 'self=1,size=[2,3]', 'self=0d,size=[2]', 'self=3x1,size=[2,-1,4]'])
def test_expand_forward_mode(index):
    check_sample_forward("expand", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x1,size=[3,4]', 'self=1,size=[2,3]', 'self=0d,size=[2]', 'self=3x1,size=[2,-1,4]'])
def test_expand_gradgradcheck(index):
    check_sample_second_order("expand", index)
