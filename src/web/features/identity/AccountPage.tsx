import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changePasswordSchema } from '../../../shared/schemas.js';
import { identityCalls } from './api.js';
import { useSession } from '../../session.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Card, Page } from '../../ui/basics.js';
import { applyServerErrors } from '../../ui/forms.js';
import { TwoFactorSetup } from './TwoFactorSetup.js';

export function AccountPage() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [enrolling, setEnrolling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const passwordForm = useForm({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const everywhere = useMutation({
    mutationFn: identityCalls.logoutEverywhere,
    onSuccess: async () => {
      await refresh();
      void navigate('/login');
    },
  });
  if (!session) return null;

  const changePassword = passwordForm.handleSubmit(async (values) => {
    setNotice(null);
    setError(null);
    try {
      await identityCalls.changePassword(values);
      passwordForm.reset();
      setNotice(t('account.passwordChanged'));
    } catch (e) {
      setError(applyServerErrors(e, passwordForm.setError, t('errors.generic')));
    }
  });

  const disable = async () => {
    setError(null);
    try {
      await identityCalls.disableTwoFactor(code);
      setCode('');
      await refresh();
      setNotice(t('account.twoFactorOff'));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Page title={t('account.title')}>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="grid-2">
        <Card title={t('account.details')}>
          <dl className="details">
            <dt>{t('fields.name')}</dt>
            <dd>{session.user.displayName}</dd>
            <dt>{t('fields.email')}</dt>
            <dd>{session.user.email}</dd>
            <dt>{t('fields.role')}</dt>
            <dd>{t(`roles.${session.user.role}`)}</dd>
            <dt>{t('fields.team')}</dt>
            <dd>{session.user.teamName ?? t('common.none')}</dd>
          </dl>
        </Card>
        <Card title={t('account.twoFactor')}>
          {session.user.totpEnabled ? (
            <div className="stack">
              <p>{t('account.twoFactorOn')}</p>
              {session.organisation.requireTotp ? (
                <p className="muted">{t('account.twoFactorRequired')}</p>
              ) : (
                <>
                  <TextField
                    label={t('account.codeToDisable')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                  />
                  <Button variant="secondary" onClick={disable}>
                    {t('account.disableTwoFactor')}
                  </Button>
                </>
              )}
            </div>
          ) : enrolling ? (
            <TwoFactorSetup
              onDone={async () => {
                setEnrolling(false);
                await refresh();
              }}
            />
          ) : (
            <div className="stack">
              <p>{t('account.twoFactorOffText')}</p>
              <Button onClick={() => setEnrolling(true)}>{t('account.enableTwoFactor')}</Button>
            </div>
          )}
        </Card>
        <Card title={t('account.password')}>
          <form onSubmit={changePassword} noValidate className="stack">
            <input type="email" hidden readOnly autoComplete="username" value={session.user.email} />
            <TextField
              label={t('fields.currentPassword')}
              type="password"
              autoComplete="current-password"
              error={passwordForm.formState.errors.currentPassword?.message}
              {...passwordForm.register('currentPassword')}
            />
            <TextField
              label={t('fields.newPassword')}
              type="password"
              autoComplete="new-password"
              hint={t('fields.passwordHint')}
              error={passwordForm.formState.errors.newPassword?.message}
              {...passwordForm.register('newPassword')}
            />
            <Button type="submit" busy={passwordForm.formState.isSubmitting}>
              {t('account.changePassword')}
            </Button>
          </form>
        </Card>
        <Card title={t('account.sessions')}>
          <p>{t('account.everywhereText')}</p>
          <Button variant="secondary" onClick={() => everywhere.mutate()} busy={everywhere.isPending}>
            {t('account.everywhere')}
          </Button>
        </Card>
      </div>
    </Page>
  );
}
