import { useTranslation } from 'react-i18next';
import { sessionCalls, useSession } from '../session.js';

/** Switches the language; a signed-in user's choice is remembered on the server too. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const next = i18n.language === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="button button--link language-switch"
      lang={next}
      onClick={async () => {
        await i18n.changeLanguage(next);
        if (session) await sessionCalls.rememberLocale(next).catch(() => undefined);
      }}
    >
      {t('nav.switchLanguage')}
    </button>
  );
}
