import type { ReactNode } from 'react';
import type { RemarkView } from '../lib/corpus/views';
import type { TextRange } from '../lib/lookup/ranges';
import { RemarkItem } from './RemarkItem';
import { useT } from './i18n';

export interface RemarkListProps {
  /** in the order to show them (the query layer returns newest first) */
  remarks: readonly RemarkView[];
  /** accessible name of the list */
  label: string;
  /** show at most this many */
  limit?: number;
  /** words to mark in every snippet (a person's name, a term and its synonyms) */
  needles?: readonly string[];
  /** exact ranges to mark per remark, when the caller has them (search results) */
  rangesFor?: (view: RemarkView) => readonly TextRange[];
  maxLength?: number;
  onOpen?: (view: RemarkView) => void;
  actionsFor?: (view: RemarkView) => ReactNode;
}

/** Remarks as an ordered list of RemarkItems, or a short note when there are none. */
export function RemarkList({ remarks, label, limit, needles, rangesFor, maxLength, onOpen, actionsFor }: RemarkListProps) {
  const t = useT();
  if (remarks.length === 0) return <p className="ml-muted">{t('noRemarks')}</p>;
  const shown = limit === undefined ? remarks : remarks.slice(0, limit);
  return (
    <ol className="ml-remarks" aria-label={label}>
      {shown.map((view) => (
        <RemarkItem
          key={view.remark.id}
          view={view}
          needles={needles}
          ranges={rangesFor?.(view)}
          maxLength={maxLength}
          onOpen={onOpen}
          actions={actionsFor?.(view)}
        />
      ))}
    </ol>
  );
}
