"""The audit: `python -m yamlgrad.audit` checks every formula of a registry (finite differences,
domain and kink probes, float32, SymPy proofs) and reports a table, JSON, Markdown or HTML.

cli.py (the command and the per-op loop), report.py (tables and the HTML report), probe.py (domain and
kink probes of elementwise ops), symbolic.py (SymPy proofs). The per-sample checks it shares with the
generated tests live in yamlgrad.testing.
"""
from yamlgrad.audit.cli import audit, main  # noqa: F401
