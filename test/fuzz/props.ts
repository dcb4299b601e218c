import fc from 'fast-check';
import { createElement, type ComponentType, type ReactElement } from 'react';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  ReasonList,
  ScoreMeter,
  SessionDecision,
  TONES,
} from '../../src';
import {
  anyOf,
  json,
  nastyNumber,
  nastyString,
  nearlyValidBlock,
  nearlyValidChecks,
  nearlyValidReasons,
  nearlyValidSession,
  optionalProp,
} from './arbitraries';

/** A prop of a fixed vocabulary: usually a valid value, sometimes anything. */
const vocabulary = (...allowed: readonly unknown[]) => anyOf(fc.oneof(fc.constantFrom(...allowed), nastyString));
const text = anyOf(nastyString);
const number = anyOf(nastyNumber);
const thresholds = anyOf(fc.record({ caution: number, critical: number }, { requiredKeys: [] }));
const tone = vocabulary(...TONES);
const size = vocabulary('sm', 'md', 'lg');
const sortOrder = anyOf(
  fc.record(
    {
      column: vocabulary('check', 'decision', 'score'),
      direction: vocabulary('ascending', 'descending'),
    },
    { requiredKeys: [] },
  ),
);
const filter = anyOf(fc.array(vocabulary(...TONES), { maxLength: 6 }));

type Props = Record<string, unknown>;

function props(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Props> {
  const optional: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, arbitrary] of Object.entries(shape)) optional[key] = optionalProp(arbitrary);
  // Absent and `undefined` props are different to a component that checks `'x' in props`: strip undefined.
  return fc
    .record(optional, { requiredKeys: [] })
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
}

export interface FuzzedComponent {
  name: string;
  props: fc.Arbitrary<Props>;
  element: (props: Props) => ReactElement;
}

const as = (component: unknown) => (values: Props) => createElement(component as ComponentType<Props>, values);

/** Every public component with every prop it owns fuzzed: JSON and nearly-valid values alike. */
export const fuzzedComponents: readonly FuzzedComponent[] = [
  {
    name: 'DecisionBadge',
    element: as(DecisionBadge),
    props: props({
      verdict: text,
      block: anyOf(nearlyValidBlock),
      tone,
      label: text,
      size,
      variant: vocabulary('subtle', 'solid', 'outline'),
      tooltip: text,
    }),
  },
  {
    name: 'ScoreMeter',
    element: as(ScoreMeter),
    props: props({
      score: anyOf(fc.oneof(nastyNumber, nastyString)),
      block: anyOf(nearlyValidBlock),
      min: number,
      max: number,
      direction: vocabulary('higher-is-better', 'higher-is-riskier'),
      thresholds,
      tone,
      size,
      label: text,
      format: fc.func(json),
    }),
  },
  {
    name: 'ReasonList',
    element: as(ReasonList),
    props: props({
      reasons: anyOf(nearlyValidReasons),
      block: anyOf(nearlyValidBlock),
      max: number,
      emptyText: text,
      size,
    }),
  },
  {
    name: 'DataChecksTable',
    element: as(DataChecksTable),
    props: props({
      checks: anyOf(nearlyValidChecks),
      caption: text,
      sort: sortOrder,
      defaultSort: sortOrder,
      filter,
      defaultFilter: filter,
      showFilter: anyOf(fc.boolean()),
      reasonsMax: number,
      size,
    }),
  },
  {
    name: 'DataBlockCard',
    element: as(DataBlockCard),
    props: props({
      block: anyOf(nearlyValidBlock),
      verdict: text,
      score: anyOf(fc.oneof(nastyNumber, nastyString)),
      reasons: anyOf(nearlyValidReasons),
      title: text,
      name: text,
      headingLevel: vocabulary(2, 3, 4, 5, 6),
      size,
      reasonsMax: number,
      direction: vocabulary('higher-is-better', 'higher-is-riskier'),
      thresholds,
    }),
  },
  {
    name: 'SessionDecision',
    element: as(SessionDecision),
    props: props({
      outcome: text,
      checks: anyOf(nearlyValidChecks),
      session: anyOf(nearlyValidSession),
      layout: vocabulary('table', 'cards'),
      title: text,
      headingLevel: vocabulary(2, 3, 4, 5, 6),
    }),
  },
];
