// A small snapshot as the explorer would export it: three actors, two ties, display keys included.
import type { ViewSnapshot } from '../../explorer/src/export/snapshot.ts';

export function fixtureSnapshot(): ViewSnapshot {
  return {
    title: 'Who met whom',
    dateRange: '2019-01 – 2020-12',
    sources: ['Council note', 'Press release'],
    nodes: [
      { id: 'person:ylva-johansson', x: 10.5, y: -20.25, data: { id: 'person:ylva-johansson', label: 'Person', name: 'Ylva Johansson', side: 'eu', degree: 2, size: 40, display: 'Ylva Johansson' } },
      { id: 'country:turkey', x: 100, y: 50, data: { id: 'country:turkey', label: 'Country', name: 'Türkiye, "the Republic"', side: 'third_country', degree: 1 } },
      { id: 'institution:frontex', x: -80, y: 0, data: { id: 'institution:frontex', label: 'Institution', name: 'Frontex & Co <EU>', side: 'eu', degree: 1 } },
    ],
    edges: [
      { id: 'met:1', source: 'person:ylva-johansson', target: 'country:turkey', data: { id: 'met:1', source: 'person:ylva-johansson', target: 'country:turkey', type: 'MET', weight: 3, meetingIds: ['m1', 'm2', 'm3'], planned: false, width: 7 } },
      { id: 'met:2', source: 'person:ylva-johansson', target: 'institution:frontex', data: { id: 'met:2', source: 'person:ylva-johansson', target: 'institution:frontex', type: 'MET', weight: 1, planned: true } },
    ],
  };
}
