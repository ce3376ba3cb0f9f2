"""yamlgrad.func: transforms, their composition and torch's errors (closed-form expectations)."""
import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.func as func


def t(values):
    return yg.tensor(np.array(values, dtype=np.float64))


def close(actual, expected, atol=1e-8):
    np.testing.assert_allclose(actual.detach().numpy(), np.array(expected, dtype=np.float64), atol=atol)


X = [1.0, 2.0, 3.0]


def cube_sum(x):
    return (x ** 3).sum()


def test_grad_argnums_aux_and_value():
    x, y = t(X), t([0.5, -1.0, 2.0])
    close(func.grad(cube_sum)(x), [3.0, 12.0, 27.0])
    gx, gy = func.grad(lambda a, b: (a * b).sum(), argnums=(0, 1))(x, y)
    close(gx, [0.5, -1.0, 2.0])
    close(gy, X)
    close(func.grad(lambda a, b: (a * b).sum(), argnums=-1)(x, y), X)
    g, aux = func.grad(lambda a: (cube_sum(a), a * 2), has_aux=True)(x)
    close(g, [3.0, 12.0, 27.0])
    close(aux, [2.0, 4.0, 6.0])
    g, value = func.grad_and_value(cube_sum)(x)
    close(value, 36.0)
    assert not g.requires_grad and not value.requires_grad and not x.requires_grad
    close(func.grad(lambda a, b: a.sum(), argnums=1)(x, y), [0.0, 0.0, 0.0])  # unused input: zeros
    grads = func.grad(lambda d: (d["w"] * d["b"]).sum())({"w": x, "b": y})
    assert set(grads) == {"w", "b"}
    close(grads["w"], [0.5, -1.0, 2.0])


def test_higher_order_compositions():
    x = t(X)
    close(func.grad(lambda a: func.grad(cube_sum)(a).sum())(x), [6.0, 12.0, 18.0])
    hess = np.diag([6.0, 12.0, 18.0])
    for h in (func.hessian(cube_sum), func.jacrev(func.jacfwd(cube_sum)), func.jacfwd(func.jacfwd(cube_sum)),
              func.jacrev(func.jacrev(cube_sum)), func.jacfwd(func.jacrev(cube_sum))):
        close(h(x), hess)
    close(func.jvp(func.grad(cube_sum), (x,), (yg.ones(3, dtype=yg.float64),))[1], [6.0, 12.0, 18.0])
    close(func.grad(lambda a: func.jvp(cube_sum, (a,), (yg.ones(3, dtype=yg.float64),))[1])(x), [6.0, 12.0, 18.0])
    per_row = func.vmap(func.grad(cube_sum))(t([X, [0.0, -1.0, 1.0]]))
    close(per_row, [[3.0, 12.0, 27.0], [0.0, 3.0, 3.0]])
    close(func.grad(lambda a: func.vmap(lambda r: (r ** 2).sum())(a).sum())(t([X, X])), [[2.0, 4.0, 6.0]] * 2)


def test_outer_autograd_flows_through_a_transform():
    w = t([1.0, 2.0, 3.0]).requires_grad_()
    g = func.grad(lambda a: (w * a ** 2).sum())(t(X))
    assert g.requires_grad
    g.sum().backward()
    close(w.grad, [2.0, 4.0, 6.0])


def test_vjp_and_jvp():
    x = t(X)
    out, vjp_fn = func.vjp(lambda a: a.sin(), x)
    close(out, np.sin(X))
    (g,) = vjp_fn(yg.ones(3, dtype=yg.float64))
    close(g, np.cos(X))
    close(vjp_fn(t([2.0, 0.0, 0.0]))[0], [2 * np.cos(1.0), 0.0, 0.0])  # callable again
    out, vjp_fn, aux = func.vjp(lambda a, b: ((a * b, a + b), a.sum()), x, x, has_aux=True)
    ga, gb = vjp_fn((yg.ones(3, dtype=yg.float64), yg.ones(3, dtype=yg.float64)))
    close(ga, [2.0, 3.0, 4.0])
    close(aux, 6.0)
    out, tangent = func.jvp(lambda a: a.sin(), (x,), (t([1.0, 0.0, 2.0]),))
    close(tangent, [np.cos(1.0), 0.0, 2 * np.cos(3.0)])
    out, tangent, aux = func.jvp(lambda a: (a * 2, a), (x,), (t([1.0, 1.0, 1.0]),), has_aux=True)
    close(tangent, [2.0, 2.0, 2.0])


