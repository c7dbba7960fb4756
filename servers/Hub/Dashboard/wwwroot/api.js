/*
 * mcp-hub API reference: renders /openapi/v1.json (fetched with the token header) and lets you try each call.
 * Needs app.js first (window.McpHub: token, fetch, DOM helpers). Spec text is only ever set with textContent.
 */
(() => {
  "use strict";

  const { el, setChildren, apiFetch, apiJson, errorText, copyButton } = window.McpHub;
  const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];
  const STREAM_SECONDS = 5;

  let spec = null;

  // ---- $ref helpers -----------------------------------------------------

  /** Resolves a local JSON pointer like "#/components/schemas/ServerView" (undefined when not found). */
  function resolveRef(ref) {
    if (typeof ref !== "string" || !ref.startsWith("#/")) return undefined;
    let node = spec;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (!node || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
      node = node[key];
    }
    return node;
  }

  const refName = (ref) => String(ref).split("/").pop();

  /** Follows $ref chains of parameters, request bodies, responses. */
  function deref(node) {
    for (let i = 0; i < 10 && node && typeof node === "object" && typeof node.$ref === "string"; i++) {
      const target = resolveRef(node.$ref);
      if (target === undefined) break;
      node = target;
    }
    return node;
  }

  /** A copy of a schema with every resolvable $ref inlined (cycles and deep nesting left as $ref). */
  function expand(node, stack = []) {
    if (Array.isArray(node)) return node.map((n) => expand(n, stack));
    if (!node || typeof node !== "object") return node;
    if (typeof node.$ref === "string") {
      const target = resolveRef(node.$ref);
      if (target === undefined || stack.includes(node.$ref) || stack.length > 8) return { $ref: node.$ref };
      const siblings = Object.entries(node).filter(([k]) => k !== "$ref");
      return expand(Object.assign({}, target, Object.fromEntries(siblings)), [...stack, node.$ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expand(v, stack)]));
  }

  /** A short type label: "string", "integer (int32)", "ServerView[]", "string | null". */
  function typeLabel(schema, depth = 0) {
    if (!schema || typeof schema !== "object") return "any";
    if (typeof schema.$ref === "string") return refName(schema.$ref);
    if (depth > 4) return "…";
    const alternatives = schema.oneOf || schema.anyOf;
    if (Array.isArray(alternatives)) return alternatives.map((s) => typeLabel(s, depth + 1)).join(" | ");
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (!types.length) {
      if (schema.properties) return "object";
      if (Array.isArray(schema.enum)) return "enum";
      return "any";
    }
    return types.map((t) => {
      if (t === "array") return `${typeLabel(schema.items, depth + 1)}[]`;
      if (t === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
        return `map of ${typeLabel(schema.additionalProperties, depth + 1)}`;
      }
      return schema.format && t !== "null" ? `${t} (${schema.format})` : String(t);
    }).join(" | ");
  }

  /** An example value built from a schema's properties (for the Try-it body). */
  function exampleFor(schema, depth = 0, stack = []) {
    if (!schema || typeof schema !== "object" || depth > 6) return null;
    if (typeof schema.$ref === "string") {
      if (stack.includes(schema.$ref)) return {};
      return exampleFor(resolveRef(schema.$ref), depth + 1, [...stack, schema.$ref]);
    }
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if (schema.default !== undefined) return schema.default;
    if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
    const alternatives = schema.oneOf || schema.anyOf;
    if (Array.isArray(alternatives) && alternatives.length) return exampleFor(alternatives[0], depth + 1, stack);
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => t && t !== "null");
    const type = types[0] || (schema.properties ? "object" : undefined);
    switch (type) {
      case "object": {
        const out = {};
        for (const [key, prop] of Object.entries(schema.properties || {})) {
          Object.defineProperty(out, key, { value: exampleFor(prop, depth + 1, stack), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case "array": return [];
      case "string": return "";
      case "integer": case "number": return 0;
      case "boolean": return false;
      default: return null;
    }
  }

  // ---- Rendering --------------------------------------------------------

  function schemaBlock(schema) {
    if (!schema) return el("p", { class: "muted" }, "No schema.");
    return el("div", null,
      typeof schema.$ref === "string" && el("p", { class: "hint" }, "Schema: ", el("code", null, refName(schema.$ref))),
      el("pre", { class: "code", "data-testid": "schema" }, JSON.stringify(expand(schema), null, 2)));
  }

  /** Parameters of a path item and an operation (the operation's win), $refs resolved. */
  function parametersOf(pathItem, op) {
    const byKey = new Map();
    for (const p of [...(pathItem.parameters || []), ...(op.parameters || [])].map(deref)) {
      if (p && typeof p === "object" && p.name) byKey.set(`${p.in}:${p.name}`, p);
    }
    return [...byKey.values()];
  }

  /** A description ending with a full stop (so appended notes read well). */
  const sentence = (text) => {
    const t = String(text ?? "").trim();
    return !t || /[.!?:]$/.test(t) ? t : `${t}.`;
  };

  function parametersTable(params) {
    return el("div", { class: "table-wrap" },
      el("table", { class: "table", "data-testid": "parameters" },
        el("thead", null, el("tr", null, ["Name", "In", "Type", "Required", "Description"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", null, params.map((p) => {
          const schema = p.schema || {};
          const enumText = Array.isArray(deref(schema)?.enum) ? ` One of: ${deref(schema).enum.join(", ")}.` : "";
          const defaultText = deref(schema)?.default !== undefined ? ` Default: ${JSON.stringify(deref(schema).default)}.` : "";
          return el("tr", null,
            el("td", { "data-label": "Name" }, el("code", null, String(p.name))),
            el("td", { "data-label": "In" }, String(p.in ?? "")),
            el("td", { "data-label": "Type" }, typeLabel(schema)),
            el("td", { "data-label": "Required" }, p.required ? "yes" : "no"),
            el("td", { "data-label": "Description" }, `${sentence(p.description)}${enumText}${defaultText}`.trim() || "—"));
        }))));
  }

  function responsesList(responses) {
    const entries = Object.entries(responses || {});
    if (!entries.length) return el("p", { class: "muted" }, "None documented.");
    return el("ul", { class: "responses", "data-testid": "responses" }, entries.map(([code, raw]) => {
      const response = deref(raw) || {};
      const json = response.content && (response.content["application/json"] || Object.values(response.content)[0]);
      const types = response.content ? Object.keys(response.content).join(", ") : "";
      return el("li", null,
        el("span", { class: `code-badge code-${String(code)[0]}` }, code),
        el("span", null, String(response.description ?? "")),
        json && json.schema && el("span", { class: "muted" }, `→ ${typeLabel(json.schema)}${types ? ` (${types})` : ""}`));
    }));
  }

  /** The Try-it panel of one operation. */
  function tryPanel(method, path, params, body) {
    const usable = params.filter((p) => p.in === "path" || p.in === "query" || p.in === "header");
    const inputs = usable.map((p) => {
      const schema = deref(p.schema) || {};
      const initial = schema.default !== undefined ? String(schema.default) : p.example !== undefined ? String(p.example) : "";
      const input = el("input", {
        type: "text", name: p.name, value: initial, "data-testid": "try-param", "data-param": p.name, "data-in": p.in,
        placeholder: typeLabel(p.schema), "aria-label": `${p.name} (${p.in})`,
      });
      return { p, input, node: el("div", { class: "field" }, el("label", null, `${p.name} (${p.in}${p.required ? ", required" : ""})`), input) };
    });

    let bodyArea = null;
    if (body) {
      const example = body.schema ? exampleFor(body.schema) : {};
      const text = example && typeof example === "object" ? JSON.stringify(example, null, 2) : "{}";
      bodyArea = el("textarea", { "data-testid": "try-body", rows: Math.min(14, text.split("\n").length + 1), "aria-label": "Request body (JSON)", spellcheck: "false" });
      bodyArea.value = text;
    }

    const send = el("button", { type: "button", class: "btn", "data-testid": "try-send" }, "Send");
    const status = el("div", { class: "try-status", "data-testid": "try-status" });
    const output = el("pre", { class: "code", "data-testid": "try-output" });
    const response = el("div", { class: "try-output", "data-testid": "try-response", hidden: true }, status, output);

    const show = (statusText, ok, text) => {
      response.hidden = false;
      status.textContent = statusText;
      status.className = `try-status ${ok ? "ok" : "bad"}`;
      output.textContent = text;
    };

    send.addEventListener("click", async () => {
      // Build the URL from the inputs: path parameters are required, empty query parameters are left out.
      let url = path;
      const query = new URLSearchParams();
      const headers = {};
      for (const { p, input } of inputs) {
        const value = input.value;
        if (p.in === "path") {
          if (!value) { show("Not sent", false, `The path parameter “${p.name}” is required.`); return; }
          url = url.split(`{${p.name}}`).join(encodeURIComponent(value));
        } else if (p.in === "query" && value !== "") {
          query.append(p.name, value);
        } else if (p.in === "header" && value !== "" && p.name.toLowerCase() !== "authorization") {
          headers[p.name] = value;
        }
      }
      const qs = query.toString();
      if (qs) url += `?${qs}`;

      let payload;
      if (bodyArea && bodyArea.value.trim()) {
        try { JSON.parse(bodyArea.value); } catch (err) { show("Not sent", false, `The body is not valid JSON: ${err.message}`); return; }
        payload = bodyArea.value;
        headers["Content-Type"] = body.contentType || "application/json";
      }

      send.disabled = true;
      show("Sending…", true, `${method} ${url}`);
      const controller = new AbortController();
      const started = performance.now();
      try {
        const res = await apiFetch(url, { method, headers: { Accept: "application/json, text/event-stream, */*", ...headers }, body: payload, signal: controller.signal });
        const contentType = res.headers.get("Content-Type") || "";
        const line = () => `${res.status}${res.statusText ? ` ${res.statusText}` : ""} · ${Math.round(performance.now() - started)} ms${contentType ? ` · ${contentType}` : ""}`;
        if (contentType.includes("text/event-stream") && res.body) {
          // A stream never ends by itself: show what arrives for a few seconds.
          const timer = setTimeout(() => controller.abort(), STREAM_SECONDS * 1000);
          const reader = res.body.getReader();
          const decoder = new TextDecoder();
          let text = "";
          show(line(), res.ok, "(waiting for events…)");
          try {
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              text += decoder.decode(value, { stream: true });
              output.textContent = text;
              if (text.length > 200000) { controller.abort(); break; }
            }
          } catch { /* aborted after STREAM_SECONDS */ }
          clearTimeout(timer);
          show(line(), res.ok, `${text}${text && !text.endsWith("\n") ? "\n" : ""}(stream closed by the page after ${STREAM_SECONDS} s)`);
        } else {
          const text = await res.text();
          let pretty = text;
          if (text) {
            try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON: raw */ }
          }
          show(line(), res.ok, pretty || "(empty body)");
        }
      } catch (err) {
        show("Network error", false, String(err && err.message ? err.message : err));
      } finally {
        send.disabled = false;
      }
    });

    return el("div", { class: "try", "data-testid": "try" },
      el("h4", null, "Try it"),
      inputs.length > 0 && el("div", { class: "try-params" }, inputs.map((i) => i.node)),
      bodyArea && el("div", { class: "field" }, el("label", null, `Body (${body.contentType || "application/json"})`), bodyArea),
      el("div", { class: "form-actions" }, send),
      response);
  }

  function operationCard(method, path, pathItem, op) {
    const upper = method.toUpperCase();
    const params = parametersOf(pathItem, op);
    const requestBody = deref(op.requestBody);
    let body = null;
    if (requestBody && requestBody.content) {
      const contentType = requestBody.content["application/json"] ? "application/json" : Object.keys(requestBody.content)[0];
      body = { contentType, schema: requestBody.content[contentType]?.schema, description: requestBody.description, required: requestBody.required };
    } else if (requestBody) {
      body = { contentType: "application/json", schema: null, description: requestBody.description };
    }
    const summary = op.summary || "";
    const description = op.description && op.description !== summary ? op.description : "";

    return el("section", { class: "card operation", "data-testid": "operation", "data-operation": `${upper} ${path}`, id: op.operationId ? `op-${op.operationId}` : null },
      el("div", { class: "op-head" },
        el("span", { class: `method method-${method}` }, upper),
        el("span", { class: "op-path" }, path),
        summary && el("span", { class: "op-summary" }, summary),
        op.deprecated && el("span", { class: "badge" }, "deprecated")),
      description && el("p", { class: "op-desc" }, description),
      params.length > 0 && [el("h4", null, "Parameters"), parametersTable(params)],
      body && [
        el("h4", null, `Request body${body.required ? " (required)" : ""} — ${body.contentType}`),
        body.description && el("p", { class: "op-desc" }, body.description),
        schemaBlock(body.schema)],
      el("h4", null, "Responses"),
      responsesList(op.responses),
      tryPanel(upper, path, params, body));
  }

  function render(root) {
    const info = spec.info || {};
    const groups = new Map(); // tag (or path) -> [cards]
    for (const [path, rawItem] of Object.entries(spec.paths || {})) {
      const pathItem = deref(rawItem) || {};
      for (const method of METHODS) {
        const op = pathItem[method];
        if (!op || typeof op !== "object") continue;
        const group = Array.isArray(op.tags) && op.tags.length ? String(op.tags[0]) : path;
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group).push(operationCard(method, path, pathItem, op));
      }
    }

    const tagInfo = new Map((spec.tags || []).map((t) => [t.name, t]));
    const toc = document.getElementById("api-toc");
    toc?.replaceChildren();
    const sections = [...groups].map(([group, cards], i) => {
      const id = `group-${i}`;
      toc?.append(el("a", { href: `#${id}` }, group));
      return el("section", { class: "api-group", id, "data-testid": "api-group", "data-group": group },
        el("h2", null, group),
        tagInfo.get(group)?.description && el("p", { class: "muted" }, String(tagInfo.get(group).description)),
        cards);
    });

    setChildren(root,
      el("div", { class: "card api-info", "data-testid": "api-info" },
        el("div", { class: "card-head" },
          el("h1", { "data-testid": "api-title" }, String(info.title || "API")),
          info.version && el("span", { class: "tag", "data-testid": "api-version" }, `v${info.version}`),
          spec.openapi && el("span", { class: "tag" }, `OpenAPI ${spec.openapi}`)),
        info.description && el("p", { "data-testid": "api-description" }, String(info.description)),
        el("p", { class: "hint" }, "Calls are sent with the token from the Token button (as an Authorization header). ",
          copyButton("copy-openapi", () => JSON.stringify(spec, null, 2)))),
      sections.length ? sections : el("p", { class: "empty" }, "The document has no operations."));
  }

  async function load() {
    const root = document.getElementById("view");
    root.replaceChildren(el("p", { class: "muted" }, "Loading the OpenAPI document…"));
    const r = await apiJson("/openapi/v1.json");
    if (!r.ok || !r.data || typeof r.data !== "object") {
      const message = r.ok ? "The OpenAPI document is not JSON." : `Could not load /openapi/v1.json: ${r.error || errorText(r.status, r.data)}`;
      root.replaceChildren(el("div", { class: "card" }, el("p", { class: "form-error", "data-testid": "api-error" }, message),
        el("button", { type: "button", class: "btn", onclick: load }, "Retry")));
      return;
    }
    spec = r.data;
    render(root);
    // Jump to an anchor given in the URL once the content exists.
    if (location.hash.length > 1) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }

  document.addEventListener("mcphub:token", load);
  load();
})();
