import { describe, expect, it } from 'vitest';
import type { AssetMeasure } from '../../../shared/assets/assetMeasure';
import type { Case } from '../../../shared/domain/case';
import { reminderDue } from '../../../shared/legalCalendar/reminderDue';
import { renewMeasure } from '../../../shared/legalCalendar/renewMeasure';
import type { Visit } from '../../../shared/visits/visit';
import { makeMachinery } from '../../../shared/assets/testing/makeAsset';
import { newId } from '../../../renderer/data/newId';
import type { AppDevice } from './support/openAppDevice';
import { useOfficerAndLead } from './support/useOfficerAndLead';

/** A live seal with the legal calendar's fields: served 2025-01-10, our own first seizure, term unstated. */
const DATED_SEAL: AssetMeasure = {
  kind: 'live_seal',
  sealNoticeNumber: '（2025）内0203执1234号之一',
  custodian: '张强',
  thirdPartyJustification: null,
  startDate: '2025-01-10',
  queue: { position: 'first' },
};

function startVisit(device: AppDevice, theCase: Case): Promise<Visit> {
  return device.repos.visits.create(device.ctx, {
    id: newId(),
    caseId: theCase.id,
    state: 'draft',
    startedAt: '2025-01-10T09:00:00+08:00',
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

describe('a dated measure and its renewal between two app installations', () => {
  const t = useOfficerAndLead();

  it('the start date, queue place and a renewal written by the officer reach the lead and the court server intact', async () => {
    const { officer, lead, syncClean, server } = t;
    const theCase = await t.newCase();
    const visit = await startVisit(officer, theCase);
    const [row] = await officer.repos.assets.createMany(officer.ctx, [
      makeMachinery({ id: newId(), caseId: theCase.id, visitId: visit.id }),
    ]);
    const sealed = await officer.repos.assets.update(officer.ctx, row!.id, { measure: DATED_SEAL });
    await syncClean(officer);
    await syncClean(lead);
    // Ten days before the last day (2027-01-09) both devices remind the same way.
    expect(reminderDue((await lead.repos.assets.get(sealed.id))!, '2026-12-30')).toMatchObject({
      kind: 'due',
      daysLeft: 10,
    });

    const renewal = renewMeasure(sealed, {
      renewedOn: '2026-12-30',
      termMonths: 24,
      noticeNumber: '（2026）内0203执1234号之二',
    });
    expect(renewal.ok).toBe(true);
    if (!renewal.ok) return;
    const renewed = await officer.repos.assets.update(officer.ctx, sealed.id, { measure: renewal.measure });
    await syncClean(officer);
    await syncClean(lead);

    const stored = await server.sql.query<{ data: unknown }>(
      'SELECT data FROM child_record WHERE entity = $1 AND id = $2',
      ['asset', sealed.id],
    );
    expect(stored).toEqual([{ data: renewed }]);
    const onLead = await lead.repos.assets.get(sealed.id);
    expect(onLead).toEqual(renewed);
    expect(onLead!.measure).toEqual({
      ...DATED_SEAL,
      renewals: [{ renewedOn: '2026-12-30', termMonths: 24, noticeNumber: '（2026）内0203执1234号之二' }],
    });
    // The renewal cleared the reminder on the lead's device too.
    expect(reminderDue(onLead!, '2026-12-30')).toEqual({ kind: 'none' });
  });
});
