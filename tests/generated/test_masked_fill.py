# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor` [derivatives.yaml, entry masked_fill]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=2x3,mask=2x3,value=1.5', 'self=2x3,mask=3,value=0d', 'self=3,mask=2x3,value=0d', 'self=0d,mask=0d,value=0d', 'self=2x1,mask=0d,value=-0.5'])
def test_masked_fill_gradcheck(index):
    check_sample("masked_fill", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3,mask=2x3,value=1.5', 'self=2x3,mask=3,value=0d', 'self=3,mask=2x3,value=0d', 'self=0d,mask=0d,value=0d', 'self=2x1,mask=0d,value=-0.5'])
def test_masked_fill_forward_mode(index):
    check_sample_forward("masked_fill", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3,mask=2x3,value=1.5', 'self=2x3,mask=3,value=0d', 'self=3,mask=2x3,value=0d', 'self=0d,mask=0d,value=0d', 'self=2x1,mask=0d,value=-0.5'])
def test_masked_fill_gradgradcheck(index):
    check_sample_second_order("masked_fill", index)
