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
    const c = s('circle', {class: `place ${goldsteinClass(p.goldstein_mean)}`, cx: (p.lon * k).toFixed(1), cy: (-p.lat * k).toFixed(1), r: r.toFixed(1)});
    c.appendChild(tip(`${p.place_name || '(unnamed)'}${p.country ? ` (${p.country})` : ''}: ${p.events} events, mean Goldstein ${fmt(p.goldstein_mean)}`));
    c.addEventListener('click', () => {
      location.hash = `#/events${queryString({...filters, near: `${p.lat},${p.lon}`, radius: 25})}`;
    });
    dots.appendChild(c);
  }
  svg.appendChild(dots);
  root.appendChild(h('div', {class: 'legend'},
    h('span', null, `${places.length} places`),
    page.next_offset !== null && page.next_offset !== undefined ? h('span', {class: 'warn'}, ' (the first 10,000)') : null,
    h('span', {class: 'key'}, h('span', {class: 'swatch g-neg2'}), 'conflict'),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-zero'}), 'neutral'),
    h('span', {class: 'key'}, h('span', {class: 'swatch g-pos2'}), 'cooperation'),
    h('span', {class: 'muted'}, ' · circle area ∝ events · click a place for its events · outlines: Natural Earth (public domain)')));
  root.appendChild(h('div', {class: 'map-wrap'}, svg));
}
