import { Fragment, memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reciprocityOf, type Strategy } from '../../../shared/network/analysis.js';
import { layout, locate, ringBand } from '../../../shared/network/layout.js';
import { type MapModelId, mapModels, type SectorKind, supportTypes } from '../../../shared/network/model.js';
import { afterNextPaint } from '../../ui/useAfterFirstPaint.js';
import { useNetworkLabels } from './labels.js';

const strategies = ['reanimate', 'activate', 'unblock', 'intensify', 'maintain'] as const;
import type { MapAlter } from '../../../server/modules/network/answers.js';

const supportColours: Record<string, string> = {
  emotional: '#b5311d',
  practical: '#1d5c9c',
  companionship: '#2f7d32',
  informational: '#7a4aa0',
  advice: '#8a6d00',
};
const qualityFill: Record<string, string> = { supportive: '#d7efe9', mixed: '#fbe8c8', burdensome: '#f6d0cc' };

interface Props {
  model: MapModelId;
  alters: MapAlter[];
  ties: { a: string; b: string }[];
  centreLabel: string;
  onMove?: (alter: MapAlter, to: { closeness: number; sector: SectorKind }) => void;
  /** From the analysis: who may be overburdened, and the suggested strategy per alter. */
  marks?: { overburdened: readonly string[]; strategies: Record<string, Strategy> };
}

/**
 * The map as a picture: the person in the centre, rings and sectors of the model, alters placed by
 * the deterministic layout. Dragging a node (or arrow keys on a focused node) moves it to another
 * ring or sector; the list editor offers the same for everything else.
 */
