# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor U, Tensor S, Tensor Vh)` [derivatives.yaml, entry linalg_svd]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['A=3x3', 'A=4x3,full_matrices=False', 'A=2x4,full_matrices=False', 'A=2x3x2,full_matrices=False', 'A=1x1'])
def test_linalg_svd_gradcheck(index):
    check_sample("linalg_svd", index)


@pytest.mark.parametrize("index", range(5), ids=['A=3x3', 'A=4x3,full_matrices=False', 'A=2x4,full_matrices=False', 'A=2x3x2,full_matrices=False', 'A=1x1'])
def test_linalg_svd_forward_mode(index):
    check_sample_forward("linalg_svd", index)


@pytest.mark.parametrize("index", range(5), ids=['A=3x3', 'A=4x3,full_matrices=False', 'A=2x4,full_matrices=False', 'A=2x3x2,full_matrices=False', 'A=1x1'])
def test_linalg_svd_gradgradcheck(index):
    check_sample_second_order("linalg_svd", index)
