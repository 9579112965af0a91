import { describe, expect, it } from 'vitest';
import { compilePatterns } from './compile';
import { resolveCoreference } from './coreference';
import { fixtureCorpus } from './fixture-corpus';
import { Recognizer } from './recognizer';
import { formVariants } from './variants';

describe('term spelling variants', () => {
  it('adds singular/plural, hyphens, cyber- closed up and British spelling', () => {
    const v = formVariants('active cyber defense', true);
    for (const form of ['active cyberdefense', 'active cyber-defense', 'active cyber defence', 'active cyber-defence'])
      expect(v).toContain(form);
    expect(formVariants('secrecy of communications', true)).toContain('secrecy of communication');
    expect(formVariants('supply chain', true)).toContain('supply-chain');
    expect(formVariants('supply chain', true)).toContain('supply chains');
  });
  it('swaps of and for in long official names', () => {
    expect(formVariants('National center of Incident readiness and Strategy for Cybersecurity', true)).toContain(
      'National center for Incident readiness and Strategy for Cybersecurity',
    );
    expect(formVariants('secrecy of communications', true)).not.toContain('secrecy for communications');
  });
  it('writes 防御 as 防衛 only for glossary terms', () => {
    expect(formVariants('能動的サイバー防御', true)).toContain('能動的サイバー防衛');
    expect(formVariants('能動的サイバー防御', false)).toEqual(['能動的サイバー防御']);
  });
});

describe('terms on pages: variants, tiers and bodies', () => {
  const recognizer = new Recognizer(compilePatterns(fixtureCorpus));
  const found = (text: string) =>
    resolveCoreference(recognizer.findInText(text)).map((m) => [text.slice(m.start, m.end), m.refs.map((r) => r.id)]);
  it('finds the variants in page text', () => {
    expect(found("Japan's active cyber-defence law")).toEqual([['active cyber-defence', ['t-acd']]]);
    expect(found('能動的サイバー防衛の導入')).toEqual([['能動的サイバー防衛', ['t-acd']]]);
    expect(found('人工知能とartificial intelligence')).toEqual([
      ['人工知能', ['t-ai']],
      ['artificial intelligence', ['t-ai']],
    ]);
  });
  it('lights reviewed compounds and keeps common ones dark', () => {
    expect(found('官民連携を進め、サイバー攻撃に備える')).toEqual([['官民連携', ['t-kanmin']]]);
    expect(found('サイバー空間の安全保障')).toEqual([]);
  });
  it('lights a body and its known English name', () => {
    expect(found('サイバーセキュリティ推進専門家会議とCybersecurity Strategic Headquarters')).toEqual([
      ['サイバーセキュリティ推進専門家会議', ['サイバーセキュリティ推進専門家会議']],
      ['Cybersecurity Strategic Headquarters', ['サイバーセキュリティ戦略本部']],
    ]);
  });
});
