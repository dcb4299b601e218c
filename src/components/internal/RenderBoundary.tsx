'use client';
import {
  Component,
  forwardRef,
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
  id: string;
}

/** A RenderBoundary that draws its component itself: one class instance, no inner component. */
class ViewBoundary<T, P> extends RenderBoundary {
  static override contextType = DecisionBlocksContext;
  declare context: ContextSettings;
  declare props: ViewBoundaryProps<T, P>;

  override render(): ReactNode {
    if (this.state.failure) return <Unavailable failure={this.state.failure} />;
    const { view, viewProps, forwardedRef, id } = this.props;
    return view(viewProps, forwardedRef, this.context, id);
  }
}

/**
 * `contained` for the components drawn once per item in long lists (badges, meters): the
 * boundary reads the settings and draws the view itself, so an instance costs two components
 * (the ref-forwarding wrapper and the boundary) instead of three plus a context hook.
 */
export function containedView<T, P extends object>(
  componentName: string,
  view: ComponentView<T, P>,
  { withId = false }: { withId?: boolean } = {},
) {
  const Contained = forwardRef<T, P>((props, ref) => (
    <ViewBoundary
      componentName={componentName}
      view={view as ComponentView<unknown, object>}
      viewProps={props}
      forwardedRef={ref as Ref<unknown>}
      // Only views that label their parts by id pay for one; the option is fixed per component.
      // eslint-disable-next-line react-hooks/rules-of-hooks
      id={withId ? useId() : ''}
    />
  ));
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
