# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`glu(Tensor self, int dim=-1) -> Tensor` [derivatives.yaml, entry glu]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=2', 'self=4,dim=0', 'self=3x4', 'self=4x3,dim=0', 'self=2x6x3,dim=1', 'self=2x3x2,dim=-1'])
def test_glu_gradcheck(index):
    check_sample("glu", index)


@pytest.mark.parametrize("index", range(6), ids=['self=2', 'self=4,dim=0', 'self=3x4', 'self=4x3,dim=0', 'self=2x6x3,dim=1', 'self=2x3x2,dim=-1'])
def test_glu_forward_mode(index):
    check_sample_forward("glu", index)


@pytest.mark.parametrize("index", range(6), ids=['self=2', 'self=4,dim=0', 'self=3x4', 'self=4x3,dim=0', 'self=2x6x3,dim=1', 'self=2x3x2,dim=-1'])
def test_glu_gradgradcheck(index):
    check_sample_second_order("glu", index)
