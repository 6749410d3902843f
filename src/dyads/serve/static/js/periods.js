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

// Every period from the first to the last, so that quiet periods show as gaps in the chart;
// past `cap` periods the ones with data are kept as they are.
export function fillPeriods(days, by, cap = 400) {
  const sorted = [...new Set(days)].sort();
  if (sorted.length < 2) return sorted;
  const all = [];
  for (let d = sorted[0]; d <= sorted[sorted.length - 1]; d = nextPeriod(d, by)) {
    all.push(d);
    if (all.length > cap) return sorted;
  }
  return all;
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
