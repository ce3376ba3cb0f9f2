# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`copy(Tensor self, Tensor src) -> Tensor` [derivatives.yaml, entry copy]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,src=2x3', 'self=2x3,src=3', 'self=0d,src=0d'])
def test_copy_gradcheck(index):
    check_sample("copy", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,src=2x3', 'self=2x3,src=3', 'self=0d,src=0d'])
def test_copy_forward_mode(index):
    check_sample_forward("copy", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,src=2x3', 'self=2x3,src=3', 'self=0d,src=0d'])
def test_copy_gradgradcheck(index):
    check_sample_second_order("copy", index)
