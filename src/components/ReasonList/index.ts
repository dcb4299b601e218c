export { ReasonList } from './ReasonList';
export {
  DEFAULT_VISIBLE_REASONS,
  reasonListSizes,
  type ReasonListProps,
  type ReasonListSize,
} from './ReasonList.props';
