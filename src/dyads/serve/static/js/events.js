// Events view: the story events that match a filter form, page by page.
import { api } from "./api.js";
import { go, href } from "./nav.js";
import { ActorPicker, QUADS, eventsTable, field, fmtInt, h, pager, showError } from "./ui.js";

const PAGE_SIZE = 50;
// The form's fields, in the API's parameter names.
const FIELDS = ["since", "until", "source", "target", "actor", "event", "quad_class", "country", "q", "min_confidence", "doc_id"];

export class EventsView {
  constructor(container) {
    this.source = new ActorPicker({ label: "Source", testid: "events-source" });
    this.target = new ActorPicker({ label: "Target", testid: "events-target" });
    this.actor = new ActorPicker({ label: "Either side", testid: "events-actor" });
    this.inputs = {
      since: h("input", { type: "date", "data-testid": "events-since" }),
      until: h("input", { type: "date", "data-testid": "events-until" }),
      event: h("input", { type: "text", placeholder: "e.g. ACCUSE", size: "11", "data-testid": "events-event" }),
      quad_class: h("select", { "data-testid": "events-quad" }, h("option", { value: "" }, "any"), QUADS.map((q) => h("option", { value: String(q.n) }, `${q.n} ${q.name}`))),
      country: h("input", { type: "text", placeholder: "e.g. RUS", size: "6", "data-testid": "events-country" }),
      q: h("input", { type: "search", placeholder: "words in the sentence", "data-testid": "events-q" }),
      min_confidence: h("input", { type: "number", min: "0", max: "1", step: "0.05", placeholder: "0–1", "data-testid": "events-min-confidence" }),
      doc_id: h("input", { type: "hidden" }),
    };
    const i = this.inputs;
    this.form = h(
      "form",
      { class: "filters", "data-testid": "events-form", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      field("Since", i.since),
      field("Until", i.until),
      this.source.el,
      this.target.el,
      this.actor.el,
      field("Event type", i.event),
      field("Quad class", i.quad_class),
      field("Country", i.country),
      field("Text", i.q),
      field("Min. confidence", i.min_confidence),
      i.doc_id,
      h("button", { type: "submit", "data-testid": "events-search" }, "Search"),
      h("button", { type: "button", class: "ghost", onclick: () => go("events") }, "Clear"),
    );
    this.summary = h("h2", {}, "Events");
    this.results = h("div", { "data-testid": "events-results" });
    container.append(h("section", { class: "card" }, h("h1", {}, "Events"), this.form), h("section", { class: "card" }, this.summary, this.results));
    this.seq = 0;
  }

  values() {
    const out = {};
    for (const name of FIELDS) {
      if (name === "source" || name === "target" || name === "actor") out[name] = this[name].value;
      else out[name] = this.inputs[name].value.trim();
    }
    if (out.event) out.event = out.event.toUpperCase();
    if (out.country) out.country = out.country.toUpperCase();
    return out;
  }

  submit() {
    go("events", [], this.values());
  }

  async show(route) {
    const seq = ++this.seq;
    const p = route.params;
    for (const name of FIELDS) {
      if (name === "source" || name === "target" || name === "actor") this[name].value = p[name] || "";
      else this.inputs[name].value = p[name] || "";
    }
    const page = Math.max(1, Number(p.page) || 1);
    const filters = Object.fromEntries(FIELDS.map((name) => [name, p[name]]));
    this.results.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    try {
      const found = await api("events", { ...filters, page, page_size: PAGE_SIZE });
      if (seq !== this.seq) return;
      const unfiltered = { ...p };
      delete unfiltered.doc_id;
      delete unfiltered.page;
      this.summary.replaceChildren(
        "Events ",
        h("span", { class: "sub", "data-testid": "events-total" }, `${fmtInt(found.total)} match`),
        p.doc_id
          ? h("span", { class: "chip" }, "of ", h("a", { href: href("doc", [p.doc_id]) }, p.doc_id), h("button", { type: "button", title: "Every document", onclick: () => go("events", [], unfiltered) }, "×"))
          : null,
      );
      this.results.replaceChildren(eventsTable(found.events), pager(found.total, found.page, found.page_size, (n) => go("events", [], { ...p, page: n })));
    } catch (err) {
      if (seq === this.seq) showError(this.results, err);
    }
  }
}
