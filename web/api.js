// The casus JSON API (docs/serve.md): GET requests that the browser may
// revalidate (the server sends ETags), and errors as exceptions carrying
// the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Query parameters from an object; empty values are left out, arrays repeat.
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// Requests that a newer request of the same kind makes stale are aborted.
const inFlight = new Map();

export async function getJson(path, params = {}, kind = null) {
  let controller = null;
  if (kind) {
    inFlight.get(kind)?.abort();
    controller = new AbortController();
    inFlight.set(kind, controller);
  }
  const response = await fetch(path + queryString(params), {
    headers: {Accept: 'application/json'},
    signal: controller?.signal,
    cache: 'no-cache',
  });
  if (kind && inFlight.get(kind) === controller) inFlight.delete(kind);
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body?.error?.message || `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

export function isAbort(error) {
  return error?.name === 'AbortError';
}
