// Who acted on whom: actors as nodes (area ∝ events), an arrow from actor
// to recipient weighted by the number of events and coloured by their mean
// Goldstein value. The layout is a fixed number of force-directed steps
// from a circle, so the same data always gives the same picture.
import {h, s, tip, fmt, goldsteinClass} from './dom.js';
import {getJSON} from './api.js';
import {filterParams, queryString} from './filters.js';

const MAX_NODES = 60;
const W = 960, H = 640;
// pull towards the centre; weaker, and actors without links drift to the edges
const GRAVITY = 1.5;

export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return {x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a)};
  });
  if (n < 2) return pos.map(() => ({x: W / 2, y: H / 2}));
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), Math.sqrt(e.events || 1)])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = Math.sqrt((W * H) / n) * 0.6;
  let t = W / 8;
  const cool = t / (iterations + 1);
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = pos[i].x - pos[j].x, ddy = pos[i].y - pos[j].y;
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) { ddx = 0.1 * ((i % 3) - 1) || 0.1; ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
        const f = (k * k) / d2;
        dx[i] += ddx * f; dy[i] += ddy * f;
        dx[j] -= ddx * f; dy[j] -= ddy * f;
      }
    }
    for (const [a, b, w] of links) {
      const ddx = pos[a].x - pos[b].x, ddy = pos[a].y - pos[b].y;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (d / k) * Math.min(w, 4);
      dx[a] -= ddx * f; dy[a] -= ddy * f;
      dx[b] += ddx * f; dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps unconnected actors on the canvas
      dx[i] += (W / 2 - pos[i].x) * GRAVITY;
      dy[i] += (H / 2 - pos[i].y) * GRAVITY;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const m = Math.min(d, t);
      pos[i].x = Math.min(W - 30, Math.max(30, pos[i].x + (dx[i] / d) * m));
      pos[i].y = Math.min(H - 20, Math.max(20, pos[i].y + (dy[i] / d) * m));
    }
    t -= cool;
  }
  return pos;
}

export async function render(root, route, ctx) {
  const filters = filterParams(route.params);
  const min = Number(route.params.get('min')) || 1;
  // the API returns the strongest links (up to limit) and the actors they join
  const data = await getJSON('/api/network', {...filters, min, limit: 500});
  if (!ctx.current()) return;
  const allNodes = data.nodes || [];
  const ranked = [...allNodes].sort((a, b) => (b.events - a.events) || String(a.id).localeCompare(String(b.id)));
  const nodes = ranked.slice(0, MAX_NODES);
  const kept = new Set(nodes.map((nd) => nd.id));
  const edges = (data.edges || []).filter((e) => kept.has(e.source) && kept.has(e.target));

  const minInput = h('input', {type: 'number', min: 1, value: min, class: 'min', size: 3});
  root.appendChild(h('div', {class: 'legend'},
    h('label', null, 'At least ', minInput, ' events per link '),
    h('button', {type: 'button', onclick: () => { location.hash = `#/network${queryString({...filters, min: minInput.value})}`; }}, 'Show'),
    h('span', {class: 'muted'}, allNodes.length > nodes.length
      ? ` · the ${nodes.length} most active of ${allNodes.length} actors, ${edges.length} links`
      : ` · ${nodes.length} actors, ${edges.length} links`),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-neg2'}), 'conflict'),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-zero'}), 'neutral'),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-pos2'}), 'cooperation'),
    h('span', {class: 'muted'}, ' · click an actor for its events')));
  if (!nodes.length) {
    root.appendChild(h('p', {class: 'muted'}, 'No actors match.'));
    return;
  }
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((nd, i) => [nd.id, i]));
  const maxEvents = Math.max(1, ...nodes.map((nd) => nd.events || 0));
  const radius = nodes.map((nd) => 4 + 16 * Math.sqrt((nd.events || 0) / maxEvents));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events || 0));

  const svg = s('svg', {id: 'network', class: 'network', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img'});
  svg.appendChild(s('defs', null,
    s('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto'},
      s('path', {d: 'M0,0 L10,5 L0,10 z', class: 'arrow'}))));
  const edgeLayer = s('g', {class: 'edges'});
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const p = pos[a], q = pos[b];
    let x2 = q.x, y2 = q.y;
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (a === b || d < 1) continue;
    x2 = q.x - ((q.x - p.x) / d) * (radius[b] + 2);
    y2 = q.y - ((q.y - p.y) / d) * (radius[b] + 2);
    const line = s('line', {class: `edge ${goldsteinClass(e.goldstein_mean)}`, x1: p.x.toFixed(1), y1: p.y.toFixed(1),
      x2: x2.toFixed(1), y2: y2.toFixed(1), 'stroke-width': (1 + 5 * Math.sqrt((e.events || 0) / maxEdge)).toFixed(2),
      'marker-end': 'url(#arrow)'});
    line.appendChild(tip(`${nodes[a].name} → ${nodes[b].name}: ${e.events} events, mean Goldstein ${fmt(e.goldstein_mean)}`));
    edgeLayer.appendChild(line);
  }
  svg.appendChild(edgeLayer);
  const nodeLayer = s('g', {class: 'nodes'});
  nodes.forEach((nd, i) => {
    const g = s('g', {class: 'node', transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`});
    g.appendChild(s('circle', {r: radius[i].toFixed(1)}));
    const code = [nd.country, nd.sector].filter(Boolean).join(' ');
    g.appendChild(tip(`${nd.name}${code ? ` (${code})` : ''}: ${nd.events} events`));
    if (i < 30) g.appendChild(s('text', {x: (radius[i] + 3).toFixed(1), y: 4}, nd.name));
    // a node without a name is named by its country code: filter by country then
    const key = nd.country && nd.name === nd.country ? 'country' : 'actor';
    g.addEventListener('click', () => { location.hash = `#/events${queryString({...filters, [key]: nd.name})}`; });
    nodeLayer.appendChild(g);
  });
  svg.appendChild(nodeLayer);
  root.appendChild(h('div', {class: 'chart-wrap'}, svg));
}
