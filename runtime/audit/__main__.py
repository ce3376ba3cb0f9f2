"""`python -m yamlgrad.audit`."""
import sys

from yamlgrad.audit.cli import main

sys.exit(main())
