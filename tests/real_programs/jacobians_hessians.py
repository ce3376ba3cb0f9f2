# Source: pytorch/tutorials intermediate_source/jacobians_hessians.py (BSD-3-Clause), commit
# 2dac3e41051684b8a9ad78263220c053bf35f5b2: Jacobians row by row with torch.autograd.grad, then with torch.func
# (vjp + vmap, jacrev, jacfwd, hessian, batch Jacobians and Hessians, hvp by jvp-of-grad and by vjp-of-grad).
# Adaptations: the random weights and inputs come from a seeded numpy generator (torch's and yamlgrad's random
# streams differ) and are smaller (the tutorial's sizes serve its benchmarks); the torch.utils.benchmark timings
# are left out; shapes are printed as tuples and the results' sums and allclose checks are printed.
import numpy as np
import torch
import torch.nn.functional as F
from functools import partial

rng = np.random.default_rng(0)


def randn(*shape):
    return torch.from_numpy(rng.standard_normal(shape).astype(np.float32))


def predict(weight, bias, x):
    return F.linear(x, weight, bias).tanh()

D = 16
weight = randn(D, D)
bias = randn(D)
x = randn(D)  # feature vector

def compute_jac(xp):
    jacobian_rows = [torch.autograd.grad(predict(weight, bias, xp), xp, vec)[0]
                     for vec in unit_vectors]
    return torch.stack(jacobian_rows)

xp = x.clone().requires_grad_()
unit_vectors = torch.eye(D)

jacobian = compute_jac(xp)

print(tuple(jacobian.shape))
print([round(v, 5) for v in jacobian[0].tolist()])  # show first row
print('jacobian sum %.5f' % jacobian.sum().item())

from torch.func import vmap, vjp

_, vjp_fn = vjp(partial(predict, weight, bias), x)

ft_jacobian, = vmap(vjp_fn)(unit_vectors)

# let's confirm both methods compute the same result
assert torch.allclose(ft_jacobian, jacobian)

from torch.func import jacrev

ft_jacobian = jacrev(predict, argnums=2)(weight, bias, x)

# Confirm by running the following:
assert torch.allclose(ft_jacobian, jacobian)

# note the change in input via ``argnums`` parameters of 0,1 to map to weight and bias
ft_jac_weight, ft_jac_bias = jacrev(predict, argnums=(0, 1))(weight, bias, x)
print('jac weight', tuple(ft_jac_weight.shape), '%.5f' % ft_jac_weight.sum().item(),
      'jac bias', tuple(ft_jac_bias.shape), '%.5f' % ft_jac_bias.sum().item())

from torch.func import jacrev, jacfwd

Din = 8
Dout = 64
weight = randn(Dout, Din)

bias = randn(Dout)
x = randn(Din)

# remember the general rule about taller vs wider... here we have a taller matrix:
print(tuple(weight.shape))
fwd = jacfwd(predict, argnums=2)(weight, bias, x)
rev = jacrev(predict, argnums=2)(weight, bias, x)
print('jacfwd == jacrev', torch.allclose(fwd, rev, atol=1e-6), '%.5f' % fwd.sum().item())

from torch.func import hessian

Din = 12
Dout = 5
weight = randn(Dout, Din)
bias = randn(Dout)
x = randn(Din)

hess_api = hessian(predict, argnums=2)(weight, bias, x)
hess_fwdfwd = jacfwd(jacfwd(predict, argnums=2), argnums=2)(weight, bias, x)
hess_revrev = jacrev(jacrev(predict, argnums=2), argnums=2)(weight, bias, x)

print('hessian', tuple(hess_api.shape), '%.5f' % hess_api.abs().sum().item(),
      torch.allclose(hess_api, hess_fwdfwd, atol=1e-6), torch.allclose(hess_api, hess_revrev, atol=1e-6))

batch_size = 6
Din = 7
Dout = 5

weight = randn(Dout, Din)
print(f"weight shape = {tuple(weight.shape)}")

bias = randn(Dout)

x = randn(batch_size, Din)

compute_batch_jacobian = vmap(jacrev(predict, argnums=2), in_dims=(None, None, 0))
batch_jacobian0 = compute_batch_jacobian(weight, bias, x)

def predict_with_output_summed(weight, bias, x):
    return predict(weight, bias, x).sum(0)

batch_jacobian1 = jacrev(predict_with_output_summed, argnums=2)(weight, bias, x).movedim(1, 0)
assert torch.allclose(batch_jacobian0, batch_jacobian1)
print('batch jacobian', tuple(batch_jacobian0.shape), '%.5f' % batch_jacobian0.sum().item())

compute_batch_hessian = vmap(hessian(predict, argnums=2), in_dims=(None, None, 0))

batch_hess = compute_batch_hessian(weight, bias, x)
print('batch hessian', tuple(batch_hess.shape), '%.5f' % batch_hess.abs().sum().item())

from torch.func import jvp, grad, vjp

def hvp(f, primals, tangents):
  return jvp(grad(f), primals, tangents)[1]

def f(x):
  return x.sin().sum()

x = randn(64)
tangent = randn(64)

result = hvp(f, (x,), (tangent,))

def hvp_revrev(f, primals, tangents):
  _, vjp_fn = vjp(grad(f), *primals)
  return vjp_fn(*tangents)

result_hvp_revrev = hvp_revrev(f, (x,), (tangent,))
assert torch.allclose(result, result_hvp_revrev[0])
print('hvp', '%.5f' % result.sum().item())
