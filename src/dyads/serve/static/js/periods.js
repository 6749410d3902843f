// Calendar periods as the API counts them (weeks start on Monday), in UTC so no time zone moves a day.

function parse(day) {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

export function nextPeriod(day, by) {
  const d = parse(day);
  if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return iso(d);
}

// The period's last day, for an inclusive `until`.
export function periodEnd(day, by) {
  const d = parse(nextPeriod(day, by));
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function periodLabel(day, by) {
  if (by === "year") return day.slice(0, 4);
  if (by === "month") return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
  return day;
}

// The first day of the period that holds `day`.
export function periodStart(day, by) {
  if (by === "year") return `${day.slice(0, 4)}-01-01`;
  if (by === "month") return `${day.slice(0, 7)}-01`;
  const d = parse(day);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return iso(d);
}

function periodsBetween(first, last, by, cap) {
  const all = [];
  for (let d = first; d <= last; d = nextPeriod(d, by)) {
    all.push(d);
    if (all.length > cap) return null;
  }
  return all;
}

// Every period of the span asked for (or else of the data), so that quiet periods show as gaps in
// the chart; when that is more than `cap` periods, those of the data's own span, else only theirs.
export function fillPeriods(days, by, span = {}, cap = 400) {
  const sorted = [...new Set(days)].sort();
  if (!sorted.length) return sorted;
  const first = periodStart(minDay(span.from, sorted[0]), by);
  const last = periodStart(maxDay(span.to, sorted[sorted.length - 1]), by);
  return periodsBetween(first, last, by, cap) || periodsBetween(sorted[0], sorted[sorted.length - 1], by, cap) || sorted;
}

export function minDay(a, b) {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

export function maxDay(a, b) {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
