'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useSettings } from '../../provider/context';
import type { TooltipActivation } from './LazyTooltip';

/** Radix's hover delay, also used for the first hover, which Radix itself never sees. */
const HOVER_DELAY_MS = 300;

export interface RadixTooltipProps {
  trigger: ReactElement;
  content: ReactNode;
  /**
   * What first used the trigger. Mounting this tree replaced the trigger element, so Radix saw
   * neither that pointer entering nor that focus: keyboard focus opens the tooltip at once and
   * goes back to the trigger; a pointer still resting on the trigger once the hover delay has
   * passed opens it, without waiting for another pointer move.
   */
  activation: TooltipActivation;
}

export default function RadixTooltip({ trigger, content, activation }: RadixTooltipProps) {
  const { tooltipContainer } = useSettings();
  const [open, setOpen] = useState(activation.kind === 'focus');
  // Opened for a pointer that Radix never saw enter, so Radix will not see it leave either.
  const [openedForResting, setOpenedForResting] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const firstActivation = useRef(activation);
  useEffect(() => {
    const first = firstActivation.current;
    if (first.kind === 'focus') {
      triggerRef.current?.focus();
      return undefined;
    }
    const remaining = Math.max(0, HOVER_DELAY_MS - (performance.now() - first.at));
    const timer = setTimeout(() => {
      if (!triggerRef.current?.matches(':hover')) return;
      setOpen(true);
      setOpenedForResting(true);
    }, remaining);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    const trigger = triggerRef.current;
    if (!openedForResting || !open || !trigger) return undefined;
    const doc = trigger.ownerDocument;
    const onPointerMove = (event: PointerEvent) => {
      if (trigger.matches(':hover')) return;
      const content = contentRef.current;
      if (content && event.composedPath().includes(content)) return;
      setOpen(false);
      setOpenedForResting(false);
    };
    doc.addEventListener('pointermove', onPointerMove);
    return () => doc.removeEventListener('pointermove', onPointerMove);
  }, [openedForResting, open]);
  return (
    <Tooltip.Provider delayDuration={HOVER_DELAY_MS} skipDelayDuration={HOVER_DELAY_MS}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger asChild ref={triggerRef}>
          {trigger}
        </Tooltip.Trigger>
        <Tooltip.Portal container={tooltipContainer ?? undefined}>
          <Tooltip.Content ref={contentRef} className="dblk-tooltip" sideOffset={6} collisionPadding={8}>
            {content}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
