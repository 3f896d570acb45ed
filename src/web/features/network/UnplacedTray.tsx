import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapAlter } from '../../../server/modules/network/answers.js';

/**
 * Names typed in quick-add that nobody has placed yet, beside the map where everyone can see them
 * (issue 14): not given a ring and sector as if that had been chosen. Drag one onto the map, or
 * open it (tap, Enter) and choose its circle and part.
 */
export function UnplacedTray({
  waiting,
  onOpen,
  onDrag,
  onDrop,
}: {
  waiting: MapAlter[];
  onOpen?: (ids: string[]) => void;
  /** While a name is dragged: where the pointer is (null when the drag ends). */
  onDrag?: (alter: MapAlter, clientX: number | null, clientY?: number) => void;
  onDrop?: (alter: MapAlter, clientX: number, clientY: number) => void;
}) {
  const { t } = useTranslation();
  const press = useRef<{ id: string; x: number; y: number; dragging: boolean } | null>(null);
  return (
    <div className="map-tray">
      <p className="map-tray-title" id="map-tray-title">
        {t('network.unplacedTitle', { count: waiting.length })}
      </p>
      <ul aria-labelledby="map-tray-title">
        {waiting.map((alter) => (
          <li key={alter.id}>
            <button
              type="button"
              className="map-tray-name"
              disabled={!onOpen}
              onClick={() => {
                // A drag that ended is not a click.
                if (press.current?.dragging) return;
                onOpen?.([alter.id]);
              }}
              onPointerDown={(e) => {
                if (!onDrop) return;
                e.currentTarget.setPointerCapture(e.pointerId);
                press.current = { id: alter.id, x: e.clientX, y: e.clientY, dragging: false };
              }}
              onPointerMove={(e) => {
                const p = press.current;
                if (p?.id !== alter.id) return;
                if (!p.dragging && Math.hypot(e.clientX - p.x, e.clientY - p.y) < 6) return;
                p.dragging = true;
                onDrag?.(alter, e.clientX, e.clientY);
              }}
              onPointerUp={(e) => {
                const p = press.current;
                if (p?.id !== alter.id) return;
                onDrag?.(alter, null);
                if (p.dragging) onDrop?.(alter, e.clientX, e.clientY);
                // Cleared after the click that follows this pointer-up.
                setTimeout(() => {
                  press.current = null;
                });
              }}
            >
              {alter.name}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('network.unplacedHint')}</p>
    </div>
  );
}
