# syntax=docker/dockerfile:1
# training-service image. Build context: the repository root, after `mvn -B -ntp package -pl training-service -am -DskipTests`:
#   docker build -f docker/training-service.Dockerfile -t mailroom/training-service:<tag> .
ARG JRE_IMAGE=eclipse-temurin:17-jre-noble

# Stage 1: split the Spring Boot jar into its layers (dependencies change rarely, application often).
FROM ${JRE_IMAGE} AS layers
WORKDIR /build
COPY training-service/target/training-service.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted \
 && mkdir -p extracted/dependencies extracted/spring-boot-loader extracted/snapshot-dependencies extracted/application

# Stage 2: the runtime image. libgomp1: OpenMP runtime that the XGBoost kernel's native library links against
# (model-core; nd4j brings its own copy, xgboost4j does not).
FROM ${JRE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libgomp1 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 mailroom \
 && useradd --system --uid 10001 --gid mailroom --create-home --home-dir /home/mailroom --shell /usr/sbin/nologin mailroom \
 && mkdir -p /var/lib/mailroom/datasets \
 && chown mailroom:mailroom /var/lib/mailroom/datasets

WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./

USER 10001:10001
EXPOSE 8083
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8083/actuator/health/liveness || exit 1
# Heap follows the container's memory limit; an OutOfMemoryError ends the process so the orchestrator replaces it.
# Add flags with JAVA_TOOL_OPTIONS; choose the profile with SPRING_PROFILES_ACTIVE (aws on ECS, local in compose).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
