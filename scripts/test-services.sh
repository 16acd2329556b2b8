# Sourced by scripts/run: what the Directus tests need beyond Node, provided when this machine allows.
#   with_postgres <command...>  runs the command with DB_* pointing at a new, empty Postgres database
#                               (its role may create databases: the backup test restores into one), then drops it (installs postgresql with apt-get as root when missing)
#   with_redis <command...>     runs the command with REDIS pointing at a new redis-server of its own on a free
#                               loopback port (no disk), then stops it (installs redis-server with apt-get as root)
#   ensure_chromium             exports ALUR_CHROMIUM for the Studio browser test (apt-get chromium as root)
# ALUR_TEST_POSTGRES / ALUR_TEST_REDIS / ALUR_TEST_BROWSER: auto (default: skip with the reason when impossible),
# require (fail instead; .ci/run), off.

apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 2
  echo "alur: memasang $* (installing $*)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; } || return 2
}

ensure_chromium() {
  case "${ALUR_TEST_BROWSER:-auto}" in off) echo "alur: uji peramban dimatikan (ALUR_TEST_BROWSER=off)"; return 0 ;; esac
  local path="${ALUR_CHROMIUM:-/usr/bin/chromium}"
  [ -x "$path" ] || apt_install chromium || true
  if [ -x "$path" ]; then
    export ALUR_CHROMIUM="$path"
  elif [ "${ALUR_TEST_BROWSER:-auto}" = require ]; then
    echo "alur: chromium tidak tersedia (not available) di $path" >&2
    return 1
  else
    echo "alur: chromium tidak tersedia; uji Studio di peramban dilewati (browser test skipped); ALUR_TEST_BROWSER=require makes this an error" >&2
  fi
}

postgres_unavailable() {
  echo "alur: Postgres tidak tersedia (not available): $1" >&2
  if [ "${ALUR_TEST_POSTGRES:-auto}" = require ]; then return 1; fi
  echo "alur: uji Postgres dilewati (Postgres pass skipped); ALUR_TEST_POSTGRES=require makes this an error" >&2
  return 0
}

ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then apt_install postgresql || return 2; fi
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    [ "$(id -u)" = 0 ] || return 2
    local cluster
    cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start || return 2
  fi
}

with_postgres() {
  case "${ALUR_TEST_POSTGRES:-auto}" in off) echo "alur: uji Postgres dimatikan (ALUR_TEST_POSTGRES=off)"; return 0 ;; esac
  ensure_postgres || { postgres_unavailable "pasang/jalankan postgresql gagal atau perlu root (install/start needs root)"; return; }
  local port db user password
  port=$(pg_lsclusters -h | awk '$4 == "online" {print $3; exit}')
  db="alur_it_$$_$RANDOM"
  user="alur_it"
  password="alur-it-$RANDOM$RANDOM"
  local psql=(psql -v ON_ERROR_STOP=1 -q -p "$port")
  [ "$(id -u)" = 0 ] && psql=(su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $port -f -")
  if ! printf "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s LOGIN; END IF; END \$\$;\nALTER ROLE %s PASSWORD '%s' CREATEDB;\nCREATE DATABASE %s OWNER %s;\n" \
      "$user" "$user" "$user" "$password" "$db" "$user" | "${psql[@]}"; then
    postgres_unavailable "membuat basis data gagal (could not create a database)"
    return
  fi
  local status=0
  DB_CLIENT=pg DB_HOST=127.0.0.1 DB_PORT="$port" DB_DATABASE="$db" DB_USER="$user" DB_PASSWORD="$password" "$@" || status=$?
  # The backup test restores into a second database of its own (<db>_restored).
  printf "DROP DATABASE IF EXISTS %s;\nDROP DATABASE IF EXISTS %s_restored;\n" "$db" "$db" | "${psql[@]}" || true
  return $status
}

with_redis() {
  case "${ALUR_TEST_REDIS:-auto}" in off) echo "alur: uji Redis dimatikan (ALUR_TEST_REDIS=off)"; "$@"; return ;; esac
  if ! command -v redis-server >/dev/null 2>&1 && ! apt_install redis-server; then
    echo "alur: redis-server tidak tersedia (not available)" >&2
    [ "${ALUR_TEST_REDIS:-auto}" = require ] && return 1
    echo "alur: uji tanpa Redis (running without Redis); ALUR_TEST_REDIS=require makes this an error" >&2
    "$@"
    return
  fi
  local dir port status=0
  dir=$(mktemp -d)
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$dir" --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" || { echo "alur: redis-server gagal mulai (failed to start)" >&2; rm -rf "$dir"; return 1; }
  for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  REDIS="redis://127.0.0.1:$port" "$@" || status=$?
  kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
  rm -rf "$dir"
  return $status
}
