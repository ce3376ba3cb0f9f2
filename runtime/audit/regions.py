"""The open cells on which a piecewise SymPy expression is one smooth branch (for the symbolic proofs).

Translated forwards and formulas branch: np.where becomes Piecewise, maximum/minimum/clip Max/Min,
and derivatives bring Heaviside and sign. Each branch point is a comparison of two things (x > 0,
beta * x < threshold, self < other, which argument of Max is largest, the sign of Heaviside's
argument). When every comparison is between a symbol and a constant or between two symbols, fixing
the order of the symbols among those constants fixes every comparison: each strict order is an open
cell, and in a cell the expression collapses to a single branch. Together the cells cover the space
except their boundaries, a set of measure zero (the kinks, which the kink probe checks).

In a cell the symbols are rewritten with positive gaps (x = c + p, other = self + q, p, q > 0), so
that SymPy simplifies each branch knowing where it lives; that describes the cell or a larger
region, never a smaller one, so a branch that simplifies to 0 there is 0 on the whole cell.
"""
from __future__ import annotations

MAX_CELLS = 256  # beyond this many cells a proof would not finish within an op's time limit


def _kinks(sp):
    # functions with a kink or a jump; Abs and sign only branch on a real argument (see _decide)
    return (sp.Max, sp.Min, sp.Heaviside, sp.sign, sp.Abs)


def has_branches(sp, expr) -> bool:
    return expr.has(sp.Piecewise, *_kinks(sp))


def _branching(sp):
    return (sp.Piecewise, sp.core.relational.Relational, *_kinks(sp))


def comparisons(sp, expr) -> set:
    """The symbols that take part in any comparison of expr (conditions and kink functions)."""
    found = set()
    for e in expr.atoms(sp.core.relational.Relational, *_kinks(sp)):
        found |= e.free_symbols
    return found


def _exact(sp, expr):
    """Floats as the exact rationals they are: comparisons are decided by exact arithmetic, so that a
    point a hair away from a boundary is never rounded onto it."""
    return expr.xreplace({f: sp.Rational(f) for f in expr.atoms(sp.Float)})


def boundary(sp, g, symbols):
    """What decides the sign of g: (s, c) when g is linear in one symbol s with root c, (s, t) when g is
    a multiple of s - t; None when the order of the symbols among constants does not fix it (a product,
    a square, a symbol outside `symbols`)."""
    g = sp.expand(_exact(sp, g))
    if not g.free_symbols or not g.free_symbols <= set(symbols):
        return None
    free = sorted(g.free_symbols, key=str)
    poly = g.as_poly(*free)
    if poly is None or poly.total_degree() != 1 or not all(c.is_number for c in poly.coeffs()):
        return None
    coeff = [poly.coeff_monomial(s) for s in free]
    constant = poly.coeff_monomial(1)
    if len(free) == 1:
        return free[0], -constant / coeff[0]
    if len(free) == 2 and constant == 0 and coeff[0] == -coeff[1]:
        return free[0], free[1]
    return None


def cells(symbols, points):
    """Every strict order of `symbols` among the sorted numbers `points`, as an increasing tuple."""
    orders = [tuple(points)]
    for s in symbols:
        orders = [o[:i] + (s,) + o[i:] for o in orders for i in range(len(o) + 1)]
    return orders


def count(symbols, points) -> int:
    n = 1
    for k in range(len(symbols)):
        n *= len(points) + 1 + k
    return n


def sorted_points(points) -> list:
    return sorted(points, key=float)


def _is_symbol(item) -> bool:
    return getattr(item, "is_Symbol", False)


def _runs(order):
    """(lower number or None, symbols, upper number or None) for each run of symbols in the order."""
    runs, lower, run = [], None, []
    for item in order:
        if _is_symbol(item):
            run.append(item)
            continue
        if run:
            runs.append((lower, run, item))
        lower, run = item, []
    if run:
        runs.append((lower, run, None))
    return runs


def witness(sp, order) -> dict:
    """An exact point inside the cell: evenly spaced between its neighbouring constants."""
    point = {}
    for lower, run, upper in _runs(order):
        k = len(run)
        for i, s in enumerate(run, 1):
            if lower is not None and upper is not None:
                point[s] = sp.S(lower) + (upper - lower) * sp.Rational(i, k + 1)
            elif lower is not None:
                point[s] = sp.S(lower) + i
            elif upper is not None:
                point[s] = sp.S(upper) - (k + 1 - i)
            else:
                point[s] = sp.Integer(i)
    return point


