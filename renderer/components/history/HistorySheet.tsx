import type { HistoryEntryView } from './historyEntryView';
import classes from './HistorySheet.module.css';

/** One record of the case in the printed history, with its chain check. */
export type HistorySheetRecord = {
  key: string;
  title: string;
  verification: { isIntact: boolean; text: string };
  entries: readonly HistoryEntryView[];
};

type Props = {
  title: string;
  caseNumber: string;
  meta: readonly string[];
  summary: { isIntact: boolean; text: string };
  records: readonly HistorySheetRecord[];
  footer: string;
  labels: {
    version: string;
    time: string;
    author: string;
    changes: string;
    serverTime: string;
    deviceTime: string;
    /** What joins a label to its value: "：" in Chinese, ": " in English. */
    colon: string;
  };
};

/**
 * The printable history of a case: every record, every version oldest first, each change as
 * "field: from → to", with each record's hash-chain verdict and the hash of every version.
 */
export function HistorySheet({ title, caseNumber, meta, summary, records, footer, labels }: Props) {
  return (
    <article className={classes.sheet} data-testid="history-sheet">
      <h1 className={classes.title}>{title}</h1>
      <p className={classes.number}>{caseNumber}</p>
      {meta.map((line) => (
        <p key={line} className={classes.meta}>
          {line}
        </p>
      ))}
      <p className={`${classes.summary} ${summary.isIntact ? '' : classes.broken}`}>{summary.text}</p>
      {records.map((record) => (
        <section key={record.key} data-testid="history-sheet-record">
          <h2 className={classes.record}>{record.title}</h2>
          <p className={`${classes.meta} ${record.verification.isIntact ? '' : classes.broken}`}>
            {record.verification.text}
          </p>
          <table className={classes.grid}>
            <thead>
              <tr>
                <th className={classes.colVersion}>{labels.version}</th>
                <th className={classes.colTime}>{labels.time}</th>
                <th className={classes.colAuthor}>{labels.author}</th>
                <th>{labels.changes}</th>
              </tr>
            </thead>
            <tbody>
              {record.entries.map((entry) => (
                <tr key={entry.key}>
                  <td>
                    {entry.version}
                    <br />
                    {entry.action}
                  </td>
                  <td>
                    {labels.serverTime}
                    {labels.colon}
                    {entry.serverTime}
                    {entry.deviceTime !== null && (
                      <>
                        <br />
                        {labels.deviceTime}
                        {labels.colon}
                        {entry.deviceTime}
                      </>
                    )}
                  </td>
                  <td>
                    {entry.author}
                    {entry.device !== null && (
                      <>
                        <br />
                        {entry.device}
                      </>
                    )}
                  </td>
                  <td>
                    {entry.reason !== null && <p className={classes.change}>{entry.reason}</p>}
                    {entry.deletion !== null && <p className={classes.change}>{entry.deletion}</p>}
                    {entry.changes.map((change) =>
                      // A first version has nothing to change from: it states what the record began with.
                      entry.isCreation ? (
                        <p key={change.key} className={classes.change}>
                          {change.label}
                          {labels.colon}
                          {change.after}
                        </p>
                      ) : (
                        <p key={change.key} className={classes.change}>
                          {change.label}
                          {labels.colon}
                          <span className={classes.from}>{change.before}</span> → {change.after}
                        </p>
                      ),
                    )}
                    {entry.changes.length === 0 && entry.changesSummary !== null && (
                      <p className={classes.change}>{entry.changesSummary}</p>
                    )}
                    <p className={classes.hash}>{entry.hash}</p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className={classes.footer}>{footer}</p>
    </article>
  );
}
