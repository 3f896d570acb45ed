// The answers of the identity API as the web app receives them (types only; shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { RouteAnswer } from '../../platform/route.js';
import type { sessionView } from './session.view.js';
import type { totpStart } from './account.routes.js';
import type { homeSummary } from './home.routes.js';
import type { organisationSettings } from './organisation.routes.js';
import type { usersList } from './users.routes.js';

export type Home = RouteAnswer<typeof homeSummary>;
export type User = RouteAnswer<typeof usersList>[number];
export type Settings = RouteAnswer<typeof organisationSettings>;
export type Enrolment = RouteAnswer<typeof totpStart>;
export type Session = Answer<typeof sessionView>;
export type { SessionStage } from '../../db/schema.js';
export type { Permission } from '../../platform/policy.js';
