// The operator's dashboard: polls the REST API (/api/v1) every few seconds and redraws one fleet.
"use strict";

(() => {
  const POLL_MS = 2000;
  const TOKEN_KEY = "autoscaler.adminToken";
  const STATES = ["REQUESTED", "BUILDING", "BOOTING", "READY", "DRAINING", "LOST", "REBOOTING", "DELETING"];
  const STATE_COLORS = {
    REQUESTED: "#9db7f5", BUILDING: "#5b8def", BOOTING: "#2f5fc4", READY: "#12a150",
    DRAINING: "#e0a200", LOST: "#d0343a", REBOOTING: "#f07178", DELETING: "#98a2b3",
  };
  const LOAD_SERIES = [
    { key: "players", name: "Players", color: "#2f6fed" },
    { key: "freeSlots", name: "Free slots", color: "#12a150" },
  ];

  const $ = (id) => document.getElementById(id);
  let fleetName = decodeURIComponent(location.hash.slice(1)) || null;
  let timer = null;

  class Unauthorized extends Error {}

  async function api(path) {
    const headers = { Accept: "application/json" };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(`/api/v1${path}`, { headers, cache: "no-store" });
    if (response.status === 401) throw new Unauthorized();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }

  const stateName = (s) => String(s || "").replace("SERVER_LIFECYCLE_", "");
  const ms = (timestamp) => (timestamp ? Date.parse(timestamp) : null);
  const seconds = (duration) => (duration ? parseFloat(duration) : 0);

  function ago(timestamp) {
    const t = ms(timestamp);
    if (t === null) return "never";
    return `${formatSpan((Date.now() - t) / 1000)} ago`;
  }

  function formatSpan(total) {
    total = Math.max(0, Math.round(total));
    if (total < 60) return `${total}s`;
    if (total < 3600) return `${Math.floor(total / 60)}m ${total % 60}s`;
    return `${Math.floor(total / 3600)}h ${Math.floor((total % 3600) / 60)}m`;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function pill(row, state) {
    const td = row.insertCell();
    const span = document.createElement("span");
    span.className = `pill s-${state}`;
    span.textContent = state.toLowerCase();
    td.appendChild(span);
  }

  function card(label, value, sub, className) {
    const div = document.createElement("div");
    div.className = `card ${className || ""}`;
    div.innerHTML = '<div class="label"></div><div class="value"></div><div class="sub"></div>';
    div.children[0].textContent = label;
    div.children[1].textContent = value;
    div.children[2].textContent = sub || "";
    return div;
  }

  function renderFleets(fleets) {
    const nav = $("fleets");
    nav.replaceChildren(...fleets.map((f) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = f.name;
      b.setAttribute("aria-pressed", String(f.name === fleetName));
      b.addEventListener("click", () => { location.hash = encodeURIComponent(f.name); });
      return b;
    }));
  }

  function renderSummary(f) {
    const count = (state) => (f.serversByState || []).find((c) => stateName(c.state) === state)?.count || 0;
    const onTheWay = count("REQUESTED") + count("BUILDING") + count("BOOTING");
    const p = f.policy || {};
    $("cards").replaceChildren(
      card("Players", f.players || 0, `of ${f.readyCapacity || 0} ready slots · ${f.waitingPlayers || 0} waiting for a slot`),
      card("Free slots", f.freeSlots || 0, `buffer ${f.buffer || 0}${f.learntBuffer === undefined ? "" : " (learnt)"}`),
      card("Servers", f.servers || 0, `${count("READY")} ready · ${onTheWay} on the way · ${count("DRAINING")} draining`),
      card("Limits", `${p.minServers || 0}–${p.maxServers || 0}`, f.manualFloor !== undefined && f.manualFloor !== null ? `manual floor ${f.manualFloor}` : "no manual floor"),
      card("Scaling", f.paused ? "paused" : p.dryRun ? "dry-run" : "active", `policy every ${seconds(p.policyInterval)}s`, f.paused ? "paused" : ""),
    );
  }

  function renderCharts(samples) {
    const times = samples.map((s) => ms(s.at));
    const load = LOAD_SERIES.map((s) => ({ name: s.name, color: s.color, values: samples.map((x) => x[s.key] || 0) }));
    SvgChart.legend($("legend-load"), load);
    SvgChart.draw($("chart-load"), times, load, false);

    const present = STATES.filter((state) => samples.some((x) => (x.serversByState || []).some((c) => stateName(c.state) === state)));
    const servers = (present.length ? present : ["READY"]).map((state) => ({
      name: state.toLowerCase(),
      color: STATE_COLORS[state],
      values: samples.map((x) => (x.serversByState || []).find((c) => stateName(c.state) === state)?.count || 0),
    }));
    SvgChart.legend($("legend-servers"), servers);
    SvgChart.draw($("chart-servers"), times, servers, true);
  }

  function renderServers(servers) {
    const body = $("servers").tBodies[0];
    body.replaceChildren();
    for (const s of servers) {
      const row = body.insertRow();
      row.dataset.server = s.id;
      cell(row, s.id, "mono");
      pill(row, stateName(s.state));
      const players = cell(row, `${s.players || 0}/${s.capacity || 0}`, "nowrap");
      const bar = document.createElement("span");
      bar.className = "bar";
      bar.innerHTML = "<i></i>";
      bar.firstChild.style.width = `${s.capacity ? Math.min(100, (100 * (s.players || 0)) / s.capacity) : 0}%`;
      players.appendChild(bar);
      cell(row, formatSpan(seconds(s.uptime)));
      cell(row, ago(s.lastSeenAt));
      cell(row, s.draining ? "yes" : "no");
    }
    $("servers-count").textContent = `(${servers.length})`;
    $("servers-empty").hidden = servers.length > 0;
  }

  function actions(d) {
    const parts = [];
    for (const key of ["create", "undrain", "drain", "delete", "reboot", "replace"]) {
      if (d[key]) parts.push(`${key} ${d[key]}`);
    }
    if (d.dryRun) parts.push("(dry-run)");
    return parts.join(", ") || "hold";
  }

  function renderDecisions(decisions) {
    const body = $("decisions").tBodies[0];
    body.replaceChildren();
    for (const d of decisions) {
      const row = body.insertRow();
      row.dataset.reason = d.reason;
      cell(row, new Date(ms(d.at)).toLocaleTimeString(), "nowrap");
      cell(row, d.reason, "mono");
      cell(row, actions(d), "nowrap");
      cell(row, d.detail || "", "detail");
    }
    $("decisions-empty").hidden = decisions.length > 0;
  }

  function renderOperations(operations) {
    const body = $("operations").tBodies[0];
    body.replaceChildren();
    for (const o of operations) {
      const row = body.insertRow();
      cell(row, `${o.kind} ${o.id}`, "mono");
      cell(row, o.serverId, "mono");
      cell(row, o.status);
      cell(row, ago(o.startedAt));
      cell(row, o.detail || "", "detail");
    }
    $("operations-count").textContent = operations.length ? `(${operations.length})` : "";
    $("operations-empty").hidden = operations.length > 0;
  }

  function setStatus(text, error) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(error));
  }

  async function refresh() {
    try {
      const { fleets = [] } = await api("/fleets");
      if (!fleetName || !fleets.some((f) => f.name === fleetName)) fleetName = fleets[0]?.name || null;
      renderFleets(fleets);
      $("login").hidden = true;
      if (!fleetName) {
        setStatus("no fleets configured");
        return;
      }
      const path = `/fleets/${encodeURIComponent(fleetName)}`;
      const [fleet, servers, decisions, operations, history] = await Promise.all([
        api(path), api(`${path}/servers`), api(`${path}/decisions?limit=30`), api(`${path}/operations`), api(`${path}/history?minutes=30`),
      ]);
      $("fleet").hidden = false;
      renderSummary(fleet);
      renderCharts(history.samples || []);
      renderServers(servers.servers || []);
      renderDecisions(decisions.decisions || []);
      renderOperations(operations.operations || []);
      setStatus(`live · updated ${new Date().toLocaleTimeString()}`);
    } catch (e) {
      if (e instanceof Unauthorized) {
        sessionStorage.removeItem(TOKEN_KEY);
        $("fleet").hidden = true;
        $("login").hidden = false;
        setStatus("admin token required", true);
      } else {
        setStatus(`offline: ${e.message}`, true);
      }
    }
  }

  function schedule() {
    clearTimeout(timer);
    refresh().finally(() => { timer = setTimeout(schedule, POLL_MS); });
  }

  $("login").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value);
    $("token").value = "";
    schedule();
  });
  window.addEventListener("hashchange", () => {
    fleetName = decodeURIComponent(location.hash.slice(1)) || null;
    schedule();
  });
  window.addEventListener("resize", () => schedule());
  schedule();
})();
