import { describe, expect, it } from 'vitest';
import { toBlockList } from '../../src';
import { entryKey, uniqueKeys } from '../../src/model/collection';

describe('toBlockList', () => {
  it('reads a record of blocks in input order, named by key', () => {
    const list = toBlockList({
      AuthenticationResult: { verdict: 'failure', score: '' },
      DeviceSignals: { verdict: 'not_trusted', score: 28.3 },
    });
    expect(list.map(({ name, verdict, score, index }) => ({ name, verdict, score, index }))).toEqual([
      { name: 'AuthenticationResult', verdict: 'failure', score: null, index: 0 },
      { name: 'DeviceSignals', verdict: 'not_trusted', score: 28.3, index: 1 },
    ]);
  });

  it('reads an array of named blocks', () => {
    const list = toBlockList([
      { name: 'DataChecks', verdict: 'PASSED' },
      { verdict: 'WARNING', id: 7 },
    ]);
    expect(list.map((block) => [block.name, block.tone])).toEqual([
      ['DataChecks', 'positive'],
      [null, 'caution'],
    ]);
  });

  it('gives every block a unique key, even with duplicate ids and names', () => {
    const list = toBlockList([{ id: 1 }, { id: 1 }, { name: 'A' }, { name: 'A' }, null]);
    expect(new Set(list.map((block) => block.key)).size).toBe(5);
  });

  it('keeps null entries of a record as empty blocks', () => {
    const [block] = toBlockList({ DocumentCheck: null });
    expect(block).toMatchObject({ name: 'DocumentCheck', verdict: null, tone: 'unknown', reasons: null });
  });

  it('reads a single data block passed instead of a collection as one block', () => {
    const list = toBlockList({ verdict: 'failure', score: 12, reasons: [] });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ verdict: 'failure', score: 12 });
  });

  it('reads a single block whose fields are all null as one block', () => {
    expect(toBlockList({ verdict: null, score: null, reasons: null })).toHaveLength(1);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'checks'],
    ['a number', 5],
  ])('returns an empty list for %s', (_name, input) => {
    expect(toBlockList(input)).toEqual([]);
  });

  it('returns an empty list for an empty array and an empty record', () => {
    expect(toBlockList([])).toEqual([]);
    expect(toBlockList({})).toEqual([]);
  });

  it('applies host verdict tones', () => {
    expect(toBlockList([{ verdict: 'HOLD' }], { verdictTones: { hold: 'caution' } })[0]?.tone).toBe('caution');
  });

  it('survives a record with a throwing getter', () => {
    const record = {
      Good: { verdict: 'passed' },
      get Bad(): unknown {
        throw new Error('boom');
      },
    };
    const list = toBlockList(record);
    expect(list.map((block) => block.name)).toEqual(['Good', 'Bad']);
    expect(list[1]?.verdict).toBeNull();
  });
});

describe('uniqueKeys', () => {
  it('keeps the first of each key and gives later repeats their position', () => {
    const keys = uniqueKeys([
      { key: 'id:7', index: 0 },
      { key: 'id:7', index: 1 },
      { key: '#2', index: 2 },
      { key: 'id:7', index: 3 },
    ]);
    expect(keys).toEqual(['id:7', '#1', '#2', '#3']);
  });
});

describe('entryKey', () => {
  it('is the id of an entry, numbers as digits, or its position without one', () => {
    expect([entryKey({ id: 7 }, 0), entryKey({ id: ' a ' }, 1), entryKey({ id: '' }, 2), entryKey(null, 3)]).toEqual([
      'id:7',
      'id:a',
      '#2',
      '#3',
    ]);
  });
});
