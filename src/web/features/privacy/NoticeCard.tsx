// The organisation's privacy notice: what a person is told before they consent. Each change is a
// new version; consents keep the version they were given under.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { privacyNoticeSchema } from '../../../shared/privacy/schemas.js';
import { formatDate } from '../../i18n/index.js';
import { TextArea } from '../../ui/Field.js';
import { Alert, Button, Card, QueryStatus } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { privacyCalls, privacyKeys, privacyQueries } from './api.js';

export function NoticeCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const versions = useQuery(privacyQueries.noticeVersions());
  const { message, busy, run } = useSaveMessage();
  const form = useForm<z.input<typeof privacyNoticeSchema>>({
    resolver: zodResolver(privacyNoticeSchema),
    defaultValues: { body: '' },
  });
  const current = versions.data?.[0] ?? null;
  useEffect(() => {
    if (current) form.reset({ body: current.body });
  }, [current, form]);
  const publish = form.handleSubmit((notice) =>
    run(async () => {
      const published = await privacyCalls.publishNotice(notice);
      await client.invalidateQueries({ queryKey: privacyKeys.all });
      return t('privacy.notice.published', { version: published[0]?.version ?? 1 });
    }, form.setError),
  );
  return (
    <Card title={t('privacy.notice.title')}>
      <QueryStatus query={versions} />
      <p>{t('privacy.notice.intro')}</p>
      <p>
        {current
          ? t('privacy.notice.current', { version: current.version, date: formatDate(current.publishedAt) })
          : t('privacy.notice.none')}
      </p>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <form onSubmit={publish} noValidate className="stack">
        <TextArea
          label={t('privacy.notice.text')}
          hint={t('privacy.notice.textHint')}
          rows={8}
          error={form.formState.errors.body?.message}
          {...form.register('body')}
        />
        <div className="button-row">
          <Button type="submit" busy={busy}>
            {t('privacy.notice.publish')}
          </Button>
        </div>
      </form>
      {versions.data && versions.data.length > 1 ? (
        <details>
          <summary>{t('privacy.notice.earlier')}</summary>
          {versions.data.slice(1).map((v) => (
            <section key={v.version} aria-label={t('privacy.notice.versionLabel', { version: v.version })}>
              <h3>
                {t('privacy.notice.versionOf', {
                  version: v.version,
                  date: formatDate(v.publishedAt),
                  name: v.publishedBy ?? '',
                })}
              </h3>
              <p className="user-text">{v.body}</p>
            </section>
          ))}
        </details>
      ) : null}
    </Card>
  );
}
