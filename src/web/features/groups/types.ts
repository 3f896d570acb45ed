import type { CapacityAdvice } from '../../../shared/groups/capacity.js';
import type { PhasePlan } from '../../../shared/groups/route.js';

export interface GroupSummary {
  id: string;
  name: string;
  location: string | null;
  startedOn: string;
  endedOn: string | null;
  targetParticipants: number;
  phase: string;
  structural: number;
}

export interface GroupParticipant {
  id: string;
  personId: string;
  name: string;
  status: string;
  noEmergencyContact: boolean;
  cameVia: string;
  talents: string[];
}

export interface GroupDashboard {
  group: {
    id: string;
    name: string;
    location: string | null;
    startedOn: string;
    endedOn: string | null;
    phases: PhasePlan;
    conditions: Record<string, boolean>;
    targetParticipants: number;
    activityHours: number;
    availableHours: number;
    absenceThreshold: number;
    budgetCents: number;
    spentCents: number;
    ownContributionCents: number;
  };
  phase: string;
  workers: { userId: string; role: 'worker' | 'backup'; name: string }[];
  capacity: CapacityAdvice;
  counts: { structural: number; takingPart: number; all: number };
  participants: GroupParticipant[];
  attendance: { heldOn: string; present: number; visitors: number }[];
  retention: { share: number | null; counted: number; stayed: number };
  followUps: {
    id: string;
    participantId: string;
    name: string;
    detectedOn: string;
    missedSince: string;
    how: string | null;
    byKind: string | null;
    byParticipant: string | null;
    note: string | null;
  }[];
  notContributed: { id: string; name: string }[];
  contributionSpread: { id: string; name: string; sessionsWithContribution: number }[];
  houseRules: { version: number; agreedOn: string; rules: string[] }[];
  activities: { id: string; name: string; recurrence: string; audience: string; active: boolean }[];
  evaluations: {
    kind: 'year' | 'end';
    heldOn: string;
    subgoals: Record<string, { score: number | null; comment: string | null }>;
    whatWorked: string | null;
    neededToContinue: string | null;
  }[];
}

export interface Staff {
  id: string;
  name: string;
  role: string;
}
