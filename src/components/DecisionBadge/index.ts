export { DecisionBadge } from './DecisionBadge';
export {
  decisionBadgePropDefs,
  badgeSizes,
  badgeVariants,
  type DecisionBadgeProps,
  type DecisionBadgeSize,
  type DecisionBadgeVariant,
} from './DecisionBadge.props';
