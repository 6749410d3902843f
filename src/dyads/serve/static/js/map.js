// Map: where the events happened, as circles sized by events and coloured by their most frequent
// quad class, over the bundled Natural Earth country outlines (/api/world); no tile server.
import { api } from "./api.js";
import { go } from "./nav.js";
import { ActorPicker, QUADS, field, fmtInt, h, showError } from "./ui.js";

export function dominantQuad(place) {
  let best = QUADS[0];
  for (const q of QUADS) if ((place[q.key] || 0) > (place[best.key] || 0)) best = q;
  return best.name;
}

// A few whole numbers for the size legend, from 1 to the busiest place.
function sizeSteps(most) {
  return [...new Set([1, Math.round(most / 3), Math.round((2 * most) / 3), most])].filter((n) => n >= 1).sort((x, y) => x - y);
}

export function mapSpec(places, width) {
  const rows = places.map((p) => ({ ...p, quad_name: dominantQuad(p) }));
  const most = Math.max(1, ...rows.map((r) => r.events));
  return {
    width,
    height: Math.round(width * 0.44),
    projection: { type: "equalEarth" },
    layer: [
      {
        data: { url: "api/world", format: { type: "topojson", feature: "countries" } },
        // Antarctica (ISO 3166 numeric 010) takes a fifth of the map and holds no events.
        transform: [{ filter: "datum.id !== '010'" }],
        mark: { type: "geoshape", fill: "#e4e8ee", stroke: "#ffffff", strokeWidth: 0.6 },
      },
      {
        data: { values: rows },
        mark: { type: "circle", opacity: 0.8, stroke: "#ffffff", strokeWidth: 1 },
        encoding: {
          longitude: { field: "lon", type: "quantitative" },
          latitude: { field: "lat", type: "quantitative" },
          size: { field: "events", type: "quantitative", scale: { domain: [0, most], range: [60, 1600] }, legend: rows.length ? { title: "Events", orient: "bottom-left", values: sizeSteps(most), format: "d", symbolFillColor: "#9aa3ad" } : null },
          color: {
            field: "quad_name",
            type: "nominal",
            scale: { domain: QUADS.map((q) => q.name), range: QUADS.map((q) => q.color) },
            legend: rows.length ? { title: "Most events", orient: "bottom-right" } : null,
          },
          order: { field: "events", sort: "descending" },
          tooltip: [
            { field: "name", title: "place" },
            { field: "country", title: "country" },
            { field: "events", title: "events" },
            ...QUADS.map((q) => ({ field: q.key, title: q.name })),
          ],
        },
      },
    ],
    config: { view: { stroke: null }, font: "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" },
  };
}

export class MapView {
  constructor(container) {
    this.actor = new ActorPicker({ label: "Actor", testid: "map-actor" });
    this.since = h("input", { type: "date" });
    this.until = h("input", { type: "date" });
    this.event = h("input", { type: "text", placeholder: "e.g. ASSAULT", size: "11" });
    this.quad = h("select", {}, h("option", { value: "" }, "any"), QUADS.map((q) => h("option", { value: String(q.n) }, `${q.n} ${q.name}`)));
    this.minConf = h("input", { type: "number", min: "0", max: "1", step: "0.05", placeholder: "0–1" });
    this.form = h(
      "form",
      { class: "filters", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      field("Since", this.since),
      field("Until", this.until),
      this.actor.el,
      field("Event type", this.event),
      field("Quad class", this.quad),
      field("Min. confidence", this.minConf),
      h("button", { type: "submit" }, "Show"),
    );
    this.title = h("h2", {}, "Places");
    this.chart = h("div", { class: "chart", id: "map-chart", "data-testid": "map-chart" });
    this.list = h("div", { "data-testid": "map-places" });
    container.append(h("section", { class: "card" }, h("h1", {}, "Map"), this.form), h("section", { class: "card" }, this.title, this.chart, this.list));
    this.embed = null;
    this.redraw = null;
    this.seq = 0;
  }

  // Draws the map to the width of its card (again when the window changes size).
  async draw(places) {
    if (this.embed) this.embed.finalize();
    this.chart.replaceChildren();
    this.embed = await window.vegaEmbed(this.chart, mapSpec(places, Math.max(280, this.chart.clientWidth)), { actions: false, renderer: "svg" });
  }

  submit() {
    go("map", [], {
      since: this.since.value,
      until: this.until.value,
      actor: this.actor.value,
      event: this.event.value.trim().toUpperCase(),
      quad_class: this.quad.value,
      min_confidence: this.minConf.value,
    });
  }

  async show(route) {
    const seq = ++this.seq;
    const p = route.params;
    this.since.value = p.since || "";
    this.until.value = p.until || "";
    this.actor.value = p.actor || "";
    this.event.value = p.event || "";
    this.quad.value = p.quad_class || "";
    this.minConf.value = p.min_confidence || "";
    let data;
    try {
      data = await api("map", { since: p.since, until: p.until, actor: p.actor, event: p.event, quad_class: p.quad_class, min_confidence: p.min_confidence });
    } catch (err) {
      if (seq === this.seq) showError(this.chart, err);
      return;
    }
    if (seq !== this.seq) return;
    const located = data.places.reduce((n, x) => n + x.events, 0);
    this.title.replaceChildren("Places ", h("span", { class: "sub", "data-testid": "map-total" }, `${fmtInt(data.places.length)} places, ${fmtInt(located)} events with a location`));
    this.redraw = () => this.draw(data.places);
    await this.redraw();
    const rows = [...data.places]
      .sort((x, y) => y.events - x.events)
      .map((pl) =>
        h(
          "tr",
          { "data-testid": "place-row" },
          h("td", {}, pl.name),
          h("td", {}, pl.country || "–"),
          h("td", { class: "num" }, fmtInt(pl.events)),
          QUADS.map((q) => h("td", { class: "num" }, fmtInt(pl[q.key]))),
        ),
      );
    this.list.replaceChildren(
      rows.length
        ? h(
            "table",
            {},
            h("thead", {}, h("tr", {}, h("th", {}, "Place"), h("th", {}, "Country"), h("th", { class: "num" }, "Events"), QUADS.map((q) => h("th", { class: "num", title: q.name }, h("span", { class: `qdot q${q.n}` }), ` ${q.name}`)))),
            h("tbody", {}, rows),
          )
        : h("p", { class: "empty" }, "No event with a location matches."),
    );
  }
}
