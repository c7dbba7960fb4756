# mcp-playwright as an image, the way the Docker MCP catalog runs servers. Build from the repository root:
#   docker build -f docker/playwright.Dockerfile -t mcp-playwright .
# A client launches it over stdio (the default), e.g. in Claude Desktop's config:
#   "command": "docker", "args": ["run", "-i", "--rm", "--init", "mcp-playwright"]
# Or over Streamable HTTP, which beyond loopback needs a token:
#   docker run -p 3102:3102 -e MCP_TRANSPORT=http -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) mcp-playwright
#
# Chromium runs as the non-root user 'browser' under Docker's default seccomp profile, with one flag: --no-sandbox
# (PLAYWRIGHT_NO_SANDBOX=1). Chromium's own sandbox needs user namespaces, which the default profile does not let a
# process without CAP_SYS_ADMIN create, and Debian's Chromium has no setuid helper. Giving the container SYS_ADMIN or
# seccomp=unconfined would weaken the box around everything, so the container is the boundary instead: a page that
# broke out of its renderer would be uid 10001 with no capabilities, under the default seccomp filter, in a container
# with nothing of the host's mounted and no data but its own.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build
WORKDIR /src
# Restore from the project files alone: this layer is built again only when the dependencies change.
COPY nuget.config global.json Directory.Build.props Directory.Packages.props ./
COPY shared/Hosting/McpServers.Hosting.csproj shared/Hosting/
COPY shared/ProcessPool/McpServers.ProcessPool.csproj shared/ProcessPool/
COPY shared/WorkerRpc/McpServers.WorkerRpc.csproj shared/WorkerRpc/
COPY workers/PlaywrightWorker/McpServers.PlaywrightWorker.csproj workers/PlaywrightWorker/
COPY servers/Playwright/McpServers.Playwright.csproj servers/Playwright/
# (the worker, a project reference, with it)
RUN dotnet restore servers/Playwright/McpServers.Playwright.csproj -r linux-x64
COPY shared/Hosting/ shared/Hosting/
COPY shared/ProcessPool/ shared/ProcessPool/
COPY shared/WorkerRpc/ shared/WorkerRpc/
COPY workers/PlaywrightWorker/ workers/PlaywrightWorker/
COPY servers/Playwright/ servers/Playwright/
# The server (Native AOT); publishing it publishes its worker (ReadyToRun, on the .NET runtime) beside it, where the
# server finds it.
RUN dotnet publish servers/Playwright/McpServers.Playwright.csproj -c Release -r linux-x64 --no-restore -o /app \
 && rm -f /app/*.dbg \
 && chmod +x /app/.playwright/node/linux-x64/node  # Playwright's driver: publish copies it without its execute bit

# Debian, for its Chromium (Ubuntu's is a snap, which a container cannot run), with the .NET and ASP.NET Core runtimes
# of Microsoft's image (the worker is ReadyToRun on them; the server itself is Native AOT).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS dotnet
FROM debian:bookworm-slim
COPY --from=dotnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation ca-certificates libssl3 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 10001 --create-home --shell /usr/sbin/nologin browser
COPY --from=build /app/ /app/
USER browser
ENV PLAYWRIGHT_BROWSER_PATH=/usr/bin/chromium \
    PLAYWRIGHT_NO_SANDBOX=1 \
    PLAYWRIGHT_OUTPUT_DIR=/home/browser/output \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3102
EXPOSE 3102
# Over HTTP the health check asks /healthz; over stdio there is no port to ask and a running container is healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["/bin/bash", "-c", "[ \"$MCP_TRANSPORT\" != http ] || { exec 3<>/dev/tcp/127.0.0.1/$MCP_PORT && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3; }"]
# The MCP registry takes this image as the server its server.json names (io.modelcontextprotocol.server.name).
LABEL io.modelcontextprotocol.server.name="io.github.mcpservers/mcp-playwright"
ENTRYPOINT ["/app/mcp-playwright"]
