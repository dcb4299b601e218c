export { SessionDecision } from './SessionDecision';
export {
  sessionDecisionPropDefs,
  sessionLayouts,
  type SessionDecisionProps,
  type SessionLayout,
  type SessionLike,
} from './SessionDecision.props';
