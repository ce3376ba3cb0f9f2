# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_eigh(Tensor A, str UPLO='L') -> (Tensor eigenvalues, Tensor eigenvectors)` [derivatives.yaml, entry linalg_eigh]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['A=1x1', 'A=3x1x1', "A=2x1x1,UPLO='U'"])
def test_linalg_eigh_gradcheck(index):
    check_sample("linalg_eigh", index)


@pytest.mark.parametrize("index", range(3), ids=['A=1x1', 'A=3x1x1', "A=2x1x1,UPLO='U'"])
def test_linalg_eigh_forward_mode(index):
    check_sample_forward("linalg_eigh", index)


@pytest.mark.parametrize("index", range(3), ids=['A=1x1', 'A=3x1x1', "A=2x1x1,UPLO='U'"])
def test_linalg_eigh_gradgradcheck(index):
    check_sample_second_order("linalg_eigh", index)
