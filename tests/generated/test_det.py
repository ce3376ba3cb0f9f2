# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`det(Tensor self) -> Tensor` [derivatives.yaml, entry det]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=3x3', 'self=2x2x2'])
def test_det_gradcheck(index):
    check_sample("det", index)


@pytest.mark.parametrize("index", range(2), ids=['self=3x3', 'self=2x2x2'])
def test_det_forward_mode(index):
    check_sample_forward("det", index)


@pytest.mark.parametrize("index", range(2), ids=['self=3x3', 'self=2x2x2'])
def test_det_gradgradcheck(index):
    check_sample_second_order("det", index)
