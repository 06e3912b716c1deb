import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { vi, type MessageKey } from './vi.ts';
import { en } from './en.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const STORAGE_KEY = 'thidua.lang';
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { vi, en };

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: keep it for this tab only */
    }
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  const value = useMemo<I18nValue>(() => {
    const dict = DICTIONARIES[lang];
    return { lang, setLang, t: (key, params) => interpolate(dict[key] ?? vi[key] ?? key, params) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
