// Kysely table types. Keep in step with migrations/*.sql (docs/data-model.md explains each table).
import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../shared/roles.js';
import type { ConsentPurpose } from '../../shared/consent.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns are returned as 'YYYY-MM-DD' strings (see connection.ts) to avoid time-zone shifts. */
type DateString = string;

export interface OrganisationTable {
  id: string;
  name: string;
  network_model: Generated<'three_circles' | 'lensink'>;
  network_labels: ColumnType<Record<string, string>, string | undefined, string>;
  require_totp: Generated<boolean>;
  idle_timeout_minutes: Generated<number>;
  created_at: Generated<Date>;
}

export interface TeamTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: Generated<Date>;
}

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface UserTable {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  role: Role;
  team_id: string | null;
  password_hash: string | null;
  locale: Generated<'nl' | 'en'>;
  status: Generated<UserStatus>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
}

export interface RecoveryCodeTable {
  id: string;
  organisation_id: string;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export type SessionStage = 'full' | 'totp' | 'totp_setup';

export interface SessionTable {
  id: string;
  organisation_id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  stage: SessionStage;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export type TokenPurpose = 'setup' | 'invitation' | 'reset';

export interface OneTimeTokenTable {
  id: string;
  organisation_id: string | null;
  user_id: string | null;
  purpose: TokenPurpose;
  token_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface PersonTable {
  id: string;
  organisation_id: string;
  kind: 'client' | 'participant';
  first_name: string;
  last_name: string;
  sort_key: string;
  year_of_birth: number | null;
  phone: string | null;
  email: string | null;
  neighbourhood: string | null;
  team_id: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PersonAssignmentTable {
  organisation_id: string;
  person_id: string;
  user_id: string;
  created_at: Generated<Date>;
}

export interface ConsentTable {
  id: string;
  organisation_id: string;
  person_id: string;
  purpose: ConsentPurpose;
  given_on: DateString;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  withdrawn_on: DateString | null;
  withdrawn_recorded_by: string | null;
  note: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  organisation_id: string | null;
  at: Generated<Date>;
  user_id: string | null;
  user_role: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  person_id: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  detail: string | null;
}

export interface NetworkMapTable {
  id: string;
  organisation_id: string;
  person_id: string;
  kind: 'snapshot' | 'dream';
  label: 'start' | 'mid_term' | 'end' | 'follow_up' | 'other';
  label_note: string | null;
  taken_on: DateString;
  model: 'three_circles' | 'lensink';
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface NetworkAlterTable {
  id: string;
  organisation_id: string;
  map_id: string;
  key: string;
  position: number;
  name: string;
  kind: string;
  deceased: boolean;
  relationship: string;
  sector: string;
  closeness: number;
  channel: string;
  frequency: string | null;
  years_known: number | null;
  quality: string;
  reachability: string | null;
  status: string;
  formal: boolean;
  may_be_overburdened: boolean;
  receives: string[];
  gives: string[];
  strategy: string | null;
  note: string | null;
}

export interface NetworkAlterTieTable {
  organisation_id: string;
  map_id: string;
  a: string;
  b: string;
}

export interface DB {
  organisations: OrganisationTable;
  teams: TeamTable;
  users: UserTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  one_time_tokens: OneTimeTokenTable;
  persons: PersonTable;
  person_assignments: PersonAssignmentTable;
  consents: ConsentTable;
  audit_log: AuditLogTable;
  network_maps: NetworkMapTable;
  network_alters: NetworkAlterTable;
  network_alter_ties: NetworkAlterTieTable;
}
