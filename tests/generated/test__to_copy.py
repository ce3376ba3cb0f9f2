# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`_to_copy(Tensor self, ScalarType dtype) -> Tensor` [derivatives.yaml, entry _to_copy]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=["self=2x3,dtype='float64'", "self=0d,dtype='float64'"])
def test__to_copy_gradcheck(index):
    check_sample("_to_copy", index)


@pytest.mark.parametrize("index", range(2), ids=["self=2x3,dtype='float64'", "self=0d,dtype='float64'"])
def test__to_copy_forward_mode(index):
    check_sample_forward("_to_copy", index)


@pytest.mark.parametrize("index", range(2), ids=["self=2x3,dtype='float64'", "self=0d,dtype='float64'"])
def test__to_copy_gradgradcheck(index):
    check_sample_second_order("_to_copy", index)
