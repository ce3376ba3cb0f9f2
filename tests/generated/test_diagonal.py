# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor` [derivatives.yaml, entry diagonal]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=3x3', 'self=3x4,offset=1', 'self=4x3,offset=-1', 'self=2x3x4,offset=0,dim1=-2,dim2=-1', 'self=2x3x4,offset=1,dim1=2,dim2=0', 'self=2x3,offset=4'])
def test_diagonal_gradcheck(index):
    check_sample("diagonal", index)


@pytest.mark.parametrize("index", range(6), ids=['self=3x3', 'self=3x4,offset=1', 'self=4x3,offset=-1', 'self=2x3x4,offset=0,dim1=-2,dim2=-1', 'self=2x3x4,offset=1,dim1=2,dim2=0', 'self=2x3,offset=4'])
def test_diagonal_forward_mode(index):
    check_sample_forward("diagonal", index)


@pytest.mark.parametrize("index", range(6), ids=['self=3x3', 'self=3x4,offset=1', 'self=4x3,offset=-1', 'self=2x3x4,offset=0,dim1=-2,dim2=-1', 'self=2x3x4,offset=1,dim1=2,dim2=0', 'self=2x3,offset=4'])
def test_diagonal_gradgradcheck(index):
    check_sample_second_order("diagonal", index)
