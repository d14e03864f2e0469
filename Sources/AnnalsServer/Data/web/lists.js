// Plain paged tables over the API's other lists: actors, quotes and
// real-world events (clusters of reports). Each column is a label and a
// function from an item to text or DOM nodes.
import {h} from './dom.js';
import {getJSON} from './api.js';
import {filterParams, queryString} from './filters.js';

export const ACTOR_FILTERS = ['search', 'actor', 'country', 'sector', 'from', 'to'];

const code = (...parts) => h('span', {class: 'code'}, parts.filter(Boolean).join(' '));
const eventsOf = (key, value, text) => (value ? h('a', {href: `#/events${queryString({[key]: value})}`}, text ?? value) : '');
const articleLink = (id, text) => h('a', {href: `#/article/${encodeURIComponent(id)}`}, text || id);

const LISTS = {
  actors: {
    path: '/api/actors', keys: ACTOR_FILTERS, title: 'Actors',
    columns: [
      ['Name', (a) => (a.name ? eventsOf('actor', a.name) : '')],
      ['Country', (a) => (a.country ? eventsOf('country', a.country) : '')],
      ['Sector', (a) => code(a.sector)],
      ['Kind', (a) => a.kind || ''],
      ['Articles', (a) => String(a.articles ?? ''), 'num'],
      ['Mentions', (a) => String(a.mentions ?? ''), 'num'],
      ['As actor', (a) => String(a.as_actor ?? ''), 'num'],
      ['As recipient', (a) => String(a.as_recipient ?? ''), 'num'],
    ],
  },
  quotes: {
    path: '/api/quotes', keys: ACTOR_FILTERS, title: 'Quotes',
    columns: [
      ['Published', (q) => q.published || '', 'date'],
      ['Speaker', (q) => [q.speaker ? eventsOf('actor', q.speaker) : h('span', {class: 'muted'}, 'unknown'), ' ', code(q.country, q.sector)]],
      ['Quote', (q) => h('q', null, q.text || '')],
      ['Cue', (q) => q.cue || ''],
      ['Article', (q) => articleLink(q.document)],
    ],
  },
  clusters: {
    path: '/api/clusters', keys: null, title: 'Real-world events (clusters of reports)',
    columns: [
      ['Date', (c) => (c.last_date && c.last_date !== c.date ? `${c.date} – ${c.last_date}` : c.date || ''), 'date'],
      ['PLOVER', (c) => [h('span', {class: 'plover'}, c.plover_type || ''), ' ', code(c.plover_mode)]],
      ['Actor', (c) => [c.actor_name || '', ' ', code(c.actor_country, c.actor_sector)]],
      ['Recipient', (c) => [c.recipient_name || '', ' ', code(c.recipient_country, c.recipient_sector)]],
      ['Place', (c) => c.place_name || ''],
      ['Reports', (c) => String(c.events ?? ''), 'num'],
      ['Articles', (c) => String(c.articles ?? ''), 'num'],
      ['Evidence (first report)', (c) => c.evidence || '', 'evidence'],
    ],
  },
};

export function renderer(view) {
  const spec = LISTS[view];
  return async function render(root, route, ctx) {
    const filters = spec.keys ? filterParams(route.params, spec.keys) : filterParams(route.params);
    const limit = Number(route.params.get('limit')) || 100;
    const offset = Number(route.params.get('offset')) || 0;
    const page = await getJSON(spec.path, {...filters, limit, offset});
    if (!ctx.current()) return;
    const items = page.items || [];
    const nav = (off) => `#/${view}${queryString({...filters, offset: off || undefined})}`;
    root.appendChild(h('div', {class: 'pager'},
      h('strong', null, spec.title),
      h('span', null, items.length ? `${offset + 1}–${offset + items.length}` : 'none match'),
      offset > 0 ? h('a', {href: nav(Math.max(0, offset - limit)), class: 'prev'}, '← previous') : null,
      page.next_offset !== null && page.next_offset !== undefined ? h('a', {href: nav(page.next_offset), class: 'next'}, 'next →') : null));
    const tbody = h('tbody');
    for (const it of items) {
      tbody.appendChild(h('tr', null, spec.columns.map(([, cell, cls]) => h('td', cls ? {class: cls} : null, cell(it)))));
    }
    root.appendChild(h('div', {class: 'table-wrap'}, h('table', {id: view, class: 'events'},
      h('thead', null, h('tr', null, spec.columns.map(([label]) => h('th', null, label)))), tbody)));
  };
}
