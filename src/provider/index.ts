export { DecisionBlocksProvider, type DecisionBlocksProviderProps } from './DecisionBlocksProvider';
export { type DecisionBlocksSettings, type RenderErrorHandler, type RenderErrorInfo } from './context';
export { useDecisionBlocks } from './useDecisionBlocks';
