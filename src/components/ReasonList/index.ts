export { ReasonList } from './ReasonList';
export {
  reasonListPropDefs,
  DEFAULT_VISIBLE_REASONS,
  reasonListSizes,
  type ReasonListProps,
  type ReasonListSize,
} from './ReasonList.props';
