import { describe, expect, it } from 'vitest';
import { formatDate, pickLang, translate } from './i18n';

describe('i18n', () => {
  it('picks Japanese when the most preferred language is Japanese, English otherwise', () => {
    expect(pickLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickLang(['ja'])).toBe('ja');
    expect(pickLang(['en-US', 'ja'])).toBe('en');
    expect(pickLang(['fr'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });

  it('fills placeholders', () => {
    expect(translate('ja', 'siteSwitch', { host: 'example.com' })).toBe('example.com でハイライト');
    expect(translate('en', 'meetingNumber', { n: 36 })).toBe('No. 36');
  });

  it('formats ISO dates without a time-zone shift', () => {
    expect(formatDate('2015-02-10', 'ja')).toBe('2015年2月10日');
    expect(formatDate('2015-02-10', 'en')).toBe('10 Feb 2015');
  });
});
