// Dyad view: two actors' events per period in both directions, stacked by quad class, with the mean
// Goldstein score as a line; a click on a bar lists that period's events of that direction below.
import { api } from "./api.js";
import { go, href, meta } from "./nav.js";
import { fillPeriods, maxDay, minDay, periodEnd, periodLabel } from "./periods.js";
import { ActorPicker, QUADS, eventsTable, field, fmtInt, h, pager, plural, showError } from "./ui.js";

const PAGE_SIZE = 50;

// `span` is the range of days the chart covers: the one asked for, else the database's.
export function dyadSpec(data, width, span) {
  const [a, b, by] = [data.a.key, data.b.key, data.by];
  const labelAB = `${a} → ${b}`;
  const labelBA = `${b} → ${a}`;
  const periods = fillPeriods(data.periods.map((p) => p.period), by, span);
  const found = new Map(data.periods.map((p) => [`${p.direction}|${p.period}`, p]));
  const rows = [];
  for (const [direction, dirLabel] of [["a->b", labelAB], ["b->a", labelBA]]) {
    for (const period of periods) {
      const p = found.get(`${direction}|${period}`) || { events: 0, q1: 0, q2: 0, q3: 0, q4: 0, goldstein: null };
      rows.push({ period, label: periodLabel(period, by), direction, dir_label: dirLabel, events: p.events, q1: p.q1, q2: p.q2, q3: p.q3, q4: p.q4, goldstein: p.goldstein });
    }
  }
  const labels = periods.map((p) => periodLabel(p, by));
  const names = Object.fromEntries(QUADS.map((q) => [q.key, q.name]));
  // At most about a dozen labels on the time axis, evenly spaced.
  const step = Math.max(1, Math.ceil(labels.length / Math.max(2, Math.floor(width / 90))));
  const ticks = labels.filter((_, i) => i % step === 0);
  const x = { field: "label", type: "ordinal", sort: labels, title: null, axis: { labelAngle: 0, values: ticks, labelFontSize: 11 } };
  // Dots on the Goldstein line while they can be told apart; small ones past that, so that a lone
  // period between quiet ones still shows.
  const dot = periods.length <= 60 ? 36 : 10;
  const most = Math.max(1, ...rows.map((r) => r.events));
  // Bars keep a readable width when there are only a few periods.
  const barWidth = Math.max(2, Math.min(56, (width / Math.max(1, periods.length)) * 0.8));
  // One chart a direction, one above the other, on the same count scale so that they compare.
  const direction = (dirLabel) => ({
    transform: [{ filter: { field: "dir_label", equal: dirLabel } }],
    title: { text: dirLabel, anchor: "start", fontSize: 13, fontWeight: 600, color: "#1f2328", offset: 6 },
    width,
    height: 140,
    layer: [
      {
        transform: [
          { fold: ["q1", "q2", "q3", "q4"], as: ["quad", "count"] },
          { calculate: `${JSON.stringify(names)}[datum.quad]`, as: "quad_name" },
          // Each bar's accessible name, which screen readers (and the browser test) read.
          { calculate: "datum.dir_label + ', ' + datum.label + ', ' + datum.quad_name + ': ' + datum.count + ' events'", as: "description" },
        ],
        mark: { type: "bar", cursor: "pointer", width: barWidth },
        encoding: {
          x,
          y: { field: "count", type: "quantitative", stack: "zero", title: "events", scale: { domain: [0, most] }, axis: { tickMinStep: 1, titleColor: "#5b6470" } },
          color: {
            field: "quad_name",
            type: "nominal",
            scale: { domain: QUADS.map((q) => q.name), range: QUADS.map((q) => q.color) },
            legend: { title: null, orient: "top", direction: "horizontal", columns: width < 560 ? 2 : 4, labelFontSize: 12, symbolType: "square" },
          },
          order: { field: "quad", sort: "ascending" },
          description: { field: "description" },
          // the bars of the period listed below stand out
          opacity: { condition: { test: "!chosen_period || (datum.period === chosen_period && datum.direction === chosen_direction)", value: 1 }, value: 0.3 },
          tooltip: [
            { field: "label", title: "period" },
            { field: "dir_label", title: "direction" },
            { field: "quad_name", title: "class" },
            { field: "count", title: "events" },
          ],
        },
      },
      {
        // a period without events has no mean: the line breaks there rather than bridging the gap
        mark: { type: "line", color: "#16233a", strokeWidth: 1.5, invalid: "break-paths-show-domains", point: { filled: true, size: dot, color: "#16233a" } },
        encoding: {
          x,
          y: { field: "goldstein", type: "quantitative", scale: { domain: [-10, 10] }, title: "mean Goldstein", axis: { orient: "right", grid: false, titleColor: "#16233a", values: [-10, -5, 0, 5, 10] } },
          tooltip: [
            { field: "label", title: "period" },
            { field: "dir_label", title: "direction" },
            { field: "events", title: "events" },
            { field: "goldstein", title: "mean Goldstein", format: ".2f" },
          ],
        },
      },
    ],
    resolve: { scale: { y: "independent" } },
  });
  return {
    data: { values: rows },
    params: [
      { name: "chosen_period", value: "" },
      { name: "chosen_direction", value: "" },
    ],
    vconcat: [direction(labelAB), direction(labelBA)],
    spacing: 22,
    resolve: { scale: { color: "shared" } },
    config: { view: { stroke: "#e3e7ec" }, font: "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif", axis: { labelColor: "#3b4250", domainColor: "#c3cad3", tickColor: "#c3cad3", gridColor: "#eef1f4" } },
  };
}

