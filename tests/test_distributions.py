"""yamlgrad.distributions against values recorded from torch.distributions (float64)."""
import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.distributions import (Bernoulli, Categorical, Distribution, MultivariateNormal, Normal, Uniform,
                                    kl_divergence, register_kl)


def t(values, dtype=np.float64):
    return yg.tensor(np.array(values, dtype=dtype))


def close(actual, expected, atol=1e-6):
    np.testing.assert_allclose(actual.detach().numpy(), np.array(expected, dtype=np.float64), atol=atol, rtol=1e-6)


A = [[2.0, 0.3, 0.1], [0.3, 1.5, -0.2], [0.1, -0.2, 1.0]]
B = [[1.0, 0.2, 0.0], [0.2, 2.0, 0.5], [0.0, 0.5, 1.5]]
VV = [[0.1, 0.2, -3.0], [1.0, 1.0, 1.0]]


def test_normal_values_and_kl():
    n = Normal(t([0.5, -1.0, 2.0]), t([1.0, 0.3, 2.5]))
    n2 = Normal(t([0.0, 1.0, 1.0]), t([2.0, 1.0, 0.5]))
    close(n.log_prob(t([0.1, 0.2, -3.0])), [-0.9989385332046727, -7.714965728878736, -3.8352292650788278])
    close(n.entropy(), [1.4189385332046727, 0.21496572887873655, 2.3352292650788278])
    close(kl_divergence(n, n2), [0.3493971805599453, 2.748972804325936, 12.3905620875659])
    close(n.variance, [1.0, 0.09, 6.25])
    close(n.icdf(n.cdf(t([0.1, 0.2, -3.0]))), [0.1, 0.2, -3.0], atol=1e-5)


def test_normal_shapes_dtypes_and_sampling():
    n = Normal(0.0, 1.0)
    assert n.batch_shape == () and n.event_shape == ()
    assert n.loc.dtype == yg.float32 and n.entropy().dtype == yg.float32
    assert Normal(t([0.0, 1.0]), 1.0).loc.dtype == yg.float64
    batch = Normal(yg.zeros(3), yg.ones(3))
    assert batch.sample((2,)).shape == (2, 3) and batch.rsample().shape == (3,)
    yg.manual_seed(0)
    draws = Normal(t(2.0), t(0.5)).sample((20000,))
    assert abs(draws.mean().item() - 2.0) < 0.02 and abs(draws.std().item() - 0.5) < 0.02


def test_rsample_is_reparameterised_and_sample_is_not():
    loc = t([0.5, -1.0]).requires_grad_()
    scale = t([1.0, 2.0]).requires_grad_()
    yg.manual_seed(1)
    x = Normal(loc, scale).rsample((5,))
    eps = (x - loc) / scale
    x.sum().backward()
    close(loc.grad, [5.0, 5.0])
    close(scale.grad, eps.detach().sum(0))
    assert not Normal(loc, scale).sample().requires_grad
    low, high = t(0.0).requires_grad_(), t(2.0).requires_grad_()
    Uniform(low, high).rsample((4,)).sum().backward()
    close(low.grad + high.grad, 4.0)


def test_log_prob_gradients_match_torch():
    loc, scale = t([0.5, -1.0]).requires_grad_(), t([1.0, 0.3]).requires_grad_()
    Normal(loc, scale).log_prob(t([0.1, 0.2])).sum().backward()
    close(loc.grad, [-0.4, 13.333333333333332])
    close(scale.grad, [-0.84, 49.99999999999999])
    mu = t([0.3, -0.2]).requires_grad_()
    tril = t([[1.0, 0.0], [0.5, 2.0]]).requires_grad_()
    MultivariateNormal(mu, scale_tril=tril).log_prob(t([1.0, 1.0])).backward()
    close(mu.grad, [0.59375, 0.2125])
    close(tril.grad, [[-0.584375, 0.0], [0.14875, -0.4096875]])
    logits = t([0.1, 0.7, -0.3]).requires_grad_()
    Categorical(logits=logits).entropy().backward()
    close(logits.grad, [0.06765061313394355, -0.18977203735168735, 0.1221214242177437])


def test_multivariate_normal_three_parameterisations_agree():
    m = MultivariateNormal(t([0.5, -1.0, 2.0]), t(A))
    m2 = MultivariateNormal(t([0.0, 1.0, 1.0]), precision_matrix=t(B))
    m3 = MultivariateNormal(t([0.0, 1.0, 1.0]), scale_tril=yg.linalg.cholesky(yg.linalg.inv(t(B))))
    close(m.log_prob(t(VV)), [-15.786680892680021, -4.892745823111694])
    close(m2.log_prob(t(VV)), [-16.491045002807148, -2.7620450028071444])
    close(m3.log_prob(t(VV)), [-16.491045002807148, -2.7620450028071444])
    close(m.entropy(), 4.772160735705344)
    close(kl_divergence(m, m2), 4.3748842671018)
    close(m2.precision_matrix, B)
    close(m3.covariance_matrix, m2.covariance_matrix)
    close(m.variance, [2.0, 1.5, 1.0])
    assert m.batch_shape == () and m.event_shape == (3,)
    batched = MultivariateNormal(t([[0.0, 1.0, 1.0], [1.0, 2.0, 3.0]]), t(A))
    assert batched.batch_shape == (2,) and batched.rsample((4,)).shape == (4, 2, 3)
    assert batched.entropy().shape == (2,) and batched.scale_tril.shape == (2, 3, 3)


