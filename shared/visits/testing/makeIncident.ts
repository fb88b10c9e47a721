import type { Incident } from '../incident';

/** A valid obstruction incident for tests. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'i1',
    caseId: 'c1',
    visitId: 'v1',
    kind: 'crowd_blocking',
    occurredAt: '2025-06-03T09:40:00+08:00',
    place: '厂区大门',
    persons: [{ name: '赵某', role: '职工' }],
    description: '约二十名职工围堵厂区大门，阻止执行人员进入。',
    evidence: '执法记录仪视频两段。',
    measures: [{ kind: 'warning' }],
    assistingBodies: ['某某派出所'],
    ...overrides,
  };
}
