import { describe, expect, it } from 'vitest';
import { defaultMessages, formatMessage, formatPercent, formatPlural, getNumberFormat } from '../../src';
import * as english from '../../src/i18n/english';
import { message } from '../../src/i18n/messages';
import { arabicMessages, germanMessages } from '../../src/locales';

describe('default messages', () => {
  it('hold the English texts of the contract', () => {
    expect(defaultMessages).toMatchObject({
      noVerdict: 'No verdict',
      noScore: 'No score',
      score: 'Score',
      noReasons: 'No reasons given',
      unspecifiedReason: 'Unspecified reason',
      showMore: 'Show {count} more',
      showFewer: 'Show fewer',
      checksCaption: 'Decision checks',
      check: 'Check',
      decision: 'Decision',
      reasons: 'Reasons',
      noChecks: 'No checks to show',
      checkIndex: 'Check {index}',
      noDecision: 'No decision yet',
      unavailable: 'Decision data unavailable',
      tonePositive: 'Passed',
      toneCaution: 'Needs review',
      toneCritical: 'Failed',
      toneNeutral: 'Not run',
      toneUnknown: 'Unknown',
    });
  });

  it('are every export of english.ts, frozen', () => {
    expect(defaultMessages).toEqual({ ...english });
    expect(Object.isFrozen(defaultMessages)).toBe(true);
  });

  it('are looked up with the English text as the fallback', () => {
    expect(message({}, 'noVerdict', english.noVerdict)).toBe('No verdict');
    expect(message({ noVerdict: 'Kein Urteil' }, 'noVerdict', english.noVerdict)).toBe('Kein Urteil');
    expect(message({ noVerdict: undefined } as never, 'noVerdict', english.noVerdict)).toBe('No verdict');
  });

  it('are matched key for key by the German set', () => {
    expect(Object.keys(germanMessages).sort()).toEqual(Object.keys(defaultMessages).sort());
    for (const key of Object.keys(defaultMessages) as (keyof typeof defaultMessages)[]) {
      expect(germanMessages[key], key).not.toEqual(key === 'score' ? undefined : defaultMessages[key]);
    }
  });

  it('keep the same placeholders in German', () => {
    const placeholders = (value: unknown) =>
      JSON.stringify(value)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    for (const key of Object.keys(defaultMessages) as (keyof typeof defaultMessages)[]) {
      expect(placeholders(germanMessages[key]), key).toEqual(placeholders(defaultMessages[key]));
    }
  });
});

describe('Arabic messages', () => {
  it('match the English set key for key and translate every verdict the German set does', () => {
    expect(Object.keys(arabicMessages).sort()).toEqual(Object.keys(defaultMessages).sort());
    expect(Object.keys(arabicMessages.verdicts).sort()).toEqual(Object.keys(germanMessages.verdicts).sort());
    expect(arabicMessages.language).toBe('ar');
  });

  it('carry every plural form Arabic has', () => {
    const categories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    for (const key of ['moreChecks', 'moreReasons'] as const) {
      for (const category of categories.filter((form) => form !== 'zero')) {
        expect(arabicMessages[key][category], `${key}.${category}`).toBeTypeOf('string');
      }
    }
    expect(formatPlural(arabicMessages.moreReasons, 2, 'ar', { count: 2 })).toBe('سببان آخران غير معروضين');
  });

  it('format numbers in Arabic when the provider sets no locale', () => {
    expect(formatPercent(71.6, arabicMessages.language)).toBe(
      new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 2 }).format(0.716),
    );
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('Show {count} more {unknown}', { count: 3 })).toBe('Show 3 more {unknown}');
  });

  it('does not read inherited keys', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});

describe('formatPlural', () => {
  it('picks the English one and other forms', () => {
    expect(formatPlural(defaultMessages.summary, 1, 'en', { issues: 0, total: 1 })).toBe('0 of 1 check raised issues');
    expect(formatPlural(defaultMessages.summary, 5, 'en', { issues: 2, total: 5 })).toBe('2 of 5 checks raised issues');
  });

  it('falls back to "other" when a form is missing', () => {
    expect(formatPlural({ other: '{n} things' }, 1, 'en', { n: 1 })).toBe('1 things');
  });

  it('accepts a plain string', () => {
    expect(formatPlural('{n} x', 2, 'en', { n: 2 })).toBe('2 x');
  });

  it('survives an invalid locale', () => {
    expect(formatPlural(defaultMessages.summary, 2, 'not a locale!!', { issues: 1, total: 2 })).toBe(
      '1 of 2 checks raised issues',
    );
  });
});

describe('number formats', () => {
  it('formats percentages per locale', () => {
    expect(formatPercent(28.3, 'en')).toBe('28.3%');
    expect(formatPercent(28.3, 'de').replace(/\s/g, ' ')).toBe('28,3 %');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('caches formatters per locale and options', () => {
    expect(getNumberFormat('en', { style: 'percent' })).toBe(getNumberFormat('en', { style: 'percent' }));
    expect(getNumberFormat('en')).not.toBe(getNumberFormat('de'));
  });

  it('falls back to the default locale for an invalid one', () => {
    expect(() => formatPercent(5, '###')).not.toThrow();
  });
});
