# Vigie on the official Payara Micro 6 image (Java 17).
# Build the WAR first:   mvn -B clean package -DskipTests
# Then:                  docker build -t vigie .
# Database: set DB_URL, DB_USER, DB_PASSWORD and DB_DATASOURCE_CLASS (PostgreSQL in production, see README).
# Without them Vigie uses an embedded H2 database in /opt/payara/data (mount a volume there to keep it).
# VIGIE_HTTP_THREADS sets the HTTP worker threads (default 4: about 2 per core, see docs/benchmarks.md).
FROM payara/micro:6.2025.10-jdk17

USER root
RUN mkdir -p /opt/payara/data /opt/payara/config && chown -R payara:payara /opt/payara/data /opt/payara/config
USER payara

COPY --chown=payara:payara src/main/resources/pre-boot-commands.txt /opt/payara/config/pre-boot-commands.txt
COPY --chown=payara:payara src/main/resources/post-boot-commands.txt /opt/payara/config/post-boot-commands.txt
COPY --chown=payara:payara target/vigie.war /opt/payara/deployments/ROOT.war

WORKDIR /opt/payara
VOLUME /opt/payara/data
EXPOSE 8080
ENV JVM_ARGS="-Xmx512m"

# The image's entrypoint runs payara-micro.jar; these are its arguments.
CMD ["--deploymentDir", "/opt/payara/deployments", "--contextroot", "/", "--nocluster", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.txt", \
     "--postbootcommandfile", "/opt/payara/config/post-boot-commands.txt"]
