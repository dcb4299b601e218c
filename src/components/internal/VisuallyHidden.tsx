import type { ReactNode } from 'react';

/** Text for assistive technology only; without the stylesheet it stays visible and readable. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="dblk-visually-hidden">{children}</span>;
}