def test_jacobian_structure():
    x, y = t(X), t([1.0, 2.0])
    f = lambda a, b: (a.sum() * b, a ** 2)  # noqa: E731
    for jac in (func.jacrev, func.jacfwd):
        (j00, j01), (j10, j11) = jac(f, argnums=(0, 1))(x, y)
        assert j00.shape == (2, 3) and j01.shape == (2, 2) and j10.shape == (3, 3) and j11.shape == (3, 2)
        close(j00, [[1.0] * 3, [2.0] * 3])
        close(j01, np.eye(2) * 6.0)
        close(j10, np.diag([2.0, 4.0, 6.0]))
        close(j11, np.zeros((3, 2)))
        j, aux = jac(lambda a: (a * 3, a.sum()), has_aux=True)(x)
        close(j, np.eye(3) * 3)
        close(aux, 6.0)
        assert jac(lambda m: m.sum(0))(yg.ones(2, 3, dtype=yg.float64)).shape == (3, 2, 3)


def test_vmap_semantics():
    x = yg.arange(6, dtype=yg.float64).reshape(2, 3)
    close(func.vmap(lambda r: r.sum())(x), [3.0, 12.0])
    close(func.vmap(lambda c: c.sum(), in_dims=1)(x), [3.0, 5.0, 7.0])
    close(func.vmap(lambda r, s: r * s, in_dims=(0, None))(x, t([1.0, 0.0, 2.0])), [[0, 0, 4], [3, 0, 10]])
    close(func.vmap(lambda r: r * 2, out_dims=1)(x), (x * 2).numpy().T)
    a, b = func.vmap(lambda r: (r.sum(), r * 0))(x)
    assert a.shape == (2,) and b.shape == (2, 3)
    close(func.vmap(func.vmap(lambda v: v * 10))(x), x.numpy() * 10)
    close(func.vmap(lambda d: d["p"] + d["q"], in_dims=({"p": 0, "q": None},))({"p": x, "q": t(X)}),
          x.numpy() + np.array(X))
    close(func.vmap(lambda r, scale=1.0: r * scale)(x, scale=3.0), x.numpy() * 3)
    assert func.vmap(lambda r: r * 2)(yg.zeros(0, 4)).shape == (0, 4)
    close(func.vmap(lambda r: t([1.0, 1.0]), out_dims=None)(x), [1.0, 1.0])
    assert func.vmap(lambda r: r, chunk_size=1, randomness="different")(x).shape == (2, 3)


def test_vmap_randomness_same():
    yg.manual_seed(3)
    same = func.vmap(lambda r: r + yg.randn(2, dtype=yg.float64), randomness="same")(yg.zeros(4, 2,
                                                                                         dtype=yg.float64))
    close(same - same[0], np.zeros((4, 2)))
    different = func.vmap(lambda r: r + yg.randn(2, dtype=yg.float64), randomness="different")(yg.zeros(4, 2))
    assert not bool(yg.equal(different[0], different[1]))


def test_functional_call_substitutes_and_restores():
    lin = yg.nn.Linear(2, 2).double()
    weight = lin.weight
    x = t([1.0, 2.0])
    out = func.functional_call(lin, {"weight": t(np.eye(2)), "bias": t([0.5, 0.5])}, x)
    close(out, [1.5, 2.5])
    assert lin.weight is weight
    with pytest.raises(ZeroDivisionError):
        func.functional_call(_Failing(lin), {"inner.weight": t(np.eye(2))}, x)
    assert lin.weight is weight
    params = {k: v.detach() for k, v in lin.named_parameters()}
    grads = func.grad(lambda p, inp: func.functional_call(lin, p, (inp,)).sum())(params, x)
    close(grads["weight"], [[1.0, 2.0], [1.0, 2.0]])
    close(grads["bias"], [1.0, 1.0])
    per_sample = func.vmap(func.grad(lambda p, inp: func.functional_call(lin, p, (inp,)).sum()),
                           in_dims=(None, 0))(params, t([[1.0, 2.0], [3.0, 4.0]]))
    assert per_sample["weight"].shape == (2, 2, 2)
    close(per_sample["weight"][1], [[3.0, 4.0], [3.0, 4.0]])


