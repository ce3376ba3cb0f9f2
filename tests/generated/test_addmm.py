# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` [derivatives.yaml, entry addmm]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=4,mat1=2x3,mat2=3x4', 'self=2x4,mat1=2x3,mat2=3x4', 'self=0d,mat1=2x3,mat2=3x4', 'self=2x1,mat1=2x3,mat2=3x4,beta=0.5,alpha=-2.0'])
def test_addmm_gradcheck(index):
    check_sample("addmm", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4,mat1=2x3,mat2=3x4', 'self=2x4,mat1=2x3,mat2=3x4', 'self=0d,mat1=2x3,mat2=3x4', 'self=2x1,mat1=2x3,mat2=3x4,beta=0.5,alpha=-2.0'])
def test_addmm_forward_mode(index):
    check_sample_forward("addmm", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4,mat1=2x3,mat2=3x4', 'self=2x4,mat1=2x3,mat2=3x4', 'self=0d,mat1=2x3,mat2=3x4', 'self=2x1,mat1=2x3,mat2=3x4,beta=0.5,alpha=-2.0'])
def test_addmm_gradgradcheck(index):
    check_sample_second_order("addmm", index)
