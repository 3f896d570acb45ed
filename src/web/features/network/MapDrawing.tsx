import { Fragment, memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reciprocityOf } from '../../../shared/network/analysis.js';
import { type PlacedLabel, placeLabels } from '../../../shared/network/label-layout.js';
import { type FrameText, type MapFrame, mapFrame } from '../../../shared/network/map-frame.js';
import { layout, locate, ringBand } from '../../../shared/network/layout.js';
import {
  type MapModelId,
  mapModels,
  type SectorKind,
  strategies,
  supportTypes,
} from '../../../shared/network/model.js';
import type { MapAlter } from '../../../server/modules/network/answers.js';
import { afterNextPaint } from '../../ui/useAfterFirstPaint.js';
import { useNetworkLabels } from './labels.js';
import { qualityFill, supportColours } from './mapColours.js';
import { UnplacedTray } from './UnplacedTray.js';
import { useDrawingWidth, useTextMeasure } from './useDrawingScale.js';

/** Who looks: the worker sees the method's marks; together with the person only what they mean. */
export type Audience = 'worker' | 'client';

export interface MapDrawingProps {
  model: MapModelId;
  alters: MapAlter[];
  ties: { a: string; b: string }[];
  centreLabel: string;
  /** Moving someone to another ring or sector, or placing a name that waited beside the map. */
  onMove?: (alter: MapAlter, to: { closeness: number; sector: SectorKind }) => void;
  /** A tap, click or Enter on people: one id opens their details, several close together a picker. */
  onOpen?: (ids: string[]) => void;
  /** From the analysis: who may be overburdened (shown to the worker only). */
  overburdened?: readonly string[];
  audience?: Audience;
  /** Size of the names on screen; larger when looking at the map together. */
  fontPx?: number;
}

/** Screen pixels: a finger's target (WCAG 2.5.5 asks 44) and how far a press moves before it is a drag. */
const targetPx = 44;
const dragPx = 6;

/** The drawing's size before its width is known: only the empty frame is drawn with it. */
const unmeasuredFrame: MapFrame = {
  viewBox: { x: -1.5, y: -1.12, w: 3, h: 2.24 },
  unit: 3 / 720,
  lineHeight: 0,
  textScale: 1,
  ringTexts: [],
  sectorTexts: [],
  obstacles: [],
};

