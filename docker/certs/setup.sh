#!/bin/bash
# One-shot `certs` service of docker/compose.yaml, run in the Elasticsearch image as root (as in Elastic's own
# docker-compose example): a CA, node certificates for Elasticsearch and Kafka (elasticsearch-certutil), a PKCS#12
# keystore for the Kafka broker; then, once Elasticsearch answers, the kibana_system password and the `newsline`
# user with a role limited to the article indices. Idempotent: existing certificates are kept.
set -euo pipefail
cd /usr/share/elasticsearch
certs=config/certs
ca="$certs/ca/ca.crt"
for var in ELASTIC_PASSWORD KIBANA_SYSTEM_PASSWORD NEWSLINE_ES_PASSWORD KAFKA_KEYSTORE_PASSWORD INDEX_PREFIX; do
  if [ -z "${!var:-}" ]; then echo "certs: set $var in docker/.env" >&2; exit 1; fi
done

if [ ! -f "$certs/ca.zip" ]; then
  echo "certs: creating the CA"
  bin/elasticsearch-certutil ca --silent --pem -out "$certs/ca.zip"
  unzip -q -o "$certs/ca.zip" -d "$certs"
fi
if [ ! -f "$certs/nodes.zip" ]; then
  echo "certs: creating node certificates"
  cat > "$certs/instances.yml" <<YAML
instances:
  - name: elasticsearch
    dns: [elasticsearch, elasticsearch-2, localhost]
    ip: [127.0.0.1]
  - name: kafka
    dns: [kafka, localhost]
    ip: [127.0.0.1]
YAML
  bin/elasticsearch-certutil cert --silent --pem --in "$certs/instances.yml" -out "$certs/nodes.zip" \
    --ca-cert "$ca" --ca-key "$certs/ca/ca.key"
  unzip -q -o "$certs/nodes.zip" -d "$certs"
fi
if [ ! -f "$certs/kafka/kafka.p12" ]; then
  echo "certs: creating the Kafka keystore"
  bin/elasticsearch-certutil cert --silent --name kafka --dns kafka,kafka-2,kafka-3,localhost --ip 127.0.0.1 \
    --ca-cert "$ca" --ca-key "$certs/ca/ca.key" --pass "$KAFKA_KEYSTORE_PASSWORD" -out "$certs/kafka/kafka.p12"
fi

echo "certs: setting file permissions"
chown -R 1000:0 "$certs"                      # uid 1000: elasticsearch, kibana and kafka (appuser) in their images
find "$certs" -type d -exec chmod 750 {} \;
find "$certs" -type f -exec chmod 640 {} \;
chmod 755 "$certs" "$certs/ca" && chmod 644 "$ca"   # the CA certificate is public: every client reads it
chmod 600 "$certs/ca/ca.key"

es() {  # es METHOD PATH BODY: one authenticated call; prints the answer
  curl -sS --cacert "$ca" -u "elastic:$ELASTIC_PASSWORD" -X "$1" -H 'Content-Type: application/json' \
    "https://elasticsearch:9200$2" -d "$3"
}
echo "certs: waiting for Elasticsearch"
until curl -s --cacert "$ca" https://elasticsearch:9200 | grep -q "missing authentication credentials"; do sleep 5; done
echo "certs: setting the kibana_system password"
until es POST /_security/user/kibana_system/_password "{\"password\":\"$KIBANA_SYSTEM_PASSWORD\"}" | grep -q '^{}'; do
  sleep 5
done
echo "certs: role and user for the newsline workers, setup and Airflow tasks"
es PUT /_security/role/newsline_writer "{\"cluster\":[\"monitor\",\"manage_index_templates\"],\"indices\":[{\"names\":[\"$INDEX_PREFIX*\"],\"privileges\":[\"all\"]}]}" | grep -q '"created"'
es PUT /_security/user/newsline "{\"password\":\"$NEWSLINE_ES_PASSWORD\",\"roles\":[\"newsline_writer\"]}" | grep -q '"created"'
echo "certs: done"
