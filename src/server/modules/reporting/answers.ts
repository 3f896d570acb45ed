// The answers of the reporting API as the web app receives them (types only; shared/wire.ts).
import type { RouteAnswer } from '../../platform/route.js';
import type { funderReport } from './routes.js';

export type FunderReportAnswer = RouteAnswer<typeof funderReport>;
