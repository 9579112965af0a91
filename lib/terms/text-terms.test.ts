import { describe, expect, it } from 'vitest';
import { containsForm, matchForm, matchText } from './match';
import { findAcronyms, findAnnotations, findExpansions, findQuotedTitles } from './text-terms';

describe('terms the minutes define themselves', () => {
  it('reads an annotation with an English expansion and a definition, even with parentheses inside', () => {
    const text =
      '取組である「NOTICE」（注：National Operation Towards IoT Clean Environment。国立研究開発法人情報通信研究機構（NICT）がサイバー攻撃に悪用されるおそれのある機器を調査し、電気通信事業者を通じた利用者への注意喚起を行う取組）をはじめ';
    expect(findAnnotations(text)).toEqual([
      {
        label: 'NOTICE',
        aliases: [],
        en: 'National Operation Towards IoT Clean Environment',
        definition:
          '国立研究開発法人情報通信研究機構（NICT）がサイバー攻撃に悪用されるおそれのある機器を調査し、電気通信事業者を通じた利用者への注意喚起を行う取組',
        source: 'annotation',
      },
    ]);
  });

  it('reads an annotation that is only a Japanese definition', () => {
    expect(findAnnotations('CYNEX（注：NICTが構築を進めているサイバーセキュリティ統合知的・人材育成基盤）を一層推進')).toEqual([
      { label: 'CYNEX', aliases: [], definition: 'NICTが構築を進めているサイバーセキュリティ統合知的・人材育成基盤', source: 'annotation' },
    ]);
    expect(
      findAnnotations('EDR（注：Endpoint Detection and Response。エンドポイントセキュリティを担う仕組みの一つ。）という')[0],
    ).toMatchObject({
      en: 'Endpoint Detection and Response',
      definition: 'エンドポイントセキュリティを担う仕組みの一つ',
    });
  });

  it('reads acronym expansions both ways, and full-width acronyms as their ASCII form', () => {
    expect(findExpansions('・NICT（国立研究開発法人情報通信研究機構）に、情報収集')).toEqual([
      { label: 'NICT', aliases: ['国立研究開発法人情報通信研究機構'], source: 'expansion' },
    ]);
    expect(findExpansions('常時継続的にリスクを管理する「リスク管理枠組み（RMF）」の導入')).toEqual([
      { label: 'RMF', aliases: ['リスク管理枠組み'], source: 'expansion' },
    ]);
    expect(findExpansions('ＩｏＴ（Internet of Things）は')).toEqual([
      { label: 'IoT', aliases: ['Internet of Things', 'ＩｏＴ'], source: 'expansion' },
    ]);
  });

  it('does not take ordinary parentheses for expansions', () => {
    expect(findExpansions('施策の評価（監査）の方針、KDDI（株）代表取締役、サイバーセキュリティ2022（2021年度年次報告）（案）')).toEqual(
      [],
    );
  });

  it('takes quoted plan and law titles without their (案), and leaves scare quotes alone', () => {
    expect(
      findQuotedTitles('「サイバーセキュリティ2023（2022年度年次報告・2023年度年次計画）（案）」及び「サイバーセキュリティ 2023」'),
    ).toEqual([
      {
        label: 'サイバーセキュリティ2023',
        aliases: ['サイバーセキュリティ2023（2022年度年次報告・2023年度年次計画）（案）'],
        source: 'title',
      },
      { label: 'サイバーセキュリティ2023', aliases: ['サイバーセキュリティ 2023'], source: 'title' },
    ]);
    expect(findQuotedTitles('セキュリティ対策は「費用」と理解され、「投資」と、「慎ましすぎる」')).toEqual([]);
  });

  it('finds Latin, full-width and letter-spaced acronyms, but not words or section numerals', () => {
    const labels = (t: string) => findAcronyms(t).map((c) => c.label);
    expect(labels('ＮＩＳＣとＪＰＣＥＲＴ／ＣＣ、ＩｏＴ、DDoS対策')).toEqual(['NISC', 'JPCERT/CC', 'IoT', 'DDoS']);
    expect(labels('業界別の I S A C の活用、高度な O T セキュリティ')).toEqual(['ISAC', 'OT']);
    expect(labels('Emotet、WannaCryなど、Plan、Do、Check、Act、特にⅢの1の(1)に')).toEqual([]);
  });
});

describe('matching term forms in remarks', () => {
  it('matches full-width, spaced and dotted variants through the shared normalisation', () => {
    expect(containsForm(matchText('業界別の I S A C の活用'), matchForm('ISAC'))).toBe(true);
    expect(containsForm(matchText('ＮＩＳＣと'), matchForm('NISC'))).toBe(true);
    expect(containsForm(matchText('アクティブ・サイバー・ディフェンス'), matchForm('アクティブサイバーディフェンス'))).toBe(true);
  });

  it('requires Latin forms to stand alone', () => {
    expect(containsForm(matchText('IoT機器'), matchForm('OT'))).toBe(false);
    expect(containsForm(matchText('高度なOTセキュリティ'), matchForm('OT'))).toBe(true);
    expect(containsForm(matchText('ITビッグテック'), matchForm('IT'))).toBe(true);
    expect(containsForm(matchText('said'), matchForm('AI'))).toBe(false);
  });
});
