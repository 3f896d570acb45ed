import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../../session.js';
import { Page } from '../../ui/basics.js';
import { TwoFactorSetup } from './TwoFactorSetup.js';

/** When the organisation makes two-step verification mandatory, this is the only page until it is set up. */
export function TwoFactorRequiredPage() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  if (!session) return <Navigate to="/login" replace />;
  if (session.stage === 'full' && session.user.totpEnabled) return <Navigate to="/" replace />;
  return (
    <Page title={t('twoFactor.requiredTitle')} narrow>
      <p>{t('twoFactor.requiredIntro', { organisation: session.organisation.name })}</p>
      <TwoFactorSetup
        onDone={async () => {
          await refresh();
          void navigate('/', { replace: true });
        }}
      />
    </Page>
  );
}
