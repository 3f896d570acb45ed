import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type MapModelId, mapModels, type SectorKind } from '../../../shared/network/model.js';
import type { MapAlter } from '../../../server/modules/network/answers.js';
import { Button } from '../../ui/basics.js';
import { useModalDialog } from '../../ui/useModalDialog.js';
import { useNetworkLabels } from './labels.js';
import type { Audience } from './MapDrawing.js';

/**
 * One person of the map in words, opened by a tap or Enter on them (issue 14), with their circle
 * and part to choose: the way to place or move someone by touch or keyboard. When a tap reaches
 * several people close together it first asks which one, with large buttons. Escape closes it and
 * the focus goes back to the person on the map.
 */
export function AlterDetails({
  ids,
  alters,
  model,
  audience,
  overburdened,
  onChoose,
  onMove,
  onClose,
}: {
  ids: string[];
  alters: MapAlter[];
  model: MapModelId;
  audience: Audience;
  overburdened: readonly string[];
  onChoose: (id: string) => void;
  onMove?: (alter: MapAlter, to: { closeness: number; sector: SectorKind }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const names = useNetworkLabels();
  const chosen = ids.map((id) => alters.find((a) => a.id === id)).filter((a): a is MapAlter => Boolean(a));
  const open = chosen.length > 0;
  const dialog = useModalDialog(open);
  // Where the focus goes back to: the person first opened.
  const returnTo = useRef<string | null>(null);
  if (open && returnTo.current === null) returnTo.current = chosen[0].id;
  const close = () => {
    onClose();
    // Back to the person on the map (or the name beside it), so the keyboard continues there.
    const id = returnTo.current;
    returnTo.current = null;
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement | SVGElement>(`[data-alter="${id}"]`)?.focus({ preventScroll: true }),
    );
  };
  const { rings, sectors } = mapModels[model];
  const alter = chosen.length === 1 ? chosen[0] : null;
  const list = (kinds: string[]) => kinds.map((k) => t(`network.support.${k}`)).join(', ');
  return (
    <dialog
      ref={dialog}
      className="map-details"
      aria-labelledby="map-details-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {chosen.length > 1 ? (
        <>
          <h2 id="map-details-title">{t('network.pickTitle')}</h2>
          <ul className="map-pick">
            {chosen.map((a) => (
              <li key={a.id}>
                <Button variant="secondary" onClick={() => onChoose(a.id)}>
                  {a.name}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {alter ? (
        <>
          <h2 id="map-details-title">
            {alter.name}
            {alter.deceased ? ' †' : ''}
          </h2>
          <dl className="details">
            {alter.placed ? null : (
              <div>
                <dt>{t('network.fields.closeness')}</dt>
                <dd>{t('network.notPlacedYet')}</dd>
              </div>
            )}
            <div>
              <dt>{t('network.fields.relationship')}</dt>
              <dd>{t(`network.relationship.${alter.relationship}`)}</dd>
            </div>
            <div>
              <dt>{t('network.fields.quality')}</dt>
              <dd>{t(`network.quality.${alter.quality}`)}</dd>
            </div>
            <div>
              <dt>{t('network.receivesFrom')}</dt>
              <dd>{alter.receives.length ? list(alter.receives) : t('network.nothingYet')}</dd>
            </div>
            <div>
              <dt>{t('network.givesTo')}</dt>
              <dd>{alter.gives.length ? list(alter.gives) : t('network.nothingYet')}</dd>
            </div>
            <div>
              <dt>{t('network.fields.status')}</dt>
              <dd>{t(`network.status.${alter.status}`)}</dd>
            </div>
            {alter.frequency ? (
              <div>
                <dt>{t('network.fields.frequency')}</dt>
                <dd>{t(`network.frequency.${alter.frequency}`)}</dd>
              </div>
            ) : null}
            {audience === 'worker' && alter.strategy ? (
              <div>
                <dt>{t('network.fields.strategy')}</dt>
                <dd>{t(`network.strategy.${alter.strategy}`)}</dd>
              </div>
            ) : null}
            {audience === 'worker' && overburdened.includes(alter.id) ? (
              <div>
                <dt>{t('network.overburdenTitle')}</dt>
                <dd>{t('network.legendOverburdened')}</dd>
              </div>
            ) : null}
          </dl>
          {onMove ? (
            <fieldset className="map-details-place">
              <legend>{alter.placed ? t('network.moveTitle') : t('network.placeTitle')}</legend>
              <label>
                {t('network.fields.closeness')}
                <select
                  value={alter.placed ? alter.closeness : ''}
                  onChange={(e) => onMove(alter, { closeness: Number(e.target.value), sector: alter.sector })}
                >
                  {alter.placed ? null : <option value="">{t('network.chooseRing')}</option>}
                  {rings.map((ring, i) => (
                    <option key={ring} value={i + 1}>
                      {names.ring(model, ring)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('network.fields.sector')}
                <select
                  value={alter.placed ? alter.sector : ''}
                  onChange={(e) => onMove(alter, { closeness: alter.closeness, sector: e.target.value as SectorKind })}
                >
                  {alter.placed ? null : <option value="">{t('network.chooseSector')}</option>}
                  {sectors.map((sector) => (
                    <option key={sector} value={sector}>
                      {names.sector(sector)}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
          ) : null}
        </>
      ) : null}
      <div className="button-row">
        <Button onClick={close}>{t('network.closeDetails')}</Button>
      </div>
    </dialog>
  );
}
