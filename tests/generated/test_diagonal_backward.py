# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`diagonal_backward(Tensor src, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor` [derivatives.yaml, entry diagonal_backward]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['src=3,input_sizes=[3,3],offset=0,dim1=0,dim2=1', 'src=2,input_sizes=[3,3],offset=-1,dim1=0,dim2=1', 'src=2x3,input_sizes=[2,3,3],offset=0,dim1=-2,dim2=-1', 'src=4x2,input_sizes=[2,3,4],offset=-1,dim1=1,dim2=0'])
def test_diagonal_backward_gradcheck(index):
    check_sample("diagonal_backward", index)


@pytest.mark.parametrize("index", range(4), ids=['src=3,input_sizes=[3,3],offset=0,dim1=0,dim2=1', 'src=2,input_sizes=[3,3],offset=-1,dim1=0,dim2=1', 'src=2x3,input_sizes=[2,3,3],offset=0,dim1=-2,dim2=-1', 'src=4x2,input_sizes=[2,3,4],offset=-1,dim1=1,dim2=0'])
def test_diagonal_backward_forward_mode(index):
    check_sample_forward("diagonal_backward", index)


@pytest.mark.parametrize("index", range(4), ids=['src=3,input_sizes=[3,3],offset=0,dim1=0,dim2=1', 'src=2,input_sizes=[3,3],offset=-1,dim1=0,dim2=1', 'src=2x3,input_sizes=[2,3,3],offset=0,dim1=-2,dim2=-1', 'src=4x2,input_sizes=[2,3,4],offset=-1,dim1=1,dim2=0'])
def test_diagonal_backward_gradgradcheck(index):
    check_sample_second_order("diagonal_backward", index)
