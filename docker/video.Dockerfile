# mcp-video over Streamable HTTP. Build from the repository root:
#   docker build -f docker/video.Dockerfile -t mcp-video .
#   docker run -p 3104:3104 -e MCP_AUTH_TOKEN=$(openssl rand -hex 32) -v "$PWD:/videos" mcp-video
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish servers/Video/McpServers.Video.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# Videos are read from (and written to) the /videos volume; a token is required because the server listens beyond loopback.
ENV VIDEO_ALLOWED_ROOTS=/videos \
    VIDEO_OUTPUT_DIR=/videos/mcp-video \
    MCP_TRANSPORT=http \
    MCP_HOST=0.0.0.0 \
    MCP_PORT=3104
VOLUME /videos
EXPOSE 3104
HEALTHCHECK CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3104 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["/app/mcp-video"]
