"""`python -m yamlgrad.audit`: check every formula of a registry against finite differences and SymPy.

Per op and sample: first order (full Jacobian on small samples, random projections on larger ones;
one-hot and random non-unit cotangents; linearity in grad; create_graph=True equal to the plain
backward; tolerances from the finite-difference error estimate), second order (gradgradcheck, or the
declared double-backward error), forward mode, a zero grad_output giving zero gradients, unused
outputs handled as zeros, deterministic backward, and the sample cast to float32. Per elementwise op:
a probe of the domain beyond the samples and of its kinks. Per scalar op, with SymPy installed: a
symbolic proof of the backward and forward-mode formulas. Prints a table and a summary, naming the
op, input, check and worst element of every failure.

exit status: 0 every check passed; 1 a formula is wrong (some check failed); 2 a bad registry, a bad
command line, or a missing optional dependency that the command needs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from yamlgrad.audit import report as audit_report
from yamlgrad.testing import CORE, Case, audit_sample, loosened, op_function, specs

INSTALL_HINT = "audit --registry needs the `codegen` extra (PyYAML, Jinja2): pip install 'yamlgrad[codegen]'"


def audit(names: list[str], package: str = CORE, progress=None, symbolic: dict | None = None) -> list[dict]:
    from yamlgrad.audit.probe import probe_op
    table = specs(package)
    rows = []
    for count, name in enumerate(names, 1):
        start = time.perf_counter()
        spec = table[name]
        samples = spec["samples"]
        first_abs = first_rel = ratio = forward = 0.0
        failures = []
        for index in range(len(samples)):
            try:
                result = audit_sample(name, index, package)
            except Exception as exc:  # noqa: BLE001 - an op that crashes is a failed row, not a crashed audit
                failures.append(f"op '{name}': sample {index}: {type(exc).__name__}: {exc}")
                continue
            first_abs, first_rel = max(first_abs, result["first_abs"]), max(first_rel, result["first_rel"])
            ratio = max(ratio, result["first_ratio"])
            forward = max(forward, result["forward_fd"])
            failures += result["failures"]
        try:
            probe = probe_op(name, spec, op_function(name, package)) if spec["differentiable"] else None
        except Exception as exc:  # noqa: BLE001 - reported like any other failure
            probe = None
            failures.append(f"op '{name}': domain probe: {type(exc).__name__}: {exc}")
        if probe and probe["failure"]:
            failures.append(probe["failure"])
        rows.append({
            "op": name, "samples": len(samples), "max_abs_err": first_abs, "max_rel_err": first_rel, "ratio": ratio,
            "forward_err": forward if spec["forward_mode"] else None,
            "second_order": "checked" if spec["double_backward"] else "refused",
            "probe": probe, "loosened": loosened(spec), "symbolic": None,
            "status": "FAIL" if failures else "ok", "seconds": round(time.perf_counter() - start, 4),
            "failures": failures,
        })
        if progress:
            progress(count, len(names), name)
    return rows


def _progress_bar(done: int, total: int, name: str) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:24]:<24}")
    if done == total:
        sys.stderr.write("\r" + " " * (width + 40) + "\r")
    sys.stderr.flush()


# ---- user registries -------------------------------------------------------------------------------------
def _load_registry(path: str, root) -> str:
    """Generate a user registry into the folder `root` (removed by the caller) and return its package name."""
    import hashlib
    from pathlib import Path

    from yamlgrad.codegen.main import generate_package  # needs the `codegen` extra
    digest = hashlib.sha1(Path(path).read_bytes()).hexdigest()[:12]
    package = f"_yamlgrad_registry_{digest}"
    generate_package(path, Path(root) / package, package)
    sys.path.insert(0, str(root))
    return package


def _forget(package: str, root) -> None:
    import shutil
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]
    if str(root) in sys.path:
        sys.path.remove(str(root))
    shutil.rmtree(root, ignore_errors=True)


# ---- symbolic proofs, in a child process ----------------------------------------------------------------------
def _prove(registry_path, user: bool, names, table, conn) -> None:
    try:
        from yamlgrad.audit import symbolic
        reg, ops = symbolic.load(registry_path, user=user)
        conn.send(symbolic.prove_all(reg, ops, table, names))
    except Exception as exc:  # noqa: BLE001 - the parent reports it
        conn.send({"__error__": f"{type(exc).__name__}: {exc}"})
    finally:
        conn.close()


def start_symbolic(registry_path, user: bool, names, table):
    """Start the proofs beside the numeric checks (SymPy is slow, the second core is idle); None when
    SymPy, PyYAML or the registry file is missing."""
    import multiprocessing
    from pathlib import Path

    from yamlgrad.audit import symbolic
    if not symbolic.available() or registry_path is None or not Path(registry_path).exists():
        return None
    try:
        import yaml  # noqa: F401 - the loader needs it
    except ImportError:
        return None
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_prove, args=(str(registry_path), user, names, table, child), daemon=True)
    process.start()
    child.close()
    return process, parent


def finish_symbolic(handle, rows: list[dict]) -> str | None:
    if handle is None:
        return "symbolic: not run (needs sympy and the codegen extra: pip install 'yamlgrad[dev]')"
    process, conn = handle
    try:
        results = conn.recv()
    except EOFError:
        results = {"__error__": "the proof process ended without a result"}
    process.join()
    if "__error__" in results:
        return f"symbolic: not run ({results['__error__']})"
    for r in rows:
        s = results.get(r["op"])
        r["symbolic"] = s
        if s and "disproved" in (s["backward"], s["forward"]):
            r["failures"].append(f"op '{r['op']}': symbolic: disproved: {s['detail']}")
            r["status"] = "FAIL"
    return None


def _series(rows: list[dict], package: str) -> dict:
    """Data for the HTML plot: failing ops first (up to three), else the first op with a gradient."""
    import numpy as np
    steps = list(np.logspace(-12, -1, 12))
    picked = [r["op"] for r in rows if r["status"] != "ok"][:3] or [r["op"] for r in rows]
    out = {}
    for name in picked:
        try:
            case = Case(name, 0, package)
            if case.inputs:
                data = audit_report.step_errors(case, steps)
                if data[0]:
                    out[name] = data
        except Exception:  # noqa: BLE001 - no plot for an op whose sample does not run
            continue
        if out and not any(r["status"] != "ok" for r in rows):
            break
    return out


def _write(path: str, text: str) -> None:
    if path == "-":
        sys.stdout.write(text)
        return
    from pathlib import Path
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m yamlgrad.audit", description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n")[-1].strip(),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--op", action="append", help="audit only this op (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--markdown", nargs="?", const="docs/audit.md", metavar="PATH",
                        help="also write the table as Markdown (default docs/audit.md; - for stdout)")
    parser.add_argument("--html", metavar="PATH", help="also write an HTML report (- for stdout)")
    parser.add_argument("--registry", metavar="YAML", help="audit a user registry instead of yamlgrad's own")
    parser.add_argument("--no-symbolic", action="store_true", help="skip the SymPy proofs")
    args = parser.parse_args(argv)
    package, root = CORE, None
    registry_path, user = None, False
    if args.registry:
        try:
            from yamlgrad.codegen.load import RegistryError
        except ImportError:
            print(INSTALL_HINT, file=sys.stderr)
            return 2
        import tempfile
        root = tempfile.mkdtemp(prefix="yamlgrad-audit-")
        try:
            package = _load_registry(args.registry, root)
        except RegistryError as exc:
            _forget("", root)
            print("\n".join(exc.lines), file=sys.stderr)
            return 2
        except ImportError:
            _forget("", root)
            print(INSTALL_HINT, file=sys.stderr)
            return 2
        except BaseException:  # an unreadable file, a write error, Ctrl-C: the temporary folder goes too
            _forget("", root)
            raise
        registry_path, user = args.registry, True
    else:
        from yamlgrad.audit.symbolic import core_registry_path
        registry_path = core_registry_path()
    try:
        return _run(args, package, registry_path, user)
    finally:
        if root is not None:
            _forget(package, root)


def _run(args, package: str, registry_path, user: bool) -> int:
    table = specs(package)
    names = args.op or sorted(table)
    unknown = [n for n in names if n not in table]
    if unknown:
        print(f"audit: unknown op {unknown[0]!r}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    handle = None if args.no_symbolic else start_symbolic(registry_path, user, names, table)
    to_stdout = args.json or args.markdown == "-" or args.html == "-"
    rows = audit(names, package, progress=_progress_bar if sys.stderr.isatty() and not to_stdout else None)
    note = None if args.no_symbolic else finish_symbolic(handle, rows)
    failed = [r for r in rows if r["status"] != "ok"]
    samples = sum(r["samples"] for r in rows)
    proved = sum(1 for r in rows if r["symbolic"] and r["symbolic"]["backward"] == "proved")
    verdict = "all passed" if not failed else f"{len(failed)} failed: {', '.join(r['op'] for r in failed)}"
    symbolic_part = f", {proved} proved symbolically" if any(r["symbolic"] for r in rows) else ""
    summary = (f"audit: {len(rows)} ops, {samples} samples, {verdict}{symbolic_part} "
               f"({time.perf_counter() - start:.1f} s)")
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
    elif not to_stdout:
        print(audit_report.format_table(rows))
        for r in rows:
            for failure in r["failures"]:
                print(failure)
        if note:
            print(note, file=sys.stderr)
        print(summary)
    if args.markdown:
        table = audit_report.format_markdown(rows, summary)
        if args.markdown != "-":
            from pathlib import Path
            path = Path(args.markdown)
            table = audit_report.splice_markdown(path.read_text(encoding="utf-8") if path.exists() else None, table)
        _write(args.markdown, table + ("\n" if args.markdown == "-" else ""))
    if args.html:
        _write(args.html, audit_report.format_html(rows, summary, _series(rows, package)))
    if to_stdout and not args.json:
        print(summary, file=sys.stderr)
    return 1 if failed else 0

