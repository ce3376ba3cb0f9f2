# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`fmod(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry fmod]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(8), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', 'self=5,other=1.5', 'self=2x3,other=3'])
def test_fmod_gradcheck(index):
    check_sample("fmod", index)


@pytest.mark.parametrize("index", range(8), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', 'self=5,other=1.5', 'self=2x3,other=3'])
def test_fmod_forward_mode(index):
    check_sample_forward("fmod", index)


@pytest.mark.parametrize("index", range(8), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3', 'self=5,other=1.5', 'self=2x3,other=3'])
def test_fmod_gradgradcheck(index):
    check_sample_second_order("fmod", index)
