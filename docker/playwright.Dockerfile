# mcp-playwright over Streamable HTTP, with Debian's Chromium. Build from the repository root:
#   docker build -f docker/playwright.Dockerfile -t mcp-playwright .
#   docker run -p 3102:3102 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) --shm-size=1g mcp-playwright
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# Server and worker side by side: the server finds mcp-playwright-worker beside itself.
RUN dotnet publish servers/Playwright/McpServers.Playwright.csproj -c Release -o /app \
 && dotnet publish workers/PlaywrightWorker/McpServers.PlaywrightWorker.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 browser
WORKDIR /app
COPY --from=build /app .
# Not root, so Chromium keeps its sandbox.
USER browser
ENV MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3102 \
    PLAYWRIGHT_BROWSER_PATH=/usr/bin/chromium
EXPOSE 3102
ENTRYPOINT ["/app/mcp-playwright"]
