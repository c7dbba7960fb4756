# mcp-sheets over Streamable HTTP. Build from the repository root:
#   docker build -f docker/sheets.Dockerfile -t mcp-sheets .
#   docker run -it --rm -v google:/data mcp-sheets auth login --no-browser --client-secret-file /data/client_secret.json
#   docker run -p 3107:3107 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v google:/data mcp-sheets
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish servers/Sheets/McpServers.Sheets.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app .
# Sign-ins (encrypted) live on the volume; a token is required because the server
# listens beyond loopback.
ENV MCP_OAUTH_STORE=/data/oauth \
    MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3107
VOLUME /data
EXPOSE 3107
HEALTHCHECK CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3107 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["/app/mcp-sheets"]
