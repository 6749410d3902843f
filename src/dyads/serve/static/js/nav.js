// Hash routing helpers shared by the views: #name/path?query.
import { api } from "./api.js";

export function parseHash(hash) {
  const raw = hash.replace(/^#/, "");
  const cut = raw.indexOf("?");
  const pathPart = cut < 0 ? raw : raw.slice(0, cut);
  const [name, ...path] = pathPart.split("/").map((p) => decodeURIComponent(p));
  const params = Object.fromEntries(new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1)));
  return { name, path: path.filter(Boolean), params };
}

export function href(name, path = [], params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  const s = q.toString();
  return `#${[name, ...path.map((p) => encodeURIComponent(p))].join("/")}${s ? `?${s}` : ""}`;
}

// Navigates to a view; the router listens to hashchange, which is also sent when the hash is unchanged
// (a form submitted twice) or replaced without a new history entry.
export function go(name, path = [], params = {}, { replace = false } = {}) {
  const target = href(name, path, params);
  if (replace || location.hash === target) {
    history.replaceState(null, "", target);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    location.hash = target;
  }
}

// The database's figures, asked once for the header and the views' defaults.
export const meta = api("meta");
