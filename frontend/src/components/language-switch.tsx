import { useI18n } from '../i18n/i18n-provider';

/** One button that switches between French and English; its text is in the target language. */
export function LanguageSwitch() {
  const { lang, m, setLang } = useI18n();
  const target = lang === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="link-button" lang={target} onClick={() => setLang(target)}>
      <span className="visually-hidden" lang={lang}>
        {m.lang.label} :{' '}
      </span>
      {m.lang.switchTo}
    </button>
  );
}
