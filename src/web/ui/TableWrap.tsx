import type { ReactNode } from 'react';

/**
 * The box around a table that may be wider than the screen. The table scrolls inside it rather
 * than the page, and the box takes keyboard focus so that someone without a mouse can scroll it
 * with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableWrap({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-wrap" tabIndex={0}>
      {children}
    </div>
  );
}
