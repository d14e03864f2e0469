// The event filters shared by the table, the timeline, the network and the
// map: the API's query parameters, kept in the page address (#/view?…).
import {h, clear} from './dom.js';

export const EVENT_FILTERS = [
  {key: 'search', label: 'Evidence text', placeholder: 'blockade OR "border crossing"', size: 22},
  {key: 'actor', label: 'Actor', placeholder: 'name', size: 14},
  {key: 'country', label: 'Country', placeholder: 'AZE', size: 5},
  {key: 'sector', label: 'Sector', placeholder: 'GOV', size: 5},
  {key: 'recipient', label: 'Recipient', placeholder: 'name or country', size: 12},
  {key: 'recipient_sector', label: 'Rec. sector', placeholder: 'MIL', size: 5},
  {key: 'plover', label: 'PLOVER', placeholder: 'ASSAULT', size: 9},
  {key: 'mode', label: 'Mode', placeholder: 'phone', size: 7},
  {key: 'cameo', label: 'CAMEO', placeholder: '19', size: 4},
  {key: 'acled', label: 'ACLED', placeholder: 'Battles', size: 9},
  {key: 'from', label: 'From', placeholder: 'YYYY-MM-DD', size: 10},
  {key: 'to', label: 'To', placeholder: 'YYYY-MM-DD', size: 10},
  {key: 'by', label: 'Date', options: [['', 'event date'], ['published', 'published']]},
  {key: 'near', label: 'Near', placeholder: 'LAT,LON', size: 12},
  {key: 'radius', label: 'km', placeholder: '50', size: 4},
];
export const DOCUMENT_FILTERS = ['search', 'from', 'to'];
const KEYS = new Set(EVENT_FILTERS.map((f) => f.key));

/** The filter values of a route's parameters (only known keys, non-empty). */
export function filterParams(params, keys = KEYS) {
  const out = {};
  for (const key of keys) {
    const v = params.get(key);
    if (v !== null && v.trim() !== '') out[key] = v.trim();
  }
  return out;
}

export function queryString(obj) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Builds the filter form once; `onSubmit(values)` gets the non-empty values. */
export function buildForm(form, onSubmit) {
  clear(form);
  for (const f of EVENT_FILTERS) {
    let input;
    if (f.options) {
      input = h('select', {name: f.key}, f.options.map(([v, label]) => h('option', {value: v}, label)));
    } else {
      input = h('input', {name: f.key, type: 'text', placeholder: f.placeholder, size: f.size});
    }
    form.appendChild(h('label', {class: 'filter', dataset: {key: f.key}}, h('span', null, f.label), input));
  }
  form.appendChild(h('button', {type: 'submit'}, 'Apply'));
  form.appendChild(h('button', {type: 'reset', class: 'secondary'}, 'Clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = {};
    for (const el of form.elements) {
      if (el.name && el.value.trim() !== '') values[el.name] = el.value.trim();
    }
    onSubmit(values);
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    onSubmit({});
  });
}

/** Shows the form with the route's values; `keys` limits the visible fields (null: hide the form). */
export function showForm(form, params, keys) {
  form.hidden = keys === null;
  for (const label of form.querySelectorAll('label.filter')) {
    label.hidden = keys !== null && !keys.has(label.dataset.key);
  }
  for (const el of form.elements) {
    if (el.name) el.value = params.get(el.name) || '';
  }
}
