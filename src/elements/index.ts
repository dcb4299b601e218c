export {
  DataBlockCardElement,
  DataChecksTableElement,
  DecisionBadgeElement,
  decisionElements,
  defineDecisionElements,
  ReasonListElement,
  ScoreMeterElement,
  SessionDecisionElement,
  type DecisionElementTag,
} from './elements';
export { DecisionElement, type Field, type FieldKind } from './DecisionElement';
export { elementStyles } from './stylesheet';
export { defaultMessages, type Messages } from '../i18n/messages';
export { germanMessages } from '../i18n/de';
