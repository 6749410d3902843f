// Shared pieces of the views: element building, the quad classes, highlighted sentences,
// the actor picker, the events table and its pager.
import { api } from "./api.js";
import { href } from "./nav.js";

// Builds an element; strings become text nodes, so data from the database is never parsed as HTML.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "value") el.value = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// The four quad classes; their colours are the stylesheet's (--q1 .. --q4), so that the charts and the
// tables' dots agree.
export const QUADS = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"].map((name, i) => ({
  n: i + 1,
  key: `q${i + 1}`,
  name,
  get color() {
    return getComputedStyle(document.documentElement).getPropertyValue(`--q${i + 1}`).trim();
  },
}));

export function quadName(n) {
  const quad = QUADS[Number(n) - 1];
  return quad ? quad.name : `quad class ${n}`;
}

export function fmtInt(n) {
  return Number(n || 0).toLocaleString("en-US");
}

export function plural(n, word) {
  return `${fmtInt(n)} ${n === 1 ? word : `${word}s`}`;
}

export function fmtNum(x, digits = 2) {
  return x === null || x === undefined ? "–" : Number(x).toFixed(digits);
}

export function showError(container, err) {
  container.replaceChildren(h("div", { class: "error", role: "alert", "data-testid": "error" }, err && err.message ? err.message : String(err)));
}

// The sentence with its spans marked. Offsets count Unicode code points (they come from Python),
// so the text is split into code points, not UTF-16 units; overlapping spans keep the first.
export function highlighted(sentence, highlights) {
  const chars = Array.from(sentence || "");
  const spans = [...(highlights || [])]
    .filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) out.push(chars.slice(at, span.start).join(""));
    out.push(h("mark", { class: `hl-${span.label}`, title: span.label, "data-label": span.label }, chars.slice(span.start, span.end).join("")));
    at = span.end;
  }
  if (at < chars.length) out.push(chars.slice(at).join(""));
  return out;
}

function keysOf(actors) {
  return [...new Set((actors || []).map((a) => a.key || a.code).filter(Boolean))];
}

function actorKeys(actors) {
  const keys = keysOf(actors);
  return keys.length ? keys.join(", ") : "–";
}

// "AZE → ARM", a link to that dyad when the event has one actor on each side.
function actorsLine(ev) {
  const text = `${actorKeys(ev.sources)} → ${actorKeys(ev.targets)}`;
  const [a, b] = [keysOf(ev.sources), keysOf(ev.targets)];
  if (a.length !== 1 || b.length !== 1 || a[0] === b[0]) return text;
  return h("a", { href: href("dyad", [], { a: a[0], b: b[0] }), title: "the dyad view" }, text);
}

export function eventType(ev) {
  return [
    h("span", { class: "evtype", title: quadName(ev.quad_class) }, h("span", { class: `qdot q${ev.quad_class}` }), ev.event, ev.negated ? h("span", { class: "neg" }, "negated") : null),
    h("div", { class: "cameo" }, ev.mode ? `${ev.mode} · CAMEO ${ev.cameo}` : `CAMEO ${ev.cameo}`),
  ];
}

// The articles that reported an event, in a row under it, from /api/events/{id}.
async function toggleMentions(button, eventId, columns) {
  const row = button.closest("tr");
  const open = row.nextElementSibling && row.nextElementSibling.classList.contains("mentions") ? row.nextElementSibling : null;
  if (open) {
    open.remove();
    button.setAttribute("aria-expanded", "false");
    return;
  }
  const cell = h("td", { colspan: String(columns) }, h("span", { class: "loading" }, "Loading…"));
  row.after(h("tr", { class: "mentions", "data-testid": "mentions" }, cell));
  button.setAttribute("aria-expanded", "true");
  try {
    const ev = await api(`events/${encodeURIComponent(eventId)}`);
    cell.replaceChildren(
      h(
        "ul",
        {},
        ev.mentions.map((m) =>
          h(
            "li",
            { "data-testid": "mention" },
            h("span", { class: "sub" }, [m.date_published, m.outlet].filter(Boolean).join(" · ")),
            " ",
            h("a", { href: href("doc", [m.doc_id]) }, m.title || m.doc_id),
            h("div", { class: "why" }, m.sentence),
          ),
        ),
      ),
    );
  } catch (err) {
    showError(cell, err);
  }
}

