# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor` [derivatives.yaml, entry hardtanh]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,min_val=-0.5,max_val=1.5', 'self=3x1x2,min_val=0.0,max_val=6.0'])
def test_hardtanh_gradcheck(index):
    check_sample("hardtanh", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,min_val=-0.5,max_val=1.5', 'self=3x1x2,min_val=0.0,max_val=6.0'])
def test_hardtanh_forward_mode(index):
    check_sample_forward("hardtanh", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,min_val=-0.5,max_val=1.5', 'self=3x1x2,min_val=0.0,max_val=6.0'])
def test_hardtanh_gradgradcheck(index):
    check_sample_second_order("hardtanh", index)
