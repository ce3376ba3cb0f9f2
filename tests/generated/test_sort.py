# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=False) -> (Tensor values, Tensor indices)` [derivatives.yaml, entry sort]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=5', 'self=2x3,dim=0', 'self=2x3x4,dim=1,descending=True', 'self=3x4,stable=True', 'self=0d'])
def test_sort_gradcheck(index):
    check_sample("sort", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5', 'self=2x3,dim=0', 'self=2x3x4,dim=1,descending=True', 'self=3x4,stable=True', 'self=0d'])
def test_sort_forward_mode(index):
    check_sample_forward("sort", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5', 'self=2x3,dim=0', 'self=2x3x4,dim=1,descending=True', 'self=3x4,stable=True', 'self=0d'])
def test_sort_gradgradcheck(index):
    check_sample_second_order("sort", index)
