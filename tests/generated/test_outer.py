# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`outer(Tensor self, Tensor vec2) -> Tensor` [derivatives.yaml, entry outer]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3,vec2=4', 'self=1,vec2=1', 'self=2,vec2=0'])
def test_outer_gradcheck(index):
    check_sample("outer", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3,vec2=4', 'self=1,vec2=1', 'self=2,vec2=0'])
def test_outer_forward_mode(index):
    check_sample_forward("outer", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3,vec2=4', 'self=1,vec2=1', 'self=2,vec2=0'])
def test_outer_gradgradcheck(index):
    check_sample_second_order("outer", index)
