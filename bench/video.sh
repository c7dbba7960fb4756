#!/usr/bin/env bash
# mcp-video on a generated 5-minute 720p clip (testsrc2, 25 fps, H.264, a hard cut every 30 s): 8 evenly spaced frames,
# scene detection speed, a 12-thumbnail contact sheet; medians of N calls over stdio. Usage: bench/video.sh [repetitions=3].
# Writes docs/benchmarks.md ("video"). No peer is run: the peers return one keyframe per call, not the same work.
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-3}
scripts/install-deps.sh
dotnet build bench/VideoBench -c Release -nologo -clp:ErrorsOnly
dotnet publish servers/Video -c Release -nologo -clp:ErrorsOnly

folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
# Two encodings of the same picture: keyframes every 2 s (as streaming sites and HLS/DASH encode) and x264's default
# (every 10 s, 250 frames). An exact frame must be decoded from the keyframe before it, so the GOP sets the cost.
table=$(mktemp)
for gop in 50 250; do
  ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=s=1280x720:r=25:d=300" \
    -vf "hue=h=36*floor(t/30),negate=enable='mod(floor(t/30),2)'" \
    -c:v libx264 -preset veryfast -g "$gop" -pix_fmt yuv420p "$folder/clip-$gop.mp4"
  part=$(mktemp)
  artifacts/bin/McpServers.Bench.Video/release/video-bench artifacts/publish/McpServers.Video/release/mcp-video "$folder/clip-$gop.mp4" 300 "$repetitions" "$part" "keyframe every $((gop / 25)) s"
  cat "$part" >> "$table"
  rm -f "$part"
done
{
  echo "Run: \`bench/video.sh $repetitions\` on $(nproc) cores, $(date -u +%Y-%m-%d), $(ffmpeg -version | head -1 | cut -d' ' -f1-3); a 5-minute 1280x720 25 fps H.264 clip (x264 veryfast) with a hard cut every 30 s; medians of $repetitions calls over stdio."
  echo
  echo "| measurement | target | mcp-video |"
  echo "|---|---:|---:|"
  cat "$table"
} > "$table.md"
python3 bench/update-section.py video "$table.md"
rm -f "$table" "$table.md"
