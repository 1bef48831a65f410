"""``python -m dockerapi``: the ``dockerapi`` command line (see ``dockerapi --help``)."""

from __future__ import annotations

import sys

from dockerapi._cli import main

if __name__ == "__main__":
    sys.exit(main())