def test_categorical():
    c = Categorical(probs=t([[0.2, 0.3, 0.5], [0.0, 0.4, 0.6]]))
    c2 = Categorical(logits=t([[0.1, 0.1, 0.8], [0.3, 0.3, 0.4]]))
    close(c.log_prob(yg.tensor([2, 0])), [-0.6931471805599453, -36.04365338911715])
    close(c.entropy(), [1.0296530140645737, 0.6730116670092565])
    close(kl_divergence(c, c2), [0.010073626905642959, 0.4000570929403193])
    close(kl_divergence(c2, c), [0.010176400654531396, np.inf])
    assert c.batch_shape == (2,) and c.event_shape == ()
    s = c.sample((1000,))
    assert s.dtype == yg.int64 and s.shape == (1000, 2)
    assert int((s[:, 1] == 0).sum().item()) == 0  # a zero-probability class is never drawn
    assert c2.log_prob(yg.tensor([[0], [1]])).shape == (2, 2)
    assert c.enumerate_support().shape == (3, 2)


def test_bernoulli():
    b = Bernoulli(probs=t([0.0, 0.3, 0.9, 1.0]))
    bl = Bernoulli(logits=t([-1.0, 0.0, 2.0, 5.0]))
    close(b.log_prob(t([0.0, 1.0, 1.0, 1.0])), [0.0, -1.2039728043259361, -0.10536051565782628, 0.0])
    close(bl.log_prob(t([0.0, 1.0, 0.0, 1.0])),
          [-0.3132616875182228, -0.6931471805599453, -2.1269280110429727, -0.006715348489118068])
    close(b.entropy(), [0.0, 0.6108643020548935, 0.3250829733914482, 0.0])
    close(kl_divergence(b, bl), [0.31326168751822264, 0.08228287850505181, 0.0018450376515242728,
                                 0.006715348489117846])
    close(kl_divergence(bl, b), [np.inf, 0.08717669357238894, 0.0019422505279082687, np.inf])
    sample = b.sample((3,))
    assert sample.dtype == yg.float64 and sample.shape == (3, 4)
    close(sample[:, 0], [0, 0, 0])
    close(sample[:, 3], [1, 1, 1])
    assert np.isnan(bl.mode.numpy()[1]) and bl.mode.numpy()[2] == 1.0


def test_uniform():
    u = Uniform(t([0.0, -1.0]), t([2.0, 1.0]))
    u2 = Uniform(t([-1.0, -0.5]), t([3.0, 1.0]))
    close(kl_divergence(u, u2), [0.6931471805599453, np.inf])
    close(kl_divergence(u2, u), [np.inf, 0.28768207245178085])
    close(u.log_prob(t([1.0, 0.5])), [-np.log(2.0), -np.log(2.0)])
    close(Uniform(0.0, 1.0, validate_args=False).log_prob(yg.tensor([2.0, 0.5])), [-np.inf, 0.0])
    close(u.mean, [1.0, 0.0])
    close(u.variance, [4 / 12, 4 / 12])
    s = u.sample((500,))
    assert bool(((s >= u.low) & (s < u.high)).all())


def test_validation_errors_match_torch():
    with pytest.raises(ValueError, match=r"Expected parameter scale \(Tensor of shape \(2,\)\) of distribution "
                                         r"Normal\(loc: torch.Size\(\[2\]\), scale: torch.Size\(\[2\]\)\) to satisfy "
                                         r"the constraint GreaterThan\(lower_bound=0.0\)"):
        Normal(yg.zeros(2), yg.tensor([1.0, -1.0]))
    Normal(yg.zeros(2), yg.tensor([1.0, -1.0]), validate_args=False)  # no check when disabled
    with pytest.raises(ValueError, match="LessThan"):
        Uniform(1.0, 0.0)
    with pytest.raises(ValueError, match="Simplex"):
        Categorical(probs=yg.tensor([0.5, -0.1]))
    with pytest.raises(ValueError, match="Either `probs` or `logits` must be specified, but not both."):
        Bernoulli(probs=yg.tensor(0.5), logits=yg.tensor(0.0))
    with pytest.raises(ValueError, match="PositiveDefinite"):
        MultivariateNormal(yg.zeros(2), yg.tensor([[1.0, 2.0], [2.0, 1.0]]))
    with pytest.raises(ValueError, match="LowerCholesky"):
        MultivariateNormal(yg.zeros(2), scale_tril=yg.tensor([[1.0, 2.0], [2.0, 1.0]]))
    with pytest.raises(ValueError, match="Exactly one of covariance_matrix"):
        MultivariateNormal(yg.zeros(2))
    with pytest.raises(ValueError, match="The value argument to log_prob must be a Tensor"):
        Normal(0.0, 1.0).log_prob(1.0)
    with pytest.raises(ValueError, match="within the support \\(Boolean\\(\\)\\)"):
        Bernoulli(probs=yg.tensor([0.5])).log_prob(yg.tensor([0.5]))
    with pytest.raises(ValueError, match="Value is not broadcastable"):
        Normal(yg.zeros(3), 1.0).log_prob(yg.zeros(2))
    assert repr(Normal(0.0, 1.0)) == "Normal(loc: 0.0, scale: 1.0)"


def test_kl_registry_dispatch():
    class MyNormal(Normal):
        pass

    p, q = MyNormal(0.0, 1.0), Normal(1.0, 2.0)
    expected = kl_divergence(Normal(0.0, 1.0), q).item()
    assert kl_divergence(p, q).item() == pytest.approx(expected)

    @register_kl(MyNormal, Normal)
    def _constant(p, q):
        return yg.tensor(-1.0)

    assert kl_divergence(p, q).item() == -1.0
    with pytest.raises(NotImplementedError, match="No KL"):
        kl_divergence(Normal(0.0, 1.0), Categorical(probs=yg.ones(2)))
    with pytest.raises(TypeError):
        register_kl(int, Normal)
    assert issubclass(Normal, Distribution)
