// The stored articles in the API's order, each linking to its article view.
import {h} from './dom.js';
import {getJSON} from './api.js';
import {filterParams, queryString, DOCUMENT_FILTERS} from './filters.js';

export async function render(root, route, ctx) {
  const filters = filterParams(route.params, DOCUMENT_FILTERS);
  const limit = Number(route.params.get('limit')) || 100;
  const offset = Number(route.params.get('offset')) || 0;
  const page = await getJSON('/api/documents', {...filters, limit, offset});
  if (!ctx.current()) return;
  const items = page.items || [];
  const nav = (off) => `#/documents${queryString({...filters, offset: off || undefined})}`;
  root.appendChild(h('div', {class: 'pager'},
    h('span', null, items.length ? `Articles ${offset + 1}–${offset + items.length}` : 'No articles match.'),
    offset > 0 ? h('a', {href: nav(Math.max(0, offset - limit)), class: 'prev'}, '← previous') : null,
    page.next_offset !== null && page.next_offset !== undefined ? h('a', {href: nav(page.next_offset), class: 'next'}, 'next →') : null));
  const tbody = h('tbody');
  for (const d of items) {
    let topics = d.topics || '';
    if (typeof topics === 'string' && topics.startsWith('[')) {
      try { topics = JSON.parse(topics); } catch (_) { /* shown as it is */ }
    }
    if (Array.isArray(topics)) topics = topics.join(', ');
    tbody.appendChild(h('tr', null,
      h('td', {class: 'date'}, d.published || ''),
      h('td', null, h('a', {href: `#/article/${encodeURIComponent(d.id)}`}, d.title || d.id)),
      h('td', {class: 'code'}, d.id),
      h('td', null, d.source || ''),
      h('td', null, topics),
      h('td', {class: 'num'}, String(d.events ?? '')),
      h('td', {class: 'num'}, String(d.quotes ?? ''))));
  }
  root.appendChild(h('div', {class: 'table-wrap'}, h('table', {id: 'documents', class: 'events'},
    h('thead', null, h('tr', null, ['Published', 'Title', 'Id', 'Source', 'Topics', 'Events', 'Quotes'].map((t) => h('th', null, t)))),
    tbody)));
}
