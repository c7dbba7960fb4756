"""A small MCP stdio server without ping (as the 2026-07-28 revision's servers may be): initialize and tools/list only.

Every other request, ping included, is answered "method not found" -- prompts/list too, though it claims prompts. Each tools/list is noted on stderr, so a test can
see the hub's health checks arrive as tools/list.
"""
import json
import sys

lists = 0
for line in sys.stdin:
    message = json.loads(line)
    if "id" not in message:
        continue  # a notification
    method = message.get("method")
    if method == "initialize":
        result = {
            "protocolVersion": message["params"]["protocolVersion"],
            "capabilities": {"tools": {}, "prompts": {}},
            "serverInfo": {"name": "no-ping", "version": "1"},
        }
        reply = {"jsonrpc": "2.0", "id": message["id"], "result": result}
    elif method == "tools/list":
        lists += 1
        print(f"tools/list {lists}", file=sys.stderr, flush=True)
        tool = {"name": "hello", "description": "Says hello", "inputSchema": {"type": "object"}}
        reply = {"jsonrpc": "2.0", "id": message["id"], "result": {"tools": [tool]}}
    else:
        reply = {"jsonrpc": "2.0", "id": message["id"], "error": {"code": -32601, "message": f"Method not found: {method}"}}
    print(json.dumps(reply), flush=True)
