"""Which files under an output root belong to codegen, and writing them all-or-nothing.

Codegen overwrites or deletes a file only when it is *owned*: listed in the root's manifest
(`.codegen-manifest.json`, the paths the previous run wrote) and still carrying the generated header
on its first line. Anything else at a path codegen wants to write — a hand-written module, another
tool's generated file, a symbolic link — stops the run before anything is written. A root without a
manifest (written before manifests existed) is adopted by header alone, which another tool's header
(`# Generated from Foo.g4 by ANTLR ...`) does not match.

Writing goes: each changed file to a temporary sibling, then a manifest listing old and new files,
then `os.replace` of each temporary into place, removal of stale owned files, and the final manifest.
A failure before the replace phase leaves every previous file byte-identical; at any later point the
manifest lists every owned file on disk, so the next run can finish the job. Temporaries a killed
run left behind are removed by the next run and reported by `--check`.
"""
from __future__ import annotations

import difflib
import errno
import json
import os
import re
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

MANIFEST = ".codegen-manifest.json"
LOCK = ".codegen.lock"
# The first line of every generated file (docs/ops.md wraps it in an HTML comment).
HEADER_RE = re.compile(r"^(?:<!-- )?# Generated from .* by yamlgrad\.codegen — do not edit\.")
# Where a root without a manifest keeps generated files (the core and the user layouts).
LEGACY_DIRS = ("autogen", "tests/generated", ".", "tests", "docs")
_TEMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.tmp$")


class WriteRefused(Exception):
    """The output root holds something codegen must not touch; `.lines` say what. Nothing was written."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        super().__init__("\n".join(lines))


def carries_header(path: Path) -> bool:
    """A regular file (not a link) whose first line is codegen's header."""
    if path.is_symlink() or not path.is_file():
        return False
    with open(path, "rb") as handle:
        first = handle.readline(4096)
    return bool(HEADER_RE.match(first.decode("utf-8", errors="replace")))


def _safe_rel(rel: object) -> bool:
    """A manifest entry codegen may act on: a relative path inside the root (a hand-edited or hostile
    manifest must not reach `../elsewhere` or an absolute path)."""
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        return False
    path = PurePosixPath(rel)
    return not path.is_absolute() and ".." not in path.parts and ":" not in path.parts[0]


def read_manifest(root: Path) -> set[str] | None:
    """The paths the last run recorded, or None when the root has no (readable) manifest."""
    path = root / MANIFEST
    if path.is_symlink() or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return None
    return {rel for rel in files if _safe_rel(rel)}


def manifest_text(files) -> str:
    return json.dumps({"generator": "yamlgrad.codegen",
                       "about": "files codegen wrote here; it overwrites or deletes only these, and only "
                                "while their first line is its header",
                       "files": sorted(files)}, indent=1, ensure_ascii=False) + "\n"


def owned_files(root: Path, files=()) -> set[str]:
    """Files under `root` codegen may overwrite or delete (see the module docstring)."""
    recorded = read_manifest(root)
    if recorded is None:
        recorded = set()
        for folder in sorted(set(LEGACY_DIRS) | {str(PurePosixPath(rel).parent) for rel in files}):
            if (root / folder).is_dir() and not (root / folder).is_symlink():
                recorded |= {str(p.relative_to(root).as_posix()) for p in (root / folder).iterdir()}
    return {rel for rel in recorded if carries_header(root / rel)}


def foreign_files(root: Path, files, owned: set[str]) -> list[str]:
    """Paths codegen would write that something else occupies, each with the reason."""
    lines = []
    for rel in sorted(files):
        path = root / rel
        if rel in owned or not (path.exists() or path.is_symlink()):
            continue
        if path.is_symlink():
            reason = "it is a symbolic link"
        elif not path.is_file():
            reason = "it is not a regular file"
        elif not carries_header(path):
            reason = "it does not carry the generated header"
        else:
            reason = f"it is not listed in {MANIFEST}"
        lines.append(f"codegen: refusing to overwrite {rel}: {reason}")
    return lines


