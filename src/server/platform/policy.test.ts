import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/roles.js';
import {
  type Actor,
  assignedOnCreate,
  can,
  coachKnowsClient,
  mayActOnMatch,
  mayBeCoachAccount,
  mayHoldInterviews,
  mayRunGroups,
  maySpeakFor,
  startPageOf,
  trajectoryView,
} from './policy.js';

const actor = (role: Actor['role'], userId = `${role}-user`): Actor => ({
  role,
  userId,
  organisationId: 'org',
  sessionId: 'session',
});

describe('policy', () => {
  it('keeps the administrator out of casework and audit away from everyone else', () => {
    expect(can('admin', 'persons.read')).toBe(false);
    for (const role of roles) expect(can(role, 'audit.read')).toBe(role === 'admin');
  });

  it('gives funders and evaluators no access to persons', () => {
    for (const role of ['funder_viewer', 'evaluator'] as const) {
      expect(can(role, 'persons.read')).toBe(false);
      expect(can(role, 'persons.write')).toBe(false);
    }
  });

  it('denies unknown roles and permissions', () => {
    // A role and a permission that do not exist: the casts hand in what the types forbid.
    expect(can('intruder' as never, 'home.read')).toBe(false);
    expect(can('coordinator', 'nonsense' as never)).toBe(false);
  });

  it('lets only the coordinator and the matched coach act on a match', () => {
    const match = { coachUserId: 'coach-user' };
    expect(mayActOnMatch(actor('coordinator'), match)).toBe(true);
    expect(mayActOnMatch(actor('coach'), match)).toBe(true);
    expect(mayActOnMatch(actor('coach', 'other-coach'), match)).toBe(false);
    expect(mayActOnMatch(actor('coach'), { coachUserId: null })).toBe(false);
    for (const role of ['admin', 'social_worker', 'evaluator', 'funder_viewer'] as const)
      expect(mayActOnMatch(actor(role), match)).toBe(false);
  });

  it('lets a coach speak only for the coach side; the coordinator records any side', () => {
    expect(maySpeakFor(actor('coach'), 'coach')).toBe(true);
    expect(maySpeakFor(actor('coach'), 'client')).toBe(false);
    expect(maySpeakFor(actor('coach'), 'coordinator')).toBe(false);
    for (const side of ['client', 'coach', 'coordinator'] as const)
      expect(maySpeakFor(actor('coordinator'), side)).toBe(true);
    expect(maySpeakFor(actor('social_worker'), 'client')).toBe(false);
  });

  it('shows a coach only their own work in a trajectory and none of the coordination', () => {
    expect(trajectoryView(actor('coach'))).toEqual({ onlyWorkOf: 'coach-user', coordination: false });
    expect(trajectoryView(actor('coordinator'))).toEqual({ onlyWorkOf: null, coordination: true });
  });

  it("lets a coach know a client's name only while the match is proposed or active", () => {
    expect(coachKnowsClient('proposed')).toBe(true);
    expect(coachKnowsClient('active')).toBe(true);
    expect(coachKnowsClient('ended')).toBe(false);
    expect(coachKnowsClient('declined')).toBe(false);
  });

  it('assigns a new person to the social worker who registers them, not to a coordinator', () => {
    expect(assignedOnCreate(actor('social_worker'))).toBe(true);
    expect(assignedOnCreate(actor('coordinator'))).toBe(false);
  });

  it('names who may hold interviews, run groups and be a coach account', () => {
    expect(roles.filter(mayHoldInterviews)).toEqual(['social_worker', 'evaluator']);
    expect(roles.filter(mayRunGroups)).toEqual(['social_worker']);
    expect(roles.filter(mayBeCoachAccount)).toEqual(['coach']);
  });

  it('gives each role a start page about its own work', () => {
    expect(Object.fromEntries(roles.map((r) => [r, startPageOf(r)]))).toEqual({
      admin: 'admin',
      coordinator: 'casework',
      social_worker: 'casework',
      coach: 'coach',
      evaluator: 'evaluator',
      funder_viewer: 'other',
    });
  });
});
