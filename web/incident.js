// The incident panel: what happened, when, where, who did it, who claimed
// it, who blamed whom, which states stand behind the perpetrator, the
// range of reported fatalities, and every source report with the sentences
// the facts came from highlighted in the report's own text.
import {append, clear, el, externalLink} from './dom.js';
import {typeColour} from './types.js';

const CONTEXT = 320;  // characters of plain text kept on each side of a highlight

function actorName(actor) {
  if (!actor) return null;
  return actor.name || actor.text || actor.id || 'unnamed';
}

// An actor as text with a button opening it in the network view.
function actorItem(actor, onActor) {
  if (!actor) return el('span', {class: 'none'}, 'not named');
  const parts = [el('strong', {}, actorName(actor))];
  const details = [actor.country, actor.sector].filter(Boolean).join(', ');
  if (details) parts.push(` (${details})`);
  if (actor.text && actor.text !== actor.name) parts.push(el('span', {class: 'as-written'}, ` “${actor.text}”`));
  if (onActor && (actor.id || actor.name)) {
    parts.push(' ', el('button', {type: 'button', class: 'link', 'data-actor': actor.id || actor.name},
        'network'));
  }
  return el('span', {class: 'actor', 'data-key': actor.id || ''}, parts);
}

function range(low, high) {
  if (low === null || low === undefined) return 'not reported';
  if (high !== null && high !== undefined && high !== low) return `${low}–${high}`;
  return String(low);
}

function place(location) {
  if (!location) return 'unknown';
  const parts = [location.name, location.admin1, location.country].filter(Boolean);
  const text = [...new Set(parts)].join(', ');
  const at = `${Number(location.lat).toFixed(3)}, ${Number(location.lon).toFixed(3)}`;
  return `${text || 'unnamed place'} (${location.precision || 'place'}; ${at})`;
}