export const MapDrawing = memo(function MapDrawing({ model, alters, ties, centreLabel, onMove, marks }: Props) {
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
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const placed = useMemo(
    () =>
      new Map(
        layout(
          alters.map((a) => ({
            id: a.id,
            closeness: a.closeness,
            sectorIndex: Math.max(0, (sectors as readonly string[]).indexOf(a.sector)),
          })),
          rings.length,
          sectors.length,
        ).map((p) => [p.id, p]),
      ),
    [alters, rings.length, sectors],
  );
  // Translated once per render, not once per node (150 nodes made 750 lookups).
  const names = useNetworkLabels();
  const ringLabels = rings.map((ring) => names.ring(model, ring));
  const sectorLabels = Object.fromEntries(sectors.map((s) => [s, names.sector(s)]));
  const reciprocityLabels = Object.fromEntries(
    (['both', 'receives_only', 'gives_only', 'none'] as const).map((r) => [r, t(`network.reciprocity.${r}`)]),
  );
  const overburdened = useMemo(() => new Set(marks?.overburdened ?? []), [marks?.overburdened]);
  const overburdenedLabel = t('network.drawingOverburdened');
  const strategyLetters = Object.fromEntries(strategies.map((s) => [s, t(`network.strategyLetter.${s}`)]));
  const strategyLabels = Object.fromEntries(strategies.map((s) => [s, t(`network.strategy.${s}`)]));
  const suggestedLabel = t('network.drawingSuggested');
  const nodeRadius = alters.length > 80 ? 0.018 : alters.length > 40 ? 0.026 : 0.034;

  const toSvg = (clientX: number, clientY: number) => {
    const matrix = svg.current?.getScreenCTM()?.inverse();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    return { x: point.x, y: point.y };
  };
  const move = (alter: MapAlter, closeness: number, sectorIndex: number) => {
    const sector = sectors[(sectorIndex + sectors.length) % sectors.length];
    const ring = Math.min(rings.length, Math.max(1, closeness));
    if (ring !== alter.closeness || sector !== alter.sector) onMove?.(alter, { closeness: ring, sector });
  };

  return (
    <svg
      ref={svg}
      className="map-drawing"
      viewBox="-1.5 -1.12 3 2.24"
      role="group"
      aria-label={t('network.drawingLabel')}
    >
      {rings
        .map((ring, i) => {
          const band = ringBand(i + 1, rings.length);
          return (
            <g key={ring}>
              <circle r={band.outer} className={`map-ring map-ring--${i % 2}`} />
              <text className="map-ring-label" x={0.005} y={-band.outer + 0.045} textAnchor="middle">
                {ringLabels[i]}
              </text>
            </g>
          );
        })
        .reverse()}
      <circle r={ringBand(1, rings.length).inner} className="map-centre" />
      <text className="map-centre-label" textAnchor="middle" dy="0.02">
        {centreLabel}
      </text>
      {sectors.map((sector, i) => {
        const angle = -Math.PI / 2 + (i * 2 * Math.PI) / sectors.length;
        const mid = angle + Math.PI / sectors.length;
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
            <text
              className="map-sector-label"
              x={1.06 * Math.cos(mid)}
              y={1.06 * Math.sin(mid)}
              textAnchor="middle"
              dominantBaseline="middle"
            >
              {sectorLabels[sector]}
            </text>
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
      {alters.map((alter) => {
        const p = drag?.id === alter.id ? drag : placed.get(alter.id);
        if (!p) return null;
        const reciprocity = reciprocityOf(alter);
        // The chosen strategy wins over the suggestion; a suggestion is drawn hollow.
        const strategy = alter.strategy ?? marks?.strategies[alter.id] ?? null;
        const suggested = !alter.strategy && strategy !== null;
        const warn = overburdened.has(alter.id);
        const label = [
          alter.name,
          ringLabels[alter.closeness - 1],
          sectorLabels[alter.sector],
          reciprocityLabels[reciprocity],
          warn ? overburdenedLabel : null,
          strategy ? `${strategyLabels[strategy]}${suggested ? ` (${suggestedLabel})` : ''}` : null,
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <Fragment key={alter.id}>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: a button when it can be moved (role set below), an image otherwise */}
            <g
              className={`map-node map-node--${alter.status}${alter.deceased ? ' map-node--deceased' : ''}`}
              transform={`translate(${p.x} ${p.y})`}
              tabIndex={onMove ? 0 : undefined}
              role={onMove ? 'button' : 'img'}
              aria-label={label}
              onKeyDown={(e) => {
                const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
                if (!step) return;
                e.preventDefault();
                move(alter, alter.closeness + step[0], (sectors as readonly string[]).indexOf(alter.sector) + step[1]);
              }}
              onPointerDown={(e) => {
                (e.currentTarget as Element).setPointerCapture(e.pointerId);
                setDrag({ id: alter.id, ...toSvg(e.clientX, e.clientY) });
              }}
              onPointerMove={(e) => drag?.id === alter.id && setDrag({ id: alter.id, ...toSvg(e.clientX, e.clientY) })}
              onPointerUp={(e) => {
                if (drag?.id !== alter.id) return;
                const at = toSvg(e.clientX, e.clientY);
                setDrag(null);
                const target = locate(at.x, at.y, rings.length, sectors.length);
                if (target) move(alter, target.closeness, target.sectorIndex);
              }}
              onPointerCancel={() => setDrag(null)}
            >
              <title>{label}</title>
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
                    r={nodeRadius * 0.28}
                    cx={nodeRadius * 1.1 * Math.cos(-Math.PI / 2 + i * 0.9)}
                    cy={nodeRadius * 1.1 * Math.sin(-Math.PI / 2 + i * 0.9)}
                    fill={supportColours[type]}
                  />
                ))}
              <text className="map-node-label" y={nodeRadius + 0.045} textAnchor="middle">
                {alter.deceased ? `${alter.name} †` : alter.name}
              </text>
            </g>
            {warn || strategy ? (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration beside the node; nothing in it takes focus
              <g className="map-node-marks" aria-hidden="true" transform={`translate(${p.x} ${p.y})`}>
                {warn ? (
                  <g className="map-node-warn" transform={`translate(${-nodeRadius * 1.15} ${-nodeRadius * 1.15})`}>
                    <path
                      d={`M0 ${-nodeRadius * 0.55} L${nodeRadius * 0.5} ${nodeRadius * 0.35} L${-nodeRadius * 0.5} ${nodeRadius * 0.35} Z`}
                    />
                    <text y={nodeRadius * 0.28} textAnchor="middle" fontSize={nodeRadius * 0.7}>
                      !
                    </text>
                  </g>
                ) : null}
                {strategy ? (
                  <g
                    className={`map-node-strategy${suggested ? ' map-node-strategy--suggested' : ''}`}
                    transform={`translate(${nodeRadius * 1.15} ${nodeRadius * 0.9})`}
                  >
                    <circle r={nodeRadius * 0.5} />
                    <text y={nodeRadius * 0.22} textAnchor="middle" fontSize={nodeRadius * 0.65}>
                      {strategyLetters[strategy]}
                    </text>
                  </g>
                ) : null}
              </g>
            ) : null}
          </Fragment>
        );
      })}
    </svg>
  );
});

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="map-legend" role="group" aria-label={t('network.legend')}>
      <h3>{t('network.legend')}</h3>
      <ul>
        {Object.entries(qualityFill).map(([quality, colour]) => (
          <li key={quality}>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="7" fill={colour} stroke="#1c2526" />
            </svg>
            {t(`network.quality.${quality}`)}
          </li>
        ))}
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="none" stroke="#1d5c63" strokeWidth="2" />
            <circle cx="8" cy="8" r="4" fill="#fff" stroke="#1c2526" />
          </svg>
          {t('network.legendMutual')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="#fff" stroke="#1c2526" strokeDasharray="2 2" />
          </svg>
          {t('network.legendGivesOnly')}
        </li>
        {supportTypes.map((type) => (
          <li key={type}>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="4" fill={supportColours[type]} />
            </svg>
            {t(`network.support.${type}`)}
          </li>
        ))}
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <path d="M8 2 L15 14 L1 14 Z" fill="#e07a3f" />
          </svg>
          {t('network.drawingOverburdened')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="#1d5c63" />
          </svg>
          {t('network.legendStrategy', {
            letters: strategies
              .map((s) => `${t(`network.strategyLetter.${s}`)} = ${t(`network.strategy.${s}`)}`)
              .join(', '),
          })}
        </li>
        <li>{t('network.legendShapes')}</li>
      </ul>
    </div>
  );
}
