# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor` [derivatives.yaml, entry addcdiv]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=5,tensor1=5,tensor2=5', 'self=2x3,tensor1=3,tensor2=2x1', 'self=0d,tensor1=0d,tensor2=0d', 'self=3,tensor1=2x3,tensor2=0d,value=0.5', 'self=2x3,tensor1=2x3,tensor2=2x3,value=-2'])
def test_addcdiv_gradcheck(index):
    check_sample("addcdiv", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,tensor1=5,tensor2=5', 'self=2x3,tensor1=3,tensor2=2x1', 'self=0d,tensor1=0d,tensor2=0d', 'self=3,tensor1=2x3,tensor2=0d,value=0.5', 'self=2x3,tensor1=2x3,tensor2=2x3,value=-2'])
def test_addcdiv_forward_mode(index):
    check_sample_forward("addcdiv", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,tensor1=5,tensor2=5', 'self=2x3,tensor1=3,tensor2=2x1', 'self=0d,tensor1=0d,tensor2=0d', 'self=3,tensor1=2x3,tensor2=0d,value=0.5', 'self=2x3,tensor1=2x3,tensor2=2x3,value=-2'])
def test_addcdiv_gradgradcheck(index):
    check_sample_second_order("addcdiv", index)
