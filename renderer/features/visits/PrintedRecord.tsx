import type { Asset } from '../../../shared/assets/asset';
import { overSeizureMeter } from '../../../shared/assets/overSeizureMeter';
import { outstandingFen, type Case } from '../../../shared/domain/case';
import { formatYuan } from '../../../shared/domain/money';
import type { Incident } from '../../../shared/visits/incident';
import type { Visit } from '../../../shared/visits/visit';
import { useT } from '../../app/i18n/useT';
import type { Attachment } from '../../../shared/visits/attachment';
import { useDisputedFields } from '../conflicts/useDisputedFields';
import { formatLocal } from '../../app/time/localDateTime';
import classes from './PrintedRecord.module.css';
import { useMeasureText } from '../../app/text/useMeasureText';
import { usePersonText } from '../../app/text/usePersonText';

type Props = {
  visit: Visit;
  caseRecord: Case;
  incidents: readonly Incident[];
  attachments: readonly Attachment[];
  /** The case's ledger: the record lists this visit's items and states the case's value under measure. */
  assets: readonly Asset[];
};

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The on-site record 现场调查笔录 with the seizure inventory 查封清单, as signed on site: times, place, officers,
 * persons present, findings, obstruction incidents and measures, attachments (by hash, so the paper names
 * exactly the files kept), the items under measure with their seal notices and custodians, and the
 * signature lines with room to note a refusal to sign.
 */