def stray_temps(root: Path, files=()) -> list[str]:
    """Temporaries (`.NAME.PID.tmp`) an interrupted run left next to the files it writes."""
    names = set(files) | owned_files(root, files) | {MANIFEST}
    folders = {PurePosixPath(rel).parent for rel in names}
    found = []
    for folder in sorted(folders):
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in directory.iterdir():
            m = _TEMP_RE.match(path.name)
            if m and str(folder / m["name"]) in {str(PurePosixPath(n)) for n in names}:
                found.append(str(path.relative_to(root).as_posix()))
    return sorted(found)


def diff_against(root: Path, files: dict[str, str]) -> list[str]:
    """Unified diff lines between what is on disk and what the registry produces (manifest included)."""
    expected = dict(files)
    expected[MANIFEST] = manifest_text(files)
    out: list[str] = []
    for rel in sorted(set(expected) | owned_files(root, files)):
        path = root / rel
        old_bytes = path.read_bytes() if path.is_file() else b""
        new = expected.get(rel, "")
        if old_bytes != new.encode("utf-8"):
            old = old_bytes.decode("utf-8", errors="replace")
            label_old = rel if path.exists() else "/dev/null"
            label_new = rel if rel in expected else "/dev/null"
            out.extend(difflib.unified_diff(old.splitlines(True), new.splitlines(True), label_old, label_new))
    return out


@contextmanager
def _lock(root: Path):
    # filelock rather than fcntl: it works on Windows too (msvcrt), the OS releases it when a run is
    # killed (an O_EXCL lock file would stay behind and block every later run), and since 3.20.1 it
    # opens the lock file with O_NOFOLLOW, so a link named .codegen.lock is never followed or truncated.
    from filelock import FileLock
    root.mkdir(parents=True, exist_ok=True)
    path = root / LOCK
    refused = WriteRefused([f"codegen: {path} is a symbolic link; codegen never follows a link for its lock "
                            "file (remove it)"])
    if path.is_symlink():
        raise refused
    lock = FileLock(str(path))
    try:
        lock.acquire()
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link created between the check above and the open
            raise refused from None
        raise
    try:
        yield
    finally:
        lock.release()


def _write_text(path: Path, text: str) -> None:
    # O_EXCL: never write through something (a link) already sitting at the temporary's name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _replace_manifest(root: Path, files) -> None:
    path = root / MANIFEST
    text = manifest_text(files)
    if path.is_file() and not path.is_symlink() and path.read_bytes() == text.encode("utf-8"):
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        _write_text(tmp, text)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_all(root: Path, files: dict[str, str], _fail_after: int | None = None) -> int:
    """Write `files` under `root` all-or-nothing; returns how many files changed.

    Raises WriteRefused (writing nothing) when a path in `files` holds a file codegen does not own.
    `_fail_after` injects an OSError after that many temporary writes (for the atomicity tests).
    """
    with _lock(root):
        owned = owned_files(root, files)
        foreign = foreign_files(root, files, owned)
        if foreign:
            raise WriteRefused(foreign + [f"codegen: {len(foreign)} generated path(s) hold files codegen did not "
                                          "write; nothing was written (move them away or choose another --out)"])
        for rel in stray_temps(root, files):  # left by a run that was killed
            (root / rel).unlink(missing_ok=True)
        changed = {rel: text for rel, text in files.items()
                   if not (root / rel).exists() or (root / rel).read_bytes() != text.encode("utf-8")}
        stale = owned - set(files)
        temps: list[tuple[Path, Path]] = []
        try:
            for count, (rel, text) in enumerate(sorted(changed.items())):
                if _fail_after is not None and count >= _fail_after:
                    raise OSError(f"injected failure before writing {rel}")
                target = root / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
                temps.append((tmp, target))  # before writing: a failure mid-file must remove it too
                _write_text(tmp, text)
            if temps or stale:
                _replace_manifest(root, owned | set(files))  # a crash from here on leaves no unlisted file
            while temps:
                tmp, target = temps[0]
                os.replace(tmp, target)
                temps.pop(0)
        finally:
            for tmp, _ in temps:
                tmp.unlink(missing_ok=True)
        for rel in sorted(stale):
            (root / rel).unlink(missing_ok=True)
        _replace_manifest(root, files)
        return len(changed) + len(stale)
