# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`swapdims(Tensor self, int dim0, int dim1) -> Tensor` [derivatives.yaml, entry swapdims]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,dim0=1,dim1=0', 'self=2x3x4,dim0=1,dim1=2', 'self=0d,dim0=0,dim1=0'])
def test_swapdims_gradcheck(index):
    check_sample("swapdims", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,dim0=1,dim1=0', 'self=2x3x4,dim0=1,dim1=2', 'self=0d,dim0=0,dim1=0'])
def test_swapdims_forward_mode(index):
    check_sample_forward("swapdims", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,dim0=1,dim1=0', 'self=2x3x4,dim0=1,dim1=2', 'self=0d,dim0=0,dim1=0'])
def test_swapdims_gradgradcheck(index):
    check_sample_second_order("swapdims", index)
