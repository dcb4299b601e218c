import { describe, expect, it } from 'vitest';
import { parseScore } from '../../src';

describe('parseScore', () => {
  it.each([
    ['28.3 (number)', 28.3, 28.3],
    ['0 (a real score)', 0, 0],
    ['-5 (not clamped)', -5, -5],
    ['150 (not clamped)', 150, 150],
    ['"71.6"', '71.6', 71.6],
    ['"71,6" (decimal comma)', '71,6', 71.6],
    ['" 42 " (padded)', ' 42 ', 42],
    ['"71.6%" (percent sign)', '71.6%', 71.6],
    ['"0"', '0', 0],
    ['"-0.5"', '-0.5', -0.5],
    ['"1e2"', '1e2', 100],
    ['10n (bigint)', 10n, 10],
  ])('reads %s', (_name, input, expected) => {
    expect(parseScore(input)).toBe(expected);
  });

  it.each([
    ['"" (empty string)', ''],
    ['"   " (blank string)', '   '],
    ['null', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['"abc"', 'abc'],
    ['"12abc"', '12abc'],
    ['"1,234.5" (ambiguous separators)', '1,234.5'],
    ['"1,2,3"', '1,2,3'],
    ['"Infinity" (string)', 'Infinity'],
    ['true', true],
    ['an object', { value: 3 }],
    ['an array', [3]],
    ['a huge bigint', 2n ** 80n],
  ])('returns null for %s', (_name, input) => {
    expect(parseScore(input)).toBeNull();
  });
});
