"""List the raise sites in codegen/ and runtime/ that docs/errors.md does not document yet.

Run by hand: `.venv/bin/python tests/tools/undocumented_errors.py`. Once it prints nothing, the check
becomes a test in tests/test_errors_doc.py again (the hostile-input issue asks for every error).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_errors_doc import ENTRIES, NO_LITERAL_MESSAGE, pattern_regex, raise_sites  # noqa: E402


def undocumented() -> list[str]:
    doc_messages = "\n".join(e["message"] for e in ENTRIES.values())
    regexes = [pattern_regex(e["message"]) for e in ENTRIES.values()]
    sites = raise_sites()
    assert len(sites) > 300
    missing = []
    for rel, func, exc, template in sites:
        if template is None:
            if (rel, func) not in NO_LITERAL_MESSAGE and exc not in ("NotImplementedError",):
                missing.append(f"{rel} {func}: {exc} without a literal message")
            continue
        fragments = [f for f in template.split("{}") if f.strip()]
        if not fragments:
            continue
        longest = max(fragments, key=len).strip()
        if len(longest) < 8:  # a wrapper such as f"{name}: {exc}": documented through what it wraps
            continue
        if longest.startswith(": "):
            longest = longest[2:]
        example = template.replace("{}", "X")
        if longest not in doc_messages and not any(r.fullmatch(example) for r in regexes):
            missing.append(f"{rel} {func}: {exc}({template!r})")
    return missing



if __name__ == "__main__":
    missing = undocumented()
    print("\n".join(missing))
    print(f"{len(missing)} raise sites not documented in docs/errors.md", file=sys.stderr)
    sys.exit(1 if missing else 0)
