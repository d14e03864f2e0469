// One article with its analysis: the text with actors, places, times,
// quotes and event evidence highlighted (spans from the record, in code
// points), and lists of each beside it. #/article/ID?event=e2 focuses an
// event's evidence. The text is untrusted: it only ever becomes text nodes.
import {h, clear, fmt} from './dom.js';
import {getJSON} from './api.js';
import {codePointIndex, segment} from './spans.js';

const KINDS = [
  ['actor', 'actors'], ['place', 'places'], ['time', 'times'], ['quote', 'quotes'], ['evidence', 'event evidence'],
];

function spansOf(rec) {
  const spans = [];
  const add = (kind, ref, m) => { if (m) spans.push({kind, ref, start: m.start, end: m.end}); };
  for (const a of rec.actors || []) for (const m of a.mentions || []) add('actor', a.id, m);
  for (const p of rec.places || []) for (const m of p.mentions || []) add('place', p.id, m);
  (rec.times || []).forEach((t, i) => add('time', `t${i}`, t));
  (rec.quotes || []).forEach((q, i) => {
    add('quote', `q${i}`, q);
    if (q.speaker) add('speaker', `q${i}`, q.speaker);
    if (q.cue) add('cue', `q${i}`, q.cue);
  });
  for (const e of rec.events || []) {
    for (const ev of [e.evidence, ...(e.more_evidence || [])]) {
      if (!ev) continue;
      add('evidence', e.id, ev);
      if (ev.trigger) add('trigger', e.id, ev.trigger);
    }
  }
  return spans;
}

function names(list) {
  return (list || []).map((p) => p.name || p.country || '?').join(', ') || '—';
}

