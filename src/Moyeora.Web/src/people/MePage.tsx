import { useState, type FormEvent } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, generalMessage, type DescribedError } from "../api/errors";
import { me, toast } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { formatMeetupTime } from "../meetups/format";
import { Link } from "../app/router";
import { ErrorBox, Field } from "../ui/Field";
import { ghostUntil, type GhostFor } from "./settings";
import { radiusOptions } from "../map/geo";
import { formatDistance } from "../meetups/format";
import { setRadius } from "../live/live";

type Visibility = Schemas["LocationVisibility"];

function VisibilityForm({ settings }: { settings: Schemas["ProfileSettingsDto"] }) {
  const { t, language } = useI18n();
  const [visibility, setVisibility] = useState<Visibility>(settings.locationVisibility);
  const [ghostFor, setGhostFor] = useState<GhostFor>("1h");
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const updated = await api.PUT("/api/app/profile/settings", {
        body: { locationVisibility: visibility, ghostUntil: visibility === "nobody" ? ghostUntil(ghostFor, Date.now()) : null },
      });
      me.set(updated);
      toast.set({ message: t("settings.saved") });
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  return (
      <form className="card stack" onSubmit={save} data-test="visibility-form">
        <fieldset className="choices">
          <legend>{t("settings.title")}</legend>
          {(["everyone", "friendsOnly", "nobody"] as const).map((value) => (
            <label key={value} className="check">
              <input type="radio" name="visibility" value={value} checked={visibility === value} onChange={() => setVisibility(value)} data-test={`visibility-${value}`} />
              {t(`settings.${value}`)}
            </label>
          ))}
        </fieldset>
        {visibility === "nobody" && (
          <label className="radius">
            {t("settings.ghostFor")}
            <select value={ghostFor} onChange={(e) => setGhostFor(e.target.value as GhostFor)} data-test="ghost-for">
              <option value="1h">{t("settings.ghost1h")}</option>
              <option value="3h">{t("settings.ghost3h")}</option>
              <option value="off">{t("settings.ghostOff")}</option>
            </select>
          </label>
        )}
        {settings.locationVisibility === "nobody" && settings.ghostUntil && (
          <p className="meta" data-test="ghost-until">
            {t("settings.ghostUntil", { time: formatMeetupTime(settings.ghostUntil, language) })}
          </p>
        )}
        <ErrorBox message={generalMessage(error, [])} retryAfter={error?.retryAfter} />
        <button className="secondary" disabled={busy} data-test="save-visibility">
          {t("common.save")}
        </button>
      </form>
  );
}

/** The radius the live map opens with, kept by the server so it follows the person to every device. */
function DefaultRadiusForm({ current }: { current: number }) {
  const { t } = useI18n();
  const [meters, setMeters] = useState(current);
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const updated = await api.PUT("/api/app/profile/settings", { body: { defaultRadiusMeters: meters } });
      me.set(updated);
      // The new default applies on this device at once too.
      await setRadius(updated.settings.defaultRadiusMeters).catch(() => undefined);
      toast.set({ message: t("settings.saved") });
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={save} data-test="radius-form" noValidate>
      <Field label={t("settings.defaultRadius")} name="defaultRadiusMeters" errors={error?.fields.defaultRadiusMeters} hint={t("settings.defaultRadiusHint")}>
        {(props) => (
          <select {...props} value={meters} onChange={(e) => setMeters(Number(e.target.value))} data-test="default-radius">
            {radiusOptions(meters).map((value) => (
              <option key={value} value={value}>
                {formatDistance(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorBox message={generalMessage(error, ["defaultRadiusMeters"])} retryAfter={error?.retryAfter} />
      <button className="secondary" disabled={busy} data-test="save-radius">
        {t("common.save")}
      </button>
    </form>
  );
}

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
      {profile && <VisibilityForm key={profile.id} settings={profile.settings} />}
      {profile && <DefaultRadiusForm key={`${profile.id}-${profile.settings.defaultRadiusMeters}`} current={profile.settings.defaultRadiusMeters} />}
      <Link href="/friends" className="card row-item" data-test="friends-link">
        {t("friends.title")} →
      </Link>
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
      <DeleteAccount onDeleted={onLogOut} />
    </section>
  );
}

function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<DescribedError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api.POST("/api/app/profile/delete", { body: { password } });
      onDeleted();
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  };

  if (!open) {
    return (
      <button className="link wide danger-text" onClick={() => setOpen(true)} data-test="delete-account">
        {t("account.delete")}
      </button>
    );
  }
  return (
    <form className="card stack danger-zone" onSubmit={submit} noValidate data-test="delete-form">
      <h2>{t("account.delete")}</h2>
      <p className="meta">{t("account.deleteHint")}</p>
      <Field label={t("auth.password")} name="password" errors={error?.fields.password} hint={t("account.deleteConfirm")}>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <ErrorBox message={generalMessage(error, ["password"])} retryAfter={error?.retryAfter} />
      <div className="actions">
        <button className="danger">{t("account.delete")}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
