export { DecisionBlocksProvider, type DecisionBlocksProviderProps } from './DecisionBlocksProvider';
export {
  useDecisionBlocks,
  type DecisionBlocksSettings,
  type RenderErrorHandler,
  type RenderErrorInfo,
} from './context';
