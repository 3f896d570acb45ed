import { useTranslation } from 'react-i18next';
import { strategies, supportTypes } from '../../../shared/network/model.js';
import type { Audience } from './MapDrawing.js';
import { qualityFill, supportColours } from './mapColours.js';

const swatch = (children: React.ReactNode) => (
  <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true">
    {children}
  </svg>
);

/** What each mark on the map means, in words, grouped. The method's own marks only for the worker. */
export function MapLegend({ audience = 'worker' }: { audience?: Audience }) {
  const { t } = useTranslation();
  return (
    <div className="map-legend" role="group" aria-label={t('network.legend')}>
      <h3>{t('network.legend')}</h3>
      <p className="map-legend-group">{t('network.legendColourTitle')}</p>
      <ul>
        {Object.entries(qualityFill).map(([quality, colour]) => (
          <li key={quality}>
            {swatch(<circle cx="8" cy="8" r="7" fill={colour} stroke="#1c2526" />)}
            {t(`network.legendQuality.${quality}`)}
          </li>
        ))}
      </ul>
      <p className="map-legend-group">{t('network.legendDotsTitle')}</p>
      <ul>
        {supportTypes.map((type) => (
          <li key={type}>
            {swatch(<circle cx="8" cy="8" r="5" fill={supportColours[type]} />)}
            {t(`network.support.${type}`)}
          </li>
        ))}
      </ul>
      <p className="map-legend-group">{t('network.legendMarksTitle')}</p>
      <ul>
        <li>
          {swatch(
            <>
              <circle cx="8" cy="8" r="7" fill="none" stroke="#1d5c63" strokeWidth="2" />
              <circle cx="8" cy="8" r="4" fill="#fff" stroke="#1c2526" />
            </>,
          )}
          {t('network.legendMutual')}
        </li>
        <li>
          {swatch(<circle cx="8" cy="8" r="6" fill="#fff" stroke="#1c2526" strokeDasharray="2 2" />)}
          {t('network.legendGivesOnly')}
        </li>
        <li>
          {swatch(<line x1="2" y1="14" x2="14" y2="2" stroke="#7c8a8b" strokeWidth="1.5" />)}
          {t('network.legendLeader')}
        </li>
        {audience === 'worker' ? (
          <>
            <li>
              {swatch(<path d="M8 2 L15 14 L1 14 Z" fill="#e07a3f" />)}
              {t('network.legendOverburdened')}
            </li>
            {strategies.map((s) => (
              <li key={s}>
                {swatch(
                  <>
                    <circle cx="8" cy="8" r="7" fill="#1d5c63" />
                    <text x="8" y="12" textAnchor="middle" fontSize="10" fill="#fff">
                      {t(`network.strategyLetter.${s}`)}
                    </text>
                  </>,
                )}
                {t('network.legendStrategyOne', { strategy: t(`network.strategy.${s}`) })}
              </li>
            ))}
          </>
        ) : null}
        <li>{t('network.legendShapes')}</li>
      </ul>
    </div>
  );
}
