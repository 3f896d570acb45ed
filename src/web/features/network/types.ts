import type { Comparison, Strategy } from '../../../shared/network/analysis.js';
import type { Alter, MapModelId } from '../../../shared/network/model.js';

export interface MapAlter extends Alter {
  note: string | null;
  strategy: Strategy | null;
}

export interface MapData {
  map: {
    id: string;
    personId: string;
    kind: 'snapshot' | 'dream';
    label: string;
    labelNote: string | null;
    takenOn: string;
    model: MapModelId;
    version: number;
  };
  alters: MapAlter[];
  ties: { a: string; b: string }[];
  warnings: string[];
}

export interface MapSummary {
  id: string;
  kind: 'snapshot' | 'dream';
  label: string;
  labelNote: string | null;
  takenOn: string;
  model: MapModelId;
  version: number;
  alters: number;
}

export type { Comparison };
