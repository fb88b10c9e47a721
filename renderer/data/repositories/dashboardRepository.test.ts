import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeTeamFigures } from '../../../shared/reports/teamFigures';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb, type FieldWritDb } from '../db';
import type { TransferFlagRow } from '../rows';
import { makeCase } from '../testing/makeCase';

let db: FieldWritDb;
let repos: Repositories;

beforeEach(async () => {
  db = await openDb(`dashboard-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  repos = createRepositories(db);
});

const conflict = (id: string): SyncConflict => ({
  id,
  entity: 'case',
  entityId: 'case-1',
  caseId: 'case-1',
  kind: 'field',
  field: 'notes',
  base: '',
  mine: '甲',
  theirs: '乙',
  mineBy: { authorUserId: 'u1', deviceId: 'd1', mutationId: 'm1' },
  theirsBy: { authorUserId: 'u2', deviceId: 'd2', mutationId: 'm2' },
  openedSeq: 7,
  openedAt: '2025-05-01T02:00:00.000Z',
});

const flag = (id: string, flaggedAt: string): TransferFlagRow => ({
  code: 'asset.possibleTransfer',
  id,
  flaggedAt,
  caseId: 'case-1',
  assetId: `asset-${id}`,
  lastSeenVisitId: 'v1',
  detectedOnVisitId: 'v2',
  identity: {
    name: '数控车床',
    model: 'CK6150',
    manufacturer: '沈阳机床',
    serialNumber: `SY-${id}`,
    quantity: 1,
    unit: '台',
    location: '一号车间',
  },
  measureKind: 'none',
  baseSeq: 3,
});

describe('dashboardRepository', () => {
  it('reads an empty device as no facts', async () => {
    expect(await repos.dashboard.teamFacts()).toEqual({
      cases: [],
      visits: [],
      transferFlags: [],
      openConflicts: 0,
    });
  });

  it('reads cases, visits, flags and open conflicts, slimmed to what the figures use', async () => {
    await repos.cases.putReceived(
      [
        makeCase(1, { acceptedOn: '2025-02-01' }),
        makeCase(2, {
          type: 'resumed',
          acceptedOn: '2025-01-10',
          status: 'closed',
          closingMode: 'settlement',
          closedOn: '2025-04-04',
          recoveredFen: 5_000_000_01,
        }),
        makeCase(3, { acceptedOn: '2024-08-08' }),
      ],
      null,
    );
    await db.visits.bulkPut([
      { ...makeVisit({ id: 'v1', caseId: 'case-1' }), baseSeq: 1 },
      { ...makeVisit({ id: 'v2', caseId: 'case-1', state: 'returned' }), baseSeq: 2 },
    ]);
    await db.transferFlags.bulkPut([
      flag('f1', '2025-06-03T01:00:00.000Z'),
      flag('f2', '2024-06-03T01:00:00.000Z'),
    ]);
    await db.conflicts.bulkPut([conflict('c1'), conflict('c2')]);

    const facts = await repos.dashboard.teamFacts();
    expect(facts.cases).toHaveLength(3);
    expect(facts.cases).toContainEqual({
      type: 'resumed',
      acceptedOn: '2025-01-10',
      closedOn: '2025-04-04',
      closingMode: 'settlement',
      recoveredFen: 5_000_000_01,
    });
    // Slim: no parties, no claim, no sync bookkeeping.
    expect(Object.keys(facts.cases[0]!).sort()).toEqual([
      'acceptedOn',
      'closedOn',
      'closingMode',
      'recoveredFen',
      'type',
    ]);
    expect(facts.visits).toContainEqual({
      state: 'returned',
      startedAt: '2025-06-03T09:00:00+08:00',
      officersPresent: makeVisit().officersPresent,
    });
    expect(facts.transferFlags).toHaveLength(2);
    expect(facts.openConflicts).toBe(2);

    const figures = computeTeamFigures(facts, { kind: 'half', year: 2025, index: 1 }, (iso) =>
      new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10),
    );
    expect(figures.total).toMatchObject({ accepted: 2, closed: 1, recoveredFen: 5_000_000_01 });
    expect(figures.byType.resumed.averageDaysToClose).toBe(84);
    expect(figures.visitsByOfficer.map((o) => o.visits)).toEqual([2, 2]);
    expect(figures.returnedVisitsWaiting).toBe(1);
    expect(figures.transferFlagsInPeriod).toBe(1);
    expect(figures.openConflicts).toBe(2);
  });
});
