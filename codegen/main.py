"""`python -m yamlgrad.codegen REGISTRY (--core | --package NAME) [--out ROOT] [--check]`.

The mode is always stated, never guessed from a file name. `--core`: yamlgrad's own registry, which
generates autogen/, tests/generated/ and docs/ops.md under ROOT (what `make regen` runs). `--package
NAME`: a user registry, which becomes the standalone package NAME in the folder ROOT, whose formulas
may also call yamlgrad's ops; its generated tests live in ROOT/tests. Either way codegen overwrites or
deletes only files it wrote itself (see write.py).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from . import names
from .emit import diff_against, render_all, write_all
from .load import RegistryError, load_registry, load_samples
from .model import Op, build_ops
from .write import WriteRefused, stray_temps


def runtime_dir() -> Path:
    """Where runtime/numerics/helpers/ and runtime/numerics/kernels/ live, found without importing yamlgrad
    (whose generated modules may be the very thing being regenerated)."""
    spec = importlib.util.find_spec("yamlgrad")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("cannot locate the yamlgrad package (is it installed?)")
    return Path(list(spec.submodule_search_locations)[0])


def core_op_names() -> frozenset[str]:
    """yamlgrad's own ops, which a user registry's formulas may call (read from the generated samples)."""
    from yamlgrad.autogen.samples import OPS
    return frozenset(OPS)


def samples_path(registry: str | Path) -> Path:
    """The registry's companion sample file: `NAME.samples.yaml` next to `NAME.yaml`."""
    registry = Path(registry)
    return registry.with_name(f"{registry.stem}.samples.yaml")


def load_ops(registry: str | Path, user: bool = False) -> list[Op]:
    where, entries = load_registry(registry)
    companion = samples_path(registry)
    samples = load_samples(companion) if companion.is_file() else None
    rt = runtime_dir()
    ops = build_ops(where, entries, rt / "numerics" / "helpers", rt / "numerics" / "kernels",
                    core_ops=core_op_names() if user else frozenset(), samples=samples)
    clashes = names.check_claims(where, ops)
    if clashes:
        raise RegistryError(clashes)
    return ops


def render(ops: list[Op], registry: str | Path, **kw) -> dict[str, str]:
    """render_all, then refuse an op whose name breaks a generated module (shadows an import, a
    constant or a builtin the module uses)."""
    files = render_all(ops, Path(registry).name, **kw)
    clashes = names.check_rendered(Path(registry).name, ops, files)
    if clashes:
        raise RegistryError(clashes)
    return files


def generate(registry: str | Path, api_dir: Path | None = None) -> dict[str, str]:
    """Check yamlgrad's registry and render every generated file (nothing is written). `api_dir`: the
    hand-written API whose binding tables join the registry's (default: runtime/api)."""
    ops = load_ops(registry)
    # the Tensor stub always describes the real core/tensor.py, whichever API tables are bound
    return render(ops, registry, api_dir=api_dir or runtime_dir() / "api",
                  tensor_py=runtime_dir() / "core" / "tensor.py")


def generate_package(registry: str | Path, out: str | Path, package: str) -> int:
    """Generate a user registry as the package `package` in folder `out`; returns files changed."""
    ops = load_ops(registry, user=True)
    files = render(ops, registry, package=package)
    return write_all(Path(out), files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m yamlgrad.codegen", description=__doc__)
    parser.add_argument("registry")
    parser.add_argument("--core", action="store_true",
                        help="yamlgrad's own registry: write autogen/, tests/generated/ and docs/ops.md under --out")
    parser.add_argument("--package", metavar="NAME", help="a user registry: generate it as the Python package NAME")
    parser.add_argument("--out", default=".", help="the output root (default: the current folder)")
    parser.add_argument("--check", action="store_true", help="fail with a diff if the files on disk differ")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    root = Path(args.out)
    if args.core == (args.package is not None):
        print("codegen: choose exactly one of --core (yamlgrad's own registry) and --package NAME "
              "(a user registry, generated as the package NAME)", file=sys.stderr)
        return 2
    if args.package is not None and not args.package.isidentifier():
        print(f"codegen: the package name {args.package!r} is not a Python identifier", file=sys.stderr)
        return 2
    try:
        if args.core:
            files = generate(args.registry)
        else:
            files = render(load_ops(args.registry, user=True), args.registry, package=args.package)
    except RegistryError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        print(f"codegen: {len(exc.lines)} error(s); no file was written", file=sys.stderr)
        return 1
    if args.check:
        return _check(root, files, args.registry)
    try:
        changed = write_all(root, files)
    except WriteRefused as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return 2
    print(f"codegen: {len(files)} files from {args.registry}, {changed} changed "
          f"({time.perf_counter() - start:.2f} s)")
    return 0


def _check(root: Path, files: dict[str, str], registry: str) -> int:
    diff = diff_against(root, files)
    temps = stray_temps(root, files)
    if diff:
        sys.stdout.writelines(diff)
        print("\ncheck-generated: generated files differ from the registry; run `make regen`", file=sys.stderr)
    for rel in temps:
        print(f"check-generated: {rel} is a temporary file an interrupted run left behind; "
              "the next regeneration removes it", file=sys.stderr)
    if diff or temps:
        return 1
    print(f"check-generated: {len(files)} generated files match {registry}")
    return 0
