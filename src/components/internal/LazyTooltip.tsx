'use client';
import { lazy, Suspense, useState, type ReactElement, type ReactNode } from 'react';

const RadixTooltip = lazy(() => import('./RadixTooltip'));

export interface TooltipTriggerProps {
  onPointerEnter: () => void;
  onFocus: () => void;
}

export interface LazyTooltipProps {
  content: ReactNode;
  /** Renders the focusable trigger; spread the given props onto it. */
  children: (props: TooltipTriggerProps) => ReactElement;
}

/**
 * A tooltip whose machinery (Radix Tooltip, its provider and positioning code) is loaded and
 * mounted only when its trigger is first hovered or focused, so long lists stay cheap.
 */
export function LazyTooltip({ content, children }: LazyTooltipProps) {
  // The only state a trigger carries until it is first used; Radix and its own state come later.
  const [activation, setActivation] = useState<'none' | 'pointer' | 'focus'>('none');

  const trigger = children({
    onPointerEnter: () => {
      if (activation === 'none') setActivation('pointer');
    },
    onFocus: () => {
      if (activation === 'none') setActivation('focus');
    },
  });
  if (activation === 'none') return trigger;
  return (
    <Suspense fallback={trigger}>
      <RadixTooltip trigger={trigger} content={content} focused={activation === 'focus'} />
    </Suspense>
  );
}
