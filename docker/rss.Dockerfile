# mcp-rss over Streamable HTTP. Build from the repository root:
#   docker build -f docker/rss.Dockerfile -t mcp-rss .
#   docker run -p 3103:3103 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v rss:/data mcp-rss
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish servers/Rss/McpServers.Rss.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The database lives on a volume; a token is required because the server listens beyond loopback.
ENV RSS_DATABASE=/data/rss.db \
    MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3103
VOLUME /data
EXPOSE 3103
HEALTHCHECK CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3103 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["/app/mcp-rss"]
