# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`mm(Tensor self, Tensor mat2) -> Tensor` [derivatives.yaml, entry mm]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,mat2=3x4', 'self=1x1,mat2=1x1', 'self=3x1,mat2=1x2', 'self=2x0,mat2=0x3'])
def test_mm_gradcheck(index):
    check_sample("mm", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,mat2=3x4', 'self=1x1,mat2=1x1', 'self=3x1,mat2=1x2', 'self=2x0,mat2=0x3'])
def test_mm_forward_mode(index):
    check_sample_forward("mm", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,mat2=3x4', 'self=1x1,mat2=1x1', 'self=3x1,mat2=1x2', 'self=2x0,mat2=0x3'])
def test_mm_gradgradcheck(index):
    check_sample_second_order("mm", index)
