import type { PersonAppearance } from '../../lib/corpus/views';
import { formatDate } from '../../lib/i18n';
import { roleLabel } from '../../lib/translations';
import { useLang, useT } from '../i18n';

const WIDTH = 360;
const HEIGHT = 64;
const PAD = 18;
const AXIS_Y = 26;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * A person's appearances on a time axis: a filled dot where they attended, a hollow one where they were listed but
 * absent, with the role in each dot's tooltip and accessible name. The roles as text are in the PersonCard above.
 */
export function Timeline({ appearances }: { appearances: readonly PersonAppearance[] }) {
  const t = useT();
  const lang = useLang();
  if (appearances.length === 0) return null;
  const days = appearances.map((a) => dayNumber(a.meeting.date));
  const firstYear = Number(appearances[0].meeting.date.slice(0, 4));
  const lastYear = Number(appearances[appearances.length - 1].meeting.date.slice(0, 4)) + 1;
  const start = Math.min(dayNumber(`${firstYear}-01-01`), ...days);
  const end = Math.max(dayNumber(`${lastYear}-01-01`), ...days);
  const x = (day: number) => PAD + ((day - start) / Math.max(1, end - start)) * (WIDTH - 2 * PAD);
  const years: number[] = [];
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 6));
  for (let y = firstYear; y <= lastYear; y += step) years.push(y);

  return (
    <figure className="ml-timeline">
      <figcaption className="ml-section-title">{t('spTimeline')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('spTimeline')} className="ml-timeline-svg">
        <line x1={PAD} x2={WIDTH - PAD} y1={AXIS_Y} y2={AXIS_Y} className="ml-timeline-axis" />
        {years.map((y) => {
          const at = x(dayNumber(`${y}-01-01`));
          return (
            <g key={y}>
              <line x1={at} x2={at} y1={AXIS_Y - 4} y2={AXIS_Y + 4} className="ml-timeline-axis" />
              <text x={at} y={HEIGHT - 6} textAnchor="middle" className="ml-timeline-year">
                {y}
              </text>
            </g>
          );
        })}
        {appearances.map((a, i) => {
          const label = `${formatDate(a.meeting.date, lang)} ${roleLabel(a.role, lang)}${a.absent ? ` (${t('absent')})` : ''}`;
          return (
            <g key={a.meeting.id} role="img" aria-label={label}>
              <title>{label}</title>
              <circle cx={x(days[i])} cy={AXIS_Y} r={6} className={a.absent ? 'ml-timeline-dot ml-timeline-absent' : 'ml-timeline-dot'} />
              <text x={x(days[i])} y={AXIS_Y - 10} textAnchor="middle" className="ml-timeline-label">
                {t('meetingNumber', { n: a.meeting.number })}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
