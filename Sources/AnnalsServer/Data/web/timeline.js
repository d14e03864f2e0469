// Events per day as SVG bars: cooperation (quad classes 1 and 2) above the
// axis, conflict (3 and 4) below, and the day's mean Goldstein value in a
// strip underneath. One bar per day that has events, in date order.
import {h, s, tip, fmt} from './dom.js';
import {getJSON} from './api.js';
import {filterParams, queryString} from './filters.js';

const SERIES = [
  {key: 'verbal_cooperation', cls: 'q1', label: 'verbal cooperation', up: true},
  {key: 'material_cooperation', cls: 'q2', label: 'material cooperation', up: true},
  {key: 'verbal_conflict', cls: 'q3', label: 'verbal conflict', up: false},
  {key: 'material_conflict', cls: 'q4', label: 'material conflict', up: false},
];

export async function render(root, route, ctx) {
  const filters = filterParams(route.params);
  const page = await getJSON('/api/timeline/daily', {...filters, limit: 10000});
  if (!ctx.current()) return;
  const days = (page.items || []).filter((d) => d.date);
  root.appendChild(h('h2', null, 'Events per day'));
  if (page.next_offset !== null && page.next_offset !== undefined) {
    root.appendChild(h('p', {class: 'warn'}, `Showing the first ${days.length} days; narrow the dates to see the rest.`));
  }
  if (!days.length) {
    root.appendChild(h('p', {class: 'muted'}, 'No events match.'));
    return;
  }
  const n = days.length;
  // bars fill about 1,200 px, at least 2 px a day (wider charts scroll)
  const step = Math.max(2, Math.min(40, Math.floor(1200 / n)));
  const barW = step > 6 ? Math.round(step * 0.8) : step > 2 ? step - 1 : step;
  const left = 48, right = 16, top = 16, half = 150, gold = 90, labels = 36;
  const width = Math.max(600, left + right + n * step);
  const axisY = top + half;
  const goldTop = axisY + half + 20;
  const height = goldTop + gold + labels;

  let maxUp = 1, maxDown = 1;
  for (const d of days) {
    maxUp = Math.max(maxUp, (d.verbal_cooperation || 0) + (d.material_cooperation || 0));
    maxDown = Math.max(maxDown, (d.verbal_conflict || 0) + (d.material_conflict || 0));
  }
  const max = Math.max(maxUp, maxDown);
  const k = half / max;

  const svg = s('svg', {id: 'timeline', class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img'});
  // axes and scale labels
  svg.appendChild(s('line', {class: 'axis', x1: left, x2: width - right, y1: axisY, y2: axisY}));
  svg.appendChild(s('text', {class: 'scale', x: left - 6, y: top + 10, 'text-anchor': 'end'}, String(max)));
  svg.appendChild(s('text', {class: 'scale', x: left - 6, y: axisY + half, 'text-anchor': 'end'}, String(max)));
  svg.appendChild(s('text', {class: 'scale', x: left - 6, y: axisY + 4, 'text-anchor': 'end'}, '0'));
  svg.appendChild(s('text', {class: 'side', x: 12, y: axisY - 8, transform: `rotate(-90 12 ${axisY - 8})`}, 'cooperation'));
  svg.appendChild(s('text', {class: 'side', x: 12, y: axisY + half - 8, transform: `rotate(-90 12 ${axisY + half - 8})`}, 'conflict'));
  const gMid = goldTop + gold / 2;
  svg.appendChild(s('line', {class: 'axis faint', x1: left, x2: width - right, y1: gMid, y2: gMid}));
  svg.appendChild(s('text', {class: 'scale', x: left - 6, y: goldTop + 8, 'text-anchor': 'end'}, '+10'));
  svg.appendChild(s('text', {class: 'scale', x: left - 6, y: gMid + 4, 'text-anchor': 'end'}, '0'));
  svg.appendChild(s('text', {class: 'scale', x: left - 6, y: goldTop + gold, 'text-anchor': 'end'}, '−10'));
  svg.appendChild(s('text', {class: 'side', x: 12, y: goldTop + gold, transform: `rotate(-90 12 ${goldTop + gold})`}, 'Goldstein'));

  const labelEvery = Math.max(1, Math.ceil(80 / step));
  const goldPoints = [];
  days.forEach((d, i) => {
    const x = left + i * step;
    const g = s('g', {class: 'day', dataset: {date: d.date}});
    let up = axisY, down = axisY;
    for (const sr of SERIES) {
      const v = Number(d[sr.key]) || 0;
      if (!v) continue;
      const hgt = v * k;
      if (sr.up) {
        up -= hgt;
        g.appendChild(s('rect', {class: `bar ${sr.cls}`, x, y: up, width: barW, height: hgt}));
      } else {
        g.appendChild(s('rect', {class: `bar ${sr.cls}`, x, y: down, width: barW, height: hgt}));
        down += hgt;
      }
    }
    const gm = d.goldstein_mean;
    if (gm !== null && gm !== undefined) {
      const y = gMid - (Number(gm) / 10) * (gold / 2);
      goldPoints.push([x + barW / 2, y]);
      g.appendChild(s('circle', {class: 'gold', cx: x + barW / 2, cy: y, r: Math.min(3, Math.max(1.2, barW / 2))}));
    }
    // a transparent hit area for the tooltip and the click
    g.appendChild(s('rect', {class: 'hit', x: x - (step - barW) / 2, y: top, width: step, height: goldTop + gold - top}));
    g.appendChild(tip(`${d.date}: ${d.events} events\n` +
      SERIES.map((sr) => `${sr.label}: ${d[sr.key] || 0}`).join('\n') +
      `\nmean Goldstein ${fmt(d.goldstein_mean)}`));
    g.addEventListener('click', () => { location.hash = `#/events${queryString({...filters, from: d.date, to: d.date})}`; });
    svg.appendChild(g);
    if (i % labelEvery === 0) {
      svg.appendChild(s('text', {class: 'date', x, y: height - labels + 16}, d.date));
    }
  });
  if (goldPoints.length > 1) {
    svg.insertBefore(s('polyline', {class: 'gold-line', points: goldPoints.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join(' ')}), svg.firstChild);
  }

  const legend = h('div', {class: 'legend'},
    SERIES.map((sr) => h('span', {class: 'key'}, h('span', {class: `swatch ${sr.cls}`}), sr.label)),
    h('span', {class: 'key'}, h('span', {class: 'swatch gold'}), 'mean Goldstein'),
    h('span', {class: 'muted'}, ` · ${n} days · click a day for its events`));
  root.appendChild(legend);
  root.appendChild(h('div', {class: 'chart-wrap'}, svg));
}
