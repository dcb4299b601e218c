export type {
  CatalogEntry,
  DataBlock,
  DataBlockCollection,
  DecisionType,
  NamedDataBlock,
  NamedNormalizedBlock,
  NormalizeOptions,
  NormalizedDataBlock,
  NormalizedReason,
  Reason,
  ReasonCatalog,
  Tone,
  VerdictTones,
} from './types';
export { DECISION_TYPES, TONES } from './types';
export { parseScore } from './score';
export { humanize, isEnumToken, vocabularyKey } from './humanize';
export { builtInVerdictTones, isTone, raisesIssue, severityRank, toneOf } from './tone';
export { normalizeDataBlock, resolveDataBlock, type DataBlockFields } from './normalize';
export { defaultCatalog, lookupReason, mergeCatalogs, toneOfDecisionType } from './catalog';
export { toBlockList } from './collection';
export { DEFAULT_MAX_ENTRIES } from './read';
