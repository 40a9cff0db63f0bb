#!/usr/bin/env bash
# Runs the embedded Neo4j in the foreground: Bolt on 127.0.0.1:7687, Neo4j Browser on http://127.0.0.1:7474/browser/,
# auth off, store in tools/neo4j/data. Arguments go to the launcher (--port, --http-port, --no-http, --data, ...).
# JAVA_OPTS replaces the default JVM memory settings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$here/install.sh"

export HUIYI_NEO4J_DATA="${HUIYI_NEO4J_DATA:-$here/data}"
export HUIYI_NEO4J_HTTP_PORT="${HUIYI_NEO4J_HTTP_PORT-7474}"

# The --add-opens and netty flags are the ones Neo4j's own launcher passes on Java 17.
read -r -a java_opts <<< "${JAVA_OPTS:--Xms256m -Xmx1g}"
exec java "${java_opts[@]}" \
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.disable.jmx=true \
  -cp "$here/target/classes:$here/target/plugins/*:$here/target/lib/*" \
  huiyi.neo4j.HuiyiNeo4jServer --plugins "$here/target/plugins" "$@"
