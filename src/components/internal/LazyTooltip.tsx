'use client';
import { lazy, Suspense, useState, type ReactElement, type ReactNode } from 'react';
import { useDecisionBlocks } from '../../provider/context';

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
  const { tooltipContainer } = useDecisionBlocks();
  const [activation, setActivation] = useState<'none' | 'pointer' | 'focus'>('none');
  const [open, setOpen] = useState(false);

  const trigger = children({
    onPointerEnter: () => {
      if (activation === 'none') setActivation('pointer');
    },
    onFocus: () => {
      if (activation !== 'none') return;
      setActivation('focus');
      setOpen(true);
    },
  });
  if (activation === 'none') return trigger;
  return (
    <Suspense fallback={trigger}>
      <RadixTooltip
        open={open}
        onOpenChange={setOpen}
        trigger={trigger}
        content={content}
        container={tooltipContainer}
        refocus={activation === 'focus'}
      />
    </Suspense>
  );
}
