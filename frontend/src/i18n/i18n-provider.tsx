import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { formatDate, formatInstant } from './format';
import { fr, type Messages } from './fr';
import { setCurrentLang, storedLang, storeLang, type Lang } from './lang';

const DICTIONARIES: Record<Lang, Messages> = { fr, en };

interface I18n {
  lang: Lang;
  m: Messages;
  setLang: (lang: Lang) => void;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => storedLang(browserStorage()));
  setCurrentLang(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    storeLang(browserStorage(), next);
    setCurrentLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const m = DICTIONARIES[lang];
    return {
      lang,
      m,
      setLang,
      date: (iso) => formatDate(lang, iso),
      dateTime: (iso) => {
        const { date, time } = formatInstant(lang, iso);
        return time ? m.common.dateTime(date, time) : date;
      },
    };
  }, [lang, setLang]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
