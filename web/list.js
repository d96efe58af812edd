// The incident list: the current page of incidents matching the filters,
// newest first, with a button for the next page.
import {el} from './dom.js';
import {typeColour} from './types.js';

function killed(i) {
  if (i.fatalities === null || i.fatalities === undefined) return '';
  return i.fatalities_max !== null && i.fatalities_max !== i.fatalities
    ? `${i.fatalities}–${i.fatalities_max} killed` : `${i.fatalities} killed`;
}

export function incidentItem(i, selected) {
  const key = Number(i.id.replace('incident-', ''));
  const who = i.actor1 ? (i.actor1.name || i.actor1.text) : 'unnamed perpetrator';
  const where = i.location ? (i.location.name || i.location.country) : 'unknown place';
  const badge = el('span', {class: 'type-badge', 'data-type': i.type}, i.type);
  badge.style.backgroundColor = typeColour(i.type);
  const button = el('button', {type: 'button', class: 'incident-item', 'data-incident': key,
    'aria-current': selected === key ? 'true' : null},
  el('span', {class: 'line1'}, badge, ' ', el('span', {class: 'date'}, i.date || 'undated'),
      ' ', el('span', {class: 'where'}, where)),
  el('span', {class: 'line2'}, who,
      i.claimed_by?.length ? ` · claimed by ${i.claimed_by.map((c) => c.actor.name || c.actor.text).join(', ')}` : '',
      killed(i) ? ` · ${killed(i)}` : '',
      i.sources?.length > 1 ? ` · ${i.sources.length} sources` : ''));
  return el('li', {}, button);
}
