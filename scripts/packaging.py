#!/usr/bin/env python3
"""Package descriptions of the servers, made from one source: packaging/servers.json (ids, titles, bundle settings)
and each built server's own --help (its description, options, environment variables and defaults).

  scripts/packaging.py server-json [--check] [--binaries DIR]
      writes servers/<X>/.mcp/server.json (the MCP registry's format, packed into the .NET tool package);
      --check only says which differ from what the binaries teach now (exit 1).
  scripts/packaging.py manifest <server> [--binaries DIR]
      prints the Claude Desktop bundle manifest (.mcpb manifest.json) of one server.

DIR is where the built executables are (default: artifacts/publish, else artifacts/bin, as scripts/publish.sh and
dotnet build leave them).
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGISTRY_SCHEMA = "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json"  # packaging/schemas/SOURCE.txt
# Hosting's HTTP settings: a packaged server is launched over stdio, where they do nothing.
HTTP_ONLY = {"MCP_TRANSPORT", "MCP_HOST", "MCP_PORT", "MCP_AUTH_TOKEN", "MCP_ALLOWED_ORIGINS", "MCP_ALLOWED_HOSTS",
             "MCP_STATELESS", "MCP_MAX_SESSIONS", "MCP_SESSION_IDLE_TIMEOUT", "MCP_MAX_BODY_BYTES"}
# Header values and endpoint URLs carry credentials as often as not (Authorization=Bearer ..., wss://...?token=).
SECRET_NAME = re.compile(r"token|secret|passw|credential|key|auth|headers|endpoint", re.IGNORECASE)
OPTION = re.compile(r"^\s{2}(--[a-z0-9-]+)(?: <value>)?\s{2,}(.*)$")


def load():
    with open(os.path.join(ROOT, "packaging", "servers.json"), encoding="utf-8") as f:
        return json.load(f)


def summary(server):
    """The project's one-line <Description> (the package's description too): at most 100 characters, as registries ask."""
    with open(os.path.join(ROOT, server["project"]), encoding="utf-8") as f:
        match = re.search(r"<Description>(.*?)</Description>", f.read())
    if not match or len(match.group(1)) > 100:
        sys.exit(f"{server['project']} needs a <Description> of at most 100 characters")
    return match.group(1).replace("&amp;", "&")


def executable(server, binaries):
    project = os.path.splitext(os.path.basename(server["project"]))[0]
    candidates = [os.path.join(binaries, project, "release", server["executable"])] if binaries else [
        os.path.join(ROOT, "artifacts", "publish", project, "release", server["executable"]),
        os.path.join(ROOT, "artifacts", "bin", project, "debug", server["executable"]),
        os.path.join(ROOT, "artifacts", "bin", project, "release", server["executable"]),
    ]
    for path in candidates:
        if os.path.exists(path):
            return path
    sys.exit(f"{server['executable']} is not built (looked at {', '.join(candidates)}); run scripts/publish.sh or dotnet build first")


def read_help(path):
    """The server's description and its options: [{flag, description, default, env, is_flag}]."""
    text = subprocess.run([path, "--help"], capture_output=True, text=True, check=True).stdout
    lines = text.splitlines()
    description = lines[1].strip() if lines and lines[0].startswith("Description") else ""
    options = []
    for line in lines:
        match = OPTION.match(line)
        if not match:
            if options and line.startswith(" " * 20) and not line.strip().startswith("-"):
                options[-1]["text"] += " " + line.strip()  # a wrapped description
            continue
        options.append({"flag": match.group(1), "text": match.group(2).strip(), "is_flag": "<value>" not in line})
    for option in options:
        text = option.pop("text")
        env = re.search(r"\[env: ([A-Z0-9_]+)\]", text)
        default = re.search(r"\(default: ([^)]*)\)", text)
        option["env"] = env.group(1) if env else None
        option["default"] = default.group(1) if default else None
        option["description"] = re.sub(r"\s*\[env: [A-Z0-9_]+\]", "", re.sub(r"\s*\(default: [^)]*\)", "", text)).strip()
    return description, options


def env_format(option):
    if option["is_flag"]:
        return "boolean"
    if option["default"] and re.fullmatch(r"-?\d+(\.\d+)?", option["default"]):
        return "number"
    if re.search(r"\b(file|folder|directory|path|executable)\b", option["description"], re.IGNORECASE):
        return "filepath"
    return "string"


