// DOM helpers. Every string from the API or an article goes into the page
// through textContent or setAttribute on a known attribute name, never
// through innerHTML, so nothing in the data is parsed as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function applyAttrs(el, attrs) {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'href') {
      el.setAttribute('href', safeHref(String(value)));
    } else if (key === 'dataset') {
      for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

/** Only in-page links: a fragment or a path on this server. */
export function safeHref(href) {
  return href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//')) ? href : '#';
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** An HTML element: h('a', {href: '#/x', class: 'y'}, 'text', child, …). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** An SVG <title> (the tooltip) holding plain text. */
export function tip(text) {
  return s('title', null, text);
}

export function fmt(n, digits = 1) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return '';
  return Number(n).toFixed(digits);
}

/** A colour class for a Goldstein value (−10 … +10). */
export function goldsteinClass(g) {
  if (g === null || g === undefined) return 'g-none';
  if (g <= -5) return 'g-neg2';
  if (g < -0.5) return 'g-neg1';
  if (g < 0.5) return 'g-zero';
  if (g < 5) return 'g-pos1';
  return 'g-pos2';
}
