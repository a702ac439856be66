import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { translate, type Language, type MessageKey } from "./messages";

const storageKey = "moyeora.language";

export function storedLanguage(): Language {
  return localStorage.getItem(storageKey) === "en" ? "en" : "ko";
}

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, onChange }: { children: ReactNode; onChange?: (language: Language) => void }) {
  const [language, setState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback(
    (next: Language) => {
      localStorage.setItem(storageKey, next);
      document.documentElement.lang = next;
      setState(next);
      onChange?.(next);
    },
    [onChange],
  );
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params), [language]);
  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error("useI18n outside I18nProvider");
  }
  return value;
}
