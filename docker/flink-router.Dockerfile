# syntax=docker/dockerfile:1
# flink-router image: the Flink distribution with the router job in usrlib, for Flink's application mode
# (`standalone-job` on the jobmanager, `taskmanager` on the workers; see docker/compose.yaml). Build context: the
# repository root, after `mvn -B -ntp package -pl flink-router -am -DskipTests`:
#   docker build -f docker/flink-router.Dockerfile -t mailroom/flink-router:<tag> .
ARG FLINK_IMAGE=flink:2.2.1-java17

FROM ${FLINK_IMAGE}
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /opt/flink/usrlib /opt/flink/checkpoints \
 && chown flink:flink /opt/flink/usrlib /opt/flink/checkpoints
COPY --chown=flink:flink flink-router/target/flink-router.jar /opt/flink/usrlib/flink-router.jar

# The image's entrypoint runs as the flink user (uid 9999) already; declare it so the image never starts as root.
USER flink
# Jobmanager REST API; compose overrides the check for taskmanagers, which serve no HTTP.
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8081/overview || exit 1
