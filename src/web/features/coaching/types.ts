// Shapes of the coach programme's API answers, as the screens use them.
import type { Reason } from '../../../shared/coaching/matching.js';

export interface Ref {
  trajectoryId: string;
  name: string;
}

export interface Dashboard {
  waiting: (Ref & { status: string; registeredOn: string; waitingDays: number; proposed: boolean })[];
  proposals: (Ref & {
    matchId: string;
    coachName: string;
    proposedOn: string;
    clientConfirmedOn: string | null;
    coachConfirmedOn: string | null;
  })[];
  coaches: { id: string; name: string; status: string; active: number; max: number; clients: Ref[] }[];
  phases: { phase: string; steps: { step: number; trajectories: Ref[] }[] }[];
  signals: (Ref & { reportId: string; metOn: string; signal: string; note: string | null; author: string })[];
  midTermDue: (Ref & { dueOn: string })[];
  finalDue: (Ref & { dueOn: string })[];
  followUpsDue: (Ref & { dueOn: string; closedOn: string })[];
  veryLong: (Ref & { months: number })[];
}

export interface Match {
  id: string;
  status: string;
  coachId: string;
  coachName: string;
  proposedOn: string;
  score: number | null;
  introductionOn: string | null;
  clientConfirmedOn: string | null;
  coachConfirmedOn: string | null;
  declinedOn: string | null;
  declinedBy: string | null;
  declineReason: string | null;
  startedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  overCapacityReason: string | null;
}

export interface Report {
  id: string;
  metOn: string;
  durationMinutes: number;
  place: string | null;
  steps: number[];
  summary: string;
  agreements: string | null;
  hours: number;
  expensesCents: number;
  signal: string | null;
  signalNote: string | null;
  signalHandledOn: string | null;
  signalResponse: string | null;
  author?: string;
  own?: boolean;
}

export interface StepState {
  step: number;
  status: string;
  worksheet: Record<string, unknown>;
  version: number;
}

export interface Evaluation {
  kind: 'mid_term' | 'final';
  heldOn: string;
  present: string[];
  subgoals: Record<string, { score: number | null; comment: string | null }>;
  relationship: { question: string; score: number | null }[];
  note: string | null;
}

export interface Trajectory {
  id: string;
  personId: string;
  status: string;
  name: string;
  person: {
    firstName: string;
    lastName: string;
    neighbourhood: string | null;
    phone: string | null;
    email: string | null;
    yearOfBirth: number | null;
  };
  registration: {
    registeredOn: string;
    ageGroup: string | null;
    languages: string[];
    situations: string[];
    situationNote: string | null;
    referrerOrganisation: string | null;
    referrerContact: string | null;
    foundVia: string | null;
    availability: string[];
    interests: string[];
    wishes: string | null;
  };
  intake: null | {
    intakeOn: string;
    points: Record<string, boolean>;
    suitability: string;
    coordinationNote: string | null;
    outcome: string;
    note: string | null;
  };
  closing: {
    closedOn: string | null;
    endReason: string | null;
    note: string | null;
    followUpOn: string | null;
    followUpResult: string | null;
    followUpNote: string | null;
  };
  startedOn: string | null;
  matches: Match[];
  steps: StepState[];
  reports: Report[];
  evaluations: Evaluation[];
  relationshipQuestions: string[] | null;
  consents: string[] | null;
  maps: { id: string; kind: string; label: string; takenOn: string }[];
  due: {
    waitingDays: number | null;
    ageMonths: number | null;
    midTermDueOn: string | null;
    finalDueOn: string | null;
    followUpDueOn: string | null;
    veryLong: boolean;
  };
}

export interface Candidate {
  coachId: string;
  name: string;
  neighbourhood: string | null;
  score: number;
  full: boolean;
  reasons: Reason[];
  vogWarning: string | null;
}

export interface Coach {
  id: string;
  userId: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  status: string;
  availability: string[];
  maxClients: number;
  neighbourhood: string | null;
  travelRadiusKm: number | null;
  languages: string[];
  interests: string[];
  preferredSituations: string[];
  courseDoneOn: string | null;
  elearningDoneOn: string | null;
  vogOn: string | null;
  intern: boolean;
  internFrom: string | null;
  internUntil: string | null;
  note: string | null;
  activeClients: number;
  vogWarning: string | null;
  matches?: {
    id: string;
    status: string;
    proposedOn: string;
    startedOn: string | null;
    trajectoryId: string;
    clientName: string;
  }[];
}
