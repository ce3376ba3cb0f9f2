# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`_unsafe_view(Tensor self, int[] size) -> Tensor` [derivatives.yaml, entry _unsafe_view]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,size=[3,2]', 'self=2x3x4,size=[-1]', 'self=0d,size=[1]'])
def test__unsafe_view_gradcheck(index):
    check_sample("_unsafe_view", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,size=[3,2]', 'self=2x3x4,size=[-1]', 'self=0d,size=[1]'])
def test__unsafe_view_forward_mode(index):
    check_sample_forward("_unsafe_view", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,size=[3,2]', 'self=2x3x4,size=[-1]', 'self=0d,size=[1]'])
def test__unsafe_view_gradgradcheck(index):
    check_sample_second_order("_unsafe_view", index)
