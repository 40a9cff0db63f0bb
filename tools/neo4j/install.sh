#!/usr/bin/env bash
# Fetches Neo4j 5.26 Community, APOC core and Neo4j Browser from Maven Central and compiles the huiyi launcher
# into tools/neo4j/target (classes/, lib/, plugins/). Idempotent and quiet when there is nothing to do.
set -euo pipefail
# --for-tests (npm's pretest): outside CI a machine without Java or Maven still runs the tests that need no
# database; the Neo4j test setup then says loudly that it skips. Under CI=true a failed install fails the run.
if [[ "${1:-}" == "--for-tests" && "${CI:-}" != "true" ]]; then
  bash "${BASH_SOURCE[0]}" || echo "tools/neo4j/install.sh: could not build the test Neo4j server; the Neo4j tests will be skipped" >&2
  exit 0
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/target/.installed"

up_to_date() {
  [[ -f "$stamp" ]] || return 1
  [[ -z "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]
}

if up_to_date; then
  exit 0
fi

command -v java >/dev/null || { echo "tools/neo4j/install.sh: java not found (Neo4j 5.26 needs Java 17 or 21)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "tools/neo4j/install.sh: mvn not found (needs Maven 3.6+)" >&2; exit 1; }

# A fresh lib/ so that a version bump in pom.xml never leaves two Neo4j versions on the classpath.
rm -rf "$here/target/lib" "$here/target/plugins"
mkdir -p "$here/target"
log="$here/target/install.log"
if ! mvn -f "$here/pom.xml" -B --no-transfer-progress -Dstyle.color=never compile >"$log" 2>&1; then
  cat "$log" >&2
  echo "tools/neo4j/install.sh: Maven build failed (log above, also in $log)" >&2
  exit 1
fi
touch "$stamp"
