import { type RefObject, useEffect, useMemo, useState } from 'react';

/**
 * The drawing's width on screen in whole pixels, followed as it is resized, so names and touch
 * targets keep their size on screen on a phone, a tablet and a wall screen alike. Null until the
 * first measurement. Measured by a ResizeObserver, after the browser's own layout, not by asking
 * for the size during React's commit: that forced an extra layout of the whole page and made one
 * long task of two (bench/first-screens.ts). The drawing keeps its proportions, so nothing moves
 * when the names arrive a frame later.
 */
export function useDrawingWidth(element: RefObject<Element | null>): number | null {
  const [widthPx, setWidthPx] = useState<number | null>(null);
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      // Whole pixels: a sub-pixel change in width must not place every name again.
      if (width > 0) setWidthPx(Math.round(width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [element]);
  return widthPx;
}

/** Width of a text in pixels in the page's own font, measured once per text and size. */
export function useTextMeasure(fontPx: number, weight = 400): (text: string) => number {
  return useMemo(() => {
    const context = document.createElement('canvas').getContext('2d');
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    const widths = new Map<string, number>();
    if (context) context.font = `${weight} ${fontPx}px ${family}`;
    return (text: string) => {
      let width = widths.get(text);
      if (width === undefined) {
        // Without a canvas (never in a real browser) a generous estimate.
        width = context ? context.measureText(text).width : text.length * fontPx * 0.62;
        widths.set(text, width);
      }
      return width;
    };
  }, [fontPx, weight]);
}
