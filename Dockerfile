# Production image: build with Maven, run on a JRE. docker compose up uses it (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 workout && mkdir -p /app/inbox /app/routes && chown -R workout /app
WORKDIR /app
COPY --from=build /src/target/workout-plan-parser-*.jar app.jar
COPY routes routes
USER workout
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD wget -qO- http://127.0.0.1:8080/actuator/health | grep -q '"UP"' || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