// The default pair when none is asked for: the busiest actor and its busiest partner.
async function busiestPair() {
  const top = await api("actors", { limit: 1 });
  if (!top.actors.length) return null;
  const a = top.actors[0].key;
  const net = await api(`actors/${encodeURIComponent(a)}/network`, { limit: 1 });
  const edge = [...net.edges].sort((x, y) => y.events - x.events)[0];
  if (!edge) return null;
  return { a, b: edge.source === a ? edge.target : edge.source };
}

export class DyadView {
  constructor(container) {
    this.pickA = new ActorPicker({ label: "Actor A", testid: "dyad-a" });
    this.pickB = new ActorPicker({ label: "Actor B", testid: "dyad-b" });
    this.by = h("select", { "data-testid": "dyad-by" }, ["week", "month", "year"].map((v) => h("option", { value: v }, v)));
    this.since = h("input", { type: "date", "data-testid": "dyad-since" });
    this.until = h("input", { type: "date", "data-testid": "dyad-until" });
    this.minConf = h("input", { type: "number", min: "0", max: "1", step: "0.05", placeholder: "0–1", "data-testid": "dyad-min-confidence" });
    const swap = h("button", { type: "button", class: "ghost swap", title: "Swap the actors", onclick: () => this.swap() }, "⇄");
    this.form = h(
      "form",
      { class: "filters", "data-testid": "dyad-form", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      this.pickA.el,
      swap,
      this.pickB.el,
      field("Period", this.by),
      field("Since", this.since),
      field("Until", this.until),
      field("Min. confidence", this.minConf),
      h("button", { type: "submit", "data-testid": "dyad-show" }, "Show"),
    );
    this.title = h("h2", {}, "Dyad");
    this.chart = h("div", { class: "chart", id: "dyad-chart", "data-testid": "dyad-chart" });
    this.status = h("div", {});
    this.toolbar = h("div", { class: "toolbar" });
    this.table = h("div", { "data-testid": "dyad-events" });
    container.append(
      h("section", { class: "card" }, h("h1", {}, "Dyad"), this.form),
      h("section", { class: "card" }, this.title, this.status, this.chart),
      h("section", { class: "card" }, h("h2", {}, "Events ", h("span", { class: "sub" }, "click a bar, or choose a period, to list its events")), this.toolbar, this.table),
    );
    this.chartKey = null;
    this.chartLoad = null;
    this.embed = null;
    this.redraw = null;
    this.data = null;
    this.seq = 0;
  }

  swap() {
    const a = this.pickA.value;
    this.pickA.value = this.pickB.value;
    this.pickB.value = a;
    this.submit();
  }

  submit() {
    go("dyad", [], {
      a: this.pickA.value,
      b: this.pickB.value,
      by: this.by.value,
      since: this.since.value,
      until: this.until.value,
      min_confidence: this.minConf.value,
    });
  }

  async show(route) {
    const p = route.params;
    const seq = ++this.seq;
    if (!p.a || !p.b) {
      try {
        const pair = await busiestPair();
        if (seq !== this.seq) return;
        if (pair) {
          go("dyad", [], { ...pair, by: p.by || "month" }, { replace: true });
          return;
        }
        this.status.replaceChildren(h("p", { class: "empty" }, "The database holds no event between two actors yet: code some articles with dyads code."));
      } catch (err) {
        showError(this.status, err);
      }
      return;
    }
    this.pickA.value = p.a;
    this.pickB.value = p.b;
    this.by.value = ["week", "month", "year"].includes(p.by) ? p.by : "month";
    this.since.value = p.since || "";
    this.until.value = p.until || "";
    this.minConf.value = p.min_confidence || "";
    // The chart is asked for again only when its own parameters change; a new period, direction or
    // page redraws only the table, once the chart it belongs to has loaded.
    const key = JSON.stringify([p.a, p.b, this.by.value, p.since, p.until, p.min_confidence]);
    if (key !== this.chartKey) {
      this.chartKey = key;
      this.chartLoad = this.loadChart(p, key);
    }
    try {
      await this.chartLoad;
    } catch (err) {
      if (seq === this.seq) {
        this.chartKey = null;
        showError(this.status, err);
        this.chart.replaceChildren();
        this.toolbar.replaceChildren();
        this.table.replaceChildren();
      }
      return;
    }
    if (seq === this.seq && this.data) await this.loadTable(p, seq);
  }

  async loadChart(p, key) {
    this.status.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    const [data, m] = await Promise.all([api("dyad", { a: p.a, b: p.b, by: this.by.value, since: p.since, until: p.until, min_confidence: p.min_confidence }), meta]);
    if (key !== this.chartKey) return;
    this.data = data;
    this.pickA.describe(data.a);
    this.pickB.describe(data.b);
    const total = (dir) => data.periods.filter((x) => x.direction === dir).reduce((n, x) => n + x.events, 0);
    this.title.replaceChildren(
      `${data.a.label || data.a.key} and ${data.b.label || data.b.key} `,
      h("span", { class: "sub", "data-testid": "dyad-totals" }, `${data.a.key} → ${data.b.key}: ${plural(total("a->b"), "event")} · ${data.b.key} → ${data.a.key}: ${plural(total("b->a"), "event")}, by ${data.by}`),
    );
    const range = p.since || p.until ? `${p.since || m.first_day || "…"} – ${p.until || m.last_day || "…"}` : "all dates";
    this.status.replaceChildren(
      h(
        "div",
        { class: "legend-line" },
        h("span", {}, `${range}; bars: events per ${data.by} by quad class; line: mean Goldstein score (right axis, −10 conflict … +10 cooperation).`),
        h("a", { href: href("actor", [data.a.key]) }, `${data.a.key}'s network`),
        h("a", { href: href("actor", [data.b.key]) }, `${data.b.key}'s network`),
      ),
    );
    if (this.embed) this.embed.finalize();
    this.embed = null;
    this.redraw = null;
    if (!data.periods.length) {
      this.chart.replaceChildren(h("p", { class: "empty", "data-testid": "dyad-no-events" }, "No events between these two actors in this range."));
      return;
    }
    const span = { from: p.since || m.first_day, to: p.until || m.last_day };
    this.redraw = () => this.draw(data, span, p);
    await this.redraw();
  }

  // Draws the chart to the width of its card (again when the window changes size).
  async draw(data, span, p) {
    if (this.embed) this.embed.finalize();
    this.chart.replaceChildren();
    const width = Math.max(200, this.chart.clientWidth - 110);
    this.embed = await window.vegaEmbed(this.chart, dyadSpec(data, width, span), { actions: false, renderer: "svg" });
    this.embed.view.addEventListener("click", (_event, item) => {
      const d = item && item.datum;
      if (!d || !d.period || !d.direction) return;
      const params = { ...p, period: d.period, dir: d.direction === "a->b" ? "ab" : "ba" };
      delete params.page;
      go("dyad", [], params);
    });
  }

  async loadTable(p, seq) {
    const data = this.data;
    const dir = p.dir === "ba" ? "ba" : "ab";
    const [source, target] = dir === "ab" ? [data.a.key, data.b.key] : [data.b.key, data.a.key];
    let since = p.since;
    let until = p.until;
    if (p.period) {
      since = maxDay(since, p.period);
      until = minDay(until, periodEnd(p.period, data.by));
    }
    const page = Math.max(1, Number(p.page) || 1);
    const count = (d) => data.periods.filter((x) => x.direction === d && (!p.period || x.period === p.period)).reduce((n, x) => n + x.events, 0);
    const tab = (d, label) => {
      const params = { ...p, dir: d };
      delete params.page;
      return h("button", { type: "button", class: d === dir ? "on" : "", "data-testid": `dyad-dir-${d}`, onclick: () => go("dyad", [], params) }, `${label} (${fmtInt(count(d === "ab" ? "a->b" : "b->a"))})`);
    };
    // The periods with events, as a select too: what a click on a bar does, from the keyboard.
    const direction = dir === "ab" ? "a->b" : "b->a";
    const inPeriod = (period) => data.periods.filter((x) => x.period === period && x.direction === direction).reduce((n, x) => n + x.events, 0);
    const periods = [...new Set(data.periods.map((x) => x.period))].sort();
    const choose = h(
      "select",
      {
        "aria-label": "Period",
        "data-testid": "dyad-period",
        onchange: (e) => {
          const params = { ...p, period: e.currentTarget.value };
          delete params.page;
          go("dyad", [], params);
        },
      },
      h("option", { value: "" }, "all periods"),
      periods.map((period) => h("option", { value: period }, `${periodLabel(period, data.by)} (${fmtInt(inPeriod(period))})`)),
    );
    choose.value = periods.includes(p.period) ? p.period : "";
    if (this.embed) {
      this.embed.view.signal("chosen_period", choose.value).signal("chosen_direction", direction);
      await this.embed.view.runAsync();
    }
    this.toolbar.replaceChildren(
      h("div", { class: "seg", role: "group", "aria-label": "Direction" }, tab("ab", `${data.a.key} → ${data.b.key}`), tab("ba", `${data.b.key} → ${data.a.key}`)),
      choose,
      h("a", { href: href("events", [], { source, target, since, until, min_confidence: p.min_confidence }), class: "sub" }, "open in the events view"),
    );
    this.table.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    try {
      const found = await api("events", { source, target, since, until, min_confidence: p.min_confidence, page, page_size: PAGE_SIZE });
      if (seq !== this.seq) return;
      this.table.replaceChildren(
        eventsTable(found.events),
        pager(found.total, found.page, found.page_size, (n) => go("dyad", [], { ...p, page: n })),
      );
    } catch (err) {
      if (seq === this.seq) showError(this.table, err);
    }
  }
}
