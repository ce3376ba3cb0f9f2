# Source: pytorch/tutorials intermediate_source/forward_ad_usage.py (BSD-3-Clause), commit
# 2dac3e41051684b8a9ad78263220c053bf35f5b2: forward-mode AD with torch.autograd.forward_ad (dual_level,
# make_dual, unpack_dual), dual parameters in an nn.Module, torch.func.functional_call, and a custom Function
# with a jvp() checked by gradcheck(check_forward_ad=True).
# Adaptations: random tensors (randn, rand_like) and the Linear weights come from a seeded numpy generator
# (torch's and yamlgrad's random streams differ); the JVPs are printed (sums and a few values); the last part
# that needs the separate `functorch` package is left out.
import numpy as np
import torch
import torch.autograd.forward_ad as fwAD

rng = np.random.default_rng(0)


def randn(*shape, dtype=np.float32):
    return torch.from_numpy(rng.standard_normal(shape).astype(dtype))


primal = randn(10, 10)
tangent = randn(10, 10)

def fn(x, y):
    return x ** 2 + y ** 2

with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    assert fwAD.unpack_dual(dual_input).tangent is tangent

    # To demonstrate the case where the copy of the tangent happens,
    # we pass in a tangent with a layout different from that of the primal
    dual_input_alt = fwAD.make_dual(primal, tangent.T)
    assert fwAD.unpack_dual(dual_input_alt).tangent is not tangent

    # Tensors that do not have an associated tangent are automatically
    # considered to have a zero-filled tangent of the same shape.
    plain_tensor = randn(10, 10)
    dual_output = fn(dual_input, plain_tensor)

    # Unpacking the dual returns a ``namedtuple`` with ``primal`` and ``tangent``
    # as attributes
    jvp = fwAD.unpack_dual(dual_output).tangent

assert fwAD.unpack_dual(dual_output).tangent is None
print('jvp sum %.5f' % jvp.sum().item(), 'expected %.5f' % (2 * primal * tangent).sum().item())

import torch.nn as nn

model = nn.Linear(5, 5)
with torch.no_grad():
    model.weight.copy_(randn(5, 5) * 0.4)
    model.bias.copy_(randn(5) * 0.4)
input = randn(16, 5)

params = {name: p for name, p in model.named_parameters()}
tangents = {name: torch.from_numpy(rng.random(tuple(p.shape)).astype(np.float32)) for name, p in params.items()}

with fwAD.dual_level():
    for name, p in params.items():
        delattr(model, name)
        setattr(model, name, fwAD.make_dual(p, tangents[name]))

    out = model(input)
    jvp = fwAD.unpack_dual(out).tangent
print('module jvp', [round(v, 5) for v in jvp[0].tolist()])

from torch.func import functional_call

# We need a fresh module because the functional call requires the
# the model to have parameters registered.
model = nn.Linear(5, 5)

dual_params = {}
with fwAD.dual_level():
    for name, p in params.items():
        # Using the same ``tangents`` from the above section
        dual_params[name] = fwAD.make_dual(p, tangents[name])
    out = functional_call(model, dual_params, input)
    jvp2 = fwAD.unpack_dual(out).tangent

# Check our results
assert torch.allclose(jvp, jvp2)
print('functional_call jvp matches', torch.allclose(jvp, jvp2))

class Fn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, foo):
        result = torch.exp(foo)
        # Tensors stored in ``ctx`` can be used in the subsequent forward grad
        # computation.
        ctx.result = result
        return result

    @staticmethod
    def jvp(ctx, gI):
        gO = gI * ctx.result
        # If the tensor stored in`` ctx`` will not also be used in the backward pass,
        # one can manually free it using ``del``
        del ctx.result
        return gO

fn = Fn.apply

primal = randn(10, 10, dtype=np.float64).requires_grad_()
tangent = randn(10, 10)

with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    dual_output = fn(dual_input)
    jvp = fwAD.unpack_dual(dual_output).tangent
print('custom Function jvp sum %.6f' % jvp.sum().item())

print('gradcheck', torch.autograd.gradcheck(Fn.apply, (primal,), check_forward_ad=True,
                         check_backward_ad=False, check_undefined_grad=False,
                         check_batched_grad=False))
