import { useCallback, useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { Link } from "../app/router";
import { toast } from "../app/state";
import { useI18n } from "../i18n/I18n";
import type { MessageKey } from "../i18n/messages";
import { formatMeetupTime } from "../meetups/format";
import { ErrorBox } from "../ui/Field";
import { ReportForm } from "./ReportForm";

/** A person as the server shows them to you: a stranger gets a card without a name, friends and co-members more. */
export function PersonCardPage({ userId }: { userId: string }) {
  const { t, language } = useI18n();
  const [person, setPerson] = useState<Schemas["PersonProfileDto"] | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);
  const [reporting, setReporting] = useState(false);
  /** Blocked just now: the server shows them no more, so the card says so instead of reloading. */
  const [blocked, setBlocked] = useState(false);

  const load = useCallback(async () => {
    try {
      setPerson(await api.GET("/api/app/people/{userId}", { params: { path: { userId } } }));
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [userId, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: () => Promise<unknown>, done: MessageKey, reload = true) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      toast.set({ message: t(done) });
      if (reload) {
        await load();
      } else {
        setBlocked(true);
      }
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  if (!person) {
    return (
      <section className="page">
        <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
        {!error && <p className="muted">{t("common.loading")}</p>}
      </section>
    );
  }

  const name = person.nickname ?? t(`relationship.${person.relationship}`);
  return (
    <section className="page" data-test="person-card">
      <button className="link back" onClick={() => window.history.back()}>
        ← {t("common.back")}
      </button>
      <div className="card profile">
        <span className={`avatar large ${person.relationship}`} aria-hidden="true">
          {name.slice(0, 1)}
        </span>
        <div>
          <strong>{name}</strong>
          <p className="meta">
            <span className={`chip ${person.relationship}`}>{t(`relationship.${person.relationship}`)}</span>
            {person.lastSeen && ` · ${t(`lastSeen.${person.lastSeen}`)}`}
          </p>
          <p className="meta">{t("me.rating", { rating: person.rating })}</p>
        </div>
      </div>
      {person.statusMessage && <p className="description">“{person.statusMessage}”</p>}
      {person.interests && person.interests.length > 0 && (
        <p className="tags">
          {person.interests.map((interest) => (
            <span key={interest} className="tag">
              #{interest}
            </span>
          ))}
        </p>
      )}
      {person.sharedMeetups && person.sharedMeetups.count > 0 && (
        <div className="card">
          <h2>{t("people.sharedMeetups", { count: person.sharedMeetups.count })}</h2>
          <ul className="plain">
            {person.sharedMeetups.items.map((meetup) => (
              <li key={meetup.id}>
                <Link href={`/meetups/${meetup.id}`}>{meetup.title}</Link> <span className="meta">{formatMeetupTime(meetup.startTime, language)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      {blocked && (
        <p className="alert info" data-test="blocked-note">
          {t("people.blockedNote")} <Link href="/friends">{t("friends.title")} →</Link>
        </p>
      )}
      {person.relationship !== "self" && !blocked && (
        <div className="actions">
          {!person.isFriend && (
            <button className="primary" disabled={busy} onClick={() => void act(() => api.POST("/api/app/friends/requests", { body: { userId } }), "people.requestSent")} data-test="add-friend">
              {t("people.addFriend")}
            </button>
          )}
          <button className="secondary" disabled={busy} onClick={() => void act(() => api.PUT("/api/app/blocks/{userId}", { params: { path: { userId } } }), "people.blocked", false)} data-test="block">
            {t("people.block")}
          </button>
          <button className="secondary" onClick={() => setReporting(!reporting)} aria-expanded={reporting} data-test="report">
            {t("people.report")}
          </button>
        </div>
      )}
      {reporting && <ReportForm targetType="user" targetId={userId} onDone={() => setReporting(false)} />}
    </section>
  );
}
