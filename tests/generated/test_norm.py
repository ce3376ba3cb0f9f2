# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`norm(Tensor self, str? p='fro', int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry norm]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(11), ids=['self=2x3', 'self=2x3,dim=1', "self=2x3x4,p='fro',dim=[0,2],keepdim=True", 'self=5,p=1', 'self=2x3,p=3,dim=0', 'self=2x3,p=1.5,dim=1,keepdim=True', 'self=4,p=0.5', 'self=2x2,p=-1', 'self=3,p=0', 'self=2x3,p=None', 'self=0d,p=2'])
def test_norm_gradcheck(index):
    check_sample("norm", index)


@pytest.mark.parametrize("index", range(11), ids=['self=2x3', 'self=2x3,dim=1', "self=2x3x4,p='fro',dim=[0,2],keepdim=True", 'self=5,p=1', 'self=2x3,p=3,dim=0', 'self=2x3,p=1.5,dim=1,keepdim=True', 'self=4,p=0.5', 'self=2x2,p=-1', 'self=3,p=0', 'self=2x3,p=None', 'self=0d,p=2'])
def test_norm_forward_mode(index):
    check_sample_forward("norm", index)


@pytest.mark.parametrize("index", range(11), ids=['self=2x3', 'self=2x3,dim=1', "self=2x3x4,p='fro',dim=[0,2],keepdim=True", 'self=5,p=1', 'self=2x3,p=3,dim=0', 'self=2x3,p=1.5,dim=1,keepdim=True', 'self=4,p=0.5', 'self=2x2,p=-1', 'self=3,p=0', 'self=2x3,p=None', 'self=0d,p=2'])
def test_norm_gradgradcheck(index):
    check_sample_second_order("norm", index)
