import type { ComponentType } from 'react';
import { DataBlockCard } from '../components/DataBlockCard/DataBlockCard';
import { dataBlockCardPropDefs } from '../components/DataBlockCard/DataBlockCard.props';
import { DataChecksTable } from '../components/DataChecksTable/DataChecksTable';
import { dataChecksTablePropDefs } from '../components/DataChecksTable/DataChecksTable.props';
import { DecisionBadge } from '../components/DecisionBadge/DecisionBadge';
import { decisionBadgePropDefs } from '../components/DecisionBadge/DecisionBadge.props';
import type { PropDefs, PropsOf } from '../components/internal/propDefs';
import { ReasonList } from '../components/ReasonList/ReasonList';
import { reasonListPropDefs } from '../components/ReasonList/ReasonList.props';
import { ScoreMeter } from '../components/ScoreMeter/ScoreMeter';
import { scoreMeterPropDefs } from '../components/ScoreMeter/ScoreMeter.props';
import { SessionDecision } from '../components/SessionDecision/SessionDecision';
import { sessionDecisionPropDefs } from '../components/SessionDecision/SessionDecision.props';
import { DecisionElement, fields, type FieldSpec } from './DecisionElement';

/** The props of a declaration that an element takes as attributes (functions stay React-only). */
type AttributeProps<Defs extends PropDefs> = {
  -readonly [K in keyof Defs as Defs[K]['attribute'] extends false ? never : K]: PropsOf<Defs>[K];
};

/**
 * The element's properties: the component's props of the same names. `title` stays HTMLElement's
 * own string property (an attribute is text anyway), which the element reads as the heading.
 */
type ElementProperties<Defs extends PropDefs> = Omit<AttributeProps<Defs>, 'title'>;

// Each element class merges with an interface of its declared props: the accessors are installed
// at run time from the same declaration (DecisionElement), so the interface only types them.
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type */

const kebabCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every prop of the declaration that has an attribute kind, under its kebab-case name (`max-reasons`). */
function attributeFields(defs: PropDefs, ...extra: FieldSpec[]) {
  const specs: FieldSpec[] = [];
  for (const [prop, def] of Object.entries(defs)) {
    if (def.attribute !== false) specs.push([kebabCase(prop), def.attribute]);
  }
  return fields([...specs, ...extra]);
}

// The names before props were declared once; they keep working for one release (see the changeset).
const deprecatedReasonsMax: FieldSpec = ['reasons-max', 'number', 'maxReasons'];
const deprecatedHeading: FieldSpec = ['heading', 'string', 'title'];

/** `<decision-badge verdict="not_trusted">`: the DecisionBadge component. */
export class DecisionBadgeElement extends DecisionElement {
  static override component: ComponentType<never> = DecisionBadge;
  static override fields = attributeFields(decisionBadgePropDefs);
}
export interface DecisionBadgeElement extends ElementProperties<typeof decisionBadgePropDefs> {}

/** `<score-meter score="28.3">`: the ScoreMeter component. */
export class ScoreMeterElement extends DecisionElement {
  static override component: ComponentType<never> = ScoreMeter;
  static override fields = attributeFields(scoreMeterPropDefs);
}
export interface ScoreMeterElement extends ElementProperties<typeof scoreMeterPropDefs> {}

/** `<reason-list reasons='[{"code":"RC004"}]'>`: the ReasonList component. */
export class ReasonListElement extends DecisionElement {
  static override component: ComponentType<never> = ReasonList;
  static override fields = attributeFields(reasonListPropDefs, ['max', 'number', 'maxReasons']);
}
export interface ReasonListElement extends ElementProperties<typeof reasonListPropDefs> {}

/** `<data-block-card name="DeviceSignals" block='{…}'>`: the DataBlockCard component. */
export class DataBlockCardElement extends DecisionElement {
  static override component: ComponentType<never> = DataBlockCard;
  static override fields = attributeFields(dataBlockCardPropDefs, deprecatedReasonsMax, deprecatedHeading);
}
export interface DataBlockCardElement extends ElementProperties<typeof dataBlockCardPropDefs> {}

/** `<data-checks-table checks='{…}'>`: the DataChecksTable component. */
export class DataChecksTableElement extends DecisionElement {
  static override component: ComponentType<never> = DataChecksTable;
  static override fields = attributeFields(dataChecksTablePropDefs, deprecatedReasonsMax);
}
export interface DataChecksTableElement extends ElementProperties<typeof dataChecksTablePropDefs> {}

/** `<session-decision session='{…}'>`: the SessionDecision component. */
export class SessionDecisionElement extends DecisionElement {
  static override component: ComponentType<never> = SessionDecision;
  static override fields = attributeFields(sessionDecisionPropDefs, deprecatedHeading);
}
export interface SessionDecisionElement extends ElementProperties<typeof sessionDecisionPropDefs> {}

/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type */

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