def server_json(key, server, meta, binaries):
    description, options = read_help(executable(server, binaries))
    variables = []
    for option in options:
        if not option["env"] or option["env"] in HTTP_ONLY:
            continue
        variable = {"name": option["env"], "description": option["description"] + f" ({option['flag']})",
                    "isRequired": any(s["env"] == option["env"] and s["required"] for s in server["settings"]),
                    "isSecret": bool(SECRET_NAME.search(option["env"])), "format": env_format(option)}
        # Only a literal value is a default; prose ("beside mcp-playwright", "$TMPDIR/...", "none") describes one.
        if option["default"] and " " not in option["default"] and not option["default"].startswith(("$", "~", "none", "beside", "ffmpeg", "ffprobe", "loopback")):
            variable["default"] = "true" if option["is_flag"] else option["default"]
        variables.append(variable)
    package_id = os.path.splitext(os.path.basename(server["project"]))[0]
    return {
        "$schema": REGISTRY_SCHEMA,
        "name": f"{meta['registryNamespace']}/{server['executable']}",
        "title": server["title"],
        "description": summary(server),
        "version": meta["version"],
        "repository": {"url": meta["repository"], "source": "github"},
        "packages": [{
            "registryType": "nuget",
            "registryBaseUrl": "https://api.nuget.org/v3/index.json",
            "identifier": package_id,
            "version": meta["version"],
            "transport": {"type": "stdio"},
            "environmentVariables": variables,
        }],
        "_meta": {"io.modelcontextprotocol.registry/publisher-provided": {"longDescription": description}},
    }


def manifest(key, server, meta, binaries):
    description, options = read_help(executable(server, binaries))
    by_env = {o["env"]: o for o in options if o["env"]}
    user_config = {}
    env = {}
    for setting in server["settings"]:
        name = setting["env"].lower()
        entry = {"type": setting["type"], "title": setting["title"], "description": setting["description"],
                 "required": setting["required"]}
        if SECRET_NAME.search(setting["env"]):
            entry["sensitive"] = True
        user_config[name] = entry
        env[setting["env"]] = "${user_config." + name + "}"
        if setting["env"] not in by_env:
            sys.exit(f"{server['executable']} --help names no {setting['env']}")
    return {
        "manifest_version": "0.3",
        "name": server["executable"],
        "display_name": server["title"],
        "version": meta["version"],
        "description": summary(server),
        "long_description": description,
        "author": {"name": "McpServers"},
        "repository": {"type": "git", "url": meta["repository"]},
        "server": {
            "type": "binary",
            "entry_point": "server/" + server["executable"],
            "mcp_config": {"command": "${__dirname}/server/" + server["executable"], "args": [], "env": env},
        },
        "user_config": user_config,
        "compatibility": {"platforms": ["linux"]},
    }


def main(args):
    meta = load()
    binaries = None
    if "--binaries" in args:
        at = args.index("--binaries")
        binaries = os.path.abspath(args[at + 1])
        del args[at:at + 2]
    if args[:1] == ["server-json"]:
        stale = []
        for key, server in meta["servers"].items():
            path = os.path.join(ROOT, os.path.dirname(server["project"]), ".mcp", "server.json")
            text = json.dumps(server_json(key, server, meta, binaries), indent=2) + "\n"
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if current != text:
                stale.append(os.path.relpath(path, ROOT))
                if "--check" not in args:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
        # The registry takes a NuGet package as the server's only when its README (ours: the repository's) says
        # "mcp-name: <name>"; a name ended by whitespace or a tag is read the same by every version of its check.
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        for server in meta["servers"].values():
            name = f"{meta['registryNamespace']}/{server['executable']}"
            if not re.search(r"mcp-name: " + re.escape(name) + r"(\s|<)", readme):
                stale.append(f"README.md (no 'mcp-name: {name}' line)")
        if "--check" in args and stale:
            sys.exit("out of date (server.json: run scripts/packaging.py server-json, which writes what the binaries teach "
                     "now): " + ", ".join(stale))
        for path in stale:
            print("wrote" if path.endswith(".json") else "missing:", path)
    elif args[:1] == ["manifest"] and len(args) == 2:
        print(json.dumps(manifest(args[1], meta["servers"][args[1]], meta, binaries), indent=2))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
