# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`broadcast_to(Tensor self, int[] size) -> Tensor` [derivatives.yaml, entry broadcast_to]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=3x1,size=[3,4]', 'self=3,size=[2,3]', 'self=0d,size=[2,2]', 'self=2x1,size=[2,2,-1]'])
def test_broadcast_to_gradcheck(index):
    check_sample("broadcast_to", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x1,size=[3,4]', 'self=3,size=[2,3]', 'self=0d,size=[2,2]', 'self=2x1,size=[2,2,-1]'])
def test_broadcast_to_forward_mode(index):
    check_sample_forward("broadcast_to", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x1,size=[3,4]', 'self=3,size=[2,3]', 'self=0d,size=[2,2]', 'self=2x1,size=[2,2,-1]'])
def test_broadcast_to_gradgradcheck(index):
    check_sample_second_order("broadcast_to", index)
