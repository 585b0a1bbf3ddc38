# Orleans silo (every grain, the Orleans dashboard's data collection, the schema migrations). Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t anti-trafficking-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# The SQL migrations are embedded into the Persistence assembly from deploy/sql.
COPY deploy/sql/ deploy/sql/
# ReadyToRun: the silo's code is compiled ahead of time, so a restarted silo serves sooner (bench/README, cold start).
RUN dotnet publish src/Silo/AntiTrafficking.Silo.csproj -c Release --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# Reference data (provinces, units, agencies, programs) is read from files at every start.
COPY data/ /app/data/
ENV Data__Root=/app/data \
    Urls=http://0.0.0.0:8081
# 8081: health and metrics endpoints; 11111: silo-to-silo; 30000: gateway for the web front end and .NET clients.
EXPOSE 8081 11111 30000
USER $APP_UID
ENTRYPOINT ["dotnet", "AntiTrafficking.Silo.dll"]
