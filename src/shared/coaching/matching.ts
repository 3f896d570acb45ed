// Ranking coaches for a waiting client. Pure: the caller supplies the coaches, their current
// number of clients and the distances it knows. The coordinator decides; the score only explains.
import type { CoachStatus } from './model.js';

export interface MatchClient {
  availability: readonly string[];
  neighbourhood: string | null;
  languages: readonly string[];
  interests: readonly string[];
  situations: readonly string[];
}

export interface MatchCoach extends MatchClient {
  id: string;
  status: CoachStatus;
  maxClients: number;
  activeClients: number;
  travelRadiusKm: number | null;
  preferredSituations: readonly string[];
}

export type Factor = 'availability' | 'distance' | 'language' | 'interests' | 'preferences' | 'load';

/** One line of the explanation: how many of the factor's points were earned and why. */
export interface Reason {
  factor: Factor;
  points: number;
  max: number;
  /** A code for the catalog (coaching.reasons.<factor>.<code>) with its values. */
  code: string;
  values?: Record<string, string | number>;
}

export interface Ranked {
  coachId: string;
  score: number;
  reasons: Reason[];
  /** The coach already has their maximum number of clients: a proposal needs a reason. */
  full: boolean;
}

export const weights: Record<Factor, number> = {
  availability: 25,
  distance: 20,
  language: 20,
  interests: 15,
  preferences: 10,
  load: 10,
};

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');
/** What both lists hold, compared without case, named as the first list writes it ("Turks", not "turks"). */
const shared = (a: readonly string[], b: readonly string[]) => {
  const bs = new Set(b.map(norm));
  const seen = new Set<string>();
  return a.filter((x) => bs.has(norm(x)) && !seen.has(norm(x)) && seen.add(norm(x))).map((x) => x.trim());
};

function availability(client: MatchClient, coach: MatchCoach): Reason {
  const max = weights.availability;
  if (client.availability.length === 0) return { factor: 'availability', points: max / 2, max, code: 'client_unknown' };
  const overlap = shared(client.availability, coach.availability).length;
  // Two shared parts of the week are enough to meet weekly or fortnightly with room to move.
  const points = Math.round(max * Math.min(1, overlap / 2));
  return { factor: 'availability', points, max, code: overlap === 0 ? 'none' : 'overlap', values: { n: overlap } };
}

function distance(client: MatchClient, coach: MatchCoach, km: number | null): Reason {
  const max = weights.distance;
  if (client.neighbourhood && coach.neighbourhood && norm(client.neighbourhood) === norm(coach.neighbourhood)) {
    return { factor: 'distance', points: max, max, code: 'same_neighbourhood' };
  }
  if (km === null) return { factor: 'distance', points: max / 2, max, code: 'unknown' };
  const radius = coach.travelRadiusKm ?? 5;
  const rounded = Math.round(km * 10) / 10;
  if (km <= radius)
    return { factor: 'distance', points: max, max, code: 'within_radius', values: { km: rounded, radius } };
  if (km <= radius * 1.5)
    return { factor: 'distance', points: max / 2, max, code: 'just_outside', values: { km: rounded, radius } };
  return { factor: 'distance', points: 0, max, code: 'too_far', values: { km: rounded, radius } };
}

function language(client: MatchClient, coach: MatchCoach): Reason {
  const max = weights.language;
  if (client.languages.length === 0) return { factor: 'language', points: max, max, code: 'no_need' };
  const common = shared(client.languages, coach.languages);
  return common.length > 0
    ? { factor: 'language', points: max, max, code: 'shared', values: { languages: common.join(', ') } }
    : { factor: 'language', points: 0, max, code: 'none' };
}

function interests(client: MatchClient, coach: MatchCoach): Reason {
  const max = weights.interests;
  const common = shared(client.interests, coach.interests);
  return common.length > 0
    ? {
        factor: 'interests',
        points: Math.min(max, common.length * 5),
        max,
        code: 'shared',
        values: { interests: common.join(', ') },
      }
    : { factor: 'interests', points: 0, max, code: 'none' };
}

function preferences(client: MatchClient, coach: MatchCoach): Reason {
  const max = weights.preferences;
  if (coach.preferredSituations.length === 0)
    return { factor: 'preferences', points: max / 2, max, code: 'no_preference' };
  return shared(client.situations, coach.preferredSituations).length > 0
    ? { factor: 'preferences', points: max, max, code: 'matches' }
    : { factor: 'preferences', points: 0, max, code: 'other' };
}

function load(coach: MatchCoach): Reason {
  const max = weights.load;
  const free = coach.maxClients - coach.activeClients;
  if (free <= 0)
    return {
      factor: 'load',
      points: 0,
      max,
      code: 'full',
      values: { active: coach.activeClients, max: coach.maxClients },
    };
  return {
    factor: 'load',
    points: Math.round((max * free) / coach.maxClients),
    max,
    code: 'room',
    values: { active: coach.activeClients, max: coach.maxClients },
  };
}

/**
 * Active coaches ranked from best to least suitable, each with its reasons. Coaches who are not
 * active (candidate, in training, paused, stopped) are never proposed. Equal scores keep a stable
 * order: fewer current clients first, then the given order.
 */
export function rankCoaches(
  client: MatchClient,
  coaches: readonly MatchCoach[],
  distanceKm: (coach: MatchCoach) => number | null = () => null,
): Ranked[] {
  return coaches
    .map((coach, index) => ({ coach, index }))
    .filter(({ coach }) => coach.status === 'active')
    .map(({ coach, index }) => {
      const reasons = [
        availability(client, coach),
        distance(client, coach, distanceKm(coach)),
        language(client, coach),
        interests(client, coach),
        preferences(client, coach),
        load(coach),
      ];
      return {
        coachId: coach.id,
        score: Math.round(reasons.reduce((sum, r) => sum + r.points, 0)),
        reasons,
        full: coach.activeClients >= coach.maxClients,
        index,
        active: coach.activeClients,
      };
    })
    .sort((a, b) => b.score - a.score || a.active - b.active || a.index - b.index)
    .map(({ coachId, score, reasons, full }) => ({ coachId, score, reasons, full }));
}

/** Great-circle distance in km between two points (neighbourhood centres). */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
