# syntax=docker/dockerfile:1
# classifier-service image. Build context: the repository root, after `mvn -B -ntp package -pl classifier-service -am -DskipTests`:
#   docker build -f docker/classifier-service.Dockerfile -t mailroom/classifier-service:<tag> .
ARG JRE_IMAGE=eclipse-temurin:17-jre-noble

# Stage 1: split the Spring Boot jar into its layers (dependencies change rarely, application often).
FROM ${JRE_IMAGE} AS layers
WORKDIR /build
COPY classifier-service/target/classifier-service.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted \
 && mkdir -p extracted/dependencies extracted/spring-boot-loader extracted/snapshot-dependencies extracted/application

# Stage 2: the runtime image. libgomp1: OpenMP runtime that the XGBoost kernel's native library links against
# (model-core; nd4j brings its own copy, xgboost4j does not).
FROM ${JRE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libgomp1 tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 mailroom \
 && useradd --system --uid 10001 --gid mailroom --create-home --home-dir /home/mailroom --shell /usr/sbin/nologin mailroom

# Tesseract: system libtesseract (tess4j loads it through JNA), English data, one OpenMP thread per OCR
# worker (more threads made a page 5x slower on a small machine).
ENV TESSDATA_PREFIX=/usr/share/tesseract-ocr/5/tessdata \
    OMP_THREAD_LIMIT=1

WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./

USER 10001:10001
EXPOSE 8082
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8082/actuator/health/liveness || exit 1
# Heap follows the container's memory limit; an OutOfMemoryError ends the process so the orchestrator replaces it.
# Add flags with JAVA_TOOL_OPTIONS; choose the profile with SPRING_PROFILES_ACTIVE (aws on ECS, local in compose).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
