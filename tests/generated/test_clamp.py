# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`clamp(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor` [derivatives.yaml, entry clamp]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(9), ids=['self=5,min=-0.5,max=0.5', 'self=2x3,min=-0.5', 'self=0d,max=0.3', 'self=5,min=5,max=5', 'self=2x3,min=3', 'self=2x3,max=2x1', 'self=3,min=0d,max=0d', 'self=0d,min=2x3,max=3', 'self=4,min=4,max=4'])
def test_clamp_gradcheck(index):
    check_sample("clamp", index)


@pytest.mark.parametrize("index", range(9), ids=['self=5,min=-0.5,max=0.5', 'self=2x3,min=-0.5', 'self=0d,max=0.3', 'self=5,min=5,max=5', 'self=2x3,min=3', 'self=2x3,max=2x1', 'self=3,min=0d,max=0d', 'self=0d,min=2x3,max=3', 'self=4,min=4,max=4'])
def test_clamp_forward_mode(index):
    check_sample_forward("clamp", index)


@pytest.mark.parametrize("index", range(9), ids=['self=5,min=-0.5,max=0.5', 'self=2x3,min=-0.5', 'self=0d,max=0.3', 'self=5,min=5,max=5', 'self=2x3,min=3', 'self=2x3,max=2x1', 'self=3,min=0d,max=0d', 'self=0d,min=2x3,max=3', 'self=4,min=4,max=4'])
def test_clamp_gradgradcheck(index):
    check_sample_second_order("clamp", index)
