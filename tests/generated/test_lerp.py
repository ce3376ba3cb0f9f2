# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`lerp(Tensor self, Tensor end, Tensor weight) -> Tensor` [derivatives.yaml, entry lerp]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=5,end=5,weight=5', 'self=2x3,end=3,weight=0d', 'self=3x1,end=1x4,weight=3x4', 'self=0d,end=0d,weight=0d', 'self=2x3,end=2x3,weight=0.3', 'self=4,end=0d,weight=0.7'])
def test_lerp_gradcheck(index):
    check_sample("lerp", index)


@pytest.mark.parametrize("index", range(6), ids=['self=5,end=5,weight=5', 'self=2x3,end=3,weight=0d', 'self=3x1,end=1x4,weight=3x4', 'self=0d,end=0d,weight=0d', 'self=2x3,end=2x3,weight=0.3', 'self=4,end=0d,weight=0.7'])
def test_lerp_forward_mode(index):
    check_sample_forward("lerp", index)


@pytest.mark.parametrize("index", range(6), ids=['self=5,end=5,weight=5', 'self=2x3,end=3,weight=0d', 'self=3x1,end=1x4,weight=3x4', 'self=0d,end=0d,weight=0d', 'self=2x3,end=2x3,weight=0.3', 'self=4,end=0d,weight=0.7'])
def test_lerp_gradgradcheck(index):
    check_sample_second_order("lerp", index)
