"""Unit tests share small helper modules (core_fakes.py) that sit beside them.

With ``--import-mode=importlib`` pytest no longer puts test directories on ``sys.path``,
so this directory is added here, once, for those plain imports.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.append(_HERE)
