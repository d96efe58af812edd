// Building the page from data that may be hostile (article text, actor
// names, URLs from documents): every string reaches the DOM as a text node
// or an attribute value, never parsed as markup, and becomes a link only
// when its URL is http(s).

// el('p', {class: 'x', title: 't'}, 'text', child, ...): an element whose
// attributes are set one by one (never 'on...' handlers, never 'style')
// and whose children are nodes or strings (as text nodes).
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc') {
      throw new Error(`el(): attribute ${name} is not allowed`);
    }
    if (lower === 'href' || lower === 'src') {
      const safe = safeUrl(String(value));
      if (!safe) continue;
      node.setAttribute(name, safe);
      continue;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

// The URL if it is an absolute http(s) URL or a path of this site, else null.
export function safeUrl(text) {
  if (typeof text !== 'string' || text.length > 2048) return null;
  if (text.startsWith('/') && !text.startsWith('//')) return text;
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

// A link to an outside page when the URL is safe; plain text otherwise.
export function externalLink(url, text) {
  const safe = safeUrl(url);
  if (!safe || safe.startsWith('/')) return el('span', {}, text);
  return el('a', {href: safe, target: '_blank', rel: 'noopener noreferrer nofollow'}, text);
}

export function setStatus(message, kind = 'info') {
  const status = document.getElementById('status');
  status.textContent = message || '';
  status.dataset.kind = kind;
}
