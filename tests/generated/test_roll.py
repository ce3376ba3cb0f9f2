# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor` [derivatives.yaml, entry roll]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=5,shifts=2', 'self=2x3,shifts=-1', 'self=2x3,shifts=[1,2],dims=[0,1]', 'self=2x3x4,shifts=[5,-1],dims=[-1,0]', 'self=0d,shifts=1'])
def test_roll_gradcheck(index):
    check_sample("roll", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,shifts=2', 'self=2x3,shifts=-1', 'self=2x3,shifts=[1,2],dims=[0,1]', 'self=2x3x4,shifts=[5,-1],dims=[-1,0]', 'self=0d,shifts=1'])
def test_roll_forward_mode(index):
    check_sample_forward("roll", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,shifts=2', 'self=2x3,shifts=-1', 'self=2x3,shifts=[1,2],dims=[0,1]', 'self=2x3x4,shifts=[5,-1],dims=[-1,0]', 'self=0d,shifts=1'])
def test_roll_gradgradcheck(index):
    check_sample_second_order("roll", index)
