# Sourced by scripts/test and scripts/demo: make sure .venv exists with the project installed.
# DOCKERAPI_EXTRAS picks the extras ("dev" for tests, empty for the demo).
_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${DOCKERAPI_VENV:-$_root/.venv}
PY=$VENV/bin/python
_stamp=$VENV/.dockerapi-installed${DOCKERAPI_EXTRAS:+-$DOCKERAPI_EXTRAS}
if [[ ! -x $PY ]]; then
    python3 -m venv "$VENV"
fi
# reinstall only when pyproject.toml changed since the last install
if [[ ! -f $_stamp || $_root/pyproject.toml -nt $_stamp ]]; then
    "$PY" -m pip install -q --disable-pip-version-check -e "$_root${DOCKERAPI_EXTRAS:+[$DOCKERAPI_EXTRAS]}"
    touch "$_stamp"
fi
