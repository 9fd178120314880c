# The site as a container image: built with the Maven wrapper, run on a JRE as a non-root user.
FROM eclipse-temurin:17.0.15_6-jdk-noble AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/mmm-belgium-site.jar extract --destination extracted

FROM eclipse-temurin:17.0.15_6-jre-noble
RUN useradd --system --create-home --uid 10001 mmm \
    && mkdir -p /app/data \
    && chown mmm /app/data
WORKDIR /app
COPY --from=build /build/extracted/ ./
USER mmm
ENV MMM_MEDIA_DIRECTORY=/app/data/media
EXPOSE 8080
VOLUME /app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "mmm-belgium-site.jar"]
