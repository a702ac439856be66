import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18n";

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <main className="auth">
      <div className="auth-card">
        <header className="auth-brand">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <div>
            <p className="brand">{t("app.name")}</p>
            <p className="tagline">{t("app.tagline")}</p>
          </div>
          <button type="button" className="link lang" onClick={() => setLanguage(language === "ko" ? "en" : "ko")} data-test="language">
            {t("lang.switch")}
          </button>
        </header>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
