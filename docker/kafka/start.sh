#!/bin/bash
# Kafka broker of docker/compose.yaml: formats the KRaft storage once with the SCRAM-SHA-512 credentials of the
# newsline client user (the image's own launcher formats without them), then starts the image's launcher, which
# writes server.properties from the KAFKA_* variables. Only non-KAFKA_ variables are read here: every KAFKA_*
# variable becomes a broker property.
set -euo pipefail
: "${CLUSTER_ID:?}" "${NEWSLINE_KAFKA_USERNAME:?set NEWSLINE_KAFKA_USERNAME}" "${NEWSLINE_KAFKA_PASSWORD:?set NEWSLINE_KAFKA_PASSWORD}"
data=/var/lib/kafka/data
if [ ! -f "$data/meta.properties" ]; then
  format=$(mktemp)
  cat > "$format" <<PROPS
process.roles=broker,controller
node.id=${NEWSLINE_KAFKA_NODE_ID:-1}
controller.quorum.voters=${NEWSLINE_KAFKA_QUORUM_VOTERS:-1@localhost:9093}
controller.listener.names=CONTROLLER
listeners=CONTROLLER://localhost:9093
log.dirs=$data
PROPS
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$CLUSTER_ID" -c "$format" \
    --add-scram "SCRAM-SHA-512=[name=$NEWSLINE_KAFKA_USERNAME,password=$NEWSLINE_KAFKA_PASSWORD]"
  rm -f "$format"
fi
unset NEWSLINE_KAFKA_PASSWORD
exec /etc/kafka/docker/run
