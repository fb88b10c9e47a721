import type { Visit } from '../visit';

/** A complete, valid visit for tests; override what the test is about. */
export function makeVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v1',
    caseId: 'c1',
    state: 'draft',
    startedAt: '2025-06-03T09:00:00+08:00',
    endedAt: null,
    address: '内蒙古包头市稀土高新区某某路 8 号',
    coordinates: null,
    officersPresent: [
      { userId: 'u1', name: '王建国' },
      { userId: 'u2', name: '李敏' },
    ],
    enterprisePeople: [{ name: '张强', role: '厂长' }],
    operatingState: 'partly_stopped',
    workforceSeen: 12,
    findings: '厂区部分生产线停工。',
    signature: { signedBy: null, refusedToSign: false, refusalNote: '' },
    ...overrides,
  };
}
