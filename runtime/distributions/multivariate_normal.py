"""MultivariateNormal(loc, covariance_matrix | precision_matrix | scale_tril)."""
from __future__ import annotations

import math

import yamlgrad.namespace as yg

from . import constraints
from .distribution import Distribution
from .utils import lazy_property

_LOG_2PI = math.log(2 * math.pi)


def mahalanobis(scale_tril, diff):
    """||L^{-1} diff||^2 over the last dimension, broadcasting L's and diff's batch dimensions."""
    batch = yg.broadcast_shapes(tuple(scale_tril.shape[:-2]), tuple(diff.shape[:-1]))
    k = diff.shape[-1]
    # A triangular solve reads only the lower triangle, so the upper one gets no gradient: tril() keeps
    # that true of the general solve used here.
    solved = yg.linalg.solve(scale_tril.tril().expand(tuple(batch) + (k, k)),
                             diff.expand(tuple(batch) + (k,)).unsqueeze(-1))
    return (solved.squeeze(-1) ** 2).sum(-1)


def half_log_det(scale_tril):
    """log sqrt(det(L L^T)) = sum of log diag(L)."""
    return scale_tril.diagonal(dim1=-2, dim2=-1).log().sum(-1)


class MultivariateNormal(Distribution):
    """Gaussian over vectors of size k = loc.shape[-1], given by exactly one of the covariance, the
    precision (inverse covariance) or the lower Cholesky factor L of the covariance (cov = L L^T).
    Everything is computed from L, so the three forms give the same results."""
    arg_constraints = {"loc": constraints.real_vector, "covariance_matrix": constraints.positive_definite,
                       "precision_matrix": constraints.positive_definite, "scale_tril": constraints.lower_cholesky}
    support = constraints.real_vector
    has_rsample = True

    def __init__(self, loc, covariance_matrix=None, precision_matrix=None, scale_tril=None,
                 validate_args=None) -> None:
        if loc.ndim < 1:
            raise ValueError("loc must be at least one-dimensional.")
        if sum(m is not None for m in (covariance_matrix, precision_matrix, scale_tril)) != 1:
            raise ValueError("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.")
        given, name = next((m, n) for m, n in ((scale_tril, "scale_tril matrix"),
                                              (covariance_matrix, "covariance_matrix"),
                                              (precision_matrix, "precision_matrix")) if m is not None)
        if given.ndim < 2:
            raise ValueError(f"{name} must be at least two-dimensional, with optional leading batch dimensions")
        batch = tuple(yg.broadcast_shapes(tuple(given.shape[:-2]), tuple(loc.shape[:-1])))
        matrix_shape = batch + tuple(given.shape[-2:])
        if scale_tril is not None:
            self.scale_tril = scale_tril.expand(matrix_shape)
        elif covariance_matrix is not None:
            self.covariance_matrix = covariance_matrix.expand(matrix_shape)
        else:
            self.precision_matrix = precision_matrix.expand(matrix_shape)
        self.loc = loc.expand(batch + (loc.shape[-1],))
        super().__init__(batch, tuple(loc.shape[-1:]), validate_args=validate_args)
        # The factor before broadcasting: a shared covariance is factorised once, not per batch entry.
        if scale_tril is not None:
            self._unbroadcasted_scale_tril = scale_tril
        elif covariance_matrix is not None:
            self._unbroadcasted_scale_tril = yg.linalg.cholesky(covariance_matrix)
        else:
            self._unbroadcasted_scale_tril = yg.linalg.cholesky(yg.linalg.inv(precision_matrix))

    def _matrix_shape(self) -> tuple:
        return self._batch_shape + self._event_shape + self._event_shape

    @lazy_property
    def scale_tril(self):
        return self._unbroadcasted_scale_tril.expand(self._matrix_shape())

    @lazy_property
    def covariance_matrix(self):
        L = self._unbroadcasted_scale_tril
        return (L @ L.transpose(-2, -1)).expand(self._matrix_shape())

    @lazy_property
    def precision_matrix(self):
        return yg.linalg.inv(self.covariance_matrix)

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        return (self._unbroadcasted_scale_tril ** 2).sum(-1).expand(self._batch_shape + self._event_shape)

    def rsample(self, sample_shape=()):
        """loc + L eps with eps standard normal: differentiable in loc and the matrix."""
        eps = yg.randn(self._extended_shape(sample_shape), dtype=self.loc.dtype)
        return self.loc + (self._unbroadcasted_scale_tril @ eps.unsqueeze(-1)).squeeze(-1)

    def log_prob(self, value):
        if self._validate_args:
            self._validate_sample(value)
        k = self._event_shape[0]
        m = mahalanobis(self._unbroadcasted_scale_tril, value - self.loc)
        return -0.5 * (k * _LOG_2PI + m) - half_log_det(self._unbroadcasted_scale_tril)

    def entropy(self):
        k = self._event_shape[0]
        h = 0.5 * k * (1.0 + _LOG_2PI) + half_log_det(self._unbroadcasted_scale_tril)
        return h if len(self._batch_shape) == 0 else h.expand(self._batch_shape)
