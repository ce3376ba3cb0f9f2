# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)` [derivatives.yaml, entry aminmax]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=1', 'self=4,dim=0,keepdim=True'])
def test_aminmax_gradcheck(index):
    check_sample("aminmax", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=1', 'self=4,dim=0,keepdim=True'])
def test_aminmax_forward_mode(index):
    check_sample_forward("aminmax", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=1', 'self=4,dim=0,keepdim=True'])
def test_aminmax_gradgradcheck(index):
    check_sample_second_order("aminmax", index)
