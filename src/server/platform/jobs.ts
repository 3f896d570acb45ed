// Jobs Kring runs on its own, on a schedule: each organisation in its own transaction, as the
// application role (row-level security holds), and on PostgreSQL with several Kring processes
// only one at a time per job and organisation (an advisory lock; the others skip that round).
import { type Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { clock } from '../../shared/clock.js';
import { type JobName, jobNames } from '../../shared/privacy/model.js';
import type { DB } from '../db/schema.js';
import { inTenant } from './route.js';

/** One job's work for one organisation, in its transaction; returns how many records it handled. */
export type JobWork = (trx: Kysely<DB>, organisationId: string) => Promise<number>;

export type JobRound = 'ran' | 'busy' | 'failed';

/**
 * Runs one job for one organisation and records the run. A failure rolls the work back and is
 * recorded as failed, without the error's text (it could quote personal data).
 */
export async function runJobFor(
  db: Kysely<DB>,
  job: JobName,
  organisationId: string,
  work: JobWork,
  onFailure?: (error: unknown) => void,
): Promise<JobRound> {
  const startedAt = clock.now();
  const record = (trx: Kysely<DB>, outcome: 'ok' | 'failed', handled: number) =>
    trx
      .insertInto('job_runs')
      .values({
        id: randomUUID(),
        organisation_id: organisationId,
        job,
        started_at: startedAt,
        finished_at: clock.now(),
        outcome,
        handled,
      })
      .execute();
  try {
    const handled = await inTenant(db, organisationId, async (trx) => {
      // Held until this transaction ends; a second process gets false and leaves this round alone.
      const lock = await sql<{ got: boolean }>`
        SELECT pg_try_advisory_xact_lock(hashtext(${`kring-job-${job}`}), hashtext(${organisationId})) AS got`.execute(
        trx,
      );
      if (!lock.rows[0]?.got) return null;
      const n = await work(trx, organisationId);
      await record(trx, 'ok', n);
      return n;
    });
    return handled === null ? 'busy' : 'ran';
  } catch (error) {
    onFailure?.(error);
    await inTenant(db, organisationId, (trx) => record(trx, 'failed', 0));
    return 'failed';
  }
}

/** Runs a job for every organisation of the installation, one after another. */
export async function runJob(
  db: Kysely<DB>,
  job: JobName,
  work: JobWork,
  onFailure?: (error: unknown) => void,
): Promise<Record<string, JobRound>> {
  const organisations = await db.selectFrom('organisations').select('id').orderBy('id').execute();
  const rounds: Record<string, JobRound> = {};
  for (const { id } of organisations) rounds[id] = await runJobFor(db, job, id, work, onFailure);
  return rounds;
}

/**
 * For the server: the jobs now and then every `everyMs` while it runs. A failing organisation is
 * recorded in job_runs and does not stop the others. Returns the function that stops the schedule.
 */
export function scheduleJobs(
  db: Kysely<DB>,
  jobs: Record<JobName, JobWork>,
  everyMs: number,
  onError: (error: Error, job?: JobName) => void,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const round = () => {
    // A slow round is never overlapped by the next one in the same process.
    if (running !== null) return;
    running = (async () => {
      for (const [job, work] of Object.entries(jobs) as [JobName, JobWork][]) {
        await runJob(db, job, work, (error) => onError(error instanceof Error ? error : new Error(String(error)), job));
      }
    })()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  round();
  const timer = setInterval(round, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** Each job's latest run for the organisation, and when it last succeeded (null: never). */
export async function latestJobRuns(db: Kysely<DB>, organisationId: string) {
  return Promise.all(
    jobNames.map(async (job) => {
      const latest = (outcome?: 'ok') => {
        let q = db
          .selectFrom('job_runs')
          .select(['started_at', 'finished_at', 'outcome', 'handled'])
          .where('organisation_id', '=', organisationId)
          .where('job', '=', job);
        if (outcome) q = q.where('outcome', '=', outcome);
        return q.orderBy('started_at', 'desc').orderBy('id').limit(1).executeTakeFirst();
      };
      const [last, lastOk] = await Promise.all([latest(), latest('ok')]);
      return {
        job,
        last: last ? { at: last.finished_at, outcome: last.outcome, handled: last.handled } : null,
        lastSucceededAt: lastOk?.finished_at ?? null,
      };
    }),
  );
}
