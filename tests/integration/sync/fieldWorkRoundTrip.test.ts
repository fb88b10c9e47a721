import { describe, expect, it } from 'vitest';
import type { AssetMeasure } from '../../../shared/assets/assetMeasure';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import { reconcileCarryForward } from '../../../shared/assets/reconcileCarryForward';
import type { Case } from '../../../shared/domain/case';
import type { Visit } from '../../../shared/visits/visit';
import { newId } from '../../../renderer/data/newId';
import type { AppDevice } from './support/openAppDevice';
import { useOfficerAndLead } from './support/useOfficerAndLead';
import { makeMachinery } from '../../../shared/assets/testing/makeAsset';

const SEAL: AssetMeasure = {
  kind: 'live_seal',
  sealNoticeNumber: '（2025）内0203执1234号之一',
  custodian: '张强',
  thirdPartyJustification: null,
};

/** A draft visit as the visit screen starts it. */
function startVisit(device: AppDevice, theCase: Case, startedAt: string): Promise<Visit> {
  return device.repos.visits.create(device.ctx, {
    id: newId(),
    caseId: theCase.id,
    state: 'draft',
    startedAt,
    endedAt: null,
    address: `${theCase.respondents[0]!.name} 厂区`,
    coordinates: null,
    officersPresent: [device.officer],
    enterprisePeople: [],
    operatingState: null,
    workforceSeen: null,
    findings: '',
    signature: { signedBy: null, refusedToSign: false, refusalNote: '' },
  });
}

/** A new inventory grid row as the panel builds it: typed identity, no measure yet. */
function lathe(visit: Visit): MachineryAsset {
  return makeMachinery({ id: newId(), caseId: visit.caseId, visitId: visit.id });
}

describe('inventory, seals and possible-transfer flags between two app installations', () => {
  const t = useOfficerAndLead();

  it('an inventory row, its seal and a possible-transfer flag written by the officer reach the lead intact', async () => {
    const { officer, lead, syncClean, server } = t;
    const theCase = await t.newCase();

    // First visit: the lathe is recorded, then sealed (live seal) with its notice and custodian.
    const first = await startVisit(officer, theCase, '2025-06-03T09:00:00+08:00');
    const [row] = await officer.repos.assets.createMany(officer.ctx, [lathe(first)]);
    const sealed = await officer.repos.assets.update(officer.ctx, row!.id, { measure: SEAL });
    // Second visit: carry-forward finds the lathe gone, which raises the flag (domain rule 8).
    const second = await startVisit(officer, theCase, '2025-06-10T09:00:00+08:00');
    const previous = (await officer.repos.assets.listForVisit(first.id)).filter(
      (a): a is MachineryAsset => a.class === 'machinery',
    );
    const outcome = reconcileCarryForward(previous, [{ assetId: sealed.id, mark: 'missing' }], {
      visitId: second.id,
      newId,
    });
    const { flags } = await officer.repos.assets.carryForward(officer.ctx, outcome, newId);
    expect(flags).toHaveLength(1);
    const flag = flags[0]!;

    await syncClean(officer);
    await syncClean(lead);

    // The court server stored both records (nothing refused, see syncClean) with the values as written.
    const stored = await server.sql.query<{ entity: string; id: string; data: unknown }>(
      'SELECT entity, id, data FROM child_record WHERE case_id = $1 AND entity IN ($2, $3) ORDER BY entity',
      [theCase.id, 'asset', 'possibleTransferFlag'],
    );
    expect(stored).toEqual([
      { entity: 'asset', id: sealed.id, data: sealed },
      { entity: 'possibleTransferFlag', id: flag.id, data: flag },
    ]);

    expect(await lead.repos.assets.listForCase(theCase.id)).toEqual([sealed]);
    expect(sealed.measure).toEqual(SEAL);
    expect(await lead.repos.assets.flagsForCase(theCase.id)).toEqual([flag]);
    expect(flag).toMatchObject({
      code: 'asset.possibleTransfer',
      assetId: sealed.id,
      lastSeenVisitId: first.id,
      detectedOnVisitId: second.id,
      identity: { name: '数控车床', serialNumber: 'SY2018-0457', quantity: 1, location: '一号车间' },
      measureKind: 'live_seal',
    });
    // And the officer's own rows, now the server's versions after the pull, are unchanged.
    expect(await officer.repos.assets.listForCase(theCase.id)).toEqual([sealed]);
    expect(await officer.repos.assets.flagsForCase(theCase.id)).toEqual([flag]);
  });
});
