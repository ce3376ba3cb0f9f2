# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`clip(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor` [derivatives.yaml, entry clip]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=5,min=-0.5,max=0.5', 'self=5,min=5,max=5', 'self=2x3,min=3'])
def test_clip_gradcheck(index):
    check_sample("clip", index)


@pytest.mark.parametrize("index", range(3), ids=['self=5,min=-0.5,max=0.5', 'self=5,min=5,max=5', 'self=2x3,min=3'])
def test_clip_forward_mode(index):
    check_sample_forward("clip", index)


@pytest.mark.parametrize("index", range(3), ids=['self=5,min=-0.5,max=0.5', 'self=5,min=5,max=5', 'self=2x3,min=3'])
def test_clip_gradgradcheck(index):
    check_sample_second_order("clip", index)
