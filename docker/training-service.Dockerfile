# syntax=docker/dockerfile:1
# training-service image. Build context: the repository root, after `mvn -B -ntp package -pl training-service -am -DskipTests`:
#   docker/build-images.sh training-service         (podman, base made on this machine; see docker/README.md)
#   docker build -f docker/training-service.Dockerfile -t mailroom/training-service:<tag> .
# BASE: any Debian bookworm image. Production builds use the public one (pin its digest:
# --build-arg BASE=debian:bookworm-slim@sha256:...); build-images.sh passes localhost/debian-base:bookworm.
ARG BASE=debian:bookworm-slim

# Stage 1: the Java runtime and the service user. This RUN is the same in every mailroom image, so a build of all
# four makes it once (one cached layer). Debian's OpenJDK 17 on both bases: the image tested here is the one shipped.
# libgomp1: OpenMP runtime that the XGBoost kernel's native library links against (model-core; nd4j ships its own).
FROM ${BASE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl libgomp1 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && groupadd --system --gid 10001 mailroom \
 && useradd --system --uid 10001 --gid mailroom --create-home --home-dir /home/mailroom --shell /usr/sbin/nologin mailroom

# Stage 2: split the Spring Boot jar into its layers (dependencies change rarely, application often).
FROM runtime AS layers
WORKDIR /build
COPY training-service/target/training-service.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted \
 && mkdir -p extracted/dependencies extracted/spring-boot-loader extracted/snapshot-dependencies extracted/application

# Stage 3: the image.
FROM runtime
RUN mkdir -p /var/lib/mailroom/datasets \
 && chown mailroom:mailroom /var/lib/mailroom/datasets

WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./

USER 10001:10001
EXPOSE 8083
# The port follows SERVER_PORT (ECS sets it to the task definition's port; tests pick free ones).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:${SERVER_PORT:-8083}/actuator/health/liveness || exit 1
# Heap follows the container's memory limit; an OutOfMemoryError ends the process so the orchestrator replaces it.
# Add flags with JAVA_TOOL_OPTIONS; choose the profile with SPRING_PROFILES_ACTIVE (aws on ECS, local in compose).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
