# Web front end (Razor pages, JSON API, SignalR hub), a stateless Orleans client. Build from the repository root:
#   docker build -f deploy/docker/web.Dockerfile -t anti-trafficking-web .
# The browser libraries (chart.js, bootstrap, SignalR) come from npm at build time and are served by the application.
FROM node:20-bookworm-slim AS browser-libraries
WORKDIR /src/src/WebFrontend
COPY src/WebFrontend/package.json src/WebFrontend/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# With node_modules present the build skips its own `npm ci` and only copies the files the pages use.
COPY --from=browser-libraries /src/src/WebFrontend/node_modules/ src/WebFrontend/node_modules/
RUN dotnet publish src/WebFrontend/AntiTrafficking.WebFrontend.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV Urls=http://0.0.0.0:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "AntiTrafficking.WebFrontend.dll"]
