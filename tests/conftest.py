"""Two loops over one suite. `make test` (the fast loop, under 90 s on two cores) runs the unit tests,
the generated per-op tests and the real third-party programs; `make test-integration` runs the modules
below, which spawn many interpreters, regenerate the whole registry many times, or fuzz it. CI runs both.
"""
import pytest

INTEGRATION = {
    "test_codegen_errors.py",    # the codegen CLI on copies of the registry
    "test_regen_faults.py",      # faults injected into full regenerations
    "test_codegen_trust.py",     # hostile trees and manifests, through the CLI
    "test_fuzz_registry.py",     # thousands of hypothesis cases through codegen
    "test_generated_churn.py",   # full regenerations compared
    "test_pipeline.py",          # regen + audit + generated tests on a scratch copy
    "test_audit_strength.py",    # the audit CLI on deliberately wrong registries
    "test_examples.py",          # every example, in its own interpreter
    "test_lifetime_concurrency.py",  # a million-node graph, threads, memory
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in INTEGRATION:
            item.add_marker(pytest.mark.integration)
