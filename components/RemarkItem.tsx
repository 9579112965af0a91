import type { ReactNode } from 'react';
import type { RemarkView } from '../lib/corpus/views';
import { type TextRange, findRanges } from '../lib/lookup/ranges';
import { CorpusDate } from './CorpusDate';
import { MeetingName } from './MeetingName';
import { Origin } from './Origin';
import { Snippet } from './Snippet';
import { personName, roleLabel, speakerLabelText } from '../lib/translations';
import { useLang, useT } from './i18n';

export interface RemarkItemProps {
  view: RemarkView;
  /** ranges of the remark text to mark; when absent, every occurrence of `needles` is marked */
  ranges?: readonly TextRange[];
  needles?: readonly string[];
  /** longest snippet shown, in characters */
  maxLength?: number;
  /** makes the meeting name a button that opens the full remark */
  onOpen?: (view: RemarkView) => void;
  /** extra controls at the end of the item (copy citation, bookmark) */
  actions?: ReactNode;
}

/** One remark as a list item: speaker, role at that meeting, meeting and date, and a snippet with the matches marked. */
export function RemarkItem({ view, ranges, needles = [], maxLength, onOpen, actions }: RemarkItemProps) {
  const t = useT();
  const lang = useLang();
  const { remark, meeting, speaker, role } = view;
  const marks = ranges ?? findRanges(remark.text, needles);
  const meetingName = <MeetingName meeting={meeting} />;
  return (
    <li className="ml-remark" data-remark-id={remark.id}>
      <div className="ml-remark-head">
        <span className="ml-remark-speaker">
          {speaker ? personName(speaker, lang) : remark.speakerLabel ? speakerLabelText(remark.speakerLabel, lang) : t('unknownSpeaker')}
        </span>
        {role && <span className="ml-remark-role">{roleLabel(role, lang)}</span>}
        {remark.written && <span className="ml-badge">{t('written')}</span>}
      </div>
      <div className="ml-remark-meta">
        {onOpen ? (
          <button type="button" className="ml-remark-open" onClick={() => onOpen(view)}>
            {meetingName}
          </button>
        ) : (
          meetingName
        )}
        <CorpusDate date={meeting.date} />
        <Origin meeting={meeting} />
      </div>
      <Snippet text={remark.text} ranges={marks} maxLength={maxLength} />
      {actions && <div className="ml-remark-actions">{actions}</div>}
    </li>
  );
}
