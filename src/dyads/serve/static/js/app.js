// The page: a header from /api/meta and one view at a time, chosen by the URL's hash so that every
// view can be linked: #dyad?a=AZE&b=ARM, #actor/RUS, #events?source=RUS, #doc/ID, #map.
import { DocumentView } from "./document.js";
import { DyadView } from "./dyad.js";
import { EventsView } from "./events.js";
import { MapView } from "./map.js";
import { meta, parseHash } from "./nav.js";
import { NetworkView } from "./network.js";
import { plural } from "./ui.js";

const VIEWS = { dyad: DyadView, actor: NetworkView, events: EventsView, doc: DocumentView, map: MapView };
const TITLES = { dyad: "dyad", actor: "network", events: "events", doc: "document", map: "map" };

let current = null;
const view = document.getElementById("view");

function route() {
  const r = parseHash(location.hash);
  if (!VIEWS[r.name]) r.name = "dyad";
  for (const a of document.querySelectorAll(".tabs a")) a.classList.toggle("active", a.dataset.view === r.name);
  // A view stays while only its parameters change, so it can keep its chart and redraw only what changed.
  if (!current || current.name !== r.name) {
    view.replaceChildren();
    current = { name: r.name, view: new VIEWS[r.name](view) };
  }
  document.title = `dyads · ${TITLES[r.name]}`;
  current.view.show(r);
}

async function header() {
  const name = document.getElementById("db-name");
  const counts = document.getElementById("db-counts");
  try {
    const m = await meta;
    name.textContent = m.database;
    const span = m.first_day ? ` · ${m.first_day} – ${m.last_day}` : "";
    const docs = m.coded === m.documents ? plural(m.documents, "document") : `${fmtInt(m.coded)} of ${plural(m.documents, "document")} coded`;
    counts.textContent = `${docs} · ${plural(m.events, "event")} · ${plural(m.mentions, "mention")}${span}`;
  } catch (err) {
    counts.textContent = err.message;
  }
}

window.addEventListener("hashchange", route);

// The charts are drawn to their card's width: draw the current one again once the window has
// settled on a new width.
let resizing = null;
let drawnWidth = window.innerWidth;
window.addEventListener("resize", () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    if (window.innerWidth === drawnWidth) return;
    drawnWidth = window.innerWidth;
    if (current && current.view.redraw) current.view.redraw();
  }, 250);
});
header();
route();
