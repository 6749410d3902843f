// Actor view: the actor's partners as a force-directed network (Vega). Nodes are states and
// organisations (by shape and colour), edges are coloured by net cooperation minus conflict on a
// diverging scale and as wide as their events; a click on an edge opens the dyad view.
import { api } from "./api.js";
import { go, href } from "./nav.js";
import { ActorPicker, field, fmtInt, fmtNum, h, showError } from "./ui.js";

const KINDS = ["state", "organisation", "other"];

export function networkSpec(data, width, height) {
  const center = data.actor.key;
  const nodes = data.nodes.map((n, index) => ({ ...n, index, center: n.key === center }));
  const index = new Map(nodes.map((n) => [n.key, n.index]));
  const links = data.edges
    .filter((e) => index.has(e.source) && index.has(e.target))
    .map((e) => ({ ...e, source: index.get(e.source), target: index.get(e.target), a: e.source, b: e.target, partner: e.source === center ? e.target : e.source }));
  const most = Math.max(1, ...links.map((l) => Math.abs(l.net)));
  // The partners settle on a ring around the actor: its radius fits the chart (labels included), and
  // with many partners each node gets less room, so that none is pushed off the chart.
  const ring = Math.min(width, height) / 2 - 48;
  const room = Math.max(10, Math.min(34, ((Math.PI * ring) / Math.max(1, nodes.length - 1)) * 0.9));
  const biggest = Math.min(1800, (2 * room) ** 2);
  return {
    width,
    height,
    autosize: "none",
    padding: 8,
    signals: [
      { name: "cx", update: "width / 2" },
      { name: "cy", update: "height / 2" },
    ],
    data: [
      { name: "node-data", values: nodes },
      { name: "link-data", values: links },
    ],
    scales: [
      { name: "size", type: "sqrt", domain: { data: "node-data", field: "events" }, range: [Math.min(320, biggest / 3), biggest], zero: false },
      { name: "kind", type: "ordinal", domain: KINDS, range: ["#33507a", "#d08a1b", "#8a8f98"] },
      { name: "shape", type: "ordinal", domain: KINDS, range: ["circle", "diamond", "square"] },
      { name: "width", type: "sqrt", domain: { data: "link-data", field: "events" }, range: [1.5, 10], zero: false },
      { name: "net", type: "linear", domain: [-most, most], range: { scheme: "redblue" }, domainMid: 0, clamp: true },
    ],
    legends: [
      { fill: "kind", shape: "shape", title: "Actor", orient: "top-left", symbolSize: 160, labelFontSize: 12, titleFontSize: 12 },
      { fill: "net", type: "gradient", title: "Net cooperation − conflict", orient: "bottom-left", direction: "horizontal", gradientLength: 160, labelFontSize: 11, titleFontSize: 12 },
    ],
    marks: [
      {
        name: "nodes",
        type: "symbol",
        zindex: 1,
        from: { data: "node-data" },
        encode: {
          enter: {
            fill: { scale: "kind", field: "kind" },
            shape: { scale: "shape", field: "kind" },
            stroke: { signal: "datum.center ? '#16233a' : '#ffffff'" },
            strokeWidth: { signal: "datum.center ? 3 : 1.5" },
            fx: { signal: "datum.center ? cx : null" },
            fy: { signal: "datum.center ? cy : null" },
            cursor: { value: "pointer" },
            tooltip: { signal: "{title: datum.label, kind: datum.kind, events: datum.events}" },
            description: { signal: "datum.key + ', ' + datum.label + ', ' + datum.kind + ': ' + datum.events + ' events'" },
          },
          update: { size: { scale: "size", field: "events" } },
        },
        transform: [
          {
            type: "force",
            static: true,
            signal: "force",
            iterations: 300,
            forces: [
              { force: "center", x: { signal: "cx" }, y: { signal: "cy" } },
              { force: "collide", radius: room },
              { force: "nbody", strength: nodes.length > 12 ? -40 : -260 },
              { force: "link", links: "link-data", distance: nodes.length > 12 ? ring : Math.max(90, Math.min(width, height) / 2.3) },
            ],
          },
        ],
      },
      {
        name: "edges",
        type: "path",
        from: { data: "link-data" },
        interactive: false,
        encode: {
          update: {
            stroke: { scale: "net", field: "net" },
            strokeWidth: { scale: "width", field: "events" },
            strokeOpacity: { value: 0.85 },
          },
        },
        transform: [{ type: "linkpath", require: { signal: "force" }, shape: "line", sourceX: "datum.source.x", sourceY: "datum.source.y", targetX: "datum.target.x", targetY: "datum.target.y" }],
      },
      {
        // A wide invisible copy of each edge, so that a thin edge is easy to click.
        name: "edge-hits",
        type: "path",
        from: { data: "link-data" },
        encode: {
          update: {
            stroke: { value: "#000" },
            strokeOpacity: { value: 0 },
            strokeWidth: { value: 14 },
            cursor: { value: "pointer" },
            description: { signal: "datum.a + ' – ' + datum.b + ': ' + datum.events + ' events, net ' + datum.net" },
            tooltip: {
              signal: "{title: datum.a + ' – ' + datum.b, events: datum.events, cooperation: datum.cooperation, conflict: datum.conflict, net: datum.net, 'mean Goldstein': datum.goldstein === null ? '–' : format(datum.goldstein, '.2f')}",
            },
          },
        },
        transform: [{ type: "linkpath", require: { signal: "force" }, shape: "line", sourceX: "datum.source.x", sourceY: "datum.source.y", targetX: "datum.target.x", targetY: "datum.target.y" }],
      },
      {
        type: "text",
        from: { data: "nodes" },
        zindex: 2,
        interactive: false,
        encode: {
          update: {
            text: { field: "datum.key" },
            x: { field: "x" },
            y: { field: "y" },
            dx: { signal: "sqrt(scale('size', datum.datum.events)) / 2 + 5" },
            align: { value: "left" },
            baseline: { value: "middle" },
            fontSize: { signal: "datum.datum.center ? 14 : 12" },
            fontWeight: { signal: "datum.datum.center ? 700 : 600" },
            fill: { value: "#1f2328" },
          },
        },
      },
    ],
  };
}

