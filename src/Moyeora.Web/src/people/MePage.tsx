import { me } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";

export function MePage({ onLogOut }: { onLogOut: () => void }) {
  const { t, language, setLanguage } = useI18n();
  const profile = useStore(me);
  return (
    <section className="page">
      <h1>{t("me.title")}</h1>
      {profile && (
        <div className="card profile">
          <span className="avatar large" aria-hidden="true">
            {profile.nickname.slice(0, 1)}
          </span>
          <div>
            <strong data-test="my-nickname">{profile.nickname}</strong>
            <p className="meta">{profile.name}</p>
            <p className="meta">{t("me.rating", { rating: profile.rating })}</p>
          </div>
        </div>
      )}
      <div className="card stack">
        <label className="radius">
          {t("me.language")}
          <select value={language} onChange={(e) => setLanguage(e.target.value === "en" ? "en" : "ko")}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <button className="secondary wide" onClick={onLogOut} data-test="logout">
        {t("auth.logout")}
      </button>
    </section>
  );
}
