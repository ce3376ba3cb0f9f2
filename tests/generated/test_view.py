# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`view(Tensor self, int[] size) -> Tensor` [derivatives.yaml, entry view]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,size=[-1]', 'self=4,size=[2,2]'])
def test_view_gradcheck(index):
    check_sample("view", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,size=[-1]', 'self=4,size=[2,2]'])
def test_view_forward_mode(index):
    check_sample_forward("view", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,size=[-1]', 'self=4,size=[2,2]'])
def test_view_gradgradcheck(index):
    check_sample_second_order("view", index)
