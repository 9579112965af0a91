/**
 * The corpus data contract (shared/PRODUCT.md, "The corpus"). `npm run parse` prints a Corpus; the build bundles one as
 * `public/corpus.json`. Field names in the contract are fixed; fields marked "extra" are ours and may grow.
 */

export interface Corpus {
  version: string;
  /** extra: ISO date of the newest meeting, shown to readers as the data's date */
  dataDate?: string;
  meetings: Meeting[];
  people: Person[];
  remarks: Remark[];
  terms: Term[];
}

export type AttendeeGroup = '本部員' | '閣僚' | '政府側' | '事務局' | '委員' | 'オブザーバ';

export interface Attendee {
  personId: string;
  role: string;
  group?: AttendeeGroup;
  absent: boolean;
}

export type AgendaKind = '決定事項' | '討議事項' | '報告事項';

export interface AgendaItem {
  /** one of AgendaKind as a rule, any heading the minutes use otherwise (`& Record<never, never>` keeps the suggestions) */
  kind: AgendaKind | (string & Record<never, never>);
  title: string;
}

export interface Meeting {
  id: string;
  body: string;
  number: number;
  title: string;
  date: string;
  start?: string;
  end?: string;
  venue: string;
  source: string;
  attendees: Attendee[];
  agenda: AgendaItem[];
  /** extra: the numbered sections in order, e.g. "(1) 本部長冒頭挨拶" → { number: 1, title: "本部長冒頭挨拶" } */
  sections?: { number: number; title: string }[];
  /** extra: procedural notes kept verbatim, e.g. "(「異議なし」と声あり)" */
  notes?: string[];
  /** extra: organisations and posts listed among the attendees without a person's name ("警察庁", "内閣危機管理監") */
  otherAttendees?: { text: string; kind: 'organisation' | 'post' | 'unread'; group?: AttendeeGroup }[];
}

export interface Person {
  id: string;
  /** no spaces: 村井純 */
  name: string;
  /** kana reading of the full name, katakana or hiragana */
  reading?: string;
  /** Hepburn romaji, family name first: "Murai Jun" */
  romaji?: string;
  aliases: string[];
  /** extra: family name as printed, e.g. 村井 */
  surname?: string;
  /** extra: given name, e.g. 純 */
  givenName?: string;
  /** extra: English order, given name first: "Jun Murai" */
  nameEn?: string;
  /**
   * extra: the name is incomplete: 'surname-only' (an absent member named only as "遠藤本部員"; `name` is the surname)
   * or 'unsplit' (printed in one piece, "安藤伊佐夫": where surname and given name part is not known). Recognition must
   * not light up such a name on its own.
   */
  partial?: 'surname-only' | 'unsplit';
}

export interface Remark {
  id: string;
  meetingId: string;
  order: number;
  section: string;
  speakerId: string | null;
  speakerLabel: string;
  written?: boolean;
  text: string;
}

export interface Term {
  id: string;
  label: string;
  aliases: string[];
  en?: string;
  definition?: string;
  remarkIds: string[];
  /** extra: kana reading of the label (のうどうてきさいばーぼうぎょ), so the popup finds kanji terms by kana and romaji */
  reading?: string;
  /** extra: where the term came from */
  source?: 'glossary' | 'annotation' | 'expansion' | 'title' | 'acronym' | 'compound';
}
