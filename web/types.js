// PLOVER event types and the colour each keeps everywhere on the page.
export const TYPES = [
  'ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'PROTEST', 'SANCTION', 'ACCUSE', 'REJECT',
  'REQUEST', 'RETREAT', 'AID', 'COOPERATE', 'CONCEDE', 'SUPPORT', 'CONSULT', 'AGREE',
];

const COLOURS = {
  ASSAULT: '#c0392b', COERCE: '#e67e22', MOBILIZE: '#8e44ad', THREATEN: '#d35400',
  PROTEST: '#2980b9', SANCTION: '#7f8c8d', ACCUSE: '#b7950b', REJECT: '#a04000',
  REQUEST: '#16a085', RETREAT: '#5d6d7e', AID: '#27ae60', COOPERATE: '#1abc9c',
  CONCEDE: '#48c9b0', SUPPORT: '#52be80', CONSULT: '#5dade2', AGREE: '#229954',
};

export function typeColour(type) {
  return COLOURS[type] || '#555555';
}

// Pixels for a fatality count: area grows with the count.
export function fatalityRadius(fatalities) {
  if (fatalities === null || fatalities === undefined || fatalities <= 0) return 3;
  return Math.min(22, 3 + 1.6 * Math.sqrt(fatalities));
}
