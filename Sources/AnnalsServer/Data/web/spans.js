// Spans in the analysis record are Unicode code-point offsets (as Python
// str indices); JavaScript strings are UTF-16, where a character outside
// the Basic Multilingual Plane (an emoji, a CJK extension ideograph) takes
// two code units. These helpers convert and cut the text into segments.

/** UTF-16 index of each code point of `text`, plus text.length at the end. */
export function codePointIndex(text) {
  const out = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

/**
 * Cuts [0, length) at every span boundary. Returns [{start, end, spans}] in
 * code points, where `spans` are the spans that cover the whole segment.
 * Spans outside the text or empty are ignored.
 */
export function segment(length, spans) {
  const valid = spans.filter((sp) => Number.isInteger(sp.start) && Number.isInteger(sp.end) &&
    sp.start >= 0 && sp.end <= length && sp.start < sp.end);
  const cuts = new Set([0, length]);
  const opening = new Map();
  const closing = new Map();
  for (const sp of valid) {
    cuts.add(sp.start); cuts.add(sp.end);
    if (!opening.has(sp.start)) opening.set(sp.start, []);
    opening.get(sp.start).push(sp);
    if (!closing.has(sp.end)) closing.set(sp.end, []);
    closing.get(sp.end).push(sp);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set();
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    for (const sp of closing.get(a) || []) active.delete(sp);
    for (const sp of opening.get(a) || []) active.add(sp);
    out.push({start: a, end: b, spans: [...active]});
  }
  return out;
}
