import type { ReactNode } from 'react';
import { formatDate } from '../../lib/i18n';
import type { ImportPreview } from '../../lib/import/prepare';
import { formatDiagnostic } from '../../lib/parse/diagnostics';
import { useLang, useT } from '../i18n';

/** Present or absent attendees of a previewed meeting, folded under a summary with their count. */
function AttendeeList({ summary, attendees }: { summary: string; attendees: ImportPreview['present'] }) {
  return (
    <li>
      <details>
        <summary>{summary}</summary>
        <ul className="ml-attendee-list">
          {attendees.map((a, i) => (
            <li key={i}>
              {a.name} <span className="ml-muted">{a.role}</span>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** One file's preview before saving: the meeting, who was there, how many remarks, and what the parser could not read. */
export function ImportPreviewCard({ preview: p, children }: { preview: ImportPreview; children?: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const problems = p.diagnostics.filter((d) => d.severity !== 'info');
  return (
    <article className="ml-import-preview" data-meeting-id={p.meetingId} data-status={p.status} aria-label={p.file}>
      <p className="ml-card-kind">
        <strong>{p.file}</strong>{' '}
        <span className="ml-muted">
          {[p.kind.toUpperCase(), p.pages !== undefined ? t('impPages', { n: p.pages }) : '', p.encoding ?? ''].filter(Boolean).join(' · ')}
        </span>
      </p>
      <h3 className="ml-card-title">
        {p.body} {p.title || t('meetingNumber', { n: p.number })}
      </h3>
      <dl className="ml-facts">
        <dt>{t('spDate')}</dt>
        <dd>
          <time dateTime={p.date}>{formatDate(p.date, lang)}</time>
          {p.start && ` ${p.start}${p.end ? `–${p.end}` : ''}`}
        </dd>
        {p.venue && (
          <>
            <dt>{t('spVenue')}</dt>
            <dd>{p.venue}</dd>
          </>
        )}
      </dl>
      <p className={p.status === 'partial' ? 'ml-import-partial' : 'ml-muted'} role={p.status === 'partial' ? 'note' : undefined}>
        {p.status === 'partial' ? t('impPartial') : t('impComplete')}
        {` ${t('impConfidence', { pct: Math.round(p.confidence * 100) })}`}
        {p.missing.length > 0 && ` ${t('impMissing', { parts: p.missing.join(', ') })}`}
      </p>
      <ul className="ml-import-facts">
        <li className="ml-import-remarks" data-count={p.remarks}>
          {t('impRemarks', { n: p.remarks })}
        </li>
        <AttendeeList summary={t('impPresent', { n: p.present.length })} attendees={p.present} />
        {p.absent.length > 0 && <AttendeeList summary={t('impAbsent', { n: p.absent.length })} attendees={p.absent} />}
        <li>
          {p.unresolved.length === 0 ? (
            <span className="ml-muted">{t('impUnresolvedNone')}</span>
          ) : (
            <>
              {t('impUnresolved')}: {p.unresolved.map((u) => `${u.label}（${u.remarks}）`).join('、')}
            </>
          )}
        </li>
        {p.notes > 0 && <li className="ml-muted">{t('impNotes', { n: p.notes })}</li>}
      </ul>
      {problems.length > 0 && (
        <details className="ml-import-diagnostics" open={p.status === 'partial'}>
          <summary>{t('impDiagnostics', { n: problems.length })}</summary>
          <ul>
            {problems.map((d, i) => (
              <li key={i} data-severity={d.severity}>
                <code>{formatDiagnostic(d)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </article>
  );
}