// One table of event rows (the API's event row), with the evidence sentence highlighted.
export function eventsTable(events, { showDoc = true } = {}) {
  if (!events.length) return h("p", { class: "empty", "data-testid": "events-empty" }, "No events match.");
  const rows = events.map((ev) =>
    h(
      "tr",
      { "data-testid": "event-row", dataset: { eventId: ev.event_id }, id: `event-${ev.event_id}` },
      h("td", { class: "day" }, ev.day || "–", ev.date_precision && ev.date_precision !== "day" ? h("div", { class: "sub" }, `${ev.date_precision} of ${ev.date}`) : null),
      h(
        "td",
        { class: "what" },
        eventType(ev),
        h("div", { class: "actors" }, actorsLine(ev)),
        ev.location ? h("div", { class: "sub" }, `at ${ev.location.name}`) : null,
      ),
      h(
        "td",
        {},
        h("p", { class: "sentence", "data-testid": "sentence" }, highlighted(ev.sentence, ev.highlights)),
        ev.why ? h("div", { class: "why" }, `why: ${ev.why}`) : null,
      ),
      h(
        "td",
        { class: "num" },
        h(
          "button",
          {
            type: "button",
            class: "link",
            title: `${ev.num_mentions} mentions from ${ev.num_sources} sources: list the articles`,
            "aria-expanded": "false",
            "data-testid": "articles",
            onclick: (e) => toggleMentions(e.currentTarget, ev.event_id, showDoc ? 6 : 5),
          },
          fmtInt(ev.num_articles),
        ),
      ),
      h("td", { class: "num" }, fmtNum(ev.confidence)),
      showDoc ? h("td", {}, h("a", { href: href("doc", [ev.doc_id]), "data-testid": "doc-link", title: ev.title || ev.doc_id }, "document")) : null,
    ),
  );
  return h(
    "table",
    { class: "events", "data-testid": "events-table" },
    h(
      "thead",
      {},
      h("tr", {}, h("th", {}, "Day"), h("th", {}, "Event"), h("th", {}, "Evidence"), h("th", { class: "num" }, "Articles"), h("th", { class: "num" }, "Conf."), showDoc ? h("th", {}, "") : null),
    ),
    h("tbody", {}, rows),
  );
}

export function pager(total, page, pageSize, go) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total ? (page - 1) * pageSize + 1 : 0;
  const last = Math.min(total, page * pageSize);
  return h(
    "div",
    { class: "pager", "data-testid": "pager" },
    h("span", { "data-testid": "pager-range" }, `${fmtInt(first)}–${fmtInt(last)} of ${fmtInt(total)}`),
    h("button", { class: "ghost", type: "button", disabled: page <= 1, onclick: () => go(page - 1), "data-testid": "prev-page" }, "‹ Previous"),
    h("span", {}, `page ${page} of ${pages}`),
    h("button", { class: "ghost", type: "button", disabled: page >= pages, onclick: () => go(page + 1), "data-testid": "next-page" }, "Next ›"),
  );
}

export function field(label, control) {
  return h("label", { class: "field" }, h("span", {}, label), control);
}

let pickerCount = 0;

// An actor input with autocomplete over /api/actors (WAI-ARIA combobox): type a code, a name or an
// organisation's short name, pick with the mouse or the arrow keys and Enter.
export class ActorPicker {
  constructor({ label, value = "", testid }) {
    pickerCount += 1;
    const listId = `actor-list-${pickerCount}`;
    this.input = h("input", {
      type: "text",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "code or name",
      value,
      "data-testid": testid,
    });
    this.list = h("ul", { role: "listbox", id: listId, hidden: true, "data-testid": `${testid}-options` });
    this.picked = h("em", { class: "picked" });
    this.el = h("label", { class: "field picker" }, h("span", {}, label, " ", this.picked), this.input, this.list);
    this.options = [];
    this.active = -1;
    this.seq = 0;
    this.timer = null;
    this.input.addEventListener("input", () => {
      this.picked.textContent = "";
      this.schedule();
    });
    this.input.addEventListener("focus", () => this.schedule());
    this.input.addEventListener("keydown", (e) => this.key(e));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
  }

  get value() {
    return this.input.value.trim();
  }

  set value(v) {
    this.input.value = v || "";
  }

  // The actor's name beside the field's title, once the server has said whose code it is.
  describe(actor) {
    this.picked.textContent = actor && actor.label && actor.label !== actor.key ? `· ${actor.label}` : "";
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(), 120);
  }

  async search() {
    const seq = ++this.seq;
    let found;
    try {
      found = await api("actors", { q: this.value, limit: 12 });
    } catch (err) {
      this.picked.textContent = err.message;
      return;
    }
    if (seq !== this.seq || document.activeElement !== this.input) return;
    this.options = found.actors;
    this.active = -1;
    this.list.replaceChildren(
      ...this.options.map((a, i) =>
        h(
          "li",
          { role: "option", "aria-selected": "false", "data-key": a.key, "data-testid": `actor-option-${a.key}`, onmousedown: (e) => { e.preventDefault(); this.choose(i); } },
          h("span", { class: "key" }, a.key),
          h("span", {}, a.label),
          h("span", { class: "kind" }, a.kind),
          h("span", { class: "n" }, `${fmtInt(a.events)} events`),
        ),
      ),
    );
    this.list.hidden = this.options.length === 0;
    this.input.setAttribute("aria-expanded", String(!this.list.hidden));
  }

  key(e) {
    if (this.list.hidden) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const n = this.options.length;
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : n - 1)) % n;
      [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
      this.list.children[this.active].scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter" && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === "Escape") {
      this.close();
    }
  }

  choose(i) {
    const actor = this.options[i];
    this.input.value = actor.key;
    this.describe(actor);
    this.close();
    this.input.dispatchEvent(new CustomEvent("picked", { detail: actor }));
  }

  close() {
    this.seq += 1;
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
