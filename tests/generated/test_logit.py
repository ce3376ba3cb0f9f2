# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`logit(Tensor self, float? eps=None) -> Tensor` [derivatives.yaml, entry logit]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3', 'self=4,eps=0.01', 'self=3x4,eps=0.2'])
def test_logit_gradcheck(index):
    check_sample("logit", index)


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3', 'self=4,eps=0.01', 'self=3x4,eps=0.2'])
def test_logit_forward_mode(index):
    check_sample_forward("logit", index)


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3', 'self=4,eps=0.01', 'self=3x4,eps=0.2'])
def test_logit_gradgradcheck(index):
    check_sample_second_order("logit", index)
