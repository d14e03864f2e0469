// The JSON API of `annals serve` (docs/api.md).

export class ApiError extends Error {}

export async function getJSON(path, params) {
  const query = new URLSearchParams();
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
    }
  }
  const qs = query.toString();
  const url = qs ? `${path}?${qs}` : path;
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(`${url}: ${e.message}`);
  }
  if (!response.ok) {
    let detail = '';
    try {
      const body = await response.json();
      detail = body && (body.error || body.message || body.reason) ? `: ${body.error || body.message || body.reason}` : '';
    } catch (_) { /* not JSON */ }
    throw new ApiError(`${url}: HTTP ${response.status}${detail}`);
  }
  return response.json();
}
