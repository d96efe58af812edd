// The casus dashboard: filters (kept in the URL, so a view can be shared),
// a map, a timeline whose brush sets the dates, the incident list, the
// incident panel with its evidence, and the actor network.
import {getJson, isAbort} from './api.js';
import {append, clear, el, setStatus} from './dom.js';
import {renderDocument, renderIncident} from './incident.js';
import {incidentItem} from './list.js';
import {IncidentMap} from './map.js';
import {ActorNetworkView} from './network.js';
import {chooseAxis, Timeline} from './timeline.js';
import {TYPES, typeColour} from './types.js';

const FILTERS = ['from', 'to', 'country', 'type', 'actor', 'network', 'text'];
const PAGE = 50;

const state = {
  filters: {},
  incident: null,  // selected incident key
  actor: null,     // selected actor key (network tab)
  tab: 'list',
};
let status = null;
let map = null;
let timeline = null;
let network = null;
let listOffset = 0;
let pending = 0;

function busy(delta) {
  pending += delta;
  document.body.dataset.state = pending > 0 ? 'loading' : 'ready';
}

function fail(error) {
  if (isAbort(error)) return;
  console.error(error);
  setStatus(error.message || String(error), 'error');
}

// ---- URL -----------------------------------------------------------------

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) state.filters[name] = value;
  }
  const incident = Number(params.get('incident'));
  state.incident = Number.isInteger(incident) && incident > 0 ? incident : null;
  state.actor = params.get('actor_view') || null;
  const tab = params.get('tab');
  state.tab = ['list', 'incident', 'network'].includes(tab) ? tab : (state.incident ? 'incident' : 'list');
}

function writeUrl(push) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.incident) params.set('incident', state.incident);
  if (state.actor) params.set('actor_view', state.actor);
  if (state.tab !== 'list') params.set('tab', state.tab);
  const url = `${location.pathname}${params.toString() ? `?${params}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  (push ? history.pushState : history.replaceState).call(history, null, '', url);
}

// ---- Filters -------------------------------------------------------------

const form = () => document.getElementById('filters');

function fillForm() {
  for (const name of FILTERS) form().elements[name].value = state.filters[name] || '';
}

