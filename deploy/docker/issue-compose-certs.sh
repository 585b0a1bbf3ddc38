#!/usr/bin/env bash
# Issues the mutual TLS certificates of the Compose set-up (silo1, silo2, web) with deploy/tls/issue-certs.sh and lays
# them out in deploy/docker/certs/, one folder per service, as docker-compose.yml mounts them read-only:
#   certs/silo1/{ca.crt,tls.crt,tls.key}  certs/silo2/{…}  certs/web/{…}
#
#   deploy/docker/issue-compose-certs.sh PKI_DIR
#
# PKI_DIR holds the province CA (province-ca.crt and province-ca.key, made once with `deploy/tls/issue-certs.sh ca
# PKI_DIR`); only province-ca.crt is copied, the CA key stays there (keep it offline). Run again to renew: every
# service's certificate and key are replaced. Run as root, the key files are given to the containers' user (APP_UID
# 1654 of the .NET images, mode 400); otherwise the script says which `chown` to run.
set -euo pipefail

[[ $# -eq 1 ]] || { sed -n '2,11p' "$0" >&2; exit 64; }
pki=$1
here=$(cd "$(dirname "$0")" && pwd)
issue="$here/../tls/issue-certs.sh"
certs="$here/certs"
app_uid=1654

[[ -f $pki/province-ca.crt && -f $pki/province-ca.key ]] || {
  echo "Chưa có CA của tỉnh / no province CA in $pki: run '$issue ca $pki' first" >&2
  exit 65
}

# The certificate's name, its kind (silo or client) and, for a silo, its Compose service name as DNS name (informative:
# the peers check the CA, the usage, the validity and RevokedSerialNumbers, not host names).
install_service() {
  local service=$1 kind=$2
  if [[ $kind == silo ]]; then "$issue" silo "$pki" "$service"; else "$issue" client "$pki" "$service"; fi
  mkdir -p "$certs/$service"
  install -m 444 "$pki/province-ca.crt" "$certs/$service/ca.crt"
  install -m 444 "$pki/$service.crt" "$certs/$service/tls.crt"
  install -m 400 "$pki/$service.key" "$certs/$service/tls.key"
  # The service's key lives only in its own folder from now on.
  rm -f "$pki/$service.key"
}

install_service silo1 silo
install_service silo2 silo
install_service web client

if [[ $(id -u) == 0 ]]; then
  chown -R "$app_uid:$app_uid" "$certs"
  echo "certs/ belongs to uid $app_uid (the containers' user)"
else
  echo "Now run: sudo chown -R $app_uid:$app_uid $certs   (the containers run as uid $app_uid and must read tls.key)"
fi
