# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`swapaxes(Tensor self, int axis0, int axis1) -> Tensor` [derivatives.yaml, entry swapaxes]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,axis0=0,axis1=1', 'self=2x3x4,axis0=-1,axis1=0', 'self=0d,axis0=0,axis1=-1'])
def test_swapaxes_gradcheck(index):
    check_sample("swapaxes", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,axis0=0,axis1=1', 'self=2x3x4,axis0=-1,axis1=0', 'self=0d,axis0=0,axis1=-1'])
def test_swapaxes_forward_mode(index):
    check_sample_forward("swapaxes", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,axis0=0,axis1=1', 'self=2x3x4,axis0=-1,axis1=0', 'self=0d,axis0=0,axis1=-1'])
def test_swapaxes_gradgradcheck(index):
    check_sample_second_order("swapaxes", index)
