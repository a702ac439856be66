import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, generalMessage, type DescribedError } from "../api/errors";
import { Link } from "../app/router";
import { toast } from "../app/state";
import { useI18n } from "../i18n/I18n";
import { onChatMessage, onMeetupChanged, onResumed } from "../live/live";
import { ReportForm } from "../people/ReportForm";
import { InviteFriends } from "./InviteFriends";
import { RatingSheet } from "./RatingSheet";
import { ErrorBox, Field } from "../ui/Field";
import { formatMeetupTime } from "./format";

type Meetup = Schemas["MeetupDto"];

export function MeetupDetailPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const [meetup, setMeetup] = useState<Meetup | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);
  const [noticeTitle, setNoticeTitle] = useState("");
  const [noticeBody, setNoticeBody] = useState("");
  const [noticeError, setNoticeError] = useState<DescribedError | null>(null);
  const [reporting, setReporting] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [notices, setNotices] = useState<Schemas["MeetupNoticeDto"][] | null>(null);

  const showNotices = async () => {
    if (notices) {
      setNotices(null);
      return;
    }
    try {
      setNotices((await api.GET("/api/app/meetups/{id}/notices", { params: { path: { id }, query: { MaxResultCount: 50 } } })).items);
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  };
  /** The member row asking for a confirm: remove them, or make them host. */
  const [pending, setPending] = useState<{ userId: string; action: "kick" | "handOver" } | null>(null);

  const load = useCallback(async () => {
    try {
      setMeetup(await api.GET("/api/app/meetups/{id}", { params: { path: { id } } }));
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [id, t]);

  useEffect(() => {
    void load();
  }, [load]);

  // Seats fill and free live: the page follows without a reload.
  useEffect(() => onMeetupChanged((update) => update.meetupId === id && void load()), [id, load]);
  // A member hears every change in the room (joins, kicks, a new host, a confirmation, a notice): the page follows.
  useEffect(() => onChatMessage((message) => message.meetupId === id && message.kind !== "user" && void load()), [id, load]);
  useEffect(() => onResumed(() => void load()), [load]);

  const act = async (action: "join" | "leave" | "confirm") => {
    setBusy(true);
    setError(null);
    try {
      if (action === "confirm") {
        setMeetup(await api.POST("/api/app/meetups/{id}/confirm", { params: { path: { id } } }));
      } else if (action === "join") {
        setMeetup(await api.POST("/api/app/meetups/{id}/join", { params: { path: { id } } }));
        toast.set({ message: t("detail.joined") });
      } else {
        await api.POST("/api/app/meetups/{id}/leave", { params: { path: { id } } });
        toast.set({ message: t("detail.left") });
        await load();
      }
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  const manage = async (userId: string, action: "kick" | "handOver") => {
    setBusy(true);
    setError(null);
    try {
      if (action === "kick") {
        await api.POST("/api/app/meetups/{id}/members/{userId}/kick", { params: { path: { id, userId } } });
      } else {
        await api.POST("/api/app/meetups/{id}/hand-over", { params: { path: { id } }, body: { newHostId: userId } });
      }
      setPending(null);
      await load();
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  const postNotice = async (event: FormEvent) => {
    event.preventDefault();
    setNoticeError(null);
    try {
      await api.POST("/api/app/meetups/{id}/notices", { params: { path: { id } }, body: { title: noticeTitle, body: noticeBody } });
      setNoticeTitle("");
      setNoticeBody("");
      toast.set({ message: t("detail.noticePosted") });
      await load();
    } catch (failure) {
      setNoticeError(describeError(failure, t("common.error")));
    }
  };

  if (!meetup) {
    return (
      <section className="page">
        <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
        {!error && <p className="muted">{t("common.loading")}</p>}
      </section>
    );
  }

  const canJoin = !meetup.isMember && meetup.status === "recruiting" && !meetup.isFull;
  return (
    <section className="page detail" data-test="meetup-detail" data-id={meetup.id}>
      <button className="link back" onClick={() => window.history.back()}>
        ← {t("common.back")}
      </button>
      <div className="detail-head">
        <span className={`status ${meetup.status}`}>{t(`status.${meetup.status}`)}</span>
        <h1>{meetup.title}</h1>
        <p className="meta" data-test="meetup-host">
          {t("detail.host")} · {meetup.host.nickname}
        </p>
      </div>
      {meetup.pinnedNotice && (
        <div className="notice" data-test="pinned-notice">
          <strong>
            {t("detail.notice")}: {meetup.pinnedNotice.title}
          </strong>
          <p>{meetup.pinnedNotice.body}</p>
          <button className="link small" onClick={() => void showNotices()} aria-expanded={notices !== null} data-test="all-notices">
            {t("detail.allNotices")}
          </button>
          {notices && (
            <ol className="plain notices">
              {notices.map((notice) => (
                <li key={notice.id}>
                  <strong>{notice.title}</strong> <span className="meta">{formatMeetupTime(notice.creationTime, language)}</span>
                  <p>{notice.body}</p>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
      <dl className="facts">
        <dt>{t("detail.when")}</dt>
        <dd>
          {formatMeetupTime(meetup.startTime, language)} – {formatMeetupTime(meetup.endTime, language)}
        </dd>
        <dt>{t("detail.where")}</dt>
        <dd>{meetup.isOnline ? t("meetups.online") : meetup.place}</dd>
        {meetup.whatToBring && (
          <>
            <dt>{t("detail.bring")}</dt>
            <dd>{meetup.whatToBring}</dd>
          </>
        )}
        <dt>{t("detail.members")}</dt>
        <dd data-test="member-count">{t("common.membersOf", { count: meetup.memberCount, max: meetup.maxMembers })}</dd>
      </dl>
      {meetup.description && <p className="description">{meetup.description}</p>}
      {meetup.tags.length > 0 && (
        <p className="tags">
          {meetup.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </p>
      )}
      {meetup.members && (
        <ul className="members">
          {meetup.members.map((member) => (
            <li key={member.user.id} data-test="member" data-user={member.user.id}>
              <span className="avatar" aria-hidden="true">
                {member.user.nickname.slice(0, 1)}
              </span>
              {member.user.nickname}
              {member.isHost && <span className="chip">{t("detail.host")}</span>}
              {member.hasConfirmed && <span className="chip ok">{t("detail.confirmed")}</span>}
              {meetup.isHost && !member.isHost && meetup.status !== "ended" && meetup.status !== "cancelled" && (
                <span className="member-actions">
                  {pending?.userId === member.user.id ? (
                    <>
                      <span className="small">
                        {t(pending.action === "kick" ? "detail.kickConfirm" : "detail.handOverConfirm", { nickname: member.user.nickname })}
                      </span>
                      <button
                        className={pending.action === "kick" ? "danger small" : "primary small"}
                        disabled={busy}
                        onClick={() => void manage(member.user.id, pending.action)}
                        data-test={`${pending.action}-confirm`}
                      >
                        {t(pending.action === "kick" ? "detail.kick" : "detail.handOver")}
                      </button>
                      <button className="link small" onClick={() => setPending(null)}>
                        {t("common.cancel")}
                      </button>
                    </>
                  ) : (
                    <>
                      <button className="link small" onClick={() => setPending({ userId: member.user.id, action: "handOver" })} data-test="hand-over">
                        {t("detail.handOver")}
                      </button>
                      <button className="link small" onClick={() => setPending({ userId: member.user.id, action: "kick" })} data-test="kick">
                        {t("detail.kick")}
                      </button>
                    </>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      <div className="actions">
        {canJoin && (
          <button className="primary" disabled={busy} onClick={() => void act("join")} data-test="join">
            {t("detail.join")}
          </button>
        )}
        {meetup.isMember && (
          <Link href={`/meetups/${meetup.id}/chat`} className="button primary" data-test="open-chat">
            {t("detail.openChat")}
          </Link>
        )}
        {meetup.isMember && meetup.status === "recruiting" && !meetup.hasConfirmed && (
          <button className="secondary" disabled={busy} onClick={() => void act("confirm")} data-test="confirm">
            {meetup.isHost ? t("detail.confirmMeetup") : t("detail.confirmAttendance")}
          </button>
        )}
        {meetup.isHost && meetup.status === "recruiting" && (
          <Link href={`/meetups/${meetup.id}/edit`} className="button secondary-link" data-test="edit">
            {t("detail.edit")}
          </Link>
        )}
        {meetup.isMember && meetup.status === "recruiting" && !meetup.isFull && (
          <button className="secondary" onClick={() => setInviting(!inviting)} aria-expanded={inviting} data-test="invite">
            {t("invite.title")}
          </button>
        )}
        {meetup.isMember && !meetup.isHost && meetup.status !== "ended" && (
          <button className="secondary" disabled={busy} onClick={() => void act("leave")} data-test="leave">
            {t("detail.leave")}
          </button>
        )}
      </div>
      {inviting && <InviteFriends meetup={meetup} />}
      {meetup.isMember && meetup.status === "ended" && meetup.confirmationTime && <RatingSheet meetupId={meetup.id} />}
      {!meetup.isHost && (
        <p>
          <button className="link small" onClick={() => setReporting(!reporting)} aria-expanded={reporting} data-test="report-meetup">
            {t("detail.report")}
          </button>
        </p>
      )}
      {reporting && <ReportForm targetType="meetup" targetId={meetup.id} onDone={() => setReporting(false)} />}
      {meetup.isHost && (meetup.status === "recruiting" || meetup.status === "confirmed") && (
        <form className="stack card" onSubmit={postNotice} data-test="notice-form" noValidate>
          <h2>{t("detail.postNotice")}</h2>
          <Field label={t("detail.noticeTitle")} name="title" errors={noticeError?.fields.title}>
            {(props) => <input {...props} value={noticeTitle} onChange={(e) => setNoticeTitle(e.target.value)} />}
          </Field>
          <Field label={t("detail.noticeBody")} name="body" errors={noticeError?.fields.body}>
            {(props) => <textarea {...props} rows={3} value={noticeBody} onChange={(e) => setNoticeBody(e.target.value)} />}
          </Field>
          <ErrorBox message={generalMessage(noticeError, ["title", "body"])} retryAfter={noticeError?.retryAfter} />
          <button className="secondary">{t("detail.postNotice")}</button>
        </form>
      )}
    </section>
  );
}
