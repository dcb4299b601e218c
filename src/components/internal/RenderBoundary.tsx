'use client';
import {
  Component,
  forwardRef,
  useContext,
  useId,
  type ForwardRefExoticComponent,
  type PropsWithoutRef,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { DecisionBlocksContext, type ContextSettings } from '../../provider/context';
import { Unavailable } from './guard';
import type { Failure } from './report';

interface BoundaryState {
  caught: { error: unknown } | null;
  failure: Failure | null;
}

interface RenderBoundaryProps {
  componentName: string;
  children?: ReactNode;
}

/**
 * Catches what the guard cannot, in the browser: a throw while React renders a child, such as a
 * host element passed as a label, or the tooltip's lazily loaded code.
 */
export class RenderBoundary extends Component<RenderBoundaryProps, BoundaryState> {
  override state: BoundaryState = { caught: null, failure: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { caught: { error } };
  }

  /** One failure object per caught error, so that it is reported once however often this renders. */
  static getDerivedStateFromProps(props: RenderBoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (!state.caught || state.failure?.error === state.caught.error) return null;
    return { failure: { error: state.caught.error, componentName: props.componentName } };
  }

  override render(): ReactNode {
    return this.state.failure ? <Unavailable failure={this.state.failure} /> : this.props.children;
  }
}

/**
 * Draws a component without hooks of its own: its props, the forwarded ref, the settings in
 * force and an id unique to the instance (for `aria-labelledby`).
 */
export type ComponentView<T, P> = (props: P, ref: Ref<T>, settings: ContextSettings, id: string) => ReactNode;

interface ViewBoundaryProps<T, P> extends RenderBoundaryProps {
  view: ComponentView<T, P>;
  viewProps: P;
  forwardedRef: Ref<T>;
  settings: ContextSettings;
  id: string;
}

/** A RenderBoundary that draws its component itself, with the settings its wrapper read: no inner component. */
class ViewBoundary<T, P> extends RenderBoundary {
  declare props: ViewBoundaryProps<T, P>;

  override render(): ReactNode {
    if (this.state.failure) return <Unavailable failure={this.state.failure} />;
    const { view, viewProps, forwardedRef, settings, id } = this.props;
    return view(viewProps, forwardedRef, settings, id);
  }
}

/**
 * True when a value handed to a view could throw while React renders or commits it: a host's
 * element or list of nodes, a style object, anything that is an object (a revoked proxy among
 * them). Text, numbers, booleans and functions cannot: handlers run outside rendering.
 */
export function mayThrowInRender(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

export interface ContainedViewOptions<P> {
  /** Views that label their parts by id get one; fixed per component. */
  withId?: boolean;
  /**
   * Whether an instance needs its boundary. The view's reading runs inside its guard, so an
   * instance that renders only the view's own text and attributes has nothing left that can
   * throw; one that renders host content (an element as a label, a style object, a tooltip's
   * lazily loaded code) does. Without this option every instance gets one.
   */
  needsBoundary?: (props: P) => boolean;
}

/**
 * `contained` for the components drawn once per item in long lists (badges, meters): the
 * wrapper reads the settings and the boundary draws the view itself, so an instance costs two components
 * (the ref-forwarding wrapper and the boundary) instead of three plus a context hook, and one
 * when it needs no boundary (see `needsBoundary`).
 */
export function containedView<T, P extends object>(
  componentName: string,
  view: ComponentView<T, P>,
  { withId = false, needsBoundary }: ContainedViewOptions<P> = {},
) {
  const Contained = forwardRef<T, P>((props, ref) => {
    const settings = useContext(DecisionBlocksContext);
    // The option is fixed per component, so the hook order never changes.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    const id = withId ? useId() : '';
    if (needsBoundary && !needsBoundary(props as P)) return view(props as P, ref, settings, id);
    return (
      <ViewBoundary
        componentName={componentName}
        view={view as ComponentView<unknown, object>}
        viewProps={props}
        forwardedRef={ref as Ref<unknown>}
        settings={settings}
        id={id}
      />
    );
  });
  Contained.displayName = componentName;
  return Contained;
}

/** Wraps a public component that keeps state of its own in a boundary, forwarding the ref to its root. */
export function contained<T, P extends object>(
  componentName: string,
  Inner: ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<T>>,
) {
  return containedView<T, P>(componentName, (props, ref) => <Inner {...(props as PropsWithoutRef<P>)} ref={ref} />);
}
