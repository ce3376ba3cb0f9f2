"""scipy.special, imported on first use: it is a third of `import yamlgrad`'s time otherwise."""
from __future__ import annotations


class _LazyScipySpecial:
    """scipy.special, imported on first use: it is a third of `import yamlgrad`'s time otherwise."""

    def __getattr__(self, name):
        from scipy import special
        return getattr(special, name)


_LAZY_SPECIAL = _LazyScipySpecial()
