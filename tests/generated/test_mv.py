# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`mv(Tensor self, Tensor vec) -> Tensor` [derivatives.yaml, entry mv]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,vec=3', 'self=1x1,vec=1', 'self=4x2,vec=2'])
def test_mv_gradcheck(index):
    check_sample("mv", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,vec=3', 'self=1x1,vec=1', 'self=4x2,vec=2'])
def test_mv_forward_mode(index):
    check_sample_forward("mv", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,vec=3', 'self=1x1,vec=1', 'self=4x2,vec=2'])
def test_mv_gradgradcheck(index):
    check_sample_second_order("mv", index)