export function PrintedRecord({ visit, caseRecord: c, incidents, attachments, assets }: Props) {
  const t = useT();
  const personText = usePersonText();
  const measureText = useMeasureText();
  const items = assets.filter((a) => a.visitId === visit.id);
  const sealed = items.filter((a) => a.measure.kind !== 'none');
  const outstanding = outstandingFen(c);
  const meter = overSeizureMeter(assets, outstanding);
  const respondent = c.respondents[0];
  const blank = <span className={classes.blank}>&nbsp;</span>;
  // Open conflicts on the visit or on the incidents and items it lists make the printed record disputed.
  const disputed = useDisputedFields([visit.id, ...incidents.map((i) => i.id), ...items.map((a) => a.id)]);
  // Punctuation comes from the catalog: the Chinese record reads "描述：…" and "张强、李娟", the English
  // one ": " and ", ".
  const list = t('visits.text.list');
  const labelled = (label: string, value: string) => t('visits.text.labelled', { label, value });
  const respondentNames = c.respondents.map((p) => p.name).join(list);
  const operating = visit.operatingState ? t(`visits.operatingState.${visit.operatingState}`) : '—';

  return (
    <article className={classes.sheet} data-testid="printed-record">
      <p className={classes.court}>{c.courtName}</p>
      <h1 className={classes.title}>{t('visits.print.title')}</h1>
      <p className={classes.number}>{c.caseNumber}</p>
      {disputed.conflicts.length > 0 && (
        <p className={classes.disputed} data-testid="print-disputed">
          {t('visits.text.tagged', {
            tag: t('conflicts.disputed'),
            text: t('conflicts.print.disputed', { fields: disputed.fields }),
          })}
        </p>
      )}
      <table className={classes.grid}>
        <tbody>
          <tr>
            <th>{t('visits.print.time')}</th>
            <td>
              {formatLocal(visit.startedAt)} {t('visits.print.to')}{' '}
              {visit.endedAt ? formatLocal(visit.endedAt) : '____'}
            </td>
          </tr>
          <tr>
            <th>{t('visits.print.place')}</th>
            <td>
              {visit.address}
              {visit.coordinates &&
                ` (${t('visits.print.coordinates', {
                  lat: visit.coordinates.lat.toFixed(5),
                  lng: visit.coordinates.lng.toFixed(5),
                  source: t(
                    visit.coordinates.source === 'device' ? 'visits.log.fromDevice' : 'visits.log.typed',
                  ),
                })})`}
            </td>
          </tr>
          <tr>
            <th>{t('visits.print.applicant')}</th>
            <td>{c.applicants.map((p) => p.name).join(list)}</td>
          </tr>
          <tr>
            <th>{t('visits.print.respondent')}</th>
            <td>
              {respondent?.kind === 'enterprise' && respondent.legalRepresentative
                ? t('visits.text.aside', {
                    text: respondentNames,
                    aside: labelled(t('party.legalRepresentative'), respondent.legalRepresentative),
                  })
                : respondentNames}
            </td>
          </tr>
          <tr>
            <th>{t('visits.print.officers')}</th>
            <td data-testid="print-officers">{visit.officersPresent.map((o) => o.name).join(list) || '—'}</td>
          </tr>
          <tr>
            <th>{t('visits.print.present')}</th>
            <td>{visit.enterprisePeople.map(personText).join(list) || '—'}</td>
          </tr>
          <tr>
            <th>{t('visits.print.operating')}</th>
            <td>
              {visit.workforceSeen === null
                ? operating
                : t('visits.text.thenClause', {
                    text: operating,
                    clause: t('visits.print.workforce', { count: visit.workforceSeen }),
                  })}
            </td>
          </tr>
        </tbody>
      </table>

      <h2 className={classes.section}>{t('visits.print.findings')}</h2>
      <p className={classes.text}>{visit.findings || '—'}</p>

      <h2 className={classes.section}>{t('visits.print.incidents')}</h2>
      {incidents.length === 0 ? (
        <p className={classes.text}>{t('visits.print.noIncidents')}</p>
      ) : (
        incidents.map((inc, i) => (
          <div key={inc.id} data-testid="print-incident">
            <p className={classes.text}>
              <strong>
                {t('visits.print.incidentOrdinal', { n: i + 1, cn: CN_NUMERALS[i] ?? i + 1 })}
                {[formatLocal(inc.occurredAt), inc.place.trim(), t(`visits.incidentKind.${inc.kind}`)]
                  .filter((part) => part !== '')
                  .join(' · ')}
              </strong>
            </p>
            {inc.persons.length > 0 && (
              <p className={classes.text}>
                {labelled(t('visits.incident.persons'), inc.persons.map(personText).join(list))}
              </p>
            )}
            {inc.description && (
              <p className={classes.text}>{labelled(t('visits.incident.description'), inc.description)}</p>
            )}
            {inc.evidence && (
              <p className={classes.text}>{labelled(t('visits.incident.evidence'), inc.evidence)}</p>
            )}
            <p className={classes.text}>
              {labelled(
                t('visits.incident.measures'),
                inc.measures.map(measureText).join(t('visits.text.clauses')) || '—',
              )}
            </p>
            {inc.assistingBodies.length > 0 && (
              <p className={classes.text}>
                {labelled(t('visits.incident.assistingBodies'), inc.assistingBodies.join(list))}
              </p>
            )}
          </div>
        ))
      )}

      <h2 className={classes.section}>{t('visits.print.attachments', { count: attachments.length })}</h2>
      {attachments.length === 0 ? (
        <p className={classes.text}>—</p>
      ) : (
        <table className={`${classes.grid} ${classes.inventory}`}>
          <tbody>
            {attachments.map((a, i) => (
              <tr key={a.id}>
                <td>{i + 1}</td>
                <td>{a.fileName}</td>
                <td>{formatLocal(a.capturedAt)}</td>
                <td className={classes.hash}>SHA-256 {a.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className={classes.section}>{t('visits.print.seizureList')}</h2>
      <p className={classes.text} data-testid="print-inventory-summary">
        {t('visits.print.inventorySummary', {
          total: items.length,
          sealed: sealed.length,
          value: formatYuan(meter.valueUnderMeasureFen),
          outstanding: formatYuan(outstanding),
        })}
      </p>
      {sealed.length > 0 && (
        <table className={`${classes.grid} ${classes.inventory}`} data-testid="print-seizure-list">
          <thead>
            <tr>
              <th>{t('visits.print.col.n')}</th>
              <th>{t('visits.print.col.name')}</th>
              <th>{t('visits.print.col.model')}</th>
              <th>{t('visits.print.col.serial')}</th>
              <th>{t('visits.print.col.quantity')}</th>
              <th>{t('visits.print.col.location')}</th>
              <th>{t('visits.print.col.owner')}</th>
              <th>{t('visits.print.col.value')}</th>
              <th>{t('visits.print.col.measure')}</th>
              <th>{t('visits.print.col.notice')}</th>
              <th>{t('visits.print.col.custodian')}</th>
            </tr>
          </thead>
          <tbody>
            {sealed.map((a, i) => (
              <tr key={a.id}>
                <td>{i + 1}</td>
                <td>{a.class === 'machinery' ? a.name : t(`entity.asset`)}</td>
                <td>{a.class === 'machinery' ? a.model : ''}</td>
                <td>{a.class === 'machinery' ? a.serialNumber : ''}</td>
                <td>{a.class === 'machinery' ? `${a.quantity}${a.unit}` : ''}</td>
                <td>{a.class === 'machinery' ? a.location : ''}</td>
                <td>{t(`visits.ownerClass.${a.ownerClass}`)}</td>
                <td className={classes.num}>{a.valuation ? formatYuan(a.valuation.valueFen) : '—'}</td>
                <td>{t(`visits.assetMeasure.${a.measure.kind}`)}</td>
                <td>{a.measure.sealNoticeNumber}</td>
                <td>{a.measure.custodian}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section className={classes.signatures}>
        <div className={classes.signLine}>
          <span>{t('visits.print.signOfficers')}</span>
          {blank}
          {blank}
        </div>
        <div className={classes.signLine}>
          <span>{t('visits.print.signPresent')}</span>
          <span className={classes.blank} data-testid="print-signed-by">
            {visit.signature.signedBy ?? '\u00a0'}
          </span>
        </div>
        <div className={classes.signLine}>
          <span>{t('visits.print.refusal')}</span>
          <span className={classes.blank} style={{ flex: 1 }} data-testid="print-refusal">
            {visit.signature.refusedToSign
              ? t('visits.print.refused', { note: visit.signature.refusalNote || '—' })
              : '\u00a0'}
          </span>
        </div>
        <div className={classes.signLine}>
          <span>{t('visits.print.recorder')}</span>
          {blank}
          <span>{t('visits.print.date')}</span>
          {blank}
        </div>
      </section>
      <p className={classes.footer}>
        {t('visits.print.footer', { id: visit.id, state: t(`visits.state.${visit.state}`) })}
      </p>
    </article>
  );
}
