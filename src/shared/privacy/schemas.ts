// Requests of the privacy capability, for the routes and the admin's page alike.
import { z } from 'zod';
import { accessExportFormats } from './model.js';

/** Which file answers the access request: the data file or the readable letter, in the user's language. */
export const accessExportSchema = z.object({ format: z.enum(accessExportFormats) });
