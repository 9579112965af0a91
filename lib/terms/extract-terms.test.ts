import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, Term } from '../corpus/types';
import { buildCorpus } from '../parse/build-corpus';
import { readSeed, SEED_FILES } from '../parse/seed-files';
import { loadNodeTokenizer } from '../people/node-tokenizer';
import { extractTerms } from './extract-terms';

let corpus: Corpus;

beforeAll(async () => {
  const tokenizer = await loadNodeTokenizer();
  const sources = SEED_FILES.map((file) => ({ file, text: readSeed(file) }));
  corpus = (await buildCorpus(sources, { tokenizer, terms: (c) => extractTerms(c, tokenizer) })).corpus;
}, 120_000);

const term = (id: string): Term => corpus.terms.find((t) => t.id === id)!;
const said = (t: Term) => t.remarkIds.map((id) => corpus.remarks.find((r) => r.id === id)!);

describe('terms of the corpus', () => {
  it('treats every spelling of active cyber defense as one term, in every remark that uses one', () => {
    const acd = term('t-active-cyber-defense');
    expect(acd).toMatchObject({ label: '能動的サイバー防御', en: 'active cyber defense', source: 'glossary' });
    expect(acd.aliases).toEqual(expect.arrayContaining(['アクティブ・サイバー・ディフェンス', 'アクティブサイバーディフェンス']));
    expect(acd.remarkIds).toEqual(['hq-034-r4', 'hq-036-r6', 'council-001-r3', 'council-001-r56', 'council-001-r61', 'council-001-r74']);
  });

  it('finds NISC as ＮＩＳＣ, NISC, 旧NISC and 内閣サイバーセキュリティセンター, even across a PDF line break', () => {
    const nisc = term('t-nisc');
    expect(nisc.remarkIds).toEqual(expect.arrayContaining(['hq-001-r6', 'hq-001-r9', 'hq-001-r12', 'hq-034-r4', 'council-001-r4']));
    expect(said(nisc).find((r) => r.id === 'hq-001-r6')!.text).toContain('ＮＩＳＣが重大インシデントを調査する権限');
  });

  it('merges what the text says into the glossary entry it matches', () => {
    expect(term('t-notice').remarkIds).toEqual(['hq-034-r3']);
    expect(term('t-nict').remarkIds).toEqual(expect.arrayContaining(['hq-034-r3', 'hq-034-r11', 'hq-036-r14']));
    expect(term('t-isac').remarkIds).toContain('council-001-r11');
  });

  it('adds the terms the minutes annotate that the glossary lacks', () => {
    expect(term('t-gnss')).toMatchObject({
      label: 'GNSS',
      en: 'Global Navigation Satellite System',
      definition: '衛星測位システム',
      source: 'annotation',
      remarkIds: ['hq-036-r9'],
    });
    expect(term('t-osint')).toMatchObject({ aliases: ['オープンソースインテリジェンス'], source: 'expansion', remarkIds: ['hq-034-r7'] });
  });

  it('does not give an ambiguous expansion to anyone (the minutes expand NSA, FBI and NSS all as 国家安全保障局)', () => {
    for (const id of ['t-nsa', 't-fbi', 't-nss']) expect(term(id).aliases).toEqual([]);
  });

  it('collects quoted plan titles with their spelling variants', () => {
    const plan = term('t-saibaasekyuritei-2023');
    expect(plan).toMatchObject({ label: 'サイバーセキュリティ2023', source: 'title' });
    expect(plan.aliases).toContain('サイバーセキュリティ 2023');
    expect(plan.remarkIds).toContain('hq-036-r20');
  });

  it('finds frequent domain compounds with kuromoji, keeping the suffixes that belong to the word', () => {
    const compounds = corpus.terms.filter((t) => t.source === 'compound').map((t) => t.label);
    expect(compounds).toEqual(
      expect.arrayContaining(['サイバー攻撃', '官民連携', '人材育成', '情報共有', '基幹インフラ事業者', '有識者本部員']),
    );
    expect(compounds).not.toContain('サイバー攻撃等');
    expect(compounds).not.toContain('大変重要');
    expect(compounds).not.toContain('クラウド');
  });

  it('lists each term once, glossary first, and only text-derived terms that some remark mentions', () => {
    const labels = corpus.terms.map((t) => t.label.normalize('NFKC'));
    expect(new Set(labels).size).toBe(labels.length);
    expect(corpus.terms[0].id).toBe('t-active-cyber-defense');
    expect(corpus.terms.filter((t) => t.source !== 'glossary').every((t) => t.remarkIds.length > 0)).toBe(true);
  });
});
