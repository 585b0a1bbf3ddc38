#!/usr/bin/env bash
# Issues the certificates of mutual TLS between Orleans silos and grain clients (Orleans:Tls), with openssl.
#
#   deploy/tls/issue-certs.sh ca     DIR                 the province CA: DIR/province-ca.crt and DIR/province-ca.key (once)
#   deploy/tls/issue-certs.sh silo   DIR NAME [DNS...]   a silo: server and client authentication (silo and gateway ports)
#   deploy/tls/issue-certs.sh client DIR NAME            a grain client (web front end, an agency's system): client authentication
#   deploy/tls/issue-certs.sh sign   DIR NAME.csr        signs an agency's request for a client certificate (the key never leaves it)
#
# Each issued certificate is DIR/NAME.crt with its key DIR/NAME.key (mode 600); `sign` writes DIR/NAME.crt only.
# DAYS (default 365; the CA 3650) sets the validity. Keys are ECDSA P-256. Keep province-ca.key offline.
set -euo pipefail

usage() { sed -n '2,11p' "$0" >&2; exit 64; }
[[ $# -ge 2 ]] || usage
kind=$1 dir=$2
shift 2
mkdir -p "$dir"
ca_crt="$dir/province-ca.crt" ca_key="$dir/province-ca.key"

need_ca() {
  [[ -f $ca_crt && -f $ca_key ]] || { echo "Chưa có CA của tỉnh / no province CA in $dir: run '$0 ca $dir' first" >&2; exit 65; }
}

# Signs request $1 into certificate $2 with extended key usage $3.
sign() {
  local ext
  ext=$(mktemp)
  trap 'rm -f "$ext"' RETURN
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature"
    echo "extendedKeyUsage=$3"
    echo "authorityKeyIdentifier=keyid"
    echo "subjectKeyIdentifier=hash"
    [[ -n ${4:-} ]] && echo "subjectAltName=$4"
  } > "$ext"
  openssl x509 -req -in "$1" -CA "$ca_crt" -CAkey "$ca_key" -CAcreateserial -days "${DAYS:-365}" -sha256 -extfile "$ext" -out "$2" 2>/dev/null
  echo "issued $2: $(openssl x509 -in "$2" -noout -subject -serial -enddate | tr '\n' ' ')"
}

# Makes a key and a request for subject CN=$1.
request() {
  (umask 077; openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$dir/$1.key")
  openssl req -new -key "$dir/$1.key" -subj "/C=VN/O=UBND tinh Quang Ninh/CN=$1" -out "$dir/$1.csr"
}

case $kind in
  ca)
    [[ -f $ca_key ]] && { echo "$ca_key exists: a second CA would orphan every certificate issued" >&2; exit 65; }
    (umask 077; openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$ca_key")
    openssl req -x509 -new -key "$ca_key" -sha256 -days "${DAYS:-3650}" -subj "/C=VN/O=UBND tinh Quang Ninh/CN=Quang Ninh anti-trafficking CA" \
      -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$ca_crt"
    echo "created $ca_crt (give it to every silo and client) and $ca_key (keep offline)"
    ;;
  silo|client)
    [[ $# -ge 1 ]] || usage
    need_ca
    name=$1
    shift
    request "$name"
    if [[ $kind == silo ]]; then
      san=$(printf 'DNS:%s,' "$name" "$@")
      sign "$dir/$name.csr" "$dir/$name.crt" "serverAuth,clientAuth" "${san%,}"
    else
      sign "$dir/$name.csr" "$dir/$name.crt" "clientAuth"
    fi
    rm -f "$dir/$name.csr"
    ;;
  sign)
    [[ $# -ge 1 && -f $1 ]] || usage
    need_ca
    name=$(basename "$1" .csr)
    sign "$1" "$dir/$name.crt" "clientAuth"
    ;;
  *) usage ;;
esac
