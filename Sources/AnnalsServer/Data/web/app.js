// Annals web page: hash routes (#/events?…, #/timeline?…, #/network?…,
// #/map?…, #/documents?…, #/article/ID?event=e1) over the JSON API.
import {h, clear} from './dom.js';
import {getJSON} from './api.js';
import {EVENT_FILTERS, DOCUMENT_FILTERS, buildForm, showForm, filterParams, queryString} from './filters.js';
import * as events from './events.js';
import * as timeline from './timeline.js';
import * as network from './network.js';
import * as map from './map.js';
import * as documents from './documents.js';
import * as article from './article.js';
import {renderer, ACTOR_FILTERS} from './lists.js';

const VIEWS = {
  events, timeline, network, map, documents, article,
  actors: {render: renderer('actors')}, quotes: {render: renderer('quotes')}, clusters: {render: renderer('clusters')},
};
const EVENT_KEYS = new Set(EVENT_FILTERS.map((f) => f.key));
const FORM_KEYS = {
  events: EVENT_KEYS, timeline: EVENT_KEYS, network: EVENT_KEYS, map: EVENT_KEYS,
  documents: new Set(DOCUMENT_FILTERS), article: null,
  actors: new Set(ACTOR_FILTERS), quotes: new Set(ACTOR_FILTERS), clusters: EVENT_KEYS,
};

let generation = 0;

export function parseRoute(hash) {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const parts = path.split('/').filter((p) => p !== '');
  const view = VIEWS[parts[0]] ? parts[0] : 'events';
  const arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null;
  return {view, arg, params};
}

export function go(view, params) {
  location.hash = `#/${view}${queryString(params)}`;
}

let loading = false;

function status(message, kind = 'info') {
  loading = false;
  const el = document.getElementById('status');
  clear(el);
  el.className = message ? kind : '';
  if (message) el.appendChild(document.createTextNode(message));
}

function updateNav(route) {
  const carried = route.view === 'article' ? {} : filterParams(route.params);
  for (const a of document.querySelectorAll('#nav a')) {
    const v = a.dataset.view;
    const keep = v === 'documents' ? filterParams(route.params, DOCUMENT_FILTERS)
      : v === 'actors' || v === 'quotes' ? filterParams(route.params, ACTOR_FILTERS) : carried;
    a.setAttribute('href', `#/${v}${queryString(keep)}`);
    a.classList.toggle('active', v === route.view || (route.view === 'article' && v === 'documents'));
  }
}

async function route() {
  const mine = ++generation;
  const r = parseRoute(location.hash);
  const body = document.body;
  body.dataset.ready = '0';
  body.dataset.view = r.view;
  updateNav(r);
  showForm(document.getElementById('filters'), r.params, FORM_KEYS[r.view]);
  status('Loading…');
  loading = true;
  const root = clear(document.getElementById('view'));
  const started = performance.now();
  try {
    await VIEWS[r.view].render(root, r, {
      current: () => mine === generation,
      status,
      go,
    });
    if (mine !== generation) return;
    if (loading) status('');
  } catch (e) {
    if (mine !== generation) return;
    status(e.message || String(e), 'error');
    console.error(e);
  }
  // Marks for the browser tests: the view is built, then painted.
  performance.mark(`annals:rendered:${r.view}`);
  requestAnimationFrame(() => setTimeout(() => {
    if (mine !== generation) return;
    performance.mark(`annals:painted:${r.view}`);
    body.dataset.renderMs = String(Math.round(performance.now() - started));
    body.dataset.ready = '1';
  }, 0));
}

async function health() {
  const el = document.getElementById('health');
  try {
    const hl = await getJSON('/api/health');
    el.textContent = `${hl.documents} articles · ${hl.events} events · ${hl.clusters} clusters`;
  } catch (e) {
    el.textContent = 'API not reachable';
  }
}

function start() {
  buildForm(document.getElementById('filters'), (values) => {
    const r = parseRoute(location.hash);
    const view = r.view === 'article' ? 'events' : r.view;
    const keep = {};
    if (view === 'network' && r.params.get('min')) keep.min = r.params.get('min');
    if (r.params.get('limit')) keep.limit = r.params.get('limit');
    go(view, {...values, ...keep});
  });
  window.addEventListener('hashchange', route);
  health();
  route();
}

start();