class _Failing(yg.nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def forward(self, x):
        self.inner(x)
        raise ZeroDivisionError


def test_functional_call_ties_strict_and_errors():
    class Tied(yg.nn.Module):
        def __init__(self):
            super().__init__()
            self.a = yg.nn.Linear(2, 2, bias=False).double()
            self.b = yg.nn.Linear(2, 2, bias=False).double()
            self.b.weight = self.a.weight

        def forward(self, x):
            return self.b(self.a(x))

    m = Tied()
    close(func.functional_call(m, {"a.weight": t(np.eye(2))}, t([1.0, 1.0])), [1.0, 1.0])
    with pytest.raises(ValueError, match="which are tied"):
        func.functional_call(m, {"a.weight": t(np.eye(2)), "b.weight": t(np.eye(2))}, t([1.0, 1.0]))
    lin = yg.nn.Linear(2, 2)
    with pytest.raises(RuntimeError, match="Error\\(s\\) in reparametrizing for Linear:\n\tUnexpected key\\(s\\): "
                                           "'foo'.\n\tMissing key\\(s\\): 'bias'."):
        func.functional_call(lin, {"weight": yg.ones(2, 2), "foo": yg.ones(1)}, yg.ones(2), strict=True)
    with pytest.raises(ValueError, match="appeared in multiple dictionaries"):
        func.functional_call(lin, ({"weight": yg.ones(2, 2)}, {"weight": yg.ones(2, 2)}), yg.ones(2))
    with pytest.raises(ValueError, match="Expected parameter_and_buffer_dicts to be a dict"):
        func.functional_call(lin, 3, (yg.ones(2),))


def test_errors_match_torch():
    x = t(X)
    with pytest.raises(RuntimeError, match="Expected f\\(\\*args\\) to return a scalar Tensor, got tensor with 1 dims"):
        func.grad(lambda a: a)(x)
    with pytest.raises(RuntimeError, match="output of function f should be a tuple"):
        func.grad(cube_sum, has_aux=True)(x)
    with pytest.raises(RuntimeError, match="Got argnum=2, but only 1 positional inputs"):
        func.grad(cube_sum, argnums=2)(x)
    with pytest.raises(RuntimeError, match="argnums must be int or Tuple"):
        func.grad(cube_sum, argnums=1.0)
    with pytest.raises(ValueError, match="Thing passed to transform API must be Tensor"):
        func.grad(lambda a: a * 2)(3.0)
    with pytest.raises(RuntimeError, match="Expected primals to be a tuple"):
        func.jvp(lambda a: a, x, x)
    with pytest.raises(RuntimeError, match="Mismatch in shape"):
        func.vjp(lambda a: a * 2, x)[1](yg.ones(2, dtype=yg.float64))
    with pytest.raises(ValueError, match="Expected all tensors to have the same size in the mapped dimension, "
                                         "got sizes \\[2, 3\\]"):
        func.vmap(lambda a, b: a + b)(yg.randn(2), yg.randn(3))
    with pytest.raises(ValueError, match="Expected at least one Tensor to vmap over"):
        func.vmap(lambda a: a, in_dims=(None,))(x)
    with pytest.raises(ValueError, match="expected in_dim to satisfy -1 <= in_dim < 1"):
        func.vmap(lambda a: a, in_dims=1)(x)
    with pytest.raises(ValueError, match="must only return Tensors"):
        func.vmap(lambda a: 1.0)(x)
    with pytest.raises(ValueError, match="can not return a BatchedTensor when out_dim is None"):
        func.vmap(lambda a: a, out_dims=None)(x)
    with pytest.raises(ValueError, match="in_dims is not compatible with the structure"):
        func.vmap(lambda a, b: a, in_dims=(0,))(x, x)
    with pytest.raises(RuntimeError, match="Only allowed values for randomness"):
        func.vmap(lambda a: a, randomness="foo")
    with pytest.raises(ValueError, match="chunk_size should be None or greater than 0"):
        func.vmap(lambda a: a, chunk_size=0)
