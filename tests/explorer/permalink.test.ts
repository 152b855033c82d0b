// The permalink carries the whole view and decodes to exactly what was encoded.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeView, encodeView, normalise } from '../../explorer/src/state/permalink.ts';
import { defaultViewState, LAYOUTS, MODES, type ViewState } from '../../explorer/src/state/view-state.ts';

const idArb = fc.stringMatching(/^(person|country|institution|instrument):[a-z0-9-]{1,20}$/);
const monthArb = fc.option(fc.stringMatching(/^20[12][0-9]-(0[1-9]|1[0-2])$/), { nil: undefined });
const coord = fc.double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true });

const stateArb: fc.Arbitrary<ViewState> = fc.record({
  mode: fc.constantFrom(...MODES),
  filters: fc.record({
    country: fc.option(idArb, { nil: undefined }), institution: fc.option(idArb, { nil: undefined }), person: fc.option(idArb, { nil: undefined }),
    kind: fc.option(fc.constantFrom('agreement', 'plan'), { nil: undefined }), stage: fc.option(fc.constantFrom('signed'), { nil: undefined }),
    planned: fc.constantFrom('include', 'exclude', 'only'), sources: fc.constantFrom('all', 'single', 'multi'), minMeetings: fc.integer({ min: 1, max: 9 }),
  }, { requiredKeys: ['planned', 'sources', 'minMeetings'] }),
  window: fc.record({ from: monthArb, to: monthArb }, { requiredKeys: [] }),
  compare: fc.record({ a: fc.record({ from: monthArb, to: monthArb }, { requiredKeys: [] }), b: fc.record({ from: monthArb, to: monthArb }, { requiredKeys: [] }) }),
  focus: fc.option(idArb, { nil: undefined }),
  expanded: fc.array(idArb, { maxLength: 4 }),
  query: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  selection: fc.array(idArb, { maxLength: 3 }),
  hidden: fc.array(idArb, { maxLength: 5 }),
  positions: fc.dictionary(idArb, fc.tuple(coord, coord), { maxKeys: 20 }),
  layout: fc.constantFrom(...LAYOUTS),
  sizeBy: fc.constantFrom('degree', 'betweenness', 'pagerank'),
  presentation: fc.boolean(),
}, { requiredKeys: ['mode', 'filters', 'window', 'compare', 'expanded', 'selection', 'hidden', 'positions', 'layout', 'sizeBy', 'presentation'] }) as fc.Arbitrary<ViewState>;

const strip = (s: ViewState) => JSON.parse(JSON.stringify(s)) as ViewState;

describe('permalink', () => {
  it('decodes every encoded view to the same view (positions to 0.1 px)', () => {
    fc.assert(fc.property(stateArb, (state) => {
      const decoded = decodeView(`#${encodeView(state)}`);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(strip(decoded.state)).toEqual(strip(normalise(state)));
    }), { numRuns: 200 });
  });

  it('is a fixed point after one round trip', () => {
    fc.assert(fc.property(stateArb, (state) => {
      const once = decodeView(encodeView(state));
      if (!once.ok) throw new Error(once.reason);
      expect(encodeView(once.state)).toBe(encodeView(state));
    }), { numRuns: 100 });
  });

  it('keeps non-ASCII text (queries, names) intact', () => {
    const state = { ...defaultViewState(), mode: 'cypher' as const, query: 'MATCH (p {name: "Šefčovič – Türkiye"}) RETURN p' };
    const back = decodeView(encodeView(state));
    expect(back.ok && back.state.query).toBe(state.query);
  });

  const cases: [string, boolean | 'default'][] = [
    ['', 'default'],
    ['#', 'default'],
    ['#v=%%%not-base64', false],
    [`#v=${btoa('{"mode":"nowhere"}')}`, false],
    [`#v=${btoa('not json')}`, false],
  ];
  for (const [hash, expected] of cases) {
    it(`decodes ${JSON.stringify(hash)} as ${expected}`, () => {
      const r = decodeView(hash);
      if (expected === 'default') expect(r).toEqual({ ok: true, state: defaultViewState() });
      else {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toMatch(/link/i);
      }
    });
  }
});
