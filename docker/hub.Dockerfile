# mcp-hub over Streamable HTTP, with mcp-memory and mcp-rss beside it to run. Build from the repository root:
#   docker build -f docker/hub.Dockerfile -t mcp-hub .
#   docker run -p 3110:3110 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v hub:/data mcp-hub
# /data/hub.json is the config (Claude Desktop's format); the image starts with one that runs both servers.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish servers/Hub/McpServers.Hub.csproj -c Release -o /app \
 && dotnet publish servers/Memory/McpServers.Memory.csproj -c Release -o /app \
 && dotnet publish servers/Rss/McpServers.Rss.csproj -c Release -o /app \
 && printf '{"mcpServers": {"memory": {"command": "/app/mcp-memory", "args": ["--memory-file", "/data/memory.jsonl"]}, "rss": {"command": "/app/mcp-rss", "args": ["--database", "/data/rss.db"]}}}\n' > /app/hub.json

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app .
ENV HUB_CONFIG=/app/hub.json \
    MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3110
VOLUME /data
EXPOSE 3110
HEALTHCHECK CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3110 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["/app/mcp-hub"]
