# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`movedim(Tensor self, int[] source, int[] destination) -> Tensor` [derivatives.yaml, entry movedim]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3x4,source=0,destination=2', 'self=2x3x4,source=[0,-1],destination=[-1,0]', 'self=2x3,source=[1],destination=[0]', 'self=0d,source=0,destination=-1'])
def test_movedim_gradcheck(index):
    check_sample("movedim", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3x4,source=0,destination=2', 'self=2x3x4,source=[0,-1],destination=[-1,0]', 'self=2x3,source=[1],destination=[0]', 'self=0d,source=0,destination=-1'])
def test_movedim_forward_mode(index):
    check_sample_forward("movedim", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3x4,source=0,destination=2', 'self=2x3x4,source=[0,-1],destination=[-1,0]', 'self=2x3,source=[1],destination=[0]', 'self=0d,source=0,destination=-1'])
def test_movedim_gradgradcheck(index):
    check_sample_second_order("movedim", index)