export class NetworkView {
  constructor(container) {
    this.pick = new ActorPicker({ label: "Actor", testid: "network-actor" });
    this.since = h("input", { type: "date", "data-testid": "network-since" });
    this.until = h("input", { type: "date", "data-testid": "network-until" });
    this.minConf = h("input", { type: "number", min: "0", max: "1", step: "0.05", placeholder: "0–1" });
    this.limit = h("input", { type: "number", min: "1", max: "200", step: "1", value: "40" });
    this.form = h(
      "form",
      { class: "filters", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      this.pick.el,
      field("Since", this.since),
      field("Until", this.until),
      field("Min. confidence", this.minConf),
      field("Partners", this.limit),
      h("button", { type: "submit", "data-testid": "network-show" }, "Show"),
    );
    this.title = h("h2", {}, "Network");
    this.chart = h("div", { class: "chart", id: "network-chart", "data-testid": "network-chart" });
    this.partners = h("div", { "data-testid": "network-partners" });
    container.append(
      h("section", { class: "card" }, h("h1", {}, "Actor network"), this.form),
      h("section", { class: "card" }, this.title, this.chart),
      h("section", { class: "card" }, h("h2", {}, "Partners"), this.partners),
    );
    this.embed = null;
    this.redraw = null;
    this.seq = 0;
  }

  // Draws the network to the width of its card (again when the window changes size).
  async draw(data, p) {
    const key = data.actor.key;
    if (this.embed) this.embed.finalize();
    this.chart.replaceChildren();
    const width = Math.max(280, this.chart.clientWidth);
    const height = data.nodes.length > 16 ? 660 : 520;
    this.embed = await window.vegaEmbed(this.chart, networkSpec(data, width, height), { actions: false, renderer: "svg", mode: "vega" });
    this.embed.view.addEventListener("click", (_event, item) => {
      if (!item || !item.datum) return;
      if (item.mark.name === "edge-hits") go("dyad", [], { a: key, b: item.datum.partner, since: p.since, until: p.until, min_confidence: p.min_confidence });
      else if (item.mark.name === "nodes" && !item.datum.center) go("actor", [item.datum.key], { since: p.since, until: p.until, min_confidence: p.min_confidence });
    });
  }

  submit() {
    const key = this.pick.value;
    if (!key) return;
    go("actor", [key], { since: this.since.value, until: this.until.value, min_confidence: this.minConf.value, limit: this.limit.value === "40" ? "" : this.limit.value });
  }

  async show(route) {
    const seq = ++this.seq;
    const p = route.params;
    let key = route.path[0];
    if (!key) {
      try {
        const top = await api("actors", { limit: 1 });
        if (seq !== this.seq) return;
        if (top.actors.length) go("actor", [top.actors[0].key], p, { replace: true });
        else this.chart.replaceChildren(h("p", { class: "empty" }, "The database holds no actors yet."));
      } catch (err) {
        showError(this.chart, err);
      }
      return;
    }
    this.pick.value = key;
    this.since.value = p.since || "";
    this.until.value = p.until || "";
    this.minConf.value = p.min_confidence || "";
    this.limit.value = p.limit || "40";
    this.chart.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    let data;
    try {
      data = await api(`actors/${encodeURIComponent(key)}/network`, { since: p.since, until: p.until, min_confidence: p.min_confidence, limit: p.limit });
    } catch (err) {
      if (seq === this.seq) {
        showError(this.chart, err);
        this.partners.replaceChildren();
      }
      return;
    }
    if (seq !== this.seq) return;
    key = data.actor.key;
    this.pick.describe(data.actor);
    const dyad = (partner) => href("dyad", [], { a: key, b: partner, since: p.since, until: p.until, min_confidence: p.min_confidence });
    this.title.replaceChildren(
      `${data.actor.label || key} `,
      h("span", { class: "sub" }, `${fmtInt(data.edges.length)} partners · `, h("a", { href: href("events", [], { actor: key, since: p.since, until: p.until }) }, `all events of ${key}`)),
    );
    if (this.embed) this.embed.finalize();
    this.embed = null;
    this.redraw = null;
    if (!data.edges.length) {
      this.chart.replaceChildren(h("p", { class: "empty", "data-testid": "network-empty" }, `${key} has no partner in this range.`));
      this.partners.replaceChildren();
      return;
    }
    this.redraw = () => this.draw(data, p);
    await this.redraw();
    const labels = new Map(data.nodes.map((n) => [n.key, n]));
    const rows = [...data.edges]
      .sort((x, y) => y.events - x.events)
      .map((e) => {
        const partner = e.source === key ? e.target : e.source;
        const node = labels.get(partner) || { label: partner, kind: "other" };
        return h(
          "tr",
          { "data-testid": "partner-row", dataset: { partner } },
          h("td", {}, h("a", { href: href("actor", [partner]) }, partner), " ", h("span", { class: "sub" }, node.label !== partner ? node.label : ""), " ", h("span", { class: "kind" }, node.kind)),
          h("td", { class: "num" }, fmtInt(e.events)),
          h("td", { class: "num" }, fmtInt(e.cooperation)),
          h("td", { class: "num" }, fmtInt(e.conflict)),
          h("td", { class: `num ${e.net > 0 ? "net-pos" : e.net < 0 ? "net-neg" : ""}` }, e.net > 0 ? `+${e.net}` : String(e.net)),
          h("td", { class: "num" }, fmtNum(e.goldstein)),
          h("td", {}, h("a", { href: dyad(partner), "data-testid": "partner-dyad" }, "dyad view")),
        );
      });
    this.partners.replaceChildren(
      h(
        "table",
        { class: "partners" },
        h("thead", {}, h("tr", {}, h("th", {}, "Partner"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Cooperation"), h("th", { class: "num" }, "Conflict"), h("th", { class: "num" }, "Net"), h("th", { class: "num" }, "Goldstein"), h("th", {}, ""))),
        h("tbody", {}, rows),
      ),
    );
  }
}
