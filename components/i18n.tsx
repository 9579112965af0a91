import { createContext, useContext, type ReactNode } from 'react';
import { type Lang, type MessageKey, browserLang, translate } from '../lib/i18n';

const LangContext = createContext<Lang | null>(null);

/** Sets the UI language for everything below; without a provider, components follow the browser's language. */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext) ?? browserLang();
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): Translate {
  const lang = useLang();
  return (key, params) => translate(lang, key, params);
}
