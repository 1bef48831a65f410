# Sourced by .ci/run and scripts/test: export DOCKERAPI_SPEC_DIR, the upstream Engine specs.
# Unless set: ../shared/engine-api beside this checkout; for a local clone made
# elsewhere (git clone . /tmp/x), the one beside the repository it was cloned from.
_checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${DOCKERAPI_SPEC_DIR:-} ]]; then
    DOCKERAPI_SPEC_DIR=$(cd "$_checkout/.." && pwd)/shared/engine-api
    _origin=$(git -C "$_checkout" config --get remote.origin.url 2>/dev/null || true)
    if [[ ! -d $DOCKERAPI_SPEC_DIR && -n $_origin && -d $_origin/../shared/engine-api ]]; then
        DOCKERAPI_SPEC_DIR=$(cd "$_origin/../shared/engine-api" && pwd)
    fi
fi
export DOCKERAPI_SPEC_DIR
