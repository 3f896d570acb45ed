import type { ConsentPurpose } from '../../../shared/consent.js';

export { type ConsentPurpose, consentPurposes } from '../../../shared/consent.js';

export interface PersonListItem {
  id: string;
  kind: 'client' | 'participant';
  firstName: string;
  lastName: string;
  yearOfBirth: number | null;
  neighbourhood: string | null;
  teamName: string | null;
}

export interface Consent {
  id: string;
  purpose: ConsentPurpose;
  givenOn: string;
  withdrawnOn: string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string | null;
  withdrawnBy: string | null;
}

export interface Person extends PersonListItem {
  phone: string | null;
  email: string | null;
  teamId: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  consents: Consent[];
  assignees: { id: string; displayName: string; role: string }[];
}
