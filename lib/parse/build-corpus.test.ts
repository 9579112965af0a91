import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/types';
import { loadNodeTokenizer, type Tokenizer } from '../people/node-tokenizer';
import { extractTerms } from '../terms/extract-terms';
import { buildCorpus, type BuildResult } from './build-corpus';
import { readSeed, SEED_FILES } from './seed-files';

let tokenizer: Tokenizer;
let built: BuildResult;
let corpus: Corpus;

const all = () => SEED_FILES.map((file) => ({ file, text: readSeed(file) }));

beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
  built = await buildCorpus(all(), { tokenizer, terms: (c) => extractTerms(c, tokenizer) });
  corpus = built.corpus;
}, 60_000);

const person = (name: string) => corpus.people.find((p) => p.name === name)!;
const nameOf = (id: string | null) => (id === null ? null : corpus.people.find((p) => p.id === id)!.name);
const appearances = (name: string) =>
  corpus.meetings.flatMap((m) => m.attendees.filter((a) => a.personId === person(name).id).map((a) => `${m.id}:${a.role}${a.absent ? ' (absent)' : ''}`));

describe('corpus from the four seeds', () => {
  it('holds the four meetings, oldest first, with the newest date as the data date', () => {
    expect(corpus.meetings.map((m) => m.id)).toEqual(['hq-001', 'hq-034', 'hq-036', 'council-001']);
    expect(corpus.dataDate).toBe('2025-09-19');
    expect(corpus.remarks).toHaveLength(126);
  });

  it('has one person per distinct name, however many meetings they attended', () => {
    const names = corpus.people.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    // 75 named people and 遠藤, the absent 本部員 of 2022 and 2023 known only by surname
    expect(names).toHaveLength(76);
    expect(appearances('村井純')).toEqual(['hq-001:慶應義塾大学教授', 'hq-034:慶應義塾大学教授', 'hq-036:慶應義塾大学教授']);
    expect(appearances('後藤厚宏')).toEqual([
      'hq-034:情報セキュリティ大学院大学学長',
      'hq-036:情報セキュリティ大学院大学学長',
      'council-001:情報セキュリティ大学院大学 教授【議長】',
    ]);
  });

  it('keeps people who share a surname apart', () => {
    const ids = ['中谷元', '中谷和弘', '林紘一郎', '林芳正', '岸信夫', '岸信千世', '岸田文雄'].map((n) => person(n).id);
    expect(new Set(ids).size).toBe(7);
    expect(person('中谷元').id).toBe('p-nakatani-gen');
    expect(person('中谷和弘').id).toBe('p-nakatani-kazuhiro');
  });

  it('resolves the absent minister of 2023 through the person known from 2015, with her written statement', () => {
    expect(appearances('高市早苗')).toEqual(['hq-001:総務大臣', 'hq-036:経済安全保障担当大臣 (absent)']);
    const statement = corpus.remarks.find((r) => r.meetingId === 'hq-036' && r.speakerLabel === '高市経済安全保障担当大臣')!;
    expect(statement).toMatchObject({ speakerId: 'p-takaichi-sanae', written: true });
  });

  it('resolves absent members named only in a note when exactly one expert of that surname is known', () => {
    expect(appearances('田中孝司')).toEqual(['hq-034:本部員 (absent)', 'hq-036:KDDI（株）代表取締役会長']);
    expect(appearances('土屋大洋')).toEqual(['hq-036:本部員 (absent)', 'council-001:慶應義塾大学大学院政策・メディア研究科 教授']);
  });

  it('does not turn the absent 遠藤本部員 into 遠藤紘一, an official of 2015, but keeps him absent, known by surname only', () => {
    expect(appearances('遠藤紘一')).toEqual(['hq-001:内閣情報通信政策監']);
    const warnings = built.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => `${d.file}:${d.line}`)).toEqual(['hq-034-2022-06-17.txt:32', 'hq-036-2023-07-04.txt:31']);
    expect(warnings[0].message).toMatch(/^absent "遠藤本部員" not identified with a known person \(the only 遠藤紘一 .*\); kept as an absent attendee known only by the surname 遠藤$/);
    expect(person('遠藤')).toMatchObject({ id: 'p-endo', name: '遠藤', surname: '遠藤', reading: 'エンドウ', partial: 'surname-only', aliases: [] });
    expect(person('遠藤').givenName).toBeUndefined();
    expect(appearances('遠藤')).toEqual(['hq-034:本部員 (absent)', 'hq-036:本部員 (absent)']);
    expect(corpus.meetings[1].notes).toContain('（※遠藤本部員及び田中本部員はご欠席。）');
  });

  it('links every named speaker of the four meetings to a person; only the anonymous committee bullets have none', () => {
    const unlinked = corpus.remarks.filter((r) => r.speakerId === null);
    expect(unlinked).toHaveLength(69);
    expect(unlinked.every((r) => r.meetingId === 'council-001' && r.speakerLabel === '委員')).toBe(true);
    expect(corpus.remarks.filter((r) => r.meetingId === 'hq-036').map((r) => nameOf(r.speakerId))).toEqual([
      '松野博一', '谷公一', '上沼紫野', '後藤厚宏', '酒井啓亘', '櫻井敬子', '田中孝司', '松原実穂子', '村井純', '谷公一',
      '谷公一', '高市早苗', '大串正樹', '柘植芳文', '山田賢司', '太田房江', '木村次郎', '谷公一', '谷公一', '松野博一',
    ]);
    expect(corpus.remarks.filter((r) => r.meetingId === 'council-001' && r.speakerId).map((r) => nameOf(r.speakerId))).toEqual([
      '平将明', '木村公彦', '平将明', '岸信千世', '平将明',
    ]);
  });

  it('gives people readings, Hepburn romaji, English name order and the aliases readers meet', () => {
    expect(person('村井純')).toMatchObject({
      id: 'p-murai-jun',
      reading: 'ムライジュン',
      romaji: 'Murai Jun',
      nameEn: 'Jun Murai',
      surname: '村井',
      givenName: '純',
      aliases: ['村井 純', 'Murai Jun', 'Jun Murai'],
    });
    expect(person('平将明')).toMatchObject({ id: 'p-taira-masaaki', nameEn: 'Masaaki Taira' });
    expect(person('高市早苗').nameEn).toBe('Sanae Takaichi');
    expect(person('安倍晋三').aliases).toEqual(['安倍 晋三', 'Abe Shinzo', 'Shinzo Abe', 'Abe Shinzou', 'Shinzou Abe']);
    expect(person('山口俊一').nameEn).toBe('Shunichi Yamaguchi');
  });

  it('leaves without a reading only the names no dictionary or checked source could read, and reports them', () => {
    expect(corpus.people.filter((p) => !p.reading).map((p) => p.name).sort()).toEqual(['門松貴', '齐田幸雄'].sort());
    expect(person('齐田幸雄').id).toBe('p-9f50-7530-yukio');
    expect(built.diagnostics.filter((d) => d.message.startsWith('no reading')).map((d) => `${d.file}:${d.line}`).sort()).toEqual([
      'council-001-2025-09-19.txt:37',
      'council-001-2025-09-19.txt:42',
    ]);
  });

  it('uses stable URL-safe ids', () => {
    const ids = [...corpus.meetings, ...corpus.people, ...corpus.remarks, ...corpus.terms].map((x) => x.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(corpus.remarks[0].id).toBe('hq-001-r1');
  });

  it('refers only to people, meetings and remarks that exist', () => {
    const people = new Set(corpus.people.map((p) => p.id));
    const meetings = new Set(corpus.meetings.map((m) => m.id));
    const remarks = new Set(corpus.remarks.map((r) => r.id));
    for (const m of corpus.meetings) for (const a of m.attendees) expect(people.has(a.personId)).toBe(true);
    for (const r of corpus.remarks) {
      expect(meetings.has(r.meetingId)).toBe(true);
      if (r.speakerId) expect(people.has(r.speakerId)).toBe(true);
    }
    for (const t of corpus.terms) for (const id of t.remarkIds) expect(remarks.has(id)).toBe(true);
  });
});

