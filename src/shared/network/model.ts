// The network map (netwerkkaart) as data: the person in the centre and the people, groups and
// pets around them (alters). Analysis works on meaning (closeness rank, sector kind), never on
// the labels an organisation gives its rings and sectors.

export const supportTypes = ['emotional', 'practical', 'companionship', 'informational', 'advice'] as const;
export type SupportType = (typeof supportTypes)[number];

/** Sector kinds across the map models; a model shows a subset and an organisation may relabel them. */
export const sectorKinds = [
  'family',
  'friends',
  'neighbourhood',
  'work_school',
  'clubs',
  'professional',
  'fellow_clients',
  'society',
] as const;
export type SectorKind = (typeof sectorKinds)[number];

export interface MapModel {
  /** Rings from the centre outwards; ring 1 is the closest. */
  rings: readonly string[];
  sectors: readonly SectorKind[];
}

/**
 * The two models Kring ships. Three circles (knowledge synthesis): personal, nominal, extensive,
 * with six sectors. Lensink's network circle: four rings, four quadrants.
 */
export const mapModels = {
  three_circles: {
    rings: ['personal', 'nominal', 'extensive'],
    sectors: ['family', 'friends', 'neighbourhood', 'work_school', 'clubs', 'professional'],
  },
  lensink: {
    rings: ['intimate', 'friends', 'acquaintances', 'services'],
    sectors: ['family', 'fellow_clients', 'professional', 'society'],
  },
} as const satisfies Record<string, MapModel>;
export type MapModelId = keyof typeof mapModels;

export const relationships = [
  'partner',
  'family',
  'friend',
  'neighbour',
  'acquaintance',
  'colleague',
  'club_member',
  'volunteer',
  'professional',
] as const;
export type Relationship = (typeof relationships)[number];

export const alterKinds = ['person', 'group', 'pet'] as const;
export type AlterKind = (typeof alterKinds)[number];
export const qualities = ['supportive', 'mixed', 'burdensome'] as const;
export type Quality = (typeof qualities)[number];
export const reachabilities = ['nearby', 'in_town', 'far'] as const;
export type Reachability = (typeof reachabilities)[number];
export const tieStatuses = ['active', 'faded', 'broken', 'restored'] as const;
export type TieStatus = (typeof tieStatuses)[number];
export const frequencies = ['daily', 'weekly', 'monthly', 'yearly', 'rarely'] as const;
export type Frequency = (typeof frequencies)[number];
export const channels = ['in_person', 'online', 'both'] as const;
export type Channel = (typeof channels)[number];
/** The method's five network strategies a worker can choose per person on the map. */
export const strategies = ['reanimate', 'activate', 'unblock', 'intensify', 'maintain'] as const;
export type Strategy = (typeof strategies)[number];
export const mapKinds = ['snapshot', 'dream'] as const;
export type MapKind = (typeof mapKinds)[number];
export const mapLabels = ['start', 'mid_term', 'end', 'follow_up', 'other'] as const;
export type MapLabel = (typeof mapLabels)[number];

export interface Alter {
  id: string;
  /** Stays the same when a snapshot is copied, so snapshots can be compared. */
  key: string;
  name: string;
  kind: AlterKind;
  deceased: boolean;
  relationship: Relationship;
  sector: SectorKind;
  /** 1 = closest ring (personal circle); higher = further out. */
  closeness: number;
  channel: Channel;
  frequency: Frequency | null;
  yearsKnown: number | null;
  quality: Quality;
  reachability: Reachability | null;
  status: TieStatus;
  formal: boolean;
  mayBeOverburdened: boolean;
  /** Support the person receives from this alter. */
  receives: SupportType[];
  /** Support the person gives to this alter. */
  gives: SupportType[];
  /**
   * False for a name typed in quick-add that nobody has put in a ring and sector yet: its closeness
   * and sector are defaults, so it waits beside the map and the analysis leaves it out.
   */
  placed: boolean;
}

/** Two alters who know each other. */
export interface AlterTie {
  a: string;
  b: string;
}

export interface NetworkMap {
  alters: Alter[];
  ties: AlterTie[];
  /** Number of rings of the chosen model (3 for the three circles, 4 for the Lensink circle). */
  rings: number;
}
