# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`view_as(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry view_as]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,other=3x2', 'self=0d,other=1x1'])
def test_view_as_gradcheck(index):
    check_sample("view_as", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,other=3x2', 'self=0d,other=1x1'])
def test_view_as_forward_mode(index):
    check_sample_forward("view_as", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3,other=3x2', 'self=0d,other=1x1'])
def test_view_as_gradgradcheck(index):
    check_sample_second_order("view_as", index)
