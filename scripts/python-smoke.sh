#!/usr/bin/env bash
# Python: builds the wheel of the library with jsii-pacmak, then runs the Python
# smoke test (scripts/python-smoke.py) against it. Needs `npm run build` first.
#
#   bash scripts/python-smoke.sh          # or: npm run package:python
#   PYTHON=/path/to/venv/bin/python bash scripts/python-smoke.sh
#
# PYTHON (default python3) must have the `build`, `setuptools` and `wheel` modules
# to build the wheel; the smoke test also needs jsii, cdktf, constructs and
# cdktf-cdktf-provider-azurerm there (it says SKIPPED where they are missing).
#
# Why not plain `jsii-pacmak --targets python`: it creates a venv and pip-installs
# setuptools~=75.3.2, build~=1.5.0 and twine (its requirements-dev.txt) from PyPI,
# which machines without PyPI cannot do. So pacmak writes the code only, and the
# wheel is built with the setuptools at hand (--skip-dependency-check: the
# generated pyproject.toml pins setuptools~=75.3.2, but any recent one builds it).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
PYTHON="${PYTHON:-python3}"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
start=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

test -s .jsii || { echo "python: no .jsii; run 'npm run build' first" >&2; exit 1; }

echo "-- jsii-pacmak --targets python --code-only"
rm -rf dist/pacmak dist/python
npx --yes jsii-pacmak@1.140.0 --targets python --code-only --no-npmignore --force -o dist/pacmak
src=dist/pacmak/python
test -f "$src/setup.py"

echo "-- wheel ($PYTHON -m build --wheel --no-isolation --skip-dependency-check)"
if ! (cd /tmp && "$PYTHON" -c "import build, setuptools, wheel") 2>/dev/null; then
  echo "python: cannot build the wheel: $PYTHON has no build/setuptools/wheel modules;" \
    "install them ($PYTHON -m pip install build setuptools wheel) or set PYTHON" >&2
  exit 1
fi
(cd "$src" && "$PYTHON" -m build --wheel --no-isolation --skip-dependency-check -o "$repo/dist/python")
whl="$(ls dist/python/*.whl)"
echo "built $whl: $(stat -c %s "$whl") bytes ($(elapsed))"

echo "-- smoke test"
# The wheel is pure Python: unpack it (no dependencies, no index) next to it and
# put that first on the path; the dependencies come from PYTHON's environment.
"$PYTHON" -m pip install --quiet --no-deps --no-index --target dist/python/site "$whl"
PYTHONPATH="$repo/dist/python/site${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" scripts/python-smoke.py
echo "python done in $(elapsed)"
