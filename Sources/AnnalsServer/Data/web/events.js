// The event table: the API's filters, paging, and a link from every event
// to its evidence in the article view.
import {h, fmt, goldsteinClass} from './dom.js';
import {getJSON} from './api.js';
import {filterParams, queryString} from './filters.js';

const LIMITS = [50, 100, 500, 1000, 10000];
// Rows are built in chunks: the first at once, the next when the reader
// scrolls near the end, so a page of 10,000 events costs what it shows.
const FIRST_ROWS = 300;
const MORE_ROWS = 500;
// Long evidence (a whole paragraph at times) is cut in the table; the
// article view shows all of it.
const EVIDENCE_MAX = 320;

export function shorten(text, max = EVIDENCE_MAX) {
  if (!text || text.length <= max) return text;
  let cut = max;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut -= 1;  // do not split a surrogate pair
  return `${text.slice(0, cut)}…`;
}
const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};

export function articleHref(documentId, eventId) {
  const q = eventId !== null && eventId !== undefined && eventId !== '' ? `?event=${encodeURIComponent(eventId)}` : '';
  return `#/article/${encodeURIComponent(documentId)}${q}`;
}

function party(name, country, sector, filterKey, filters) {
  if (!name && !country) return h('span', {class: 'muted'}, '—');
  const code = [country, sector].filter(Boolean).join(' ');
  const link = name
    ? h('a', {href: `#/events${queryString({...filters, [filterKey]: name, offset: undefined})}`, title: `only events with ${name}`}, name)
    : null;
  return [link, code ? h('span', {class: 'code'}, link ? ` ${code}` : code) : null];
}

function row(e, filters) {
  const flags = [];
  if (e.negated) flags.push('negated');
  if (e.modality) flags.push(e.modality);
  const date = e.event_date || '';
  return h('tr', {class: `quad-${e.quad || 0}`},
    h('td', {class: 'date'}, date, e.date_basis && e.date_basis !== 'explicit' ? h('span', {class: 'basis', title: `date basis: ${e.date_basis}`}, ` ${e.date_basis[0]}`) : null),
    h('td', null, h('span', {class: 'plover'}, e.plover_type || ''), e.plover_mode ? h('span', {class: 'code'}, ` ${e.plover_mode}`) : null),
    h('td', {class: 'num'}, e.cameo_code || ''),
    h('td', {class: `num ${goldsteinClass(e.goldstein)}`, title: QUAD[e.quad] || ''}, fmt(e.goldstein)),
    h('td', null, party(e.actor_name, e.actor_country, e.actor_sector, 'actor', filters)),
    h('td', null, party(e.recipient_name, e.recipient_country, e.recipient_sector, 'recipient', filters)),
    h('td', null, e.place_name || ''),
    h('td', {class: 'flags'}, flags.join(' ')),
    h('td', {class: 'evidence'},
      h('a', {href: articleHref(e.document, e.event), class: 'evidence-link', title: `evidence in article ${e.document}`}, shorten(e.evidence) || '(evidence)')),
  );
}

export async function render(root, route, ctx) {
  const filters = filterParams(route.params);
  const limit = Number(route.params.get('limit')) || 100;
  const offset = Number(route.params.get('offset')) || 0;
  const page = await getJSON('/api/events', {...filters, limit, offset});
  if (!ctx.current()) return;
  const items = page.items || [];

  const nav = (off) => `#/events${queryString({...filters, limit: limit === 100 ? undefined : limit, offset: off || undefined})}`;
  const pager = () => h('div', {class: 'pager'},
    h('span', null, items.length ? `Events ${offset + 1}–${offset + items.length}` : 'No events match.'),
    offset > 0 ? h('a', {href: nav(Math.max(0, offset - limit)), class: 'prev'}, '← previous') : null,
    page.next_offset !== null && page.next_offset !== undefined ? h('a', {href: nav(page.next_offset), class: 'next'}, 'next →') : null,
    h('label', null, ' per page ',
      h('select', {class: 'limit', onchange: (ev) => { location.hash = `#/events${queryString({...filters, limit: ev.target.value})}`; }},
        LIMITS.map((n) => {
          const o = h('option', {value: n}, String(n));
          if (n === limit) o.selected = true;
          return o;
        }))),
  );

  const tbody = h('tbody');
  let shown = 0;
  const more = h('tr', {class: 'more'}, h('td', {colspan: 9}));
  const grow = (n) => {
    const frag = document.createDocumentFragment();
    const end = Math.min(items.length, shown + n);
    for (; shown < end; shown++) frag.appendChild(row(items[shown], filters));
    tbody.insertBefore(frag, more.parentNode === tbody ? more : null);
    if (shown < items.length) {
      more.firstChild.textContent = `${items.length - shown} more rows of this page appear as you scroll`;
      if (more.parentNode !== tbody) tbody.appendChild(more);
    } else if (more.parentNode === tbody) {
      tbody.removeChild(more);
    }
  };
  grow(FIRST_ROWS);
  if (shown < items.length) {
    const observer = new IntersectionObserver((entries) => {
      if (!ctx.current() || shown >= items.length) { observer.disconnect(); return; }
      if (!entries.some((en) => en.isIntersecting)) return;
      grow(MORE_ROWS);
      // observe again: the callback comes back at once while the end is still near
      observer.unobserve(more);
      if (shown < items.length) observer.observe(more);
    }, {rootMargin: '1500px'});
    observer.observe(more);
  }
  const table = h('table', {id: 'events', class: 'events'},
    h('thead', null, h('tr', null,
      ['Date', 'PLOVER', 'CAMEO', 'Goldstein', 'Actor', 'Recipient', 'Place', '', 'Evidence'].map((t) => h('th', null, t)))),
    tbody);
  root.appendChild(pager());
  root.appendChild(h('div', {class: 'table-wrap'}, table));
  if (items.length > 20) root.appendChild(pager());
}
