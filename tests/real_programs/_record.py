"""Record <name>.expected for the given programs with real torch: `python _record.py NAME.py ...`
(run it with an interpreter where torch is installed; the programs import torch themselves)."""
import subprocess
import sys
from pathlib import Path

for arg in sys.argv[1:]:
    program = Path(arg).resolve()
    done = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, cwd=program.parent)
    if done.returncode:
        sys.exit(f"{program.name} failed under torch:\n{done.stderr}")
    program.with_suffix(".expected").write_text(done.stdout)
    print(f"{program.name}: {len(done.stdout.splitlines())} lines")
