// Permalink = the whole view state in the URL hash, as base64url JSON. Lossless by design: what you
// decode is exactly what was encoded (positions rounded to POSITION_DECIMALS, far below a pixel).
import { viewStateSchema, defaultViewState, type ViewState } from './view-state.ts';

/** Hash key carrying the view. */
export const PERMALINK_KEY = 'v';
/** Layout positions are stored to one decimal place: sub-pixel, and keeps links short. */
const POSITION_DECIMALS = 1;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(b64: string): string {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

const round = (n: number) => Number(n.toFixed(POSITION_DECIMALS));

/** Rounds what travels in links, so encode(decode(x)) is a fixed point. */
export function normalise(state: ViewState): ViewState {
  const positions: ViewState['positions'] = {};
  for (const id of Object.keys(state.positions).sort()) {
    const [x, y] = state.positions[id];
    positions[id] = [round(x), round(y)];
  }
  const zoom = state.zoom && { level: Number(state.zoom.level.toFixed(4)), pan: [round(state.zoom.pan[0]), round(state.zoom.pan[1])] as [number, number] };
  return { ...state, positions, ...(zoom ? { zoom } : {}) };
}

export function encodeView(state: ViewState): string {
  return `${PERMALINK_KEY}=${toBase64Url(JSON.stringify(normalise(state)))}`;
}

export type DecodeResult = { ok: true; state: ViewState } | { ok: false; reason: string };

/** Reads a hash (with or without `#`). An empty hash is the default view, not an error. */
export function decodeView(hash: string): DecodeResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get(PERMALINK_KEY);
  if (!raw) return { ok: true, state: defaultViewState() };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(raw));
  } catch {
    return { ok: false, reason: 'The link is damaged (not readable). Copy the whole permalink again.' };
  }
  const parsed = viewStateSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    return { ok: false, reason: `The link describes a view this explorer does not know (${where}). Showing the default view.` };
  }
  return { ok: true, state: parsed.data };
}
