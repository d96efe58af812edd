// The actor network (cytoscape): actors as nodes, relations as edges —
// front_of, proxy_of, backed_by, member_of and the rest, from the knowledge
// base (valid on the chosen date) and from reports (with the documents that
// state them) — and, on request, who acted against whom. Choosing an actor
// highlights its sponsor chain.
import {getJson} from './api.js';

const RELATION_COLOURS = {
  front_of: '#c0392b', proxy_of: '#d35400', backed_by: '#8e44ad', member_of: '#2471a3',
  part_of: '#148f77', leads: '#7d6608', allied_with: '#5d6d7e',
};

function nodeColour(sector, kind) {
  if (kind === 'state' || ['GOV', 'MIL', 'SPY', 'COP', 'JUD', 'LEG'].includes(sector)) return '#34495e';
  if (sector === 'REB' || kind === 'armed_group') return '#c0392b';
  if (sector === 'CVL') return '#95a5a6';
  return '#7f8c8d';
}

export class ActorNetworkView {
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    this.cy = null;
    this.date = null;
    this.events = false;
    this.loadedKey = null;
  }

  // Loads the graph for `date` (null: every relation) unless already shown.
  async load(date, events) {
    const key = `${date || ''}|${events ? 1 : 0}`;
    if (this.loadedKey === key && this.cy) return;
    this.date = date;
    this.events = events;
    const graph = await getJson('/api/graph', {date, events: events ? 1 : undefined}, 'graph');
    this.loadedKey = key;
    this.render(graph);
  }

  render(graph) {
    const elements = [];
    for (const n of graph.nodes) {
      elements.push({
        group: 'nodes',
        data: {
          id: n.key, label: n.label, country: n.country, sector: n.sector, kind: n.kind,
          incidents: n.incidents, colour: nodeColour(n.sector, n.kind),
          size: 14 + Math.min(30, 5 * Math.log2(1 + n.incidents)),
        },
      });
    }
    graph.edges.forEach((e, i) => {
      elements.push({
        group: 'edges',
        data: {
          id: `e${i}`, source: e.source, target: e.target, label: e.label.replace('_', ' '),
          relation: e.label, kind: e.kind, origin: e.origin, detail: e,
          colour: e.kind === 'event' ? '#bbbbbb' : (RELATION_COLOURS[e.label] || '#5d6d7e'),
          style: e.origin === 'documents' ? 'dashed' : 'solid',
        },
      });
    });
    if (this.cy) this.cy.destroy();
    this.cy = cytoscape({
      container: this.container,
      elements,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {selector: 'node', style: {
          'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)',
          height: 'data(size)', 'font-size': 10, color: '#222', 'text-valign': 'bottom',
          'text-margin-y': 2, 'text-wrap': 'ellipsis', 'text-max-width': 120,
        }},
        {selector: 'edge', style: {
          width: 1.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'line-style': 'data(style)',
          label: 'data(label)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate',
          'text-background-color': '#fff', 'text-background-opacity': 0.7,
        }},
        {selector: 'edge[kind = "event"]', style: {label: '', width: 1, 'target-arrow-shape': 'vee'}},
        {selector: '.chain', style: {
          width: 4, 'line-color': '#111', 'target-arrow-color': '#111', 'z-index': 10,
        }},
        {selector: 'node.chain', style: {'border-width': 3, 'border-color': '#111'}},
        {selector: 'node.focus', style: {'border-width': 5, 'border-color': '#f1c40f'}},
        {selector: '.faded', style: {opacity: 0.25}},
      ],
      layout: {name: elements.length > 400 ? 'concentric' : 'cose', animate: false, randomize: false,
        nodeRepulsion: () => 9000, idealEdgeLength: () => 70},
    });
    this.cy.on('tap', 'node', (event) => this.onSelect({actor: event.target.id()}));
    this.cy.on('tap', 'edge', (event) => this.onSelect({edge: event.target.data('detail')}));
    this.container.dataset.nodes = String(graph.nodes.length);
    this.container.dataset.edges = String(graph.edges.length);
  }

  // Highlights `key`'s sponsor chain (edges from /api/actor's chain_edges).
  highlight(key, chainEdges) {
    if (!this.cy) return;
    this.cy.elements().removeClass('chain focus faded');
    if (!key) return;
    const focus = this.cy.getElementById(key);
    let chain = this.cy.collection();
    for (const c of chainEdges || []) {
      chain = chain.union(this.cy.edges().filter((e) =>
        e.data('source') === c.source && e.data('target') === c.target &&
        e.data('relation') === c.label));
    }
    chain = chain.union(chain.connectedNodes());
    if (focus.nonempty()) {
      focus.addClass('focus');
      this.cy.elements().not(chain).not(focus).not(focus.connectedEdges()).addClass('faded');
      this.cy.animate({center: {eles: focus}, duration: 200});
    }
    chain.addClass('chain');
    this.container.dataset.chainEdges = String(chain.edges().length);
  }

  resize() {
    if (this.cy) this.cy.resize();
  }
}
