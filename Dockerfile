# Production image: build with Maven, run on a JRE as a non-root user. docker compose up uses it (docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 workout && mkdir -p /app/inbox /app/routes /app/data && chown -R workout /app
WORKDIR /app
COPY --from=build /src/target/workout-plan-parser-*.jar app.jar
COPY routes routes
USER workout
# Sized for a container: the heap is 75 % of the container's memory limit (mem_limit in docker-compose.yml), the
# rest is left for metaspace, threads and the direct buffers of the HTTP stack. Override JAVA_TOOL_OPTIONS to change it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# /actuator/health answers its status to everyone; bash's /dev/tcp needs no curl or wget in the image
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