function readForm() {
  const filters = {};
  for (const name of FILTERS) {
    const value = form().elements[name].value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function setFilters(filters, push = true) {
  state.filters = filters;
  fillForm();
  writeUrl(push);
  refresh({timeline: false});
}

// ---- Loading -------------------------------------------------------------

async function loadPoints() {
  const points = await getJson('/api/points', state.filters, 'points');
  map.setPoints(points);
  map.select(state.incident);
  document.getElementById('map').dataset.points = String(points.key.length);
  const info = points.truncated
    ? `the ${points.key.length.toLocaleString()} most recent located incidents (more match)`
    : `${points.total.toLocaleString()} located incidents`;
  document.getElementById('map-info').textContent = info;
  const legend = clear(document.getElementById('legend'));
  for (const type of points.types) {
    const swatch = el('span', {class: 'swatch'});
    swatch.style.backgroundColor = typeColour(type);
    legend.append(el('li', {}, swatch, type.toLowerCase()));
  }
}

async function loadList(more = false) {
  listOffset = more ? listOffset + PAGE : 0;
  const page = await getJson('/api/incidents', {...state.filters, limit: PAGE, offset: listOffset},
      'list');
  const list = document.getElementById('incident-list');
  if (!more) clear(list);
  for (const incident of page.incidents) list.append(incidentItem(incident, state.incident));
  const total = `${page.total.toLocaleString()}${page.total_exact ? '' : '+'}`;
  document.getElementById('list-count').textContent = `(${total})`;
  list.dataset.total = String(page.total);
  // A total that is not exact is a lower bound: more pages follow.
  document.getElementById('more').hidden = page.incidents.length < PAGE ||
      (page.total_exact && listOffset + PAGE >= page.total) ||
      listOffset + PAGE > status.limits.max_offset;
  setStatus(page.total === 0 ? 'No incidents match these filters.' : `${total} incidents match.`);
}

async function loadTimeline() {
  const {from, to, ...others} = state.filters;
  const axis = chooseAxis(status.first_date, status.last_date);
  const summary = await getJson('/api/summary', {...others, by: axis}, 'timeline');
  document.getElementById('timeline-title').textContent = `Incidents per ${axis}`;
  timeline.setData(summary.buckets, axis);
  timeline.setRange(from || to ? [from || null, to || null] : null);
}

async function refresh({timeline: withTimeline = true} = {}) {
  busy(+1);
  try {
    const jobs = [loadPoints(), loadList()];
    if (withTimeline) {
      jobs.push(loadTimeline());
    } else {
      timeline.setRange(state.filters.from || state.filters.to
        ? [state.filters.from || null, state.filters.to || null] : null);
    }
    if (state.tab === 'network') jobs.push(showNetwork());
    await Promise.all(jobs);
  } catch (error) {
    fail(error);
  } finally {
    busy(-1);
  }
}

// ---- Incident, document, actor -------------------------------------------

function showTab(tab, push = true) {
  state.tab = tab;
  for (const button of document.querySelectorAll('.tabs [data-tab]')) {
    button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  }
  for (const name of ['list', 'incident', 'network']) {
    document.getElementById(`tab-${name}`).hidden = name !== tab;
  }
  writeUrl(push);
  if (tab === 'network') {
    busy(+1);
    showNetwork().catch(fail).finally(() => busy(-1));
  }
}

async function selectIncident(key, push = true) {
  state.incident = key;
  map.select(key);
  for (const item of document.querySelectorAll('.incident-item')) {
    item.setAttribute('aria-current', String(Number(item.dataset.incident) === key));
  }
  showTab('incident', false);
  writeUrl(push);
  busy(+1);
  try {
    const data = await getJson(`/api/incidents/${key}`, {}, 'incident');
    const panel = document.getElementById('incident');
    renderIncident(panel, data, true);
    panel.dataset.incident = String(key);
    panel.scrollTop = 0;
  } catch (error) {
    fail(error);
  } finally {
    busy(-1);
  }
}

async function showDocument(id) {
  busy(+1);
  try {
    const doc = await getJson('/api/documents', {id}, 'incident');
    const panel = document.getElementById('incident');
    renderDocument(panel, doc);
    panel.dataset.document = id;
    showTab('incident');
  } catch (error) {
    fail(error);
  } finally {
    busy(-1);
  }
}

async function showNetwork() {
  const date = state.filters.to || null;
  await network.load(date, document.getElementById('graph-events').checked);
  document.getElementById('graph-title').textContent =
      date ? `Actor network on ${date}` : 'Actor network (all dates)';
  if (state.actor) await selectActor(state.actor, false);
}

function relationLine(r, keyOfOther, nameOfOther) {
  const dates = r.from || r.to ? ` ${r.from || '…'}–${r.to || '…'}` : '';
  return el('li', {},
      el('span', {class: `rel rel-${r.type || r.relation}`}, (r.type || r.relation).replace('_', ' ')),
      ' ', el('button', {type: 'button', class: 'link', 'data-actor': keyOfOther}, nameOfOther || keyOfOther),
      dates, r.where ? el('span', {class: 'meta'}, ` (${r.where})`) : '',
      r.doc ? el('span', {class: 'meta'}, [' (', el('button', {type: 'button', class: 'link',
        'data-doc': r.doc}, r.doc), r.published ? `, ${r.published}` : '', ')']) : '',
      r.evidence ? el('blockquote', {class: 'ev-relation'}, r.evidence) : '');
}

async function selectActor(key, push = true) {
  state.actor = key;
  writeUrl(push);
  const panel = document.getElementById('actor-panel');
  let actor;
  try {
    actor = await getJson('/api/actor', {key, date: state.filters.to}, 'actor');
  } catch (error) {
    clear(panel).append(el('p', {class: 'none'}, error.message));
    network.highlight(null);
    return;
  }
  network.highlight(actor.keys.find((k) => network.cy?.getElementById(k).nonempty()) || key,
      actor.chain_edges);
  const kb = actor.knowledge_base;
  const seen = actor.in_store[0];
  const name = kb?.name || seen?.name || actor.query;
  clear(panel);
  append(panel,
      el('h3', {}, name),
      el('p', {class: 'meta'}, [kb?.kind, kb?.country || seen?.country, kb?.sector || seen?.sector,
        kb ? `id ${kb.id}` : actor.keys.join(', ')].filter(Boolean).join(' · ')),
      el('p', {}, seen ? `${seen.incidents} incidents in the store (${seen.perpetrated} as perpetrator)`
        : 'Not named in stored incidents.'),
      el('div', {class: 'actions'},
          el('button', {type: 'button', 'data-filter-actor': key}, 'Incidents with this actor'),
          el('button', {type: 'button', 'data-filter-network': key}, 'Incidents by its network')),
      kb?.sponsors?.length ? el('p', {}, 'Sponsors: ',
          kb.sponsors.map((s) => `${s.country} (${s.confidence})`).join(', ')) : '',
      kb?.chain?.length ? [el('h4', {}, 'Sponsor chain'), el('ol', {class: 'relations'},
          kb.chain.map((r) => el('li', {}, `${r.subject_name} `,
              el('span', {class: `rel rel-${r.type}`}, r.type.replace('_', ' ')), ` ${r.object_name}`,
              r.from || r.to ? ` ${r.from || '…'}–${r.to || '…'}` : '',
              el('span', {class: 'meta'}, ` (${r.where})`))))] : '',
      kb?.relations?.length ? [el('h4', {}, 'Relations'), el('ul', {class: 'relations'},
          kb.relations.map((r) => relationLine(r, r.object, r.object_name)))] : '',
      kb?.incoming?.length ? [el('h4', {}, 'Pointing here'), el('ul', {class: 'relations'},
          kb.incoming.map((r) => relationLine(r, r.subject, r.subject_name)))] : '',
      actor.document_relations.length ? [el('h4', {}, 'Stated in reports'), el('ul', {class: 'relations'},
          actor.document_relations.map((r) => actor.keys.includes(r.subject)
            ? relationLine(r, r.object, r.object_name)
            : relationLine({...r, relation: `${r.relation} (from ${r.subject_name})`}, r.subject,
                r.subject_name)))] : '',
      el('p', {class: 'meta'}, `Network: ${actor.network_size} actors behind it`,
          state.filters.to ? ` on ${state.filters.to}` : ''));
  panel.dataset.actor = key;
}

function showEdge(edge) {
  const panel = clear(document.getElementById('actor-panel'));
  const when = edge.origin === 'knowledge base'
    ? `valid ${edge.valid_from || '…'}–${edge.valid_to || '…'}`
    : `reported ${edge.first_reported || '?'}${edge.last_reported && edge.last_reported !== edge.first_reported ? `–${edge.last_reported}` : ''}`;
  append(panel,
      el('h3', {}, `${edge.source} `, el('span', {class: `rel rel-${edge.label}`}, edge.label.replace('_', ' ')),
          ` ${edge.target}`),
      el('p', {class: 'meta'}, `${edge.kind} from ${edge.origin}; ${when}; weight ${edge.weight}`),
      el('h4', {}, `Sources (${edge.source_count})`),
      el('ul', {}, edge.sources.map((s) => el('li', {}, edge.origin === 'documents'
        ? el('button', {type: 'button', class: 'link', 'data-doc': s}, s) : s))));
}

// ---- Start ---------------------------------------------------------------

function wire() {
  form().addEventListener('submit', (event) => {
    event.preventDefault();
    setFilters(readForm());
  });
  document.getElementById('clear-filters').addEventListener('click', () => setFilters({}));
  document.getElementById('clear-dates').addEventListener('click', () => {
    const {from, to, ...others} = state.filters;
    setFilters(others);
  });
  document.getElementById('more').addEventListener('click', () => {
    busy(+1);
    loadList(true).catch(fail).finally(() => busy(-1));
  });
  document.getElementById('graph-events').addEventListener('change', () => {
    busy(+1);
    showNetwork().catch(fail).finally(() => busy(-1));
  });
  for (const button of document.querySelectorAll('.tabs [data-tab]')) {
    button.addEventListener('click', () => showTab(button.dataset.tab));
  }
  // Buttons inside rendered content, by their data attributes.
  document.body.addEventListener('click', (event) => {
    const target = event.target.closest('button');
    if (!target) return;
    const data = target.dataset;
    if (data.incident) {
      selectIncident(Number(data.incident));
    } else if (data.actor) {
      showTab('network');
      selectActor(data.actor);
    } else if (data.doc) {
      showDocument(data.doc);
    } else if (data.filterActor) {
      setFilters({...state.filters, actor: data.filterActor, network: undefined});
      showTab('list');
    } else if (data.filterNetwork) {
      setFilters({...state.filters, network: data.filterNetwork, actor: undefined});
      showTab('list');
    }
  });
  window.addEventListener('popstate', () => {
    readUrl();
    fillForm();
    refresh({timeline: true});
    showTab(state.tab, false);
    if (state.incident) selectIncident(state.incident, false);
  });
}

async function start() {
  if (typeof d3 === 'undefined' || typeof topojson === 'undefined' || typeof cytoscape === 'undefined') {
    setStatus('The dashboard\'s libraries are missing: run scripts/setup.sh and rebuild casus.', 'error');
    document.body.dataset.state = 'error';
    return;
  }
  busy(+1);
  try {
    readUrl();
    const typeSelect = form().elements.type;
    for (const type of TYPES) typeSelect.append(el('option', {value: type}, type.toLowerCase()));
    status = await getJson('/api/status');
    document.getElementById('store-summary').textContent =
        `${status.incidents.toLocaleString()} incidents from ${status.documents.toLocaleString()} ` +
        `documents (${status.multi_source_incidents.toLocaleString()} with several sources)` +
        (status.first_date ? `, ${status.first_date} to ${status.last_date}` : '');
    map = new IncidentMap(document.getElementById('map'), (key) => selectIncident(key));
    timeline = new Timeline(document.getElementById('timeline'), (range) => {
      const filters = {...state.filters};
      delete filters.from;
      delete filters.to;
      if (range) {
        filters.from = range[0];
        filters.to = range[1];
      }
      setFilters(filters);
    });
    network = new ActorNetworkView(document.getElementById('graph'), (chosen) => {
      if (chosen.actor) selectActor(chosen.actor);
      if (chosen.edge) showEdge(chosen.edge);
    });
    // Read-only hooks for tests and the browser console.
    window.casusDashboard = {
      screenPosition: (key) => map.screenPosition(key),
      pointKeys: () => (map.points ? Array.from(map.points.key) : []),
      state: () => JSON.parse(JSON.stringify(state)),
    };
    wire();
    fillForm();
    // Actor names for the filter inputs arrive when they are ready.
    getJson('/api/actors', {limit: 300}).then((actors) => {
      const names = document.getElementById('actor-names');
      for (const actor of actors.actors) names.append(el('option', {value: actor.name || actor.key}));
    }).catch(fail);
    const [countries] = await Promise.all([
      getJson('/api/summary', {by: 'country', top: 200}),
      map.loadOutlines().catch(fail),
    ]);
    const countrySelect = form().elements.country;
    for (const bucket of countries.buckets) {
      if (bucket.key) countrySelect.append(el('option', {value: bucket.key}, `${bucket.key} (${bucket.incidents})`));
    }
    countrySelect.value = state.filters.country || '';
    await refresh();
    showTab(state.tab, false);
    if (state.incident) await selectIncident(state.incident, false);
  } catch (error) {
    fail(error);
  } finally {
    busy(-1);
  }
}

start();
