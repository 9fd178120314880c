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
ENV MMM_MEDIA_DIRECTORY=/app/data/media
# A training run: the site starts on the embedded database, with its repositories made at
# once, stops once its context is ready, and leaves a class data sharing archive of the
# classes it loaded, which every later start maps instead of loading them again (see
# bench/startup.sh). What it wrote is removed.
RUN java -XX:ArchiveClassesAtExit=site.jsa -Dspring.context.exit=onRefresh \
      -Dspring.data.jpa.repositories.bootstrap-mode=default -jar mmm-belgium-site.jar \
    && rm -rf /app/data/* \
    && chown mmm /app/data
USER mmm
EXPOSE 8080
VOLUME /app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=site.jsa", "-jar", "mmm-belgium-site.jar"]
