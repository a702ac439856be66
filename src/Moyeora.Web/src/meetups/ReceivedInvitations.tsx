import { useCallback, useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { navigate } from "../app/router";
import { useI18n } from "../i18n/I18n";
import { ErrorBox } from "../ui/Field";
import { formatMeetupTime } from "./format";
import { onNotification, onResumed } from "../live/live";

/** Invitations others sent you: accept (you join) or decline. */
export function ReceivedInvitations() {
  const { t, language } = useI18n();
  const [items, setItems] = useState<Schemas["ReceivedInvitationDto"][] | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems((await api.GET("/api/app/meetups/invitations", { params: { query: { MaxResultCount: 50 } } })).items);
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  // An invitation sent now appears without a reload; one that expired or was withdrawn disappears on the next load.
  useEffect(() => onNotification((notification) => notification.kind === "invited" && void load()), [load]);
  useEffect(() => onResumed(() => void load()), [load]);

  const answer = async (invitation: Schemas["ReceivedInvitationDto"], accept: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const path = { params: { path: { invitationId: invitation.id } } };
      if (accept) {
        await api.POST("/api/app/meetups/invitations/{invitationId}/accept", path);
        navigate(`/meetups/${invitation.meetup.id}`);
      } else {
        await api.POST("/api/app/meetups/invitations/{invitationId}/decline", path);
        await load();
      }
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      {items === null && !error && <p className="muted">{t("common.loading")}</p>}
      {items?.length === 0 && <p className="empty">{t("invitations.empty")}</p>}
      <ul className="cards" data-test="invitation-list">
        {items?.map((invitation) => (
          <li key={invitation.id} className="card" data-test="invitation" data-meetup={invitation.meetup.id}>
            <p className="meta">{t("invitations.from", { nickname: invitation.inviter.nickname })}</p>
            <strong>{invitation.meetup.title}</strong>
            <p className="meta">{formatMeetupTime(invitation.meetup.startTime, language)}</p>
            {invitation.status === "pending" ? (
              <div className="actions">
                <button className="primary" disabled={busy} onClick={() => void answer(invitation, true)} data-test="accept-invitation">
                  {t("invitations.accept")}
                </button>
                <button className="secondary" disabled={busy} onClick={() => void answer(invitation, false)} data-test="decline-invitation">
                  {t("invitations.decline")}
                </button>
              </div>
            ) : (
              <span className="chip">{t(`invitations.${invitation.status}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
