import { isList, isRecord } from './read';

/**
 * What was off in an input, as the readers note it. The words come from `describeProblem`, in
 * this module, so components, which never show problems, do not ship them.
 */
export type Problem =
  | ['field threw', key: string | number]
  | ['block', value: unknown]
  | ['not text', field: string, value: unknown]
  | ['verdict read as text', value: unknown]
  | ['verdict ignored', value: unknown]
  | ['score', value: unknown]
  | ['score max', value: unknown]
  | ['bare number', position: number]
  | ['reasons ignored', value: unknown]
  | ['single reason', value: unknown]
  | ['dropped', what: string, count: number]
  | ['unread', what: string, count: number, read: number];

/** Where readers note problems; components pass none. */
export type ProblemSink = ((problem: Problem) => void) | undefined;

/** A value's kind in a developer message: "null", "an array", "a number". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (isList(value)) return 'an array';
  if (typeof value === 'object' && !isRecord(value)) return 'an unreadable object';
  return `a ${typeof value}`;
}

export function describeProblem(problem: Problem): string {
  switch (problem[0]) {
    case 'field threw':
      return `Reading "${problem[1]}" threw an error; it was treated as missing.`;
    case 'block': {
      const value = problem[1];
      return typeof value === 'object' && value !== null && !isList(value)
        ? 'The data block could not be read; it was treated as empty.'
        : `The data block was ${kindOf(value)}, not an object.`;
    }
    case 'not text':
      return `${problem[1]} was ${kindOf(problem[2])}, not text; it was ignored.`;
    case 'verdict read as text':
      return `The verdict was ${kindOf(problem[1])}; it was read as text.`;
    case 'verdict ignored':
      return `The verdict was ${kindOf(problem[1])}, not text; it was ignored.`;
    case 'score': {
      const value = problem[1];
      return `The score was ${typeof value === 'string' ? `"${value}"` : kindOf(value)}, not a number; it was treated as missing.`;
    }
    case 'score max':
      return `The score maximum was ${kindOf(problem[1])}, not a positive number; the score was read as a percentage.`;
    case 'bare number':
      return `Reason ${problem[1] + 1} was a bare number; it was read as a code.`;
    case 'reasons ignored':
      return `Reasons were ${kindOf(problem[1])}; they were treated as missing.`;
    case 'single reason':
      return `Reasons were ${kindOf(problem[1])}, not a list; it was read as a single reason.`;
    case 'dropped':
      return `${problem[2]} of the ${problem[1]} read were empty or not ${problem[1]}; they were left out.`;
    case 'unread':
      return `The ${problem[1]} list holds ${problem[2]} entries; only the first ${problem[3]} were read.`;
  }
}
