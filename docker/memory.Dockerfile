# mcp-memory over Streamable HTTP. Build from the repository root:
#   docker build -f docker/memory.Dockerfile -t mcp-memory .
#   docker run -p 3101:3101 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v memory:/data mcp-memory
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish servers/Memory/McpServers.Memory.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The memory file lives on a volume; a token is required because the server listens beyond loopback.
ENV MEMORY_FILE_PATH=/data/memory.jsonl \
    MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3101
VOLUME /data
EXPOSE 3101
HEALTHCHECK CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3101 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["/app/mcp-memory"]
