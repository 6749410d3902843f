// Document view: the stored article with every coded event's spans marked, as displaCy marks
// entities (a coloured mark with a small label), and the list of its events.
import { api } from "./api.js";
import { href } from "./nav.js";
import { eventsTable, h, showError } from "./ui.js";

const RANK = { trigger: 0, source: 1, target: 2 };

function spanLabel(span) {
  return span.label === "trigger" ? span.event || "trigger" : span.label;
}

// Splits the text at every span boundary: a piece covered by spans becomes one mark coloured by its
// first label (trigger, then source, then target), and the labels of the spans that end there follow
// it, so spans that overlap (one actor in two events) all stay visible. Offsets count code points.
// A click on a mark brings its events' rows into view in the list below the text.
function showEvents(ids) {
  const rows = ids.map((id) => document.getElementById(`event-${id}`)).filter(Boolean);
  if (!rows.length) return;
  rows[0].scrollIntoView({ behavior: "smooth", block: "center" });
  for (const row of rows) {
    row.classList.remove("flash");
    void row.offsetWidth;
    row.classList.add("flash");
  }
}

export function markedText(text, spans) {
  const chars = Array.from(text || "");
  const valid = (spans || []).filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end);
  const cuts = [...new Set([0, chars.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = chars.slice(from, to).join("");
    const over = valid.filter((s) => s.start <= from && s.end >= to);
    if (!over.length) {
      out.push(piece);
      continue;
    }
    const top = [...over].sort((x, y) => RANK[x.label] - RANK[y.label])[0];
    const ending = [...new Set(over.filter((s) => s.end === to).map(spanLabel))];
    const events = [...new Set(over.map((s) => s.event_id))];
    out.push(
      h(
        "mark",
        {
          class: `ent hl-${top.label}`,
          "data-testid": "doc-mark",
          "data-label": top.label,
          "data-events": events.join(" "),
          title: over.map((s) => `${s.label} of ${s.event} (${s.event_id})`).join("\n"),
          onclick: () => showEvents(events),
        },
        piece,
        ending.map((label) => h("span", { class: "ent-label" }, label)),
      ),
    );
  }
  return out;
}

// Only a web address becomes a link: an article's url comes from its input and could be javascript:.
function webLink(url) {
  try {
    return ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export class DocumentView {
  constructor(container) {
    this.head = h("section", { class: "card" });
    this.body = h("section", { class: "card" });
    this.events = h("section", { class: "card" });
    container.append(this.head, this.body, this.events);
    this.seq = 0;
  }

  async show(route) {
    const seq = ++this.seq;
    const id = route.path[0];
    this.body.replaceChildren();
    this.events.replaceChildren();
    if (!id) {
      this.head.replaceChildren(h("p", { class: "empty" }, "No document chosen: open one from an event's “document” link."));
      return;
    }
    this.head.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    let doc;
    try {
      doc = await api(`documents/${encodeURIComponent(id)}`);
    } catch (err) {
      if (seq === this.seq) showError(this.head, err);
      return;
    }
    if (seq !== this.seq) return;
    this.head.replaceChildren(
      h("h1", { "data-testid": "doc-title" }, doc.title || doc.doc_id),
      h(
        "div",
        { class: "doc-meta" },
        h("span", {}, doc.doc_id),
        doc.date_published ? h("span", {}, doc.date_published) : null,
        doc.outlet ? h("span", {}, doc.outlet) : null,
        doc.byline ? h("span", {}, doc.byline) : null,
        webLink(doc.url) ? h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null,
        doc.status !== "coded" ? h("span", {}, `${doc.status}: ${doc.reason || ""}`) : null,
        doc.duplicate_of ? h("span", {}, "a copy of ", h("a", { href: href("doc", [doc.duplicate_of]) }, doc.duplicate_of)) : null,
      ),
    );
    this.body.replaceChildren(
      h(
        "div",
        { class: "doc-legend" },
        h("span", {}, h("mark", { class: "hl-trigger" }, "trigger"), " the event's word, labelled with its type"),
        h("span", {}, h("mark", { class: "hl-source" }, "source")),
        h("span", {}, h("mark", { class: "hl-target" }, "target")),
      ),
      h("div", { class: "doc-text", "data-testid": "doc-text" }, markedText(doc.text, doc.spans)),
    );
    this.events.replaceChildren(
      h("h2", {}, "Events ", h("span", { class: "sub" }, `${doc.events.length} coded from this document · `, h("a", { href: href("events", [], { doc_id: doc.doc_id }) }, "in the events view"))),
      eventsTable(doc.events, { showDoc: false }),
    );
  }
}
