# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`sum_to_size(Tensor self, int[] size) -> Tensor` [derivatives.yaml, entry sum_to_size]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3x4,size=[3,1]', 'self=2x3,size=[3]', 'self=2,size=[2]'])
def test_sum_to_size_gradcheck(index):
    check_sample("sum_to_size", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x4,size=[3,1]', 'self=2x3,size=[3]', 'self=2,size=[2]'])
def test_sum_to_size_forward_mode(index):
    check_sample_forward("sum_to_size", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x4,size=[3,1]', 'self=2x3,size=[3]', 'self=2,size=[2]'])
def test_sum_to_size_gradgradcheck(index):
    check_sample_second_order("sum_to_size", index)
