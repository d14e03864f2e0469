// Event places on a world map drawn from the bundled country outlines
// (world.json, Natural Earth 1:110m, public domain; its header and
// Scripts/build-world-outlines.py say how it was made), in an
// equirectangular projection: x = longitude, y = −latitude, in tenths of a
// degree. No tiles, no network.
import {h, s, tip, fmt, goldsteinClass} from './dom.js';
import {getJSON} from './api.js';
import {filterParams, queryString} from './filters.js';

let world = null;

async function outlines() {
  if (!world) {
    const w = await getJSON('/assets/world.json');
    const scale = w.scale || 10;
    world = {scale, countries: w.countries.map((c) => ({
      iso: c.iso, name: c.name,
      d: c.rings.map((r) => {
        let d = '';
        for (let i = 0; i < r.length; i += 2) d += `${i ? 'L' : 'M'}${r[i]} ${-r[i + 1]}`;
        return `${d}Z`;
      }).join(''),
    }))};
  }
  return world;
}

/**
 * Wheel to zoom (about the pointer), drag to pan, double click to reset;
 * circles keep their size on screen.
 */
function zoomable(svg, dots, k) {
  const home = {x: -180 * k, y: -84 * k, w: 360 * k, h: 144 * k};
  let view = {...home};
  const apply = () => {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    const zoom = home.w / view.w;
    for (const c of dots.children) c.setAttribute('r', (Number(c.dataset.r) / zoom).toFixed(2));
  };
  const toMap = (ev) => {
    const box = svg.getBoundingClientRect();
    // preserveAspectRatio meet: the drawing is centred, scaled by the smaller ratio
    const scale = Math.min(box.width / view.w, box.height / view.h);
    const ox = (box.width - view.w * scale) / 2, oy = (box.height - view.h * scale) / 2;
    return {x: view.x + (ev.clientX - box.left - ox) / scale, y: view.y + (ev.clientY - box.top - oy) / scale, scale};
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const p = toMap(ev);
    const f = ev.deltaY < 0 ? 1 / 1.25 : 1.25;
    const w = Math.min(home.w, Math.max(home.w / 64, view.w * f));
    const h = (w / view.w) * view.h;
    view = {x: p.x - ((p.x - view.x) * w) / view.w, y: p.y - ((p.y - view.y) * h) / view.h, w, h};
    apply();
  }, {passive: false});
  let drag = false;
  svg.addEventListener('pointerdown', () => { drag = true; });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / view.w, box.height / view.h);
    const dx = (ev.movementX || 0) / scale, dy = (ev.movementY || 0) / scale;
    view = {...view, x: view.x - dx, y: view.y - dy};
    apply();
  });
  const stop = () => { drag = false; };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointerleave', stop);
  svg.addEventListener('dblclick', () => { view = {...home}; apply(); });
}

export async function render(root, route, ctx) {
  const filters = filterParams(route.params);
  const [w, page] = await Promise.all([outlines(), getJSON('/api/places', {...filters, limit: 10000})]);
  if (!ctx.current()) return;
  const places = (page.items || []).filter((p) => p.lat !== null && p.lon !== null && p.lat !== undefined && p.lon !== undefined);
  const k = w.scale;
  const svg = s('svg', {id: 'map', class: 'map', viewBox: `${-180 * k} ${-84 * k} ${360 * k} ${144 * k}`, role: 'img',
    preserveAspectRatio: 'xMidYMid meet'});
  svg.appendChild(s('rect', {class: 'sea', x: -180 * k, y: -90 * k, width: 360 * k, height: 180 * k}));
  const land = s('g', {class: 'land'});
  for (const c of w.countries) {
    land.appendChild(s('path', {class: 'country', d: c.d, dataset: {iso: c.iso}}, tip(c.name)));
  }
  svg.appendChild(land);
  const maxEvents = Math.max(1, ...places.map((p) => p.events || 0));
  const dots = s('g', {class: 'places'});
  // largest first, so small places stay visible on top
  const ordered = [...places].sort((a, b) => (b.events - a.events) || String(a.place_name).localeCompare(String(b.place_name)));
  for (const p of ordered) {
    const r = 6 + 40 * Math.sqrt((p.events || 0) / maxEvents);
    const c = s('circle', {dataset: {r: r.toFixed(1)}, class: `place ${goldsteinClass(p.goldstein_mean)}`, cx: (p.lon * k).toFixed(1), cy: (-p.lat * k).toFixed(1), r: r.toFixed(1)});
    c.appendChild(tip(`${p.place_name || '(unnamed)'}${p.country ? ` (${p.country})` : ''}: ${p.events} events, mean Goldstein ${fmt(p.goldstein_mean)}`));
    c.addEventListener('click', () => {
      location.hash = `#/events${queryString({...filters, near: `${p.lat},${p.lon}`, radius: 25})}`;
    });
    dots.appendChild(c);
  }
  svg.appendChild(dots);
  zoomable(svg, dots, k);
  root.appendChild(h('div', {class: 'legend'},
    h('span', null, `${places.length} places`),
    page.next_offset !== null && page.next_offset !== undefined ? h('span', {class: 'warn'}, ' (the first 10,000)') : null,
    h('span', {class: 'key'}, h('span', {class: 'swatch g-neg2'}), 'conflict'),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-zero'}), 'neutral'),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-pos2'}), 'cooperation'),
    h('span', {class: 'muted'}, ' · circle area ∝ events · click a place for its events; wheel to zoom, drag to pan, double click to reset · outlines: Natural Earth (public domain)')));
  root.appendChild(h('div', {class: 'map-wrap'}, svg));
}
