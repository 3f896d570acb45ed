// One place on the social map: what it is, when and where, what it costs and who can come, and
// when someone last checked that. Anyone who reads it can say something is wrong; its keepers
// see those reports, confirm it in one click, change it or take it off the map.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { SocialMapEntry } from '../../../server/modules/socialmap/answers.js';
import { TextArea } from '../../ui/Field.js';
import { Alert, Button, Loading, Page, QueryStatus } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { formatDate } from '../../i18n/index.js';
import { socialMapCalls, socialMapKeys, socialMapQueries } from './api.js';
import { MistakeList } from './MistakeList.js';
import { costInWords, occurrenceInWords, slotInWords } from './words.js';

export function EntryPage() {
  const { id } = useParams();
  const entry = useQuery(socialMapQueries.entry(id));
  const { t } = useTranslation();
  if (!entry.data)
    return <Page title={t('socialMap.title')}>{entry.error ? <QueryStatus query={entry} /> : <Loading />}</Page>;
  return <EntryView entry={entry.data} />;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function EntryView({ entry }: { entry: SocialMapEntry }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const keep = useSaveMessage();
  const refresh = () => client.invalidateQueries({ queryKey: socialMapKeys.all });
  const [archiving, setArchiving] = useState(false);

  return (
    <Page
      title={entry.name}
      actions={
        entry.mayKeep ? (
          <Link className="button button--secondary" to={`/social-map/${entry.id}/edit`}>
            {t('common.edit')}
          </Link>
        ) : null
      }
    >
      <p className="entry-card__provider">
        {entry.provider} · {t(`socialMap.kinds.${entry.kind}`)}
      </p>
      {entry.description ? <p className="entry-description">{entry.description}</p> : null}

      <section aria-labelledby="when" className="entry-section">
        <h2 id="when">{t('socialMap.sections.when')}</h2>
        {entry.slots.length ? (
          <ul>
            {entry.slots.map((slot, i) => (
              <li key={i}>{slotInWords(t, slot)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('socialMap.noTimes')}</p>
        )}
        {entry.validFrom || entry.validUntil ? (
          <p>
            {t('socialMap.period', {
              from: entry.validFrom ? formatDate(entry.validFrom) : '…',
              until: entry.validUntil ? formatDate(entry.validUntil) : '…',
            })}
          </p>
        ) : null}
        {entry.offDates.length ? (
          <p>{t('socialMap.offDatesList', { dates: entry.offDates.map((d) => formatDate(d)).join(', ') })}</p>
        ) : null}
        <h3>{t('socialMap.nextDates')}</h3>
        {entry.next.length ? (
          <ul>
            {entry.next.map((o) => (
              <li key={`${o.date}${o.start}`}>{occurrenceInWords(t, o)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('socialMap.noDates')}</p>
        )}
      </section>

      <section aria-labelledby="where-what" className="entry-section">
        <h2 id="where-what">{t('socialMap.sections.details')}</h2>
        <dl className="details">
          {entry.locations.length ? (
            <Fact label={t('socialMap.fields.locations')}>
              {entry.locations.map((l) => (
                <div key={l.address}>
                  {l.address}
                  {l.neighbourhood ? ` (${l.neighbourhood})` : ''}
                </div>
              ))}
            </Fact>
          ) : null}
          <Fact label={t('socialMap.fields.cost')}>{costInWords(t, entry)}</Fact>
          {entry.targetGroups ? <Fact label={t('socialMap.fields.targetGroups')}>{entry.targetGroups}</Fact> : null}
          {entry.conditions ? <Fact label={t('socialMap.fields.conditions')}>{entry.conditions}</Fact> : null}
          <Fact label={t('socialMap.fields.lowThreshold')}>
            {entry.lowThreshold ? t('socialMap.yes') : t('socialMap.no')}
          </Fact>
          {entry.accessibility.length || entry.accessibilityNote ? (
            <Fact label={t('socialMap.fields.accessibility')}>
              {[...entry.accessibility.map((a) => t(`socialMap.accessibility.${a}`)), entry.accessibilityNote]
                .filter(Boolean)
                .join(' · ')}
            </Fact>
          ) : null}
          {entry.interests.length ? (
            <Fact label={t('socialMap.fields.interests')}>
              {entry.interests.map((i) => t(`socialMap.interests.${i}`, { defaultValue: i })).join(', ')}
            </Fact>
          ) : null}
          {entry.contactPhone || entry.contactEmail || entry.website ? (
            <Fact label={t('socialMap.fields.contact')}>
              {entry.contactPhone ? (
                <div>
                  <a href={`tel:${entry.contactPhone.replace(/\s/g, '')}`}>{entry.contactPhone}</a>
                </div>
              ) : null}
              {entry.contactEmail ? (
                <div>
                  <a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>
                </div>
              ) : null}
              {entry.website ? (
                <div>
                  <a href={entry.website} rel="noreferrer noopener" target="_blank">
                    {entry.website}
                  </a>
                </div>
              ) : null}
            </Fact>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="checked" className="entry-section stack">
        <h2 id="checked">{t('socialMap.sections.checked')}</h2>
        <p>
          {entry.checkedBy
            ? t('socialMap.checkedBy', { date: formatDate(entry.checkedOn), name: entry.checkedBy })
            : t('socialMap.checkedOn', { date: formatDate(entry.checkedOn) })}
        </p>
        {entry.stale ? <Alert kind="warning">{t('socialMap.staleWarning')}</Alert> : null}
        {entry.mayKeep ? (
          <div className="button-row">
            <Button
              busy={keep.busy}
              onClick={() =>
                keep.run(async () => {
                  await socialMapCalls.confirm(entry.id);
                  await refresh();
                  return t('socialMap.confirmed');
                })
              }
            >
              {t('socialMap.confirm')}
            </Button>
            {archiving ? (
              <>
                <Button
                  variant="danger"
                  onClick={() =>
                    keep.run(async () => {
                      await socialMapCalls.archive(entry.id);
                      await refresh();
                      void navigate('/social-map');
                      return t('socialMap.archived');
                    })
                  }
                >
                  {t('socialMap.archiveSure')}
                </Button>
                <Button variant="secondary" onClick={() => setArchiving(false)}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : (
              <Button variant="secondary" onClick={() => setArchiving(true)}>
                {t('socialMap.archive')}
              </Button>
            )}
          </div>
        ) : null}
        {keep.message ? <Alert kind={keep.message.kind}>{keep.message.text}</Alert> : null}
      </section>

      {entry.mayKeep && entry.mistakes.length ? <Mistakes entry={entry} /> : null}
      <ReportMistake entryId={entry.id} />
    </Page>
  );
}

function Mistakes({ entry }: { entry: SocialMapEntry }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="mistakes" className="entry-section">
      <h2 id="mistakes">{t('socialMap.mistakes.title')}</h2>
      <MistakeList mistakes={entry.mistakes} placeName={() => entry.name} />
    </section>
  );
}

function ReportMistake({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const { message, busy, run } = useSaveMessage();
  return (
    <form
      className="entry-section stack"
      aria-labelledby="report"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await socialMapCalls.reportMistake(entryId, text);
          setText('');
          await client.invalidateQueries({ queryKey: socialMapKeys.all });
          return t('socialMap.report.sent');
        });
      }}
    >
      <h2 id="report">{t('socialMap.report.title')}</h2>
      <TextArea
        label={t('socialMap.report.label')}
        hint={t('socialMap.report.hint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
      />
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          {t('socialMap.report.send')}
        </Button>
      </div>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
    </form>
  );
}
