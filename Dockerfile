# syntax=docker/dockerfile:1
# The application image: built with the Maven wrapper on a JDK, run on a JRE as an unprivileged user.
# Tests are not run here; they run in CI (.ci/run) and with ./mvnw -B verify.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
    && cp target/uppdragsstyrning-*.jar /build/app.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system uppdrag \
    && useradd --system --gid uppdrag --home-dir /app --shell /usr/sbin/nologin uppdrag
WORKDIR /app
COPY --from=build --chown=root:root /build/app.jar app.jar
USER uppdrag
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