function row(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

// The report's text: highlighted pieces in full, plain pieces cut to
// CONTEXT characters at each side unless the reader asks for everything.
function reportText(pieces, full) {
  const paragraph = el('p', {class: 'report-text'});
  pieces.forEach((piece, i) => {
    if (piece.marks.length > 0) {
      const mark = el('mark', {class: piece.marks.map((m) => `ev-${m}`).join(' '),
        title: piece.marks.join(', ')}, piece.text);
      paragraph.append(mark);
      return;
    }
    let text = piece.text;
    if (!full) {
      const before = i > 0, after = i < pieces.length - 1;
      if (before && after && text.length > 2 * CONTEXT + 40) {
        text = `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}`;
      } else if (before && !after && text.length > CONTEXT + 20) {
        text = `${text.slice(0, CONTEXT)} …`;
      } else if (!before && after && text.length > CONTEXT + 20) {
        text = `… ${text.slice(-CONTEXT)}`;
      } else if (!before && !after && text.length > 2 * CONTEXT) {
        text = `${text.slice(0, 2 * CONTEXT)} …`;
      }
    }
    paragraph.append(document.createTextNode(text));
  });
  return paragraph;
}

function report(r, index, onActor) {
  const e = r.event || {};
  const header = el('header', {},
      el('h4', {}, `${index + 1}. `, externalLink(r.url, r.title || r.doc)),
      el('p', {class: 'meta'},
          [r.source, r.published ? `published ${r.published}` : null].filter(Boolean).join(' · '),
          ' · ', el('button', {type: 'button', class: 'link', 'data-doc': r.doc}, 'document')));
  const facts = el('dl', {class: 'facts'},
      row('event date', e.date ? `${e.date} (${e.date_precision})` : 'unknown'),
      row('perpetrator', actorItem(e.actor1, onActor)),
      row('target', actorItem(e.actor2, onActor)),
      row('killed', range(e.fatalities, null)),
      row('injured', range(e.injuries, null)));
  if (e.hedged) facts.append(...row('hedged', 'the report hedges this event'));
  if (r.why) facts.append(...row('fused because', r.why));
  let full = false;
  const textBox = el('div', {class: 'report-body'}, reportText(r.pieces || [], full));
  const toggle = el('button', {type: 'button', class: 'link'}, 'show the whole text');
  toggle.addEventListener('click', () => {
    full = !full;
    clear(textBox).append(reportText(r.pieces || [], full));
    toggle.textContent = full ? 'show the evidence only' : 'show the whole text';
  });
  return el('section', {class: 'report', 'data-doc': r.doc}, header, facts, textBox, toggle);
}

export function renderIncident(container, data, onActor) {
  clear(container);
  const i = data.incident;
  const title = el('h3', {},
      el('span', {class: 'type-badge', 'data-type': i.type}, i.type),
      i.mode ? ` ${i.mode}` : '', ` — ${i.id}`);
  const swatch = title.querySelector('.type-badge');
  swatch.style.backgroundColor = typeColour(i.type);
  const facts = el('dl', {class: 'facts'},
      row('date', i.date ? `${i.date} (${i.date_precision})` : 'unknown'),
      row('place', place(i.location)),
      row('perpetrator', actorItem(i.actor1, onActor)),
      row('target', actorItem(i.actor2, onActor)),
      row('killed', range(i.fatalities, i.fatalities_max)),
      row('injured', range(i.injuries, i.injuries_max)),
      row('sponsors', i.sponsors.length ? i.sponsors.join(', ') : 'none given'));
  if (i.acled) facts.append(...row('ACLED', `${i.acled.event_type} / ${i.acled.sub_event_type}`));
  if (i.weapons?.length) facts.append(...row('weapons', i.weapons.join(', ')));
  if ((i.perpetrators || []).length > 1) {
    facts.append(...row('named by reports', el('ul', {}, i.perpetrators.map((a) =>
      el('li', {}, actorItem(a, onActor))))));
  }
  const claims = el('ul', {class: 'claims'},
      (i.claimed_by || []).map((c) => el('li', {},
          actorItem(c.actor, onActor), ' claimed it',
          c.doc ? el('span', {class: 'meta'}, ` (in ${c.doc})`) : '',
          c.evidence?.text ? el('blockquote', {class: 'ev-claim'}, c.evidence.text) : '')));
  const blames = el('ul', {class: 'attributions'},
      (i.attributed_to || []).map((a) => el('li', {},
          a.by ? [actorItem(a.by, onActor), ' blamed '] : 'blamed: ',
          actorItem(a.actor, onActor),
          a.doc ? el('span', {class: 'meta'}, ` (in ${a.doc})`) : '',
          a.evidence?.text ? el('blockquote', {class: 'ev-attribution'}, a.evidence.text) : '')));
  append(container,
      title,
      facts,
      el('h4', {}, `Claims (${(i.claimed_by || []).length})`),
      claims.children.length ? claims : el('p', {class: 'none'}, 'No one claimed it in these reports.'),
      el('h4', {}, `Attributions (${(i.attributed_to || []).length})`),
      blames.children.length ? blames : el('p', {class: 'none'}, 'No one was blamed in these reports.'),
      el('h4', {}, `Sources (${data.reports.length})`),
      data.reports.map((r, n) => report(r, n, onActor)));
}

export function renderDocument(container, doc) {
  clear(container);
  append(container,
      el('h3', {}, externalLink(doc.url, doc.title || doc.id)),
      el('p', {class: 'meta'}, [doc.source, doc.published, doc.id].filter(Boolean).join(' · ')),
      el('p', {class: 'meta'}, `${doc.events.length} events, ${doc.relations.length} relations; `,
          'incidents: ', doc.incidents.filter((k) => k !== null).map((k, n) => [
            n ? ', ' : '', el('button', {type: 'button', class: 'link', 'data-incident': k}, `#${k}`)])),
      el('div', {class: 'report-body'}, reportText(doc.pieces, true)));
}
