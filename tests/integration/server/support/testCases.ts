import { randomBytes } from 'node:crypto';
import type { Case } from '../../../../shared/domain/case';
import { generateDemoCourt } from '../../../../shared/demo/generateDemoCourt';
import { uuidv7 } from '../../../../shared/ids/uuidv7';

const templates = generateDemoCourt({
  seed: 'server-tests',
  caseCount: 60,
  now: new Date('2025-06-30T00:00:00Z'),
}).cases;
let sequence = Math.floor(Math.random() * 100_000);

/**
 * A valid, unique, open case for `teamId` (parties and claim borrowed from the demo generator, so every
 * credit code and ID number is real-looking and valid). Case numbers never repeat within a test process.
 */
export function makeCase(teamId: string, overrides: Partial<Case> = {}): Case {
  sequence += 1;
  const template = templates[sequence % templates.length]!;
  return {
    ...template,
    id: uuidv7(Date.now(), randomBytes(10)),
    caseNumber: `（2025）内0203执${sequence}号`,
    status: 'enforcing',
    closingMode: null,
    closedOn: null,
    teamId,
    officers: [],
    notes: '',
    isDemo: false,
    recoveredFen: 0,
    ...overrides,
  };
}
