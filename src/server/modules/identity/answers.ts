// The answers of the identity API as the web app receives them (types only; shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { RouteAnswer } from '../../platform/route.js';
import type { SessionStage } from '../../db/schema.js';
import type { describeLink } from './auth.service.js';
import type { sessionView } from './session.view.js';
import type { totpConfirm, totpStart } from './account.routes.js';
import type { homeSummary } from './home.routes.js';
import type { organisationSettings, teamsList } from './organisation.routes.js';
import type { assignableUsers, linkRoute, usersList } from './users.routes.js';

export type Home = RouteAnswer<typeof homeSummary>;
export type User = RouteAnswer<typeof usersList>[number];
export type AssignableUser = RouteAnswer<typeof assignableUsers>[number];
/** A one-time link (invitation or password reset) to hand to a user. */
export type OneTimeLink = RouteAnswer<ReturnType<typeof linkRoute>>;
export type Team = RouteAnswer<typeof teamsList>[number];
export type Settings = RouteAnswer<typeof organisationSettings>;
export type Enrolment = RouteAnswer<typeof totpStart>;
export type RecoveryCodes = RouteAnswer<typeof totpConfirm>;
export type Session = Answer<typeof sessionView>;
export type { SessionStage };
/** Where a sign-in step leaves the session: the stage that comes next. */
export type SignInStep = { stage: SessionStage };
/** Who a one-time link is for, shown before a password is chosen. */
export type LinkInfo = Answer<typeof describeLink>;
export type { Permission } from '../../platform/policy.js';
