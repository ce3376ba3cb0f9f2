"""Placeholder; filled in by the semantics issue."""