describe('corpus version and isolation', () => {
  it('derives the version from the content: same input, same version; changed input, new version', async () => {
    const again = await buildCorpus(all(), { tokenizer, terms: (c) => extractTerms(c, tokenizer) });
    expect(again.corpus.version).toBe(corpus.version);
    expect(corpus.version).toMatch(/^[0-9a-f]{16}$/);
    const edited = all().map((s) => (s.file.startsWith('hq-034') ? { ...s, text: s.text.replace('感謝申し上げます。', '感謝申し上げる。') } : s));
    const changed = await buildCorpus(edited, { tokenizer, terms: (c) => extractTerms(c, tokenizer) });
    expect(changed.corpus.version).not.toBe(corpus.version);
  });

  it('still builds from the good files when another is not minutes', async () => {
    const r = await buildCorpus([{ file: 'junk.txt', text: 'hello\nworld\n' }, { file: 'hq-034-2022-06-17.txt', text: readSeed('hq-034-2022-06-17.txt') }], { tokenizer });
    expect(r.corpus.meetings.map((m) => m.id)).toEqual(['hq-034']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'junk.txt', line: 1, severity: 'error' }));
  });

  it('leaves the absent minister unresolved, with a warning, when 2023 is parsed without the meeting that knows her', async () => {
    const r = await buildCorpus([{ file: 'hq-036.txt', text: readSeed('hq-036-2023-07-04.txt') }], { tokenizer });
    const statement = r.corpus.remarks.find((x) => x.speakerLabel === '高市経済安全保障担当大臣')!;
    expect(statement.speakerId).toBeNull();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'hq-036.txt', line: 192, message: expect.stringMatching(/could not be identified/) }));
  });

  it('keeps the first copy of a meeting given twice and reports the second', async () => {
    const text = readSeed('hq-034-2022-06-17.txt');
    const r = await buildCorpus([{ file: 'a.txt', text }, { file: 'b.txt', text }], { tokenizer });
    expect(r.corpus.meetings.map((m) => m.source)).toEqual(['a.txt']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'b.txt', severity: 'error', message: expect.stringMatching(/already in the corpus from a.txt/) }));
  });
});
