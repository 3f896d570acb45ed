import { type RefObject, useLayoutEffect, useMemo, useState } from 'react';

/**
 * The drawing's width on screen in whole pixels, followed as it is resized, so names and touch
 * targets keep their size on screen on a phone, a tablet and a wall screen alike. Null until the
 * first measurement, which happens before the first paint: the drawing is then drawn once, at its
 * real size, instead of twice.
 */
export function useDrawingWidth(element: RefObject<Element | null>): number | null {
  const [widthPx, setWidthPx] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    const update = () => {
      const width = el.getBoundingClientRect().width;
      // Whole pixels: a sub-pixel change in width must not place every name again.
      if (width > 0) setWidthPx(Math.round(width));
    };
    update();
    const observer = new ResizeObserver(update);
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
