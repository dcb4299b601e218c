import type { ComponentType, ReactNode } from 'react';
import { DataBlockCard } from '../components/DataBlockCard/DataBlockCard';
import type { HeadingLevel } from '../components/DataBlockCard/DataBlockCard.props';
import { DataChecksTable } from '../components/DataChecksTable/DataChecksTable';
import type { DataChecksTableFilter } from '../components/DataChecksTable/DataChecksTable.props';
import { DecisionBadge } from '../components/DecisionBadge/DecisionBadge';
import { ReasonList } from '../components/ReasonList/ReasonList';
import { ScoreMeter } from '../components/ScoreMeter/ScoreMeter';
import type { ScoreMeterThresholds } from '../components/ScoreMeter/ScoreMeter.props';
import { SessionDecision } from '../components/SessionDecision/SessionDecision';
import type { SessionLike } from '../components/SessionDecision/SessionDecision.props';
import type { DataBlock, DataBlockCollection, NamedDataBlock, Reason } from '../model/types';
import { DecisionElement, fields } from './DecisionElement';

/** `<decision-badge verdict="not_trusted">`: the DecisionBadge component. */
export class DecisionBadgeElement extends DecisionElement {
  static override component: ComponentType<never> = DecisionBadge;
  static override fields = fields([
    ['verdict', 'string'],
    ['label', 'string'],
    ['tone', 'string'],
    ['size', 'string'],
    ['variant', 'string'],
    ['tooltip', 'string'],
    ['block', 'json'],
  ]);

  declare verdict: string | null | undefined;
  declare label: ReactNode;
  declare tone: string | undefined;
  declare size: string | undefined;
  declare variant: string | undefined;
  declare tooltip: ReactNode;
  declare block: DataBlock | null | undefined;
}

/** `<score-meter score="28.3">`: the ScoreMeter component. */
export class ScoreMeterElement extends DecisionElement {
  static override component: ComponentType<never> = ScoreMeter;
  static override fields = fields([
    ['score', 'string'],
    ['label', 'string'],
    ['min', 'number'],
    ['max', 'number'],
    ['direction', 'string'],
    ['tone', 'string'],
    ['size', 'string'],
    ['block', 'json'],
    ['thresholds', 'json'],
  ]);

  declare score: number | string | null | undefined;
  declare label: ReactNode;
  declare min: number | undefined;
  declare max: number | undefined;
  declare direction: string | undefined;
  declare tone: string | undefined;
  declare size: string | undefined;
  declare block: DataBlock | null | undefined;
  declare thresholds: ScoreMeterThresholds | null | undefined;
}

/** `<reason-list reasons='[{"code":"RC004"}]'>`: the ReasonList component. */
export class ReasonListElement extends DecisionElement {
  static override component: ComponentType<never> = ReasonList;
  static override fields = fields([
    ['reasons', 'json'],
    ['block', 'json'],
    ['max', 'number'],
    ['empty-text', 'string'],
    ['size', 'string'],
  ]);

  declare reasons: readonly Reason[] | null | undefined;
  declare block: DataBlock | null | undefined;
  declare max: number | undefined;
  declare emptyText: ReactNode;
  declare size: string | undefined;
}

/** `<data-block-card name="DeviceSignals" block='{…}'>`: the DataBlockCard component. */
export class DataBlockCardElement extends DecisionElement {
  static override component: ComponentType<never> = DataBlockCard;
  static override fields = fields([
    ['block', 'json'],
    ['verdict', 'string'],
    ['score', 'string'],
    ['reasons', 'json'],
    ['name', 'string'],
    // `title` belongs to HTMLElement (the native tooltip), so the heading has its own name.
    ['heading', 'string', 'title'],
    ['heading-level', 'number'],
    ['size', 'string'],
    ['reasons-max', 'number'],
    ['direction', 'string'],
    ['thresholds', 'json'],
  ]);

  declare block: NamedDataBlock | null | undefined;
  declare verdict: string | null | undefined;
  declare score: number | string | null | undefined;
  declare reasons: readonly Reason[] | null | undefined;
  declare name: string | null | undefined;
  declare heading: ReactNode;
  declare headingLevel: HeadingLevel | undefined;
  declare size: string | undefined;
  declare reasonsMax: number | undefined;
  declare direction: string | undefined;
  declare thresholds: ScoreMeterThresholds | null | undefined;
}

/** `<data-checks-table checks='{…}'>`: the DataChecksTable component. */
export class DataChecksTableElement extends DecisionElement {
  static override component: ComponentType<never> = DataChecksTable;
  static override fields = fields([
    ['checks', 'json'],
    ['caption', 'string'],
    ['default-filter', 'json'],
    ['show-filter', 'boolean'],
    ['reasons-max', 'number'],
    ['size', 'string'],
  ]);

  declare checks: DataBlockCollection | null | undefined;
  declare caption: ReactNode;
  declare defaultFilter: DataChecksTableFilter | undefined;
  declare showFilter: boolean | undefined;
  declare reasonsMax: number | undefined;
  declare size: string | undefined;
}

/** `<session-decision session='{…}'>`: the SessionDecision component. */
export class SessionDecisionElement extends DecisionElement {
  static override component: ComponentType<never> = SessionDecision;
  static override fields = fields([
    ['session', 'json'],
    ['outcome', 'string'],
    ['checks', 'json'],
    ['layout', 'string'],
    ['heading', 'string', 'title'],
    ['heading-level', 'number'],
  ]);

  declare session: SessionLike | null | undefined;
  declare outcome: string | null | undefined;
  declare checks: DataBlockCollection | null | undefined;
  declare layout: string | undefined;
  declare heading: ReactNode;
  declare headingLevel: HeadingLevel | undefined;
}

/** Every element by its tag name. */
export const decisionElements = {
  'decision-badge': DecisionBadgeElement,
  'score-meter': ScoreMeterElement,
  'reason-list': ReasonListElement,
  'data-block-card': DataBlockCardElement,
  'data-checks-table': DataChecksTableElement,
  'session-decision': SessionDecisionElement,
} as const;

export type DecisionElementTag = keyof typeof decisionElements;

/**
 * Registers every element under its tag name. Safe to call any number of times, and from more
 * than one copy of the library: a tag that is already defined is left as it is. Returns false
 * where there is no custom element registry (server rendering, old browsers).
 */
export function defineDecisionElements(registry?: CustomElementRegistry): boolean {
  const target = registry ?? (typeof customElements !== 'undefined' ? customElements : undefined);
  if (!target) return false;
  for (const [tag, element] of Object.entries(decisionElements)) {
    if (!target.get(tag)) target.define(tag, element);
  }
  return true;
}

declare global {
  interface HTMLElementTagNameMap {
    'decision-badge': DecisionBadgeElement;
    'score-meter': ScoreMeterElement;
    'reason-list': ReasonListElement;
    'data-block-card': DataBlockCardElement;
    'data-checks-table': DataChecksTableElement;
    'session-decision': SessionDecisionElement;
  }
}
