# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`repeat(Tensor self, int[] repeats) -> Tensor` [derivatives.yaml, entry repeat]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=2x3,repeats=[2,1]', 'self=2x3,repeats=[2,1,3]', 'self=3,repeats=[2,2]', 'self=0d,repeats=[3]', 'self=0d,repeats=[]', 'self=2x3,repeats=[0,2]'])
def test_repeat_gradcheck(index):
    check_sample("repeat", index)


@pytest.mark.parametrize("index", range(6), ids=['self=2x3,repeats=[2,1]', 'self=2x3,repeats=[2,1,3]', 'self=3,repeats=[2,2]', 'self=0d,repeats=[3]', 'self=0d,repeats=[]', 'self=2x3,repeats=[0,2]'])
def test_repeat_forward_mode(index):
    check_sample_forward("repeat", index)


@pytest.mark.parametrize("index", range(6), ids=['self=2x3,repeats=[2,1]', 'self=2x3,repeats=[2,1,3]', 'self=3,repeats=[2,2]', 'self=0d,repeats=[3]', 'self=0d,repeats=[]', 'self=2x3,repeats=[0,2]'])
def test_repeat_gradgradcheck(index):
    check_sample_second_order("repeat", index)