/** A ring's or sector's name, over one or more lines. */
function FrameLabel({ text, className, scale }: { text: FrameText; className: string; scale: number }) {
  return (
    <text className={className} x={text.x} y={text.y} textAnchor={text.anchor} fontSize={`${scale}em`}>
      {text.lines.map((line, i) => (
        <tspan key={line} x={text.x} dy={i === 0 ? 0 : '1.25em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The map as a picture: the person in the centre, rings and sectors of the model, people placed
 * by the deterministic layout and their names by the label layout (no two overlap). Dragging a
 * person (or arrow keys) moves them; a tap or Enter opens their details.
 */
export const MapDrawing = memo(function MapDrawing({
  model,
  alters,
  ties,
  centreLabel,
  onMove,
  onOpen,
  overburdened: overburdenedIds,
  audience = 'worker',
  fontPx = 13,
}: MapDrawingProps) {
  const { t } = useTranslation();
  const { rings, sectors } = mapModels[model];
  const svg = useRef<SVGSVGElement>(null);
  // Render time of the drawing (layout, React, DOM, up to the painted frame) as a performance
  // measure, so the benchmark can read it in Chromium (bench/network.ts). Costs nothing otherwise.
  const renderStart = performance.now();
  useLayoutEffect(() => {
    const committed = performance.now();
    afterNextPaint(() =>
      performance.measure('kring:map-render', {
        start: renderStart,
        end: performance.now(),
        detail: { alters: alters.length, commitMs: committed - renderStart },
      }),
    );
  });
  const measuredWidth = useDrawingWidth(svg);
  const measure = useTextMeasure(fontPx);
  const measureBold = useTextMeasure(fontPx, 600);
  const [press, setPress] = useState<{ id: string; from: { x: number; y: number }; dragging: boolean } | null>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  // A name shortened or left out for room is shown whole while its person has the focus.
  const [focused, setFocused] = useState<string | null>(null);
  const dragged = useRef(false);

  const onMap = useMemo(() => alters.filter((a) => a.placed), [alters]);
  const waiting = useMemo(() => alters.filter((a) => !a.placed), [alters]);
  const placed = useMemo(
    () =>
      new Map(
        layout(
          onMap.map((a) => ({
            id: a.id,
            closeness: a.closeness,
            sectorIndex: Math.max(0, (sectors as readonly string[]).indexOf(a.sector)),
          })),
          rings.length,
          sectors.length,
        ).map((p) => [p.id, p]),
      ),
    [onMap, rings.length, sectors],
  );
  // Translated once per render, not once per node (150 nodes made 750 lookups).
  const names = useNetworkLabels();
  const ringLabels = rings.map((ring) => names.ring(model, ring));
  const sectorLabels = Object.fromEntries(sectors.map((s) => [s, names.sector(s)]));
  const reciprocityLabels = Object.fromEntries(
    (['both', 'receives_only', 'gives_only', 'none'] as const).map((r) => [r, t(`network.reciprocity.${r}`)]),
  );
  const forWorker = audience === 'worker';
  const overburdened = useMemo(() => new Set(forWorker ? (overburdenedIds ?? []) : []), [overburdenedIds, forWorker]);
  const overburdenedLabel = t('network.drawingOverburdened');
  const strategyLetters = Object.fromEntries(strategies.map((s) => [s, t(`network.strategyLetter.${s}`)]));
  // Ring and sector names, the centre and the drawing's size: fixed places the names of people
  // keep clear of. The names are compared by their text (the arrays are new on every render).
  const ringKey = ringLabels.join('\n');
  const sectorKey = sectors.map((s) => sectorLabels[s]).join('\n');
  const frame = useMemo(
    () =>
      measuredWidth === null
        ? unmeasuredFrame
        : mapFrame({
            ringLabels: ringKey.split('\n'),
            sectorLabels: sectorKey.split('\n'),
            widthPx: measuredWidth,
            fontPx,
            measure,
            measureBold,
          }),
    [ringKey, sectorKey, measuredWidth, fontPx, measure, measureBold],
  );
  const { unit, viewBox } = frame;
  // A dot of 8 px radius where there is room, smaller in a crowded map; never under 4 px.
  const crowded = onMap.length > 80 ? 0.018 : onMap.length > 40 ? 0.026 : 0.034;
  const nodeRadius = Math.max(4 * unit, Math.min(Math.max(8, fontPx * 0.6) * unit, crowded * (fontPx / 13)));
  const hitRadius = Math.max(nodeRadius, (targetPx / 2) * unit);

  const labels = useMemo(() => {
    if (measuredWidth === null) return new Map<string, PlacedLabel>();
    const started = performance.now();
    const nodes = onMap.flatMap((a) => {
      const p = placed.get(a.id);
      return p ? [{ id: a.id, x: p.x, y: p.y, text: a.deceased ? `${a.name} †` : a.name }] : [];
    });
    const placedLabels = placeLabels(nodes, {
      unit,
      fontPx,
      measure,
      nodeRadius,
      bounds: frame.viewBox,
      obstacles: frame.obstacles,
    });
    // For the benchmark (bench/network.ts): how long placing the names took.
    performance.measure('kring:map-labels', { start: started, end: performance.now() });
    return new Map(placedLabels.map((l) => [l.id, l]));
  }, [measuredWidth, onMap, placed, unit, fontPx, measure, nodeRadius, frame]);

  const toSvg = (clientX: number, clientY: number) => {
    const matrix = svg.current?.getScreenCTM()?.inverse();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    return { x: point.x, y: point.y };
  };
  const move = (alter: MapAlter, closeness: number, sectorIndex: number) => {
    const sector = sectors[(sectorIndex + sectors.length) % sectors.length];
    const ring = Math.min(rings.length, Math.max(1, closeness));
    if (!alter.placed || ring !== alter.closeness || sector !== alter.sector)
      onMove?.(alter, { closeness: ring, sector });
  };
  const dropAt = (alter: MapAlter, clientX: number, clientY: number) => {
    const at = toSvg(clientX, clientY);
    const target = locate(at.x, at.y, rings.length, sectors.length);
    if (target) move(alter, target.closeness, target.sectorIndex);
  };
  /** Everyone whose dot is within a finger's reach of the point, nearest first. */
  const underFinger = (at: { x: number; y: number }) =>
    [...placed.values()]
      .map((p) => ({ id: p.id, d: Math.hypot(p.x - at.x, p.y - at.y) }))
      .filter((p) => p.d <= hitRadius)
      .sort((a, b) => a.d - b.d)
      .map((p) => p.id);
  const interactive = Boolean(onMove || onOpen);
  const focusedLabel = (id: string | null) => {
    const alter = id ? onMap.find((a) => a.id === id) : undefined;
    const at = id ? placed.get(id) : undefined;
    const label = id ? labels.get(id) : undefined;
    if (!alter || !at || (label?.text && !label.shortened)) return null;
    const text = alter.deceased ? `${alter.name} †` : alter.name;
    const w = (measure(text) + 12) * unit;
    const h = fontPx * 1.5 * unit;
    const x = Math.min(Math.max(at.x - w / 2, viewBox.x), viewBox.x + viewBox.w - w);
    const y = Math.max(at.y - nodeRadius - h - 4 * unit, viewBox.y);
    return (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a picture of the name the focused node already says; nothing in it takes focus
      <g className="map-focus-label" aria-hidden="true">
        <rect x={x} y={y} width={w} height={h} rx={h / 4} />
        <text x={x + w / 2} y={y + h * 0.7} textAnchor="middle">
          {text}
        </text>
      </g>
    );
  };

  return (
    <div className="map-drawing-wrap">
      {waiting.length > 0 ? (
        <UnplacedTray
          waiting={waiting}
          onOpen={onOpen}
          onDrag={onMove ? (alter, x, y) => setDrag(x === null ? null : { id: alter.id, ...toSvg(x, y!) }) : undefined}
          onDrop={onMove ? dropAt : undefined}
        />
      ) : null}
      <svg
        ref={svg}
        className="map-drawing"
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.w} ${viewBox.h}`}
        role="group"
        // A tap anywhere within a finger's reach of people opens them (44 px targets without a
        // shape per person: a map of 150 draws as fast as before). Keyboard: Enter on a person.
        onPointerUp={(e) => {
          if (dragged.current) {
            dragged.current = false;
            return;
          }
          if (!onOpen) return;
          const ids = underFinger(toSvg(e.clientX, e.clientY));
          if (ids.length > 0) onOpen(ids);
        }}
        aria-label={t('network.drawingLabel')}
        style={{
          fontSize: `${fontPx * unit}px`,
          // Never taller than the screen: the whole map stays in view.
          maxWidth: `min(100%, calc((100dvh - 5rem) * ${(viewBox.w / viewBox.h).toFixed(3)}))`,
        }}
      >
        {/* Drawn once its width is known (before the first paint), so names are placed once. */}
        {measuredWidth === null ? null : (
          <>
            {rings
              .map((ring, i) => (
                <g key={ring}>
                  <circle r={ringBand(i + 1, rings.length).outer} className={`map-ring map-ring--${i % 2}`} />
                  <FrameLabel className="map-ring-label" text={frame.ringTexts[i]} scale={frame.textScale} />
                </g>
              ))
              .reverse()}
            <circle r={ringBand(1, rings.length).inner} className="map-centre" />
            <text
              className="map-centre-label"
              textAnchor="middle"
              dominantBaseline="middle"
              // The person's name fits inside the centre: smaller on a phone or for a long name.
              fontSize={Math.min(
                fontPx * 1.1 * unit,
                (ringBand(1, rings.length).inner * 1.7 * fontPx) / Math.max(1, measureBold(centreLabel)),
              )}
            >
              {centreLabel}
            </text>
            {sectors.map((sector, i) => {
              const angle = -Math.PI / 2 + (i * 2 * Math.PI) / sectors.length;
              const inner = ringBand(1, rings.length).inner;
              return (
                <g key={sector}>
                  <line
                    className="map-sector-line"
                    x1={inner * Math.cos(angle)}
                    y1={inner * Math.sin(angle)}
                    x2={Math.cos(angle)}
                    y2={Math.sin(angle)}
                  />
                  <FrameLabel className="map-sector-label" text={frame.sectorTexts[i]} scale={frame.textScale} />
                </g>
              );
            })}
            {ties.map((tie) => {
              const a = placed.get(tie.a);
              const b = placed.get(tie.b);
              return a && b ? (
                <line key={`${tie.a}-${tie.b}`} className="map-tie" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              ) : null;
            })}
            {onMap.map((alter) => {
              const home = placed.get(alter.id);
              if (!home) return null;
              const p = drag?.id === alter.id ? drag : home;
              const reciprocity = reciprocityOf(alter);
              const strategy = forWorker ? alter.strategy : null;
              const warn = overburdened.has(alter.id);
              const label = labels.get(alter.id);
              const accessibleName = [
                alter.deceased ? `${alter.name} †` : alter.name,
                ringLabels[alter.closeness - 1],
                sectorLabels[alter.sector],
                reciprocityLabels[reciprocity],
                warn ? overburdenedLabel : null,
                strategy ? t(`network.strategy.${strategy}`) : null,
              ]
                .filter(Boolean)
                .join(', ');
              return (
                <Fragment key={alter.id}>
                  {label?.box && label.leader && drag?.id !== alter.id ? (
                    <line
                      className="map-leader"
                      x1={home.x}
                      y1={home.y}
                      x2={Math.min(Math.max(home.x, label.box.x), label.box.x + label.box.w)}
                      y2={Math.min(Math.max(home.y, label.box.y), label.box.y + label.box.h)}
                    />
                  ) : null}
                  {/* biome-ignore lint/a11y/noStaticElementInteractions: a button when it can be opened or moved (role set below), an image otherwise */}
                  <g
                    className={`map-node map-node--${alter.status}${alter.deceased ? ' map-node--deceased' : ''}`}
                    transform={`translate(${p.x} ${p.y})`}
                    tabIndex={interactive ? 0 : undefined}
                    role={interactive ? 'button' : 'img'}
                    aria-label={accessibleName}
                    data-alter={alter.id}
                    onFocus={() => setFocused(alter.id)}
                    onBlur={() => setFocused(null)}
                    onKeyDown={(e) => {
                      if ((e.key === 'Enter' || e.key === ' ') && onOpen) {
                        e.preventDefault();
                        onOpen([alter.id]);
                        return;
                      }
                      const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[
                        e.key
                      ];
                      if (!step || !onMove) return;
                      e.preventDefault();
                      move(
                        alter,
                        alter.closeness + step[0],
                        (sectors as readonly string[]).indexOf(alter.sector) + step[1],
                      );
                    }}
                    onPointerDown={(e) => {
                      if (!interactive) return;
                      (e.currentTarget as Element).setPointerCapture(e.pointerId);
                      setPress({ id: alter.id, from: { x: e.clientX, y: e.clientY }, dragging: false });
                    }}
                    onPointerMove={(e) => {
                      if (press?.id !== alter.id || !onMove) return;
                      const moved = Math.hypot(e.clientX - press.from.x, e.clientY - press.from.y) > dragPx;
                      if (!press.dragging && !moved) return;
                      if (!press.dragging) setPress({ ...press, dragging: true });
                      setDrag({ id: alter.id, ...toSvg(e.clientX, e.clientY) });
                    }}
                    onPointerUp={(e) => {
                      if (press?.id !== alter.id) return;
                      setPress(null);
                      setDrag(null);
                      if (press.dragging) {
                        dragged.current = true;
                        dropAt(alter, e.clientX, e.clientY);
                      }
                    }}
                    onPointerCancel={() => {
                      setPress(null);
                      setDrag(null);
                    }}
                  >
                    <title>{accessibleName}</title>
                    {reciprocity === 'both' ? <circle r={nodeRadius * 1.45} className="map-node-mutual" /> : null}
                    {alter.kind === 'person' ? (
                      <circle
                        r={nodeRadius}
                        fill={qualityFill[alter.quality]}
                        className={`map-node-shape map-node-shape--${reciprocity}`}
                      />
                    ) : (
                      <rect
                        x={-nodeRadius}
                        y={-nodeRadius}
                        width={nodeRadius * 2}
                        height={nodeRadius * 2}
                        rx={alter.kind === 'group' ? nodeRadius * 0.4 : 0}
                        transform={alter.kind === 'pet' ? 'rotate(45)' : undefined}
                        fill={qualityFill[alter.quality]}
                        className={`map-node-shape map-node-shape--${reciprocity}`}
                      />
                    )}
                    {supportTypes
                      .filter((type) => alter.receives.includes(type))
                      .map((type, i) => (
                        <circle
                          key={type}
                          r={nodeRadius * 0.42}
                          cx={nodeRadius * 1.1 * Math.cos(-Math.PI / 2 + i * 0.9)}
                          cy={nodeRadius * 1.1 * Math.sin(-Math.PI / 2 + i * 0.9)}
                          fill={supportColours[type]}
                        />
                      ))}
                    {label?.box ? (
                      <text
                        className="map-node-label"
                        x={label.box.x + label.box.w / 2 - home.x}
                        y={label.box.y + label.box.h * 0.78 - home.y}
                        textAnchor="middle"
                      >
                        {label.text}
                      </text>
                    ) : null}
                  </g>
                  {warn || strategy ? (
                    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration beside the node; nothing in it takes focus
                    <g className="map-node-marks" aria-hidden="true" transform={`translate(${p.x} ${p.y})`}>
                      {warn ? (
                        <g
                          className="map-node-warn"
                          transform={`translate(${-nodeRadius * 1.15} ${-nodeRadius * 1.15})`}
                        >
                          <path
                            d={`M0 ${-nodeRadius * 0.6} L${nodeRadius * 0.55} ${nodeRadius * 0.4} L${-nodeRadius * 0.55} ${nodeRadius * 0.4} Z`}
                          />
                        </g>
                      ) : null}
                      {strategy ? (
                        <g
                          className="map-node-strategy"
                          transform={`translate(${nodeRadius * 1.15} ${nodeRadius * 0.9})`}
                        >
                          <circle r={nodeRadius * 0.6} />
                          <text y={nodeRadius * 0.25} textAnchor="middle" fontSize={nodeRadius * 0.8}>
                            {strategyLetters[strategy]}
                          </text>
                        </g>
                      ) : null}
                    </g>
                  ) : null}
                </Fragment>
              );
            })}
            {focusedLabel(focused)}
            {drag && !placed.has(drag.id) ? (
              <circle className="map-node-ghost" cx={drag.x} cy={drag.y} r={nodeRadius} />
            ) : null}
          </>
        )}
      </svg>
    </div>
  );
});
