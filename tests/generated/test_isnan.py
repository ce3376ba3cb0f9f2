# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`isnan(Tensor self) -> Tensor` [derivatives.yaml, entry isnan]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_isnan_gradcheck(index):
    check_sample("isnan", index)