def random_point(order, rng, span: tuple[float, float]) -> dict:
    """A random point inside the cell (floats), within `span` where the cell is unbounded."""
    point = {}
    for lower, run, upper in _runs(order):
        if lower is None:
            lo = span[0] if upper is None else min(span[0], float(upper) - 1.0)
        else:
            lo = float(lower)
        hi = float(upper) if upper is not None else max(span[1], lo + 1.0)
        for s, v in zip(run, sorted(rng.uniform(lo, hi, len(run)))):
            point[s] = float(v)
    return point


def gaps_substitution(sp, order) -> dict:
    """The cell's order written into the symbols: each symbol is the item before it plus a positive gap
    (the first one, below a constant, is that constant minus a gap; with nothing around, it stays)."""
    out, previous = {}, None
    for i, item in enumerate(order):
        if not _is_symbol(item):
            previous = item
            continue
        gap = sp.Dummy(f"{item}_gap", positive=True)
        following = order[i + 1] if i + 1 < len(order) else None
        if previous is not None:
            value = previous + gap
        elif following is not None and not _is_symbol(following):
            value = following - gap
        else:
            value = item
        out[item] = previous = value
    return out


class _Undecided(Exception):
    """A comparison the cell does not decide; `missing` is the constant the cells lack, if that is why."""

    def __init__(self, missing=None):
        super().__init__(missing)
        self.missing = missing


def collapse(sp, expr, order, symbols):
    """(the expression's branch in the cell, None); (None, c) when a comparison needs a constant c
    missing from the order; (None, None) when a comparison is not decided by orders at all. Inner
    branch points are decided first: deciding them can reveal outer ones (relu's `Max(x, 0) > 0` is
    `x > 0` once Max's own comparison is known)."""
    point = witness(sp, order)
    inner = set(order)
    try:
        while has_branches(sp, expr) or expr.atoms(sp.core.relational.Relational):
            decided = {e: _decide(sp, e, point, symbols, inner) for e in _innermost(sp, expr)}
            decided = {e: v for e, v in decided.items() if v is not e}
            if not decided:  # Abs or sign of non-real arguments are smooth; a symbol as a condition is not
                return (None, None) if expr.has(sp.Piecewise, sp.core.relational.Relational) else (expr, None)
            expr = expr.xreplace(decided)
    except _Undecided as exc:
        return None, exc.missing
    return expr, None


def _innermost(sp, expr) -> list:
    kinds = _branching(sp)
    return [e for e in expr.atoms(*kinds) if not any(a.has(*kinds) for a in e.args)]


def _sign(sp, g, point, symbols, inner) -> int:
    """The sign of g throughout the cell (exact, at its witness point)."""
    decided_by = boundary(sp, g, symbols)
    if decided_by is None:
        raise _Undecided()
    missing = [b for b in decided_by if b not in inner]
    if missing:
        raise _Undecided(missing[0])
    value = _exact(sp, g).xreplace(point)
    if not value.is_number or value == 0:
        raise _Undecided()
    return 1 if value > 0 else -1


def _decide(sp, e, point, symbols, inner):
    """The value of one innermost branch point in the cell: a condition's truth, Max/Min's winning
    argument, Heaviside's and sign's value, Abs's signed argument."""
    if isinstance(e, sp.core.relational.Relational):
        s = _sign(sp, e.lhs - e.rhs, point, symbols, inner)
        holds = {sp.Gt: s > 0, sp.Ge: s > 0, sp.Lt: s < 0, sp.Le: s < 0, sp.Eq: False, sp.Ne: True}.get(type(e))
        if holds is None:
            raise _Undecided()
        return sp.true if holds else sp.false
    if isinstance(e, sp.Piecewise):  # no comparison left inside: its condition is a symbol, not decided here
        return e
    if isinstance(e, (sp.Max, sp.Min)):
        best = e.args[0]
        for a in e.args[1:]:
            s = _sign(sp, a - best, point, symbols, inner)
            if (s > 0) == isinstance(e, sp.Max):
                best = a
        return best
    x = e.args[0]
    if isinstance(e, sp.Heaviside):
        return sp.S.One if _sign(sp, x, point, symbols, inner) > 0 else sp.S.Zero
    if not x.is_extended_real:  # sign and Abs of a complex number do not branch on a comparison
        return e
    s = _sign(sp, x, point, symbols, inner)
    return sp.Integer(s) if isinstance(e, sp.sign) else s * x


__all__ = ["MAX_CELLS", "boundary", "cells", "collapse", "comparisons", "count", "gaps_substitution",
           "has_branches", "random_point", "sorted_points", "witness"]
