import { useCallback, useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { navigate } from "../app/router";
import { useI18n } from "../i18n/I18n";
import { ErrorBox } from "../ui/Field";
import { formatMeetupTime } from "./format";

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
          <li key={invitation.id} className="card">
            <p className="meta">{t("invitations.from", { nickname: invitation.inviter.nickname })}</p>
            <strong>{invitation.meetup.title}</strong>
            <p className="meta">{formatMeetupTime(invitation.meetup.startTime, language)}</p>
            {invitation.status === "pending" ? (
              <div className="actions">
                <button className="primary" disabled={busy} onClick={() => void answer(invitation, true)}>
                  {t("invitations.accept")}
                </button>
                <button className="secondary" disabled={busy} onClick={() => void answer(invitation, false)}>
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
