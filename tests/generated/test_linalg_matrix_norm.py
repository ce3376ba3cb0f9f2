# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_matrix_norm(Tensor A, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry linalg_matrix_norm]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(10), ids=['A=3x4', 'A=2x3x4,keepdim=True', 'A=3x2x4,dim=[2,0]', "A=3x4,ord='nuc'", 'A=2x3x2,ord=2', 'A=3x4,ord=-2,keepdim=True', 'A=3x4,ord=1', 'A=4x3,ord=-1,dim=[1,0]', 'A=2x4x3,ord=inf', 'A=3x4,ord=-inf,keepdim=True'])
def test_linalg_matrix_norm_gradcheck(index):
    check_sample("linalg_matrix_norm", index)


@pytest.mark.parametrize("index", range(10), ids=['A=3x4', 'A=2x3x4,keepdim=True', 'A=3x2x4,dim=[2,0]', "A=3x4,ord='nuc'", 'A=2x3x2,ord=2', 'A=3x4,ord=-2,keepdim=True', 'A=3x4,ord=1', 'A=4x3,ord=-1,dim=[1,0]', 'A=2x4x3,ord=inf', 'A=3x4,ord=-inf,keepdim=True'])
def test_linalg_matrix_norm_forward_mode(index):
    check_sample_forward("linalg_matrix_norm", index)


@pytest.mark.parametrize("index", range(10), ids=['A=3x4', 'A=2x3x4,keepdim=True', 'A=3x2x4,dim=[2,0]', "A=3x4,ord='nuc'", 'A=2x3x2,ord=2', 'A=3x4,ord=-2,keepdim=True', 'A=3x4,ord=1', 'A=4x3,ord=-1,dim=[1,0]', 'A=2x4x3,ord=inf', 'A=3x4,ord=-inf,keepdim=True'])
def test_linalg_matrix_norm_gradgradcheck(index):
    check_sample_second_order("linalg_matrix_norm", index)
