# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`bmm(Tensor self, Tensor mat2) -> Tensor` [derivatives.yaml, entry bmm]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x2x3,mat2=2x3x4', 'self=1x3x1,mat2=1x1x2', 'self=3x1x1,mat2=3x1x1'])
def test_bmm_gradcheck(index):
    check_sample("bmm", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x2x3,mat2=2x3x4', 'self=1x3x1,mat2=1x1x2', 'self=3x1x1,mat2=3x1x1'])
def test_bmm_forward_mode(index):
    check_sample_forward("bmm", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x2x3,mat2=2x3x4', 'self=1x3x1,mat2=1x1x2', 'self=3x1x1,mat2=3x1x1'])
def test_bmm_gradgradcheck(index):
    check_sample_second_order("bmm", index)
