import { useTranslation } from 'react-i18next';
import { type Analysis, isActive, overburdenReason } from '../../../shared/network/analysis.js';
import { countByKind } from '../../../shared/network/sheet.js';
import { type MapModelId, mapModels, supportTypes } from '../../../shared/network/model.js';
import { Card } from '../../ui/basics.js';
import { useNetworkLabels } from './labels.js';
import type { MapAlter } from '../../../server/modules/network/answers.js';

const percent = (value: number | null) => (value === null ? null : Math.round(value * 100));

/** The analysis in plain words: what stands out, as a starting point for the conversation. */
export function AnalysisPanel({
  analysis,
  alters,
  model,
}: {
  analysis: Analysis;
  alters: MapAlter[];
  model: MapModelId;
}) {
  const { t } = useTranslation();
  const names = useNetworkLabels();
  const name = (id: string) => alters.find((a) => a.id === id)?.name ?? '';
  // Counted as the person would say it: a dog is not one of "the people" (issue 19).
  const kinds = countByKind(alters.filter(isActive));
  const rings = mapModels[model].rings;
  const a = analysis;
  return (
    <Card title={t('network.analysis')}>
      <p className="muted small">{t('network.analysisIntro')}</p>
      {a.unplaced > 0 ? <p className="callout">{t('network.unplacedAnalysis', { count: a.unplaced })}</p> : null}
      <h3>{t('network.sizeTitle')}</h3>
      <p>
        {t('network.size', { count: kinds.people })}
        {kinds.groups > 0 ? ` ${t('network.sizeGroups', { count: kinds.groups })}` : ''}
        {kinds.pets > 0 ? ` ${t('network.sizePets', { count: kinds.pets })}` : ''}
      </p>
      <ul>
        {rings.map((ring, i) => (
          <li key={ring}>
            {names.ring(model, ring)}: {a.size.byRing[i]}
          </li>
        ))}
      </ul>
      {a.size.notActive > 0 ? <p className="small">{t('network.notActive', { count: a.size.notActive })}</p> : null}

      <h3>{t('network.supportTitle')}</h3>
      <ul className="support-coverage">
        {supportTypes.map((type) => {
          const { providers, vulnerable } = a.support.perType[type];
          return (
            <li key={type} className={vulnerable ? 'vulnerable' : undefined}>
              <strong>{t(`network.support.${type}`)}</strong>: {t('network.providers', { count: providers })}
              {vulnerable ? (
                <span> — {providers === 0 ? t('network.noneProvides') : t('network.oneProvides')}</span>
              ) : null}
            </li>
          );
        })}
      </ul>

      <h3>{t('network.reciprocityTitle')}</h3>
      <p>
        {a.reciprocity.mutualShare === null
          ? t('network.noTies')
          : t('network.mutual', {
              percent: percent(a.reciprocity.mutualShare),
              received: a.reciprocity.received,
              given: a.reciprocity.given,
            })}
      </p>

      {a.possiblyOverburdened.length > 0 ? (
        <>
          <h3>{t('network.overburdenTitle')}</h3>
          <ul>
            {a.possiblyOverburdened.map((id) => {
              const why = overburdenReason(alters.find((x) => x.id === id)!);
              const key =
                why.flagged && why.manyKinds
                  ? 'overburdenedBoth'
                  : why.flagged
                    ? 'overburdenedFlagged'
                    : 'overburdened';
              return <li key={id}>{t(`network.${key}`, { name: name(id), count: why.kinds })}</li>;
            })}
          </ul>
        </>
      ) : null}

      <h3>{t('network.moreTitle')}</h3>
      <ul>
        {a.density !== null ? <li>{t('network.density', { percent: percent(a.density) })}</li> : null}
        {a.nearbyShare !== null ? <li>{t('network.nearby', { percent: percent(a.nearbyShare) })}</li> : null}
        {a.formalShare !== null ? <li>{t('network.formal', { percent: percent(a.formalShare) })}</li> : null}
        <li>{t('network.strength', { strong: a.strength.strong, weak: a.strength.weak })}</li>
        <li>{t('network.capital', a.capital)}</li>
        <li>{t('network.stability', a.stability)}</li>
      </ul>
    </Card>
  );
}
