#!/usr/bin/env bash
# Builds the mailroom images with podman, without a Docker daemon or a registry (see docker/README.md):
#   1. the base image localhost/debian-base:bookworm, made with debootstrap from this machine's Debian mirror
#      (cached: skipped when it exists; --rebuild makes it again from nothing);
#   2. every image of docker/ from the jars Maven built (`mvn -B -ntp package -DskipTests` first), on that base.
#
# Usage: docker/build-images.sh [--rebuild] [--base-only] [--tag TAG] [NAME...]
#   NAME: ingest-service classifier-service training-service flink-router (default: all four)
# Environment: MAILROOM_IMAGE_BASE overrides the base (e.g. debian:bookworm-slim where a registry is reachable).
# Prints one `image <name> <size MB> <seconds>` line per image, the numbers docker/README.md quotes.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE=localhost/debian-base:bookworm
SUITE=bookworm
ALL=(ingest-service classifier-service training-service flink-router)
rebuild=false
base_only=false
tag=local
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rebuild) rebuild=true ;;
    --base-only) base_only=true ;;
    --tag) tag="$2"; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "build-images: unknown option $1" >&2; exit 2 ;;
    *) names+=("$1") ;;
  esac
  shift
done
[ ${#names[@]} -gt 0 ] || names=("${ALL[@]}")
base="${MAILROOM_IMAGE_BASE:-$BASE_IMAGE}"

command -v podman >/dev/null 2>&1 || { echo "build-images: podman is not installed (see .ci/run)" >&2; exit 3; }

# The first Debian mirror this machine's apt uses (deb822 `URIs:` or one-line `deb` sources).
debian_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
    | awk '/^URIs:/ && $2 !~ /security/ {print $2; exit} /^deb / && $2 !~ /security/ && $2 ~ /^http/ {print $2; exit}')
  echo "${uri:-http://deb.debian.org/debian}"
}

build_base() {
  if [ "$rebuild" = false ] && podman image exists "$BASE_IMAGE"; then
    echo "build-images: base $BASE_IMAGE exists (--rebuild to make it again)"
    return
  fi
  command -v debootstrap >/dev/null 2>&1 || { echo "build-images: debootstrap is not installed" >&2; exit 3; }
  local mirror rootfs start
  mirror=$(debian_mirror)
  rootfs=$(mktemp -d /tmp/mailroom-rootfs.XXXXXX)
  start=$SECONDS
  echo "build-images: debootstrap $SUITE from $mirror"
  debootstrap --variant=minbase "$SUITE" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -n 20 "$rootfs.log" >&2; rm -rf "$rootfs" "$rootfs.log"; exit 1; }
  # the image's apt gets the same suites as a bookworm-slim image: release, updates, security
  cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $mirror $SUITE main
deb $mirror $SUITE-updates main
deb ${mirror%/debian}/debian-security $SUITE-security main
EOF
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log
  tar -C "$rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$rootfs" "$rootfs.log"
  echo "build-images: base $BASE_IMAGE built in $((SECONDS - start)) s"
}

jar_of() {
  case "$1" in
    *-service|flink-router) echo "$1/target/$1.jar" ;;
    *) echo "build-images: unknown image $1 (one of ${ALL[*]})" >&2; exit 2 ;;
  esac
}

if [ "$base" = "$BASE_IMAGE" ]; then build_base; fi
[ "$base_only" = false ] || exit 0

for name in "${names[@]}"; do
  jar=$(jar_of "$name")
  [ -f "$jar" ] || { echo "build-images: $jar is missing: run mvn -B -ntp package -DskipTests first" >&2; exit 1; }
done
for name in "${names[@]}"; do
  start=$SECONDS
  image="localhost/mailroom/$name:$tag"
  podman build --isolation chroot --layers --format docker --build-arg "BASE=$base" \
    -t "$image" -f "docker/$name.Dockerfile" . >"/tmp/mailroom-build-$name.log" 2>&1 \
    || { tail -n 30 "/tmp/mailroom-build-$name.log" >&2; echo "build-images: $name failed" >&2; exit 1; }
  size=$(podman image inspect --format '{{.Size}}' "$image")
  echo "image $name $((size / 1000000)) MB $((SECONDS - start)) s"
done
