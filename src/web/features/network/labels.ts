import { useTranslation } from 'react-i18next';
import type { MapModelId } from '../../../shared/network/model.js';
import { useSession } from '../../session.js';

/** Names of rings and sectors: the organisation's own where it set them, else ours. */
export function useNetworkLabels() {
  const { t } = useTranslation();
  const { session } = useSession();
  const own = session?.organisation.networkLabels ?? {};
  return {
    ring: (model: MapModelId, ring: string) => own[`rings.${model}.${ring}`] || t(`network.rings.${model}.${ring}`),
    sector: (sector: string) => own[`sectors.${sector}`] || t(`network.sectors.${sector}`),
  };
}