export async function render(root, route, ctx) {
  const id = route.arg;
  if (!id) throw new Error('No article given.');
  const rec = await getJSON(`/api/documents/${encodeURIComponent(id)}`);
  if (!ctx.current()) return;
  const text = typeof rec.text === 'string' ? rec.text : (rec.document && typeof rec.document.text === 'string' ? rec.document.text : '');
  const doc = rec.document || {};
  const index = codePointIndex(text);
  const length = index.length - 1;

  // the text, cut into segments at every span boundary
  const byRef = new Map();  // "kind:ref" -> [elements]
  const body = h('div', {id: 'article-text', class: 'text'});
  const frag = document.createDocumentFragment();
  for (const seg of segment(length, spansOf(rec))) {
    const piece = text.slice(index[seg.start], index[seg.end]);
    if (!seg.spans.length) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(seg.spans.map((sp) => sp.kind))].sort();
    const el = h('span', {class: kinds.map((k) => `hl hl-${k}`).join(' '), dataset: {start: seg.start, end: seg.end}}, piece);
    for (const sp of seg.spans) {
      const kind = sp.kind === 'trigger' ? 'evidence' : sp.kind === 'speaker' || sp.kind === 'cue' ? 'quote' : sp.kind;
      const key = `${kind}:${sp.ref}`;
      if (!byRef.has(key)) byRef.set(key, []);
      byRef.get(key).push(el);
    }
    frag.appendChild(el);
  }
  body.appendChild(frag);

  let focused = [];
  const focus = (key, item) => {
    for (const el of focused) el.classList.remove('focus');
    for (const el of root.querySelectorAll('.side li.selected')) el.classList.remove('selected');
    focused = byRef.get(key) || [];
    for (const el of focused) el.classList.add('focus');
    if (item) item.classList.add('selected');
    if (focused.length) focused[0].scrollIntoView({block: 'center'});
  };

  const hrefFor = (eventId) => `#/article/${encodeURIComponent(id)}?event=${encodeURIComponent(eventId)}`;
  const eventItems = new Map();
  const eventList = h('ol', {class: 'events-list'});
  for (const e of rec.events || []) {
    const flags = [e.negated ? 'negated' : null, e.modality || null].filter(Boolean).join(', ');
    const date = e.date ? `${e.date.value || ''}${e.date.basis ? ` (${e.date.basis})` : ''}` : '';
    const li = h('li', {dataset: {event: e.id}},
      h('a', {href: hrefFor(e.id), class: 'evidence-link'},
        h('span', {class: 'plover'}, (e.plover && e.plover.type) || ''),
        e.plover && e.plover.mode ? h('span', {class: 'code'}, ` ${e.plover.mode}`) : null),
      ` ${names(e.actor)} → ${names(e.recipient)}`,
      h('div', {class: 'meta'},
        [date, e.place ? e.place.name : null,
          e.cameo ? `CAMEO ${e.cameo.code} (${fmt(e.cameo.goldstein)})` : null,
          e.acled ? `ACLED ${e.acled.type}${e.acled.subtype ? ` / ${e.acled.subtype}` : ''}` : null,
          flags || null].filter(Boolean).join(' · ')));
    li.querySelector('a').addEventListener('click', (ev) => {
      ev.preventDefault();
      history.replaceState(null, '', hrefFor(e.id));
      focus(`evidence:${e.id}`, li);
    });
    eventItems.set(e.id, li);
    eventList.appendChild(li);
  }

  // refs: the record's ids for actors and places, the position for times (t0 …) and quotes (q0 …)
  const listOf = (items, kind, label, describe, ref = (it) => it.id) => {
    const ol = h('ul', {class: `list-${kind}`});
    items.forEach((it, i) => {
      const li = h('li', null, describe(it));
      const key = `${kind}:${ref(it, i)}`;
      if (byRef.has(key)) {
        li.classList.add('clickable');
        li.addEventListener('click', () => focus(key, li));
      }
      ol.appendChild(li);
    });
    return h('section', null, h('h3', null, `${label} (${items.length})`), ol);
  };

  const toggles = h('div', {class: 'toggles'}, KINDS.map(([kind, label]) => {
    const box = h('input', {type: 'checkbox'});
    box.checked = true;
    box.addEventListener('change', () => body.classList.toggle(`hide-${kind}`, !box.checked));
    return h('label', {class: `toggle sw-${kind}`}, box, ` ${label}`);
  }));

  const side = h('aside', {class: 'side'},
    h('section', null, h('h3', null, `Events (${(rec.events || []).length})`), eventList),
    listOf(rec.actors || [], 'actor', 'Actors', (a) => [h('span', {class: 'name'}, a.name || ''),
      h('span', {class: 'code'}, ` ${[a.country, a.sector].filter(Boolean).join(' ')}`),
      a.title ? h('div', {class: 'meta'}, a.title) : null,
      h('div', {class: 'meta'}, `${(a.mentions || []).length} mentions`)]),
    listOf(rec.places || [], 'place', 'Places', (p) => [h('span', {class: 'name'}, p.name || ''),
      h('span', {class: 'code'}, ` ${p.country || ''}`),
      h('div', {class: 'meta'}, [p.feature, p.lat !== null && p.lat !== undefined ? `${fmt(p.lat, 3)}, ${fmt(p.lon, 3)}` : null].filter(Boolean).join(' · '))]),
    listOf(rec.times || [], 'time', 'Times', (t) => [h('span', {class: 'name'}, t.text || ''), h('span', {class: 'code'}, ` ${t.type || ''} ${t.value || ''}`)],
      (t, i) => `t${i}`),
    listOf(rec.quotes || [], 'quote', 'Quotes', (q) => [h('q', null, q.text || ''),
      h('div', {class: 'meta'}, `${q.speaker ? (q.speaker.name || q.speaker.text) : 'unknown speaker'}${q.cue ? ` (${q.cue.text})` : ''} · ${q.kind || ''}`)],
    (q, i) => `q${i}`),
  );

  root.appendChild(h('div', {class: 'article-head'},
    h('h2', null, doc.title || doc.id || id),
    h('div', {class: 'meta'}, [doc.id, doc.date ? `published ${doc.date}` : null,
      Array.isArray(rec.topics) && rec.topics.length ? `topics: ${rec.topics.join(', ')}` : null].filter(Boolean).join(' · ')),
    toggles));
  root.appendChild(h('div', {class: 'article'}, body, side));

  const wanted = route.params.get('event');
  if (wanted) {
    if (eventItems.has(wanted)) focus(`evidence:${wanted}`, eventItems.get(wanted));
    else ctx.status(`This article has no event ${wanted}.`, 'error');
  }
}
