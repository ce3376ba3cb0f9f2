"""`python -m yamlgrad.codegen REGISTRY [--out ROOT] [--check]`."""
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
    """Where runtime/helpers.py and runtime/kernels.py live, found without importing yamlgrad
    (whose generated modules may be the very thing being regenerated)."""
    spec = importlib.util.find_spec("yamlgrad")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("cannot locate the yamlgrad package (is it installed?)")
    return Path(list(spec.submodule_search_locations)[0])


def load_ops(registry: str | Path) -> list[Op]:
    where, entries = load_registry(registry)
    rt = runtime_dir()
    return build_ops(where, entries, rt / "helpers.py", rt / "kernels.py")


def generate(registry: str | Path) -> dict[str, str]:
    """Check the registry and render every generated file (nothing is written)."""
    ops = load_ops(registry)
    return render_all(ops, Path(registry).name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m yamlgrad.codegen", description=__doc__)
    parser.add_argument("registry", nargs="?", default="derivatives.yaml")
    parser.add_argument("--out", default=".", help="root under which autogen/ and tests/generated/ are written")
    parser.add_argument("--check", action="store_true", help="fail with a diff if the files on disk differ")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        files = generate(args.registry)
    except RegistryError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        print(f"codegen: {len(exc.lines)} error(s); no file was written", file=sys.stderr)
        return 1
    root = Path(args.out)
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
