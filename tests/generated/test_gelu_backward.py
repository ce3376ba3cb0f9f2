# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`gelu_backward(Tensor output_grad, Tensor self, *, str approximate='none') -> Tensor` [derivatives.yaml, entry gelu_backward]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['output_grad=0d,self=0d', 'output_grad=5,self=5', 'output_grad=2x3,self=3', "output_grad=3x1,self=1x4,approximate='tanh'", "output_grad=0d,self=2x3,approximate='tanh'"])
def test_gelu_backward_gradcheck(index):
    check_sample("gelu_backward", index)


@pytest.mark.parametrize("index", range(5), ids=['output_grad=0d,self=0d', 'output_grad=5,self=5', 'output_grad=2x3,self=3', "output_grad=3x1,self=1x4,approximate='tanh'", "output_grad=0d,self=2x3,approximate='tanh'"])
def test_gelu_backward_forward_mode(index):
    check_sample_forward("gelu_backward", index)


@pytest.mark.parametrize("index", range(5), ids=['output_grad=0d,self=0d', 'output_grad=5,self=5', 'output_grad=2x3,self=3', "output_grad=3x1,self=1x4,approximate='tanh'", "output_grad=0d,self=2x3,approximate='tanh'"])
def test_gelu_backward_gradgradcheck(index):
    check_sample_second_order("gelu_backward", index)
