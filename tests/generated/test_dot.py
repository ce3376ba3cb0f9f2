# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`dot(Tensor self, Tensor tensor) -> Tensor` [derivatives.yaml, entry dot]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=3,tensor=3', 'self=1,tensor=1'])
def test_dot_gradcheck(index):
    check_sample("dot", index)


@pytest.mark.parametrize("index", range(2), ids=['self=3,tensor=3', 'self=1,tensor=1'])
def test_dot_forward_mode(index):
    check_sample_forward("dot", index)


@pytest.mark.parametrize("index", range(2), ids=['self=3,tensor=3', 'self=1,tensor=1'])
def test_dot_gradgradcheck(index):
    check_sample_second_order("dot", index)
