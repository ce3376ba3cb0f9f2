# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`trace(Tensor self) -> Tensor` [derivatives.yaml, entry trace]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=3x3', 'self=2x4', 'self=4x2', 'self=1x1'])
def test_trace_gradcheck(index):
    check_sample("trace", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x3', 'self=2x4', 'self=4x2', 'self=1x1'])
def test_trace_forward_mode(index):
    check_sample_forward("trace", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x3', 'self=2x4', 'self=4x2', 'self=1x1'])
def test_trace_gradgradcheck(index):
    check_sample_second_order("trace", index)
