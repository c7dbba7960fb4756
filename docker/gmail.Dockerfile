# mcp-gmail over Streamable HTTP. Build from the repository root:
#   docker build -f docker/gmail.Dockerfile -t mcp-gmail .
#   docker run -it --rm -v gmail:/data mcp-gmail auth login --no-browser --client-secret-file /data/client_secret.json
#   docker run -p 3105:3105 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v gmail:/data mcp-gmail
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish servers/Gmail/McpServers.Gmail.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app .
# Sign-ins (encrypted), attachments to send and downloads live on the volume; a token is required because the server
# listens beyond loopback.
ENV MCP_OAUTH_STORE=/data/oauth \
    GMAIL_ATTACHMENT_ROOTS=/data/attachments \
    GMAIL_DOWNLOAD_FOLDER=/data/downloads \
    MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3105
VOLUME /data
EXPOSE 3105
HEALTHCHECK CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3105 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["/app/mcp-gmail"]
