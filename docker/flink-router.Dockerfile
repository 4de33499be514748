# syntax=docker/dockerfile:1
# flink-router image. Build context: the repository root, after `mvn -B -ntp package -pl flink-router -am -DskipTests`:
#   docker/build-images.sh flink-router         (podman, base made on this machine; see docker/README.md)
#   docker build -f docker/flink-router.Dockerfile -t mailroom/flink-router:<tag> .
# BASE: any Debian bookworm image. Production builds use the public one (pin its digest:
# --build-arg BASE=debian:bookworm-slim@sha256:...); build-images.sh passes localhost/debian-base:bookworm.
ARG BASE=debian:bookworm-slim

# The router jar bundles the Flink runtime: the image runs the job on an in-process MiniCluster (ROUTER_LOCAL), one
# container per job, checkpointing to a volume and resuming from its newest checkpoint after a restart. On AWS the
# same jar runs on Managed Service for Apache Flink instead (deploy/), without this image.
# Stage 1: the Java runtime and the service user. This RUN is the same in every mailroom image, so a build of all
# four makes it once (one cached layer). Debian's OpenJDK 17 on both bases: the image tested here is the one shipped.
# libgomp1: OpenMP runtime that the XGBoost kernel's native library links against (model-core; nd4j ships its own).
FROM ${BASE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl libgomp1 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && groupadd --system --gid 10001 mailroom \
 && useradd --system --uid 10001 --gid mailroom --create-home --home-dir /home/mailroom --shell /usr/sbin/nologin mailroom

FROM runtime
RUN mkdir -p /opt/mailroom /var/lib/mailroom/router/checkpoints \
 && chown mailroom:mailroom /var/lib/mailroom/router/checkpoints
COPY flink-router/target/flink-router.jar /opt/mailroom/flink-router.jar
ENV ROUTER_LOCAL=true \
    ROUTER_CHECKPOINT_DIR=file:///var/lib/mailroom/router/checkpoints \
    ROUTER_RESUME_LATEST=true

USER 10001:10001
# No HTTP server to probe: healthy while checkpoints complete (one every ROUTER_CHECKPOINT_INTERVAL, 10 s by default),
# which needs the job running and Kafka reachable. find and grep are in every Debian image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD find /var/lib/mailroom/router/checkpoints -name _metadata -mmin -2 | grep -q . || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/mailroom/flink-router.jar"]
