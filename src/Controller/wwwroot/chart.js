// Plain SVG time-series charts: lines, or stacked areas. No library, nothing fetched.
"use strict";

const SvgChart = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const PAD = { left: 40, right: 12, top: 10, bottom: 24 };

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  // The top of the axis: four whole-number steps of 1, 2 or 5 times a power of ten, at or above the largest value.
  function niceMax(value) {
    const rough = Math.max(value / 4, 1);
    const magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough);
    return step * 4;
  }

  function timeLabel(ms) {
    const d = new Date(ms);
    return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  }

  // times: array of epoch ms; series: [{ name, color, values: number[] }]; stacked: areas stacked bottom-up.
  function draw(container, times, series, stacked) {
    const width = Math.max(container.clientWidth, 300);
    const height = Math.max(container.clientHeight, 160);
    const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
    const plotW = width - PAD.left - PAD.right;
    const plotH = height - PAD.top - PAD.bottom;

    if (times.length < 2) {
      el("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "nodata" }, svg).textContent =
        "Collecting samples…";
      container.replaceChildren(svg);
      return;
    }

    const t0 = times[0];
    const t1 = times[times.length - 1];
    const x = (t) => PAD.left + ((t - t0) / Math.max(t1 - t0, 1)) * plotW;

    // Cumulative sums when stacked, so each area sits on the one below.
    const tops = [];
    let base = times.map(() => 0);
    for (const s of series) {
      const top = s.values.map((v, i) => (stacked ? base[i] : 0) + (v || 0));
      tops.push({ s, base, top });
      if (stacked) base = top;
    }
    const maxValue = Math.max(1, ...tops.flatMap((t) => t.top));
    const yMax = niceMax(maxValue);
    const y = (v) => PAD.top + plotH - (v / yMax) * plotH;

    for (let i = 0; i <= 4; i++) {
      const v = (yMax / 4) * i;
      el("line", { x1: PAD.left, x2: width - PAD.right, y1: y(v), y2: y(v), class: "axis" }, svg);
      el("text", { x: PAD.left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, svg).textContent =
        String(v);
    }
    const ticks = Math.min(6, times.length);
    for (let i = 0; i < ticks; i++) {
      const t = t0 + ((t1 - t0) * i) / Math.max(ticks - 1, 1);
      const anchor = i === 0 ? "start" : i === ticks - 1 ? "end" : "middle";
      el("text", { x: x(t), y: height - 6, "text-anchor": anchor, class: "tick" }, svg).textContent = timeLabel(t);
    }

    for (const { s, base: b, top } of tops) {
      const line = times.map((t, i) => `${i ? "L" : "M"}${x(t).toFixed(1)},${y(top[i]).toFixed(1)}`).join("");
      if (stacked) {
        const back = times.map((t, i) => `L${x(t).toFixed(1)},${y(b[i]).toFixed(1)}`).reverse().join("");
        el("path", { d: `${line}${back}Z`, fill: s.color, "fill-opacity": 0.75, stroke: "none", "data-series": s.name }, svg);
      } else {
        el("path", { d: line, fill: "none", stroke: s.color, "stroke-width": 2, "stroke-linejoin": "round", "data-series": s.name }, svg);
      }
    }
    container.replaceChildren(svg);
  }

  function legend(container, series) {
    container.replaceChildren(...series.map((s) => {
      const span = document.createElement("span");
      span.style.setProperty("--swatch", s.color);
      span.textContent = s.name;
      return span;
    }));
  }

  return { draw, legend };
})();
