# mcp-memory as an image, the way the Docker MCP catalog runs servers. Build from the repository root:
#   docker build -f docker/memory.Dockerfile -t mcp-memory .
# A client launches it over stdio (the default), e.g. in Claude Desktop's config:
#   "command": "docker", "args": ["run", "-i", "--rm", "-v", "mcp-memory:/data", "mcp-memory"]
# Or over Streamable HTTP, which beyond loopback needs a token:
#   docker run -p 3101:3101 -e MCP_TRANSPORT=http -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v mcp-memory:/data mcp-memory
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build
WORKDIR /src
# Restore from the project files alone: this layer is built again only when the dependencies change.
COPY nuget.config global.json Directory.Build.props Directory.Packages.props ./
COPY shared/Hosting/McpServers.Hosting.csproj shared/Hosting/
COPY shared/Storage/McpServers.Storage.csproj shared/Storage/
COPY servers/Memory/McpServers.Memory.csproj servers/Memory/
RUN dotnet restore servers/Memory/McpServers.Memory.csproj -r linux-x64
COPY shared/Hosting/ shared/Hosting/
COPY shared/Storage/ shared/Storage/
COPY servers/Memory/ servers/Memory/
# The published folder without its debug symbols: the binary and any native library beside it (SQLite's).
RUN dotnet publish servers/Memory/McpServers.Memory.csproj -c Release -r linux-x64 --no-restore -o /app && rm -f /app/*.dbg

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
# Not root: the server runs as 'mcp' (uid 10001), whose home and only writable place is /data.
RUN useradd --uid 10001 --home-dir /data --no-create-home --shell /usr/sbin/nologin mcp && mkdir /data && chown mcp:mcp /data
COPY --from=build /app/ /app/
USER mcp
ENV MEMORY_FILE_PATH=/data/memory.jsonl \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3101
# The volume holds the memory file.
VOLUME /data
EXPOSE 3101
# Over HTTP the health check asks /healthz; over stdio there is no port to ask and a running container is healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["/bin/bash", "-c", "[ \"$MCP_TRANSPORT\" != http ] || { exec 3<>/dev/tcp/127.0.0.1/$MCP_PORT && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3; }"]
# The MCP registry takes this image as the server its server.json names (io.modelcontextprotocol.server.name).
LABEL io.modelcontextprotocol.server.name="io.github.mcpservers/mcp-memory"
ENTRYPOINT ["/app/mcp-memory"]
