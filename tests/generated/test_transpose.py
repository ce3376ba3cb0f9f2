# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`transpose(Tensor self, int dim0, int dim1) -> Tensor` [derivatives.yaml, entry transpose]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,dim0=0,dim1=1', 'self=2x3x4,dim0=-1,dim1=0'])
def test_transpose_gradcheck(index):
    check_sample("transpose", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,dim0=0,dim1=1', 'self=2x3x4,dim0=-1,dim1=0'])
def test_transpose_forward_mode(index):
    check_sample_forward("transpose", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,dim0=0,dim1=1', 'self=2x3x4,dim0=-1,dim1=0'])
def test_transpose_gradgradcheck(index):
    check_sample_second_order("transpose", index)
