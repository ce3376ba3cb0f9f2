"""`python -m yamlgrad.codegen REGISTRY [--out ROOT] [--package NAME] [--check]`.

yamlgrad's own registry (a file named derivatives.yaml, no --package) generates autogen/,
tests/generated/ and docs/ops.md under ROOT. Any other registry, or --package, is a user registry:
it becomes the standalone package ROOT (named after ROOT's folder unless --package says otherwise),
whose formulas may also call yamlgrad's ops; its generated tests live in ROOT/tests.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from .emit import diff_against, render_all, write_all
from .load import RegistryError, load_registry
from .model import Op, build_ops


def runtime_dir() -> Path:
    """Where runtime/numerics/helpers.py and runtime/numerics/kernels.py live, found without importing yamlgrad
    (whose generated modules may be the very thing being regenerated)."""
    spec = importlib.util.find_spec("yamlgrad")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("cannot locate the yamlgrad package (is it installed?)")
    return Path(list(spec.submodule_search_locations)[0])


def core_op_names() -> frozenset[str]:
    """yamlgrad's own ops, which a user registry's formulas may call (read from the generated samples)."""
    from yamlgrad.autogen.samples import OPS
    return frozenset(OPS)


def load_ops(registry: str | Path, user: bool = False) -> list[Op]:
    where, entries = load_registry(registry)
    rt = runtime_dir()
    return build_ops(where, entries, rt / "numerics" / "helpers.py", rt / "numerics" / "kernels.py",
                     core_ops=core_op_names() if user else frozenset())


def generate(registry: str | Path, api_dir: Path | None = None) -> dict[str, str]:
    """Check yamlgrad's registry and render every generated file (nothing is written). `api_dir`: the
    hand-written API whose binding tables join the registry's (default: runtime/api)."""
    ops = load_ops(registry)
    return render_all(ops, Path(registry).name, api_dir=api_dir or runtime_dir() / "api")


def generate_package(registry: str | Path, out: str | Path, package: str) -> int:
    """Generate a user registry as the package `package` in folder `out`; returns files changed."""
    ops = load_ops(registry, user=True)
    files = render_all(ops, Path(registry).name, package=package)
    return write_all(Path(out), files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m yamlgrad.codegen", description=__doc__)
    parser.add_argument("registry", nargs="?", default="derivatives.yaml")
    parser.add_argument("--out", default=".", help="root under which autogen/ and tests/generated/ are written")
    parser.add_argument("--check", action="store_true", help="fail with a diff if the files on disk differ")
    parser.add_argument("--package", help="generate a user registry as this Python package")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    root = Path(args.out)
    user = args.package is not None or Path(args.registry).name != "derivatives.yaml"
    package = args.package or root.resolve().name
    if user and not package.isidentifier():
        print(f"codegen: the package name {package!r} (from --out's folder) is not a Python identifier; "
              "pass --package NAME", file=sys.stderr)
        return 2
    try:
        if user:
            files = render_all(load_ops(args.registry, user=True), Path(args.registry).name, package=package)
        else:
            files = generate(args.registry)
    except RegistryError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        print(f"codegen: {len(exc.lines)} error(s); no file was written", file=sys.stderr)
        return 1
    if args.check:
        diff = diff_against(root, files)
        if diff:
            sys.stdout.writelines(diff)
            print("\ncheck-generated: generated files differ from the registry; run `make regen`", file=sys.stderr)
            return 1
        print(f"check-generated: {len(files)} generated files match {args.registry}")
        return 0
    changed = write_all(root, files)
    print(f"codegen: {len(files)} files from {args.registry}, {changed} changed "
          f"({time.perf_counter() - start:.2f} s)")
    return 0
