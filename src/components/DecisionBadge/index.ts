export { DecisionBadge } from './DecisionBadge';
export {
  badgeSizes,
  badgeVariants,
  type DecisionBadgeProps,
  type DecisionBadgeSize,
  type DecisionBadgeVariant,
} from './DecisionBadge.props';
