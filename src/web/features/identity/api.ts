// Accounts, sign-in and the organisation's settings: the query keys, reads and changes the identity
// pages use. URLs live only here.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Enrolment,
  Home,
  LinkInfo,
  OneTimeLink,
  RecoveryCodes,
  Settings,
  SignInStep,
  Team,
  User,
} from '../../../server/modules/identity/answers.js';
import type {
  changePasswordSchema,
  inviteSchema,
  loginSchema,
  settingsSchema,
  setupSchema,
  updateUserSchema,
} from '../../../shared/schemas.js';
import { api } from '../../api.js';

type LinkPurpose = 'invitation' | 'reset';

export const identityKeys = { users: ['users'] as const, teams: ['teams'] as const, settings: ['settings'] as const };

export const identityQueries = {
  home: () => queryOptions({ queryKey: ['home'], queryFn: () => api<Home>('GET', '/api/home') }),
  users: () => queryOptions({ queryKey: identityKeys.users, queryFn: () => api<User[]>('GET', '/api/users') }),
  teams: () => queryOptions({ queryKey: identityKeys.teams, queryFn: () => api<Team[]>('GET', '/api/teams') }),
  settings: () =>
    queryOptions({ queryKey: identityKeys.settings, queryFn: () => api<Settings>('GET', '/api/organisation') }),
  // A POST: the link's secret travels in the body, never in a URL.
  link: (purpose: LinkPurpose, token: string) =>
    queryOptions({
      queryKey: ['link', purpose, token],
      queryFn: () => api<LinkInfo>('POST', `/api/auth/${purpose}/inspect`, { token }),
    }),
};

/** The organisation's teams, shared by the user, team and person screens. */
export const useTeams = () => useQuery(identityQueries.teams());

export const identityCalls = {
  setup: (body: z.input<typeof setupSchema>) => api<SignInStep>('POST', '/api/setup', body),
  login: (body: z.input<typeof loginSchema>) => api<SignInStep>('POST', '/api/auth/login', body),
  secondFactor: (code: string) => api<SignInStep>('POST', '/api/auth/second-factor', { code }),
  acceptLink: (purpose: LinkPurpose, token: string, password: string) =>
    api<SignInStep>('POST', `/api/auth/${purpose}/accept`, { token, password }),
  logoutEverywhere: () => api('POST', '/api/auth/logout-everywhere'),
  changePassword: (body: z.input<typeof changePasswordSchema>) => api('POST', '/api/account/password', body),
  startTwoFactor: () => api<Enrolment>('POST', '/api/account/totp/start'),
  confirmTwoFactor: (code: string) => api<RecoveryCodes>('POST', '/api/account/totp/confirm', { code }),
  disableTwoFactor: (code: string) => api('POST', '/api/account/totp/disable', { code }),
  updateSettings: (body: z.input<typeof settingsSchema>) => api('PATCH', '/api/organisation', body),
  invite: (body: z.input<typeof inviteSchema>) => api<OneTimeLink>('POST', '/api/users/invitations', body),
  updateUser: (id: string, change: z.input<typeof updateUserSchema>) => api('PATCH', `/api/users/${id}`, change),
  newLink: (id: string, kind: 'reset-link' | 'invitation-link') => api<OneTimeLink>('POST', `/api/users/${id}/${kind}`),
  addTeam: (name: string) => api('POST', '/api/teams', { name }),
  renameTeam: (id: string, name: string) => api('PATCH', `/api/teams/${id}`, { name }),
};
