/*
 * mcp-hub dashboard.
 *
 * Part 1 (all pages): token storage, fetch helper, banner, DOM builder, formatting, top bar and side menu.
 *   Exposed as window.McpHub so api.js can reuse it.
 * Part 2 (only when <body data-page="dashboard">): hash router and the views
 *   #/servers, #/servers/<name>, #/events, #/new, #/edit/<name>.
 *
 * Server data is only ever put into the page with textContent / attributes, never innerHTML.
 */
(() => {
  "use strict";

  // ===================================================================
  // Part 1: shared helpers
  // ===================================================================

  const TOKEN_KEY = "mcpHubToken";

  function getToken() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
  }

  function setToken(value) {
    try {
      if (value) sessionStorage.setItem(TOKEN_KEY, value);
      else sessionStorage.removeItem(TOKEN_KEY);
    } catch { /* storage unavailable: token lives for this page only */ }
    updateTokenButton();
    hideBanner("auth");
    document.dispatchEvent(new CustomEvent("mcphub:token"));
  }

  // ---- DOM builder ------------------------------------------------------

  const PROPS = new Set(["value", "checked", "disabled", "readOnly", "hidden", "selected", "multiple"]);

  /** el("div", {class, text, "data-x": ..., onclick}, ...children). Strings become text nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    setProps(node, props);
    appendAll(node, children);
    return node;
  }

  function setProps(node, props) {
    if (!props) return;
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else if (PROPS.has(key)) node[key] = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }

  /** Replaces a node's children (same rules as el(): null/false skipped, arrays flattened). */
  function setChildren(node, ...children) {
    node.replaceChildren();
    appendAll(node, children);
    return node;
  }

  function appendAll(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
  }

  const SVG_NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    return node;
  }

  // ---- Banner -----------------------------------------------------------

  let bannerKind = null;

  /** Shows the one banner. kind: "auth" | "network" | "load" | "action" | ...; action: {label, onClick}. */
  function showBanner(message, kind = "error", action = null) {
    const banner = document.getElementById("banner");
    if (!banner) return;
    // Polling repeats the same message: leave the banner (and its button) alone then.
    if (!banner.hidden && bannerKind === kind && banner.dataset.message === message) return;
    bannerKind = kind;
    banner.dataset.message = message;
    banner.className = kind === "auth" ? "banner auth" : "banner";
    banner.dataset.kind = kind;
    setChildren(banner,
      el("span", { class: "banner-text", "data-testid": "banner-text" }, message),
      action && el("button", {
        type: "button", class: "btn btn-small", "data-testid": "banner-action",
        onclick: (e) => { e.stopPropagation(); action.onClick(); },
      }, action.label),
      el("button", { type: "button", class: "banner-close", "aria-label": "Dismiss", onclick: () => hideBanner() }, "×"),
    );
    banner.hidden = false;
  }

  /** Hides the banner (only if it shows `kind`, when given). */
  function hideBanner(kind) {
    const banner = document.getElementById("banner");
    if (!banner || banner.hidden) return;
    if (kind && bannerKind !== kind) return;
    banner.hidden = true;
    banner.replaceChildren();
    delete banner.dataset.message;
    bannerKind = null;
  }

  function showAuthBanner() {
    showBanner(
      "The hub refused the request (401 Unauthorized): it needs an API token. Click “Token” in the top bar and enter it.",
      "auth",
      { label: "Enter token", onClick: () => openTokenPanel() },
    );
  }

  // ---- Fetch ------------------------------------------------------------

  /**
   * fetch() with the bearer token (header only, never in the URL). options.json: body to send as JSON.
   * Shows the auth banner on 401 and the network banner when the hub cannot be reached; rethrows network errors.
   */
  async function apiFetch(path, options = {}) {
    const headers = new Headers(options.headers || {});
    const token = getToken();
    if (token) headers.set("Authorization", `Bearer ${token}`);
    if (!headers.has("Accept")) headers.set("Accept", "application/json");
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers.set("Content-Type", "application/json");
    }
    let response;
    try {
      response = await fetch(path, {
        method: options.method || "GET",
        headers,
        body,
        signal: options.signal,
        cache: "no-store",
        credentials: "same-origin",
      });
    } catch (err) {
      if (err && err.name !== "AbortError") showBanner(`Cannot reach the hub: ${err.message || err}`, "network");
      throw err;
    }
    if (response.status === 401) {
      showAuthBanner();
    } else {
      hideBanner("network");
      if (response.ok) hideBanner("auth");
    }
    return response;
  }

  /** The API's error text: {error} bodies, ProblemDetails, plain text, or the status. */
  function errorText(status, data) {
    if (data && typeof data === "object") {
      if (typeof data.error === "string" && data.error) return data.error;
      if (typeof data.detail === "string" && data.detail) return data.detail;
      if (typeof data.title === "string" && data.title) return data.title;
    }
    if (typeof data === "string" && data.trim()) return data.trim().slice(0, 1000);
    if (status === 401) return "Unauthorized: enter the API token (Token button in the top bar).";
    if (status === 0) return "The hub cannot be reached.";
    return `HTTP ${status}`;
  }

  /** apiFetch + JSON parsing. Never throws: {ok, status, data, error}. */
  async function apiJson(path, options) {
    let response;
    try {
      response = await apiFetch(path, options);
    } catch (err) {
      const aborted = err && err.name === "AbortError";
      return { ok: false, status: 0, data: null, aborted, error: aborted ? "Aborted." : `Cannot reach the hub: ${err && err.message ? err.message : err}` };
    }
    let text = "";
    try { text = await response.text(); } catch { /* body lost */ }
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch { data = text; }
    }
    return { ok: response.ok, status: response.status, data, error: response.ok ? null : errorText(response.status, data) };
  }

  const enc = encodeURIComponent;

  // ---- Formatting -------------------------------------------------------

  const pad2 = (n) => String(n).padStart(2, "0");

  function parseDate(iso) {
    if (!iso) return null;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  }

  /** HH:MM:SS (local time). */
  function fmtTime(iso) {
    const d = parseDate(iso);
    return d ? `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}` : String(iso ?? "");
  }

  /** YYYY-MM-DD HH:MM:SS (local time). */
  function fmtDateTime(iso) {
    const d = parseDate(iso);
    return d ? `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${fmtTime(iso)}` : String(iso ?? "");
  }

  /** "3m 12s", "1h 4m", "2d 3h", "12s". */
  function fmtDuration(totalSeconds) {
    let s = Math.max(0, Math.floor(totalSeconds));
    const d = Math.floor(s / 86400); s -= d * 86400;
    const h = Math.floor(s / 3600); s -= h * 3600;
    const m = Math.floor(s / 60); s -= m * 60;
    if (d) return `${d}d ${h}h`;
    if (h) return `${h}h ${m}m`;
    if (m) return `${m}m ${s}s`;
    return `${s}s`;
  }

  function fmtAgo(iso) {
    const d = parseDate(iso);
    return d ? `${fmtDuration((Date.now() - d.getTime()) / 1000)} ago` : "—";
  }

  const isNum = (v) => typeof v === "number" && Number.isFinite(v);
  const fmtPercent = (v) => (isNum(v) ? `${v.toFixed(1)} %` : "—");
  const fmtMB = (bytes) => (isNum(bytes) ? `${(bytes / 1048576).toFixed(1)} MB` : "—");
  const fmtMs = (v) => (isNum(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : "—");

  /** Single-quotes a shell word when it needs it. */
  function shellQuote(value) {
    const s = String(value);
    if (s === "") return "''";
    if (/^[A-Za-z0-9_@%+=:,.\/-]+$/.test(s)) return s;
    return `'${s.replace(/'/g, "'\\''")}'`;
  }

  /** Copies text: Clipboard API, else a hidden textarea + execCommand. */
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); return true; } catch { /* fall back */ }
    }
    const area = el("textarea", { class: "offscreen", readonly: true, "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch { ok = false; }
    area.remove();
    return ok;
  }

  /** A "Copy" button copying getText(). */
  function copyButton(testid, getText) {
    const button = el("button", { type: "button", class: "btn btn-secondary btn-small", "data-testid": testid }, "Copy");
    button.addEventListener("click", async () => {
      const ok = await copyText(getText());
      button.textContent = ok ? "Copied" : "Copy failed";
      setTimeout(() => { button.textContent = "Copy"; }, 1500);
    });
    return button;
  }

  // ---- Top bar: token panel + hamburger ---------------------------------

  function updateTokenButton() {
    const button = document.getElementById("token-button");
    if (!button) return;
    const set = !!getToken();
    button.classList.toggle("is-set", set);
    button.title = set ? "An API token is set (click to change)" : "Set the API token";
  }

  function openTokenPanel() {
    const panel = document.getElementById("token-panel");
    const button = document.getElementById("token-button");
    const input = document.getElementById("token-input");
    if (!panel) return;
    panel.hidden = false;
    button?.setAttribute("aria-expanded", "true");
    if (input) { input.value = getToken(); input.focus(); input.select(); }
  }

  function closeTokenPanel() {
    const panel = document.getElementById("token-panel");
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    document.getElementById("token-button")?.setAttribute("aria-expanded", "false");
  }

  function setMenuOpen(open) {
    document.body.classList.toggle("menu-open", open);
    document.querySelector('[data-testid="menu-toggle"]')?.setAttribute("aria-expanded", String(open));
  }

  function initChrome() {
    const button = document.getElementById("token-button");
    const panel = document.getElementById("token-panel");
    const input = document.getElementById("token-input");
    const save = () => { setToken(input.value.trim()); closeTokenPanel(); };

    button?.addEventListener("click", (e) => {
      e.stopPropagation();
      if (panel.hidden) openTokenPanel(); else closeTokenPanel();
    });
    panel?.addEventListener("submit", (e) => { e.preventDefault(); save(); });
    document.getElementById("token-clear")?.addEventListener("click", () => { input.value = ""; setToken(""); closeTokenPanel(); });
    // Close the token panel on outside clicks.
    document.addEventListener("click", (e) => {
      if (panel && !panel.hidden && !panel.contains(e.target) && e.target !== button) closeTokenPanel();
    });

    const toggle = document.querySelector('[data-testid="menu-toggle"]');
    toggle?.addEventListener("click", (e) => {
      e.stopPropagation();
      setMenuOpen(!document.body.classList.contains("menu-open"));
    });
    // Following a menu link closes the (mobile) menu.
    document.getElementById("side-menu")?.addEventListener("click", (e) => {
      if (e.target.closest("a")) setMenuOpen(false);
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") { closeTokenPanel(); setMenuOpen(false); }
    });
    updateTokenButton();
  }

  window.McpHub = {
    TOKEN_KEY, getToken, setToken, el, svgEl, setChildren, showBanner, hideBanner, apiFetch, apiJson, errorText, enc,
    fmtTime, fmtDateTime, fmtDuration, fmtAgo, fmtPercent, fmtMB, fmtMs, shellQuote, copyText, copyButton,
    openTokenPanel, closeTokenPanel,
  };

  initChrome();

  if (document.body.dataset.page !== "dashboard") return;

  // ===================================================================
  // Part 2: the dashboard
  // ===================================================================

  const STATUSES = ["starting", "running", "unhealthy", "restarting", "stopped", "crash-loop"];
  const EVENT_KINDS = ["started", "exited", "restarting", "crash-loop", "health-failed", "stopped", "config"];
  const LOG_LEVELS = [["debug", "All levels"], ["info", "Info and above"], ["warning", "Warnings and errors"], ["error", "Errors only"]];
  const MAX_LOG_LINES = 2000;

  // ---- View lifecycle -----------------------------------------------------

  /** Per-view context: cleanup on navigation, and polling that never overlaps itself. */
  function createContext() {
    const ctx = {
      alive: true,
      cleanups: [],
      onCleanup(fn) { ctx.cleanups.push(fn); },
      /** Runs fn now and every ms after it finishes; returns a function that runs it again at once. */
      every(ms, fn) {
        let timer = null;
        let running = false;
        let again = false;
        const run = async () => {
          clearTimeout(timer);
          if (!ctx.alive) return;
          if (running) { again = true; return; }
          running = true;
          try { await fn(); } catch (err) { console.error(err); }
          running = false;
          if (!ctx.alive) return;
          if (again) { again = false; run(); } else timer = setTimeout(run, ms);
        };
        run();
        ctx.onCleanup(() => clearTimeout(timer));
        return run;
      },
      dispose() {
        ctx.alive = false;
        for (const fn of ctx.cleanups.splice(0)) {
          try { fn(); } catch (err) { console.error(err); }
        }
      },
    };
    return ctx;
  }

  // ---- Server card ------------------------------------------------------

  /** A sparkline: a filled area and a line, scaled to the values. */
  function sparkline(testid, kind, label) {
    const W = 200, H = 40;
    const root = svgEl("svg", {
      viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", class: `spark ${kind}`,
      "data-testid": testid, role: "img", "aria-label": label,
    });
    const area = svgEl("path", { class: "spark-area", d: "" });
    const line = svgEl("polyline", { class: "spark-line", points: "", "vector-effect": "non-scaling-stroke" });
    root.append(area, line);
    return {
      root,
      /** values: numbers, oldest first; min/max: the vertical range. */
      set(values, min, max) {
        root.dataset.points = String(values.length);
        if (!values.length) { line.setAttribute("points", ""); area.setAttribute("d", ""); return; }
        const pts = values.length === 1 ? [values[0], values[0]] : values;
        const span = max - min || 1;
        const xy = pts.map((v, i) => {
          const x = (i / (pts.length - 1)) * W;
          const y = H - 2 - ((Math.min(Math.max(v, min), max) - min) / span) * (H - 4);
          return [x.toFixed(1), y.toFixed(1)];
        });
        line.setAttribute("points", xy.map((p) => p.join(",")).join(" "));
        area.setAttribute("d", `M0,${H} L${xy.map((p) => p.join(",")).join(" L")} L${W},${H} Z`);
      },
    };
  }

  function uptimeOf(server) {
    if (!server.startedAt || server.status === "stopped" || server.status === "crash-loop") return "—";
    const d = parseDate(server.startedAt);
    return d ? fmtDuration((Date.now() - d.getTime()) / 1000) : "—";
  }

  /**
   * A server card, updated in place on each refresh. detail: show the extra facts (command, env names, tools...).
   * onAction(action, button) runs start/stop/restart.
   */
  function serverCard(name, { detail = false, onAction } = {}) {
    const refs = {};
    const stat = (label, testid) => {
      refs[testid] = el("dd", { "data-testid": testid }, "—");
      return el("div", { class: "stat" }, el("dt", null, label), refs[testid]);
    };

    refs.status = el("span", { class: "badge", "data-testid": "status" }, "…");
    refs.transport = el("span", { class: "tag", "data-testid": "transport" }, "");
    const title = detail
      ? el("h2", { "data-testid": "server-name" }, name)
      : el("h3", { "data-testid": "server-name" }, el("a", { href: `#/servers/${enc(name)}` }, name));

    refs.lastError = el("p", { class: "last-error", "data-testid": "last-error", hidden: true });
    const cpu = sparkline("cpu-chart", "cpu", `CPU history of ${name}`);
    const rss = sparkline("rss-chart", "rss", `Memory history of ${name}`);
    refs.cpuNow = el("span");
    refs.rssNow = el("span");

    const button = (action, label, cls) => {
      const b = el("button", { type: "button", class: `btn btn-small ${cls}`, "data-action": action }, label);
      b.addEventListener("click", () => {
        if (action === "logs") location.hash = `#/servers/${enc(name)}`;
        else if (action === "edit") location.hash = `#/edit/${enc(name)}`;
        else onAction?.(action, b);
      });
      return b;
    };

    refs.details = detail ? el("dl", { class: "details", "data-testid": "server-details" }) : null;

    const root = el("article", { class: "card server-card", "data-testid": "server-card", "data-server": name },
      el("div", { class: "card-head" }, title, refs.status, refs.transport),
      el("dl", { class: "stats" },
        stat("PID", "pid"), stat("Uptime", "uptime"), stat("Restarts", "restarts"),
        stat("CPU", "cpu"), stat("Memory", "memory"), stat("Calls", "calls"),
        stat("Errors", "errors"), stat("p50 / p95", "latency"), stat("Tools", "tool-count")),
      refs.lastError,
      el("div", { class: "charts" },
        el("div", { class: "chart" }, el("div", { class: "chart-label" }, el("span", null, "CPU"), refs.cpuNow), cpu.root),
        el("div", { class: "chart" }, el("div", { class: "chart-label" }, el("span", null, "Memory"), refs.rssNow), rss.root)),
      refs.details,
      el("div", { class: "actions" },
        button("start", "Start", "btn-success"),
        button("stop", "Stop", "btn-outline-danger"),
        button("restart", "Restart", "btn-secondary"),
        button("logs", "Logs", "btn-secondary"),
        button("edit", "Edit", "btn-secondary")),
    );

    function update(s) {
      const status = String(s.status ?? "");
      refs.status.textContent = status;
      refs.status.className = `badge ${STATUSES.includes(status) ? `status-${status}` : "status-unknown"}`;
      root.dataset.status = status;
      refs.transport.textContent = String(s.transport ?? "");
      refs.pid.textContent = s.pid === null || s.pid === undefined ? "—" : String(s.pid);
      refs.uptime.textContent = uptimeOf(s);
      refs.uptime.title = s.startedAt ? `Started ${fmtDateTime(s.startedAt)}` : "";
      refs.restarts.textContent = String(s.restarts ?? 0);
      refs.cpu.textContent = fmtPercent(s.cpuPercent);
      refs.memory.textContent = fmtMB(s.rssBytes);
      refs.calls.textContent = String(s.calls ?? 0);
      refs.errors.textContent = String(s.errors ?? 0);
      refs.errors.classList.toggle("bad", (s.errors ?? 0) > 0);
      refs.latency.textContent = `${fmtMs(s.p50Ms)} / ${fmtMs(s.p95Ms)}`;
      const tools = Array.isArray(s.tools) ? s.tools : [];
      refs["tool-count"].textContent = String(tools.length);
      refs["tool-count"].title = tools.join(", ");
      refs.lastError.hidden = !s.lastError;
      refs.lastError.textContent = s.lastError ? String(s.lastError) : "";
      if (refs.details) updateDetails(s, tools);
    }

    function updateDetails(s, tools) {
      const rows = [];
      const row = (label, ...value) => rows.push(el("dt", null, label), el("dd", null, ...value));
      const chips = (list, testid) => (list.length
        ? el("div", { class: "chips", "data-testid": testid }, list.map((x) => el("span", { class: "tag" }, String(x))))
        : el("span", { class: "muted" }, "none"));
      if (s.command) row("Command", el("code", null, [s.command, ...(s.args || [])].map(shellQuote).join(" ")));
      if (s.url) row("URL", el("code", null, String(s.url)));
      if (Array.isArray(s.envNames) && s.envNames.length) row("Env", chips(s.envNames, "env-names"));
      if (Array.isArray(s.headerNames) && s.headerNames.length) row("Headers", chips(s.headerNames, "header-names"));
      row("Health check", s.lastHealthCheck ? fmtAgo(s.lastHealthCheck) : "—");
      if (s.perClient) {
        const pids = Array.isArray(s.clientPids) ? s.clientPids : [];
        row("Per client", pids.length ? `yes — client PIDs ${pids.join(", ")}` : "yes — no client processes");
      }
      row("Tools", chips(tools, "tool-list"));
      refs.details.replaceChildren(...rows);
    }

    function updateMetrics(m) {
      const history = Array.isArray(m?.history) ? m.history : [];
      const cpuValues = history.map((h) => Number(h.cpuPercent) || 0);
      const rssValues = history.map((h) => (Number(h.rssBytes) || 0) / 1048576);
      const cpuMax = Math.max(1, ...cpuValues);
      cpu.set(cpuValues, 0, cpuMax * 1.1);
      const rssMin = rssValues.length ? Math.min(...rssValues) : 0;
      const rssMax = rssValues.length ? Math.max(...rssValues) : 1;
      const pad = Math.max((rssMax - rssMin) * 0.1, 0.5);
      rss.set(rssValues, Math.max(0, rssMin - pad), rssMax + pad);
      refs.cpuNow.textContent = cpuValues.length ? `max ${cpuMax.toFixed(1)} %` : "no data";
      refs.rssNow.textContent = rssValues.length ? `max ${rssMax.toFixed(1)} MB` : "no data";
    }

    return { root, update, updateMetrics };
  }

  /** POSTs start/stop/restart, shows errors in the banner, then refreshes. */
  async function runAction(name, action, button, card, refresh) {
    button.disabled = true;
    const r = await apiJson(`/api/servers/${enc(name)}/${action}`, { method: "POST" });
    button.disabled = false;
    if (r.ok) {
      hideBanner("action");
      if (r.data && typeof r.data === "object" && r.data.name === name) card.update(r.data);
    } else if (r.status !== 401 && r.status !== 0) {
      showBanner(`Could not ${action} “${name}”: ${r.error}`, "action");
    }
    refresh();
  }

  async function fetchMetrics(name, card) {
    const r = await apiJson(`/api/servers/${enc(name)}/metrics`);
    if (r.ok && r.data) card.updateMetrics(r.data);
  }

  // ---- Events table -----------------------------------------------------

  function eventsTable(events, { showServer = true } = {}) {
    if (!events.length) return el("p", { class: "empty", "data-testid": "events-empty" }, "No events yet.");
    const headers = ["Time", showServer && "Server", "Kind", "Detail"].filter(Boolean);
    const rows = events.map((ev) => {
      const kind = String(ev.kind ?? "");
      return el("tr", { "data-testid": "event-row", "data-kind": kind },
        el("td", { "data-label": "Time", class: "nowrap", title: String(ev.at ?? "") }, fmtDateTime(ev.at)),
        showServer && el("td", { "data-label": "Server" },
          ev.server ? el("a", { href: `#/servers/${enc(ev.server)}` }, String(ev.server)) : "—"),
        el("td", { "data-label": "Kind" },
          el("span", { class: `badge ${EVENT_KINDS.includes(kind) ? `kind-${kind}` : ""}` }, kind)),
        el("td", { "data-label": "Detail" }, String(ev.detail ?? "")));
    });
    return el("div", { class: "table-wrap" },
      el("table", { class: "table", "data-testid": "events-table" },
        el("thead", null, el("tr", null, headers.map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", null, rows)));
  }

  // ---- View: server list --------------------------------------------------

  function viewServers(view, ctx) {
    const grid = el("div", { class: "cards", "data-testid": "server-list" });
    const note = el("p", { class: "muted", "data-testid": "servers-note" }, "Loading…");
    view.append(
      el("div", { class: "page-head" },
        el("h1", null, "Servers"),
        el("button", { type: "button", class: "btn", "data-testid": "new-server", onclick: () => { location.hash = "#/new"; } }, "New server")),
      note, grid);

    const cards = new Map();

    const refresh = ctx.every(2000, async () => {
      const r = await apiJson("/api/servers");
      if (!ctx.alive) return;
      if (!r.ok) {
        if (r.status !== 401 && r.status !== 0) showBanner(`Could not load the servers: ${r.error}`, "load");
        if (!cards.size) note.textContent = "Could not load the servers.";
        return;
      }
      hideBanner("load");
      const servers = Array.isArray(r.data) ? r.data : [];
      let added = false;
      const seen = new Set();
      servers.forEach((s, i) => {
        const name = String(s.name);
        seen.add(name);
        let card = cards.get(name);
        if (!card) {
          card = serverCard(name, { onAction: (action, b) => runAction(name, action, b, card, refresh) });
          cards.set(name, card);
          added = true;
        }
        card.update(s);
        if (grid.children[i] !== card.root) grid.insertBefore(card.root, grid.children[i] || null);
      });
      for (const [name, card] of cards) {
        if (!seen.has(name)) { card.root.remove(); cards.delete(name); }
      }
      note.hidden = servers.length > 0;
      if (!servers.length) {
        note.replaceChildren("No servers yet. ", el("a", { href: "#/new" }, "Add one"), ".");
      }
      if (added) refreshMetrics();
    });

    const refreshMetrics = ctx.every(4000, () => Promise.all([...cards].map(([name, card]) => fetchMetrics(name, card))));
  }

  // ---- View: server detail + logs ----------------------------------------

  function viewServer(view, ctx, { name }) {
    const missing = el("p", { class: "form-error", "data-testid": "server-missing", hidden: true });
    const refresh = () => refreshServer();
    const card = serverCard(name, { detail: true, onAction: (action, b) => runAction(name, action, b, card, refresh) });
    const events = el("div", { "data-testid": "server-events" }, el("p", { class: "muted" }, "Loading…"));

    view.append(
      el("div", { class: "page-head" },
        el("div", null, el("a", { class: "back", href: "#/servers" }, "← Servers"), el("h1", null, name))),
      missing,
      card.root,
      el("section", { class: "card section", "aria-label": "Logs" }, el("h2", null, "Logs"), logViewer(name, ctx)),
      el("section", { class: "card section", "aria-label": "Recent events" }, el("h2", null, "Recent events"), events),
    );

    const refreshServer = ctx.every(2000, async () => {
      const r = await apiJson(`/api/servers/${enc(name)}`);
      if (!ctx.alive) return;
      if (r.ok && r.data) {
        missing.hidden = true;
        card.root.hidden = false;
        card.update(r.data);
      } else if (r.status === 404) {
        missing.hidden = false;
        card.root.hidden = true;
        missing.textContent = r.error || `No server “${name}”.`;
      }
    });
    ctx.every(4000, () => fetchMetrics(name, card));
    ctx.every(5000, async () => {
      const r = await apiJson(`/api/events?server=${enc(name)}&limit=50`);
      if (!ctx.alive) return;
      if (r.ok) events.replaceChildren(eventsTable(Array.isArray(r.data) ? r.data : [], { showServer: false }));
      else if (r.status !== 0) events.replaceChildren(el("p", { class: "form-error" }, `Could not load events: ${r.error}`));
    });
  }

  /** Reads a text/event-stream response; calls onEvents([parsed data...]) per chunk. Ends when the stream ends. */
  async function readEventStream(response, onEvents) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let data = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      // Keep a trailing "\r": it may be half of a "\r\n" split across chunks.
      const cut = buffer.endsWith("\r") ? buffer.length - 1 : buffer.length;
      const lines = buffer.slice(0, cut).split(/\r\n|\r|\n/);
      buffer = lines.pop() + buffer.slice(cut);
      const events = [];
      for (const line of lines) {
        if (line === "") {
          // Blank line: dispatch the event collected so far.
          if (data.length) {
            try { events.push(JSON.parse(data.join("\n"))); } catch { /* not JSON: skip */ }
            data = [];
          }
          continue;
        }
        if (line.startsWith(":")) continue; // keep-alive comment
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? "" : line.slice(colon + 1);
        if (value.startsWith(" ")) value = value.slice(1);
        if (field === "data") data.push(value);
      }
      if (events.length) onEvents(events);
    }
  }

  /** The log viewer: level + search filters, tail then live stream, at most MAX_LOG_LINES lines. */
  function logViewer(name, ctx) {
    const level = el("select", { "data-testid": "log-level", "aria-label": "Minimum level" },
      LOG_LEVELS.map(([value, label]) => el("option", { value }, label)));
    level.value = "debug";
    const search = el("input", { type: "search", "data-testid": "log-search", placeholder: "Search…", "aria-label": "Search the logs" });
    const live = el("input", { type: "checkbox", "data-testid": "log-live", checked: true });
    const status = el("span", { class: "log-status", "data-testid": "log-status", "aria-live": "polite" });
    const lines = el("div", { class: "log-lines", "data-testid": "log-lines", role: "log", tabindex: "0" });

    let stick = true;          // follow the bottom unless the user scrolled up
    let generation = 0;        // bumps on every reload/stop: late results of older loads are dropped
    let controller = null;     // aborts the live stream
    let retryTimer = null;
    let debounce = null;

    lines.addEventListener("scroll", () => {
      stick = lines.scrollTop + lines.clientHeight >= lines.scrollHeight - 24;
    });

    const setStatus = (text, kind = "") => { status.textContent = text; status.className = `log-status ${kind}`; };

    const KNOWN_LEVELS = LOG_LEVELS.map(([v]) => v);
    function lineEl(line) {
      const lvl = String(line.level ?? "");
      const cls = KNOWN_LEVELS.includes(lvl) ? `level-${lvl}` : "";
      return el("div", { class: "log-line", "data-testid": "log-line", "data-level": lvl },
        el("span", { class: "log-time", title: String(line.at ?? "") }, fmtTime(line.at)),
        el("span", { class: `log-level ${cls}` }, lvl),
        el("span", { class: "log-source" }, String(line.source ?? "")),
        el("span", { class: "log-text" }, String(line.text ?? "")));
    }

    function append(list) {
      if (!list.length) return;
      const fragment = document.createDocumentFragment();
      for (const line of list) fragment.append(lineEl(line));
      lines.append(fragment);
      for (let extra = lines.childElementCount - MAX_LOG_LINES; extra > 0; extra--) lines.firstElementChild.remove();
      if (stick) lines.scrollTop = lines.scrollHeight;
    }

    function stopStream() {
      generation++;
      clearTimeout(retryTimer);
      controller?.abort();
      controller = null;
    }

    const filters = () => new URLSearchParams({ level: level.value, q: search.value }).toString();

    async function reload() {
      stopStream();
      const gen = generation;
      setStatus("Loading…");
      const r = await apiJson(`/api/servers/${enc(name)}/logs?tail=500&${filters()}`);
      if (gen !== generation || !ctx.alive) return;
      lines.replaceChildren();
      stick = true;
      if (!r.ok) { setStatus(`Could not load the logs: ${r.error}`, "error"); return; }
      append(Array.isArray(r.data?.lines) ? r.data.lines : []);
      if (live.checked) stream(gen); else setStatus("Paused (not live)");
    }

    async function stream(gen) {
      const c = new AbortController();
      controller = c;
      setStatus("● Live", "live");
      try {
        const res = await apiFetch(`/api/servers/${enc(name)}/logs/stream?${filters()}`,
          { signal: c.signal, headers: { Accept: "text/event-stream" } });
        if (!res.ok) {
          let body = null;
          try { body = await res.json(); } catch { /* no JSON */ }
          if (gen !== generation) return;
          setStatus(`Live stream failed: ${errorText(res.status, body)}`, "error");
          if (res.status === 401) return; // the banner asks for the token; setting it reloads the view
        } else {
          await readEventStream(res, (events) => { if (gen === generation) append(events); });
        }
      } catch {
        if (c.signal.aborted) return;
      }
      if (gen !== generation || !ctx.alive || c.signal.aborted) return;
      if (status.className.indexOf("error") < 0) setStatus("Stream ended — reconnecting…", "warn");
      retryTimer = setTimeout(() => {
        if (gen === generation && ctx.alive && live.checked) stream(gen);
      }, 3000);
    }

    level.addEventListener("change", reload);
    search.addEventListener("input", () => {
      clearTimeout(debounce);
      debounce = setTimeout(reload, 250);
    });
    live.addEventListener("change", () => {
      if (live.checked) reload();
      else { stopStream(); setStatus("Paused (not live)"); }
    });
    ctx.onCleanup(() => { clearTimeout(debounce); stopStream(); });

    reload();

    return el("div", { class: "log-viewer", "data-testid": "log-viewer" },
      el("div", { class: "log-toolbar" },
        level, search,
        el("label", { class: "check" }, live, "Live"),
        status),
      lines);
  }

  // ---- View: events -----------------------------------------------------

  function viewEvents(view, ctx) {
    const body = el("div", { "data-testid": "events" }, el("p", { class: "muted" }, "Loading…"));
    const refresh = ctx.every(5000, async () => {
      const r = await apiJson("/api/events?limit=200");
      if (!ctx.alive) return;
      if (r.ok) body.replaceChildren(eventsTable(Array.isArray(r.data) ? r.data : []));
      else if (r.status !== 0) body.replaceChildren(el("p", { class: "form-error" }, `Could not load the events: ${r.error}`));
    });
    view.append(
      el("div", { class: "page-head" },
        el("h1", null, "Events"),
        el("button", { type: "button", class: "btn btn-secondary", "data-testid": "refresh-events", onclick: () => refresh() }, "Refresh")),
      body);
  }

  // ---- View: create / edit form ----------------------------------------

  // Entry keys the form handles; anything else in a loaded entry (e.g. "tools") is kept as it is.
  const FORM_KEYS = ["name", "command", "args", "env", "url", "headers", "prefix", "restart", "healthInterval",
    "perClient", "disabled", "secretEnv"];

  const nonEmptyLines = (text) => text.split(/\r\n|\r|\n/).map((s) => s.trim()).filter(Boolean);
  const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

  /** Rows for secret values that the API returned as null: empty input = keep the stored value (null). */
  function keptSecrets(kind, onChange) {
    const box = el("div", { class: "kept-secrets", "data-testid": `kept-${kind}` });
    const rows = new Map(); // key -> input
    return {
      box,
      set(keys) {
        rows.clear();
        box.replaceChildren();
        if (!keys.length) return;
        box.append(el("p", { class: "hint" }, "Stored secret values — leave empty to keep, type to replace:"));
        for (const key of keys) {
          const input = el("input", {
            type: "password", name: `${kind}Secret`, "data-key": key, placeholder: "(unchanged secret)",
            autocomplete: "new-password", "aria-label": `${key} (secret)`,
          });
          const row = el("div", { class: "secret-row" }, el("code", null, key), input);
          row.append(el("button", {
            type: "button", class: "btn btn-secondary btn-small",
            onclick: () => { rows.delete(key); row.remove(); onChange(); },
          }, "Remove"));
          rows.set(key, input);
          box.append(row);
        }
      },
      /** [key, value-or-null] in order. */
      entries: () => [...rows].map(([key, input]) => [key, input.value === "" ? null : input.value]),
    };
  }

  function viewForm(view, ctx, { name: editName } = {}) {
    const editing = editName !== undefined;
    const f = {}; // the controls, by field name
    let extras = {};      // unknown keys of the loaded entry, sent back unchanged
    let keptAuth = false; // the stored Authorization header is kept (sent as null)

    const input = (name, attrs = {}) => (f[name] = el("input", { type: "text", name, id: `f-${name}`, autocomplete: "off", spellcheck: "false", ...attrs }));
    const textarea = (name, attrs = {}) => (f[name] = el("textarea", { name, id: `f-${name}`, spellcheck: "false", rows: 4, ...attrs }));
    const select = (name, options) => (f[name] = el("select", { name, id: `f-${name}` }, options.map((o) => el("option", { value: o }, o))));
    const checkbox = (name, label) => el("label", { class: "check" }, (f[name] = el("input", { type: "checkbox", name, id: `f-${name}` })), label);
    const field = (label, control, hint) => el("div", { class: "field" },
      el("label", { for: control.id }, label), control, hint && el("p", { class: "hint" }, hint));

    const update = () => renderPreview();
    const keptEnv = keptSecrets("env", update);
    const keptHeaders = keptSecrets("header", update);

    input("name", { placeholder: "my-server", required: true, readOnly: editing });
    select("transport", ["stdio", "http"]);
    input("command", { placeholder: "npx" });
    textarea("args", { placeholder: "-y\n@modelcontextprotocol/server-filesystem\n/home/me" });
    textarea("env", { placeholder: "API_KEY=...\nLOG_LEVEL=info" });
    input("secretEnv", { placeholder: "API_KEY, OTHER_SECRET" });
    input("url", { placeholder: "http://127.0.0.1:3000/mcp" });
    input("token", { type: "password", placeholder: "Bearer token, sent as Authorization", autocomplete: "new-password" });
    textarea("headers", { placeholder: "X-Api-Key: ...", rows: 3 });
    input("prefix", { placeholder: "(default: the name)" });
    select("restart", ["always", "on-failure", "never"]);
    input("healthInterval", { placeholder: "30s" });

    const tokenKept = el("p", { class: "hint", "data-testid": "token-kept", hidden: true },
      "A token is stored; leave the field empty to keep it. ",
      el("button", {
        type: "button", class: "btn btn-secondary btn-small",
        onclick: () => { keptAuth = false; syncTokenHint(); update(); },
      }, "Remove stored token"));
    function syncTokenHint() {
      tokenKept.hidden = !keptAuth;
      f.token.placeholder = keptAuth ? "(unchanged secret)" : "Bearer token, sent as Authorization";
    }

    const stdioSet = el("fieldset", { "data-transport": "stdio" }, el("legend", null, "Process (stdio)"),
      field("Command", f.command),
      field("Arguments", f.args, "One argument per line."),
      field("Environment", f.env, "KEY=value, one per line."),
      keptEnv.box,
      field("Secret env names", f.secretEnv, "Comma-separated names whose values are secret (the API never shows them)."));
    const httpSet = el("fieldset", { "data-transport": "http" }, el("legend", null, "Remote (http)"),
      field("URL", f.url),
      field("Token", f.token, "Bearer token, sent as Authorization."),
      tokenKept,
      field("Headers", f.headers, "Name: value, one per line."),
      keptHeaders.box);

    const extrasNote = el("p", { class: "hint", "data-testid": "form-extras", hidden: true });
    const error = el("div", { class: "form-error", "data-testid": "form-error", role: "alert", hidden: true });
    const save = el("button", { type: "submit", class: "btn", "data-testid": "save-server" }, editing ? "Save changes" : "Create server");
    const del = editing
      ? el("button", { type: "button", class: "btn btn-danger push", "data-testid": "delete-server" }, "Delete")
      : null;

    const form = el("form", { class: "card", "data-testid": "server-form", novalidate: true },
      el("fieldset", null, el("legend", null, "Server"),
        field("Name", f.name, editing ? "The name cannot be changed." : "Letters, digits, '-' and '_'."),
        field("Transport", f.transport)),
      stdioSet, httpSet,
      el("fieldset", null, el("legend", null, "Hub options"),
        field("Tool prefix", f.prefix, "Optional."),
        field("Restart", f.restart),
        field("Health interval", f.healthInterval, "Optional, e.g. 30s."),
        el("div", { class: "check-row" },
          checkbox("perClient", "One process per client (perClient)"),
          checkbox("disabled", "Disabled"))),
      extrasNote, error,
      el("div", { class: "form-actions" },
        save,
        el("a", { class: "btn btn-secondary", href: "#/servers" }, "Cancel"),
        del));

    const previewDesktop = el("pre", { class: "code", "data-testid": "preview-desktop" });
    const previewCli = el("pre", { class: "code", "data-testid": "preview-cli" });
    const preview = el("aside", { class: "card preview", "aria-label": "Preview" },
      el("div", { class: "preview-block" },
        el("div", { class: "preview-head" }, el("h3", null, "Claude Desktop config"), copyButton("copy-desktop", () => previewDesktop.textContent)),
        previewDesktop),
      el("div", { class: "preview-block" },
        el("div", { class: "preview-head" }, el("h3", null, "Claude Code (claude mcp add)"), copyButton("copy-cli", () => previewCli.textContent)),
        previewCli));

    view.append(
      el("div", { class: "page-head" },
        el("div", null, el("a", { class: "back", href: "#/servers" }, "← Servers"),
          el("h1", null, editing ? `Edit ${editName}` : "New server"))),
      el("div", { class: "form-layout" }, form, preview));

    const isStdio = () => f.transport.value !== "http";

    /** The entry exactly as it will be sent (the POST body minus "name"). */
    function buildEntry() {
      const entry = {};
      if (isStdio()) {
        const command = f.command.value.trim();
        if (command) entry.command = command;
        const args = nonEmptyLines(f.args.value);
        if (args.length) entry.args = args;
        const env = new Map();
        for (const line of nonEmptyLines(f.env.value)) {
          const eq = line.indexOf("=");
          const key = (eq < 0 ? line : line.slice(0, eq)).trim();
          if (key) env.set(key, eq < 0 ? "" : line.slice(eq + 1).trim());
        }
        for (const [key, value] of keptEnv.entries()) if (!env.has(key)) env.set(key, value);
        if (env.size) entry.env = Object.fromEntries(env);
      } else {
        const url = f.url.value.trim();
        if (url) entry.url = url;
        const headers = new Map();
        const token = f.token.value.trim();
        if (token) headers.set("Authorization", `Bearer ${token}`);
        else if (keptAuth) headers.set("Authorization", null);
        for (const line of nonEmptyLines(f.headers.value)) {
          const colon = line.indexOf(":");
          if (colon <= 0) continue;
          headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        for (const [key, value] of keptHeaders.entries()) if (!headers.has(key)) headers.set(key, value);
        if (headers.size) entry.headers = Object.fromEntries(headers);
      }
      const prefix = f.prefix.value.trim();
      if (prefix) entry.prefix = prefix;
      if (f.restart.value !== "always") entry.restart = f.restart.value;
      const interval = f.healthInterval.value.trim();
      if (interval) entry.healthInterval = interval;
      if (f.perClient.checked) entry.perClient = true;
      if (f.disabled.checked) entry.disabled = true;
      if (isStdio()) {
        const secretEnv = f.secretEnv.value.split(",").map((s) => s.trim()).filter(Boolean);
        if (secretEnv.length) entry.secretEnv = secretEnv;
      }
      for (const [key, value] of Object.entries(extras)) {
        // A loaded "type" that contradicts the chosen transport is dropped.
        if (key === "type" && (value === "stdio") !== isStdio()) continue;
        if (!hasOwn(entry, key)) Object.defineProperty(entry, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return entry;
    }

    /** claude mcp add ... for the same entry. Kept secrets show as <secret>. */
    function cliCommand(name, entry) {
      const q = shellQuote;
      const secret = (v) => (v === null ? "<secret>" : String(v));
      if (isStdio()) {
        const parts = ["claude", "mcp", "add", q(name)];
        for (const [key, value] of Object.entries(entry.env || {})) parts.push("-e", q(`${key}=${secret(value)}`));
        parts.push("--", q(entry.command || ""), ...(entry.args || []).map(q));
        return parts.join(" ");
      }
      const parts = ["claude", "mcp", "add", "--transport", "http", q(name), q(entry.url || "")];
      for (const [key, value] of Object.entries(entry.headers || {})) parts.push("--header", q(`${key}: ${secret(value)}`));
      return parts.join(" ");
    }

    function renderPreview() {
      stdioSet.hidden = !isStdio();
      httpSet.hidden = isStdio();
      const name = f.name.value.trim();
      const entry = buildEntry();
      previewDesktop.textContent = JSON.stringify({ mcpServers: { [name]: entry } }, null, 2);
      previewCli.textContent = cliCommand(name, entry);
    }

    function setError(message) {
      error.hidden = !message;
      error.textContent = message || "";
    }

    /** Fills the form from a loaded entry. */
    function fill(entry) {
      const isHttp = typeof entry.url === "string" || entry.type === "http" || entry.type === "sse";
      f.transport.value = isHttp ? "http" : "stdio";
      f.command.value = entry.command == null ? "" : String(entry.command);
      f.args.value = Array.isArray(entry.args) ? entry.args.map(String).join("\n") : "";

      const envLines = [];
      const envSecrets = [];
      for (const [key, value] of Object.entries(entry.env && typeof entry.env === "object" ? entry.env : {})) {
        if (value === null) envSecrets.push(key); else envLines.push(`${key}=${value}`);
      }
      f.env.value = envLines.join("\n");
      keptEnv.set(envSecrets);
      f.secretEnv.value = Array.isArray(entry.secretEnv) ? entry.secretEnv.join(", ") : "";

      f.url.value = entry.url == null ? "" : String(entry.url);
      const headerLines = [];
      const headerSecrets = [];
      keptAuth = false;
      f.token.value = "";
      for (const [key, value] of Object.entries(entry.headers && typeof entry.headers === "object" ? entry.headers : {})) {
        const isAuth = key.toLowerCase() === "authorization";
        if (isAuth && value === null) keptAuth = true;
        else if (isAuth && /^Bearer\s+/i.test(String(value))) f.token.value = String(value).replace(/^Bearer\s+/i, "");
        else if (value === null) headerSecrets.push(key);
        else headerLines.push(`${key}: ${value}`);
      }
      f.headers.value = headerLines.join("\n");
      keptHeaders.set(headerSecrets);
      syncTokenHint();

      f.prefix.value = entry.prefix == null ? "" : String(entry.prefix);
      const restart = entry.restart == null ? "always" : String(entry.restart);
      if (![...f.restart.options].some((o) => o.value === restart)) f.restart.append(el("option", { value: restart }, restart));
      f.restart.value = restart;
      f.healthInterval.value = entry.healthInterval == null ? "" : String(entry.healthInterval);
      f.perClient.checked = entry.perClient === true;
      f.disabled.checked = entry.disabled === true;

      extras = {};
      for (const [key, value] of Object.entries(entry)) {
        if (!FORM_KEYS.includes(key)) Object.defineProperty(extras, key, { value, enumerable: true, writable: true, configurable: true });
      }
      const extraKeys = Object.keys(extras).filter((k) => k !== "type");
      extrasNote.hidden = !extraKeys.length;
      extrasNote.textContent = extraKeys.length ? `Kept as they are (not editable here): ${extraKeys.join(", ")}.` : "";
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);

    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      setError("");
      const name = f.name.value.trim();
      const entry = buildEntry();
      if (!name) return setError("The name is required.");
      if (isStdio() && !entry.command) return setError("The command is required for a stdio server.");
      if (!isStdio() && !entry.url) return setError("The URL is required for an http server.");
      save.disabled = true;
      const r = editing
        ? await apiJson(`/api/servers/${enc(editName)}`, { method: "PUT", json: entry })
        : await apiJson("/api/servers", { method: "POST", json: { name, ...entry } });
      save.disabled = false;
      if (!ctx.alive) return;
      if (r.ok) { location.hash = "#/servers"; return; }
      if (r.status === 409 && !(r.data && r.data.error)) setError(`A server named “${name}” already exists.`);
      else setError(r.error);
    });

    del?.addEventListener("click", async () => {
      if (!window.confirm(`Delete the server “${editName}”? It is removed from the config file.`)) return;
      setError("");
      del.disabled = true;
      const r = await apiJson(`/api/servers/${enc(editName)}`, { method: "DELETE" });
      del.disabled = false;
      if (!ctx.alive) return;
      if (r.ok) location.hash = "#/servers";
      else setError(r.error);
    });

    if (editing) {
      f.name.value = editName;
      save.disabled = true;
      setError("");
      (async () => {
        const r = await apiJson(`/api/servers/${enc(editName)}/config`);
        if (!ctx.alive) return;
        if (r.ok && r.data && typeof r.data.entry === "object" && r.data.entry) {
          fill(r.data.entry);
          save.disabled = false;
        } else {
          setError(`Could not load the configuration: ${r.error || "unexpected answer"}`);
        }
        renderPreview();
      })();
    }
    renderPreview();
  }

  // ---- Router -----------------------------------------------------------

  let current = null; // {ctx, keepOnToken}

  function decode(segment) {
    try { return decodeURIComponent(segment); } catch { return segment; }
  }

  function parseRoute() {
    const parts = location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decode);
    const rest = parts.slice(1).join("/");
    switch (parts[0]) {
      case "servers": return rest ? { view: viewServer, nav: "servers", params: { name: rest } } : { view: viewServers, nav: "servers" };
      case "events": return { view: viewEvents, nav: "events" };
      case "new": return { view: viewForm, nav: "new", form: true };
      case "edit": if (rest) return { view: viewForm, nav: "servers", form: true, params: { name: rest } }; break;
      default: break;
    }
    return null;
  }

  function render() {
    let route = parseRoute();
    if (!route) {
      history.replaceState(null, "", "#/servers");
      route = parseRoute();
    }
    current?.ctx.dispose();
    hideBanner("load");
    hideBanner("action");
    const ctx = createContext();
    current = { ctx, keepOnToken: !!route.form };
    for (const a of document.querySelectorAll("#side-menu a[data-nav]")) {
      const active = a.dataset.nav === route.nav;
      a.classList.toggle("active", active);
      if (active) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    }
    const view = document.getElementById("view");
    view.replaceChildren();
    view.dataset.route = route.nav;
    setMenuOpen(false);
    route.view(view, ctx, route.params || {});
    window.scrollTo(0, 0);
  }

  window.addEventListener("hashchange", render);
  // A new token: reload what is shown (but never wipe a form being filled in).
  document.addEventListener("mcphub:token", () => { if (!current?.keepOnToken) render(); });
  render();
})();
