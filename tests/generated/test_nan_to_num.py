# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor` [derivatives.yaml, entry nan_to_num]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3,nan=1.0,posinf=2.0,neginf=-2.0'])
def test_nan_to_num_gradcheck(index):
    check_sample("nan_to_num", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3,nan=1.0,posinf=2.0,neginf=-2.0'])
def test_nan_to_num_forward_mode(index):
    check_sample_forward("nan_to_num", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3,nan=1.0,posinf=2.0,neginf=-2.0'])
def test_nan_to_num_gradgradcheck(index):
    check_sample_second_order("nan_to_num", index)
