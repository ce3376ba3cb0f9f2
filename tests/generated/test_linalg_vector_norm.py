# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_vector_norm(Tensor self, Scalar ord=2, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry linalg_vector_norm]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(11), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=5,ord=1', 'self=2x3,ord=3,dim=0', 'self=2x3,ord=1.5,dim=-1,keepdim=True', 'self=4,ord=0.5', 'self=2x2,ord=-1.5', 'self=3,ord=0', 'self=0d', "self=2x3,dtype='float64'"])
def test_linalg_vector_norm_gradcheck(index):
    check_sample("linalg_vector_norm", index)


@pytest.mark.parametrize("index", range(11), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=5,ord=1', 'self=2x3,ord=3,dim=0', 'self=2x3,ord=1.5,dim=-1,keepdim=True', 'self=4,ord=0.5', 'self=2x2,ord=-1.5', 'self=3,ord=0', 'self=0d', "self=2x3,dtype='float64'"])
def test_linalg_vector_norm_forward_mode(index):
    check_sample_forward("linalg_vector_norm", index)


@pytest.mark.parametrize("index", range(11), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=5,ord=1', 'self=2x3,ord=3,dim=0', 'self=2x3,ord=1.5,dim=-1,keepdim=True', 'self=4,ord=0.5', 'self=2x2,ord=-1.5', 'self=3,ord=0', 'self=0d', "self=2x3,dtype='float64'"])
def test_linalg_vector_norm_gradgradcheck(index):
    check_sample_second_order("linalg_vector_norm", index)
