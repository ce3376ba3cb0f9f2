# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`split(Tensor self, int[] split_size_or_sections, int dim=0) -> Tensor[]` [derivatives.yaml, entry split]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=5x2,split_size_or_sections=2', 'self=2x6,split_size_or_sections=[1,2,3],dim=1'])
def test_split_gradcheck(index):
    check_sample("split", index)


@pytest.mark.parametrize("index", range(2), ids=['self=5x2,split_size_or_sections=2', 'self=2x6,split_size_or_sections=[1,2,3],dim=1'])
def test_split_forward_mode(index):
    check_sample_forward("split", index)


@pytest.mark.parametrize("index", range(2), ids=['self=5x2,split_size_or_sections=2', 'self=2x6,split_size_or_sections=[1,2,3],dim=1'])
def test_split_gradgradcheck(index):
    check_sample_second_order("split", index)
