import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { navigate } from "../app/router";
import { me, openRoom, toast, unreadRooms } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { onChatMessage, onRemovedFromMeetup, sendChatLive } from "../live/live";
import { formatClock } from "../meetups/format";
import { ReportForm } from "../people/ReportForm";
import { ErrorBox } from "../ui/Field";
import { emptyChat, lastMessageId, withLiveMessage, withOlderPage, type ChatState } from "./chatState";
import { markRoomRead } from "./unread";

const pageSize = 30;

export function ChatRoomPage({ meetupId }: { meetupId: string }) {
  const { t, language } = useI18n();
  const profile = useStore(me);
  const [meetup, setMeetup] = useState<Schemas["MeetupDto"] | null>(null);
  const [chat, setChat] = useState<ChatState>(emptyChat);
  const [text, setText] = useState("");
  const [error, setError] = useState<DescribedError | null>(null);
  const [sending, setSending] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const stickToBottom = useRef(true);
  const readUpTo = useRef(0);
  const [reporting, setReporting] = useState<number | null>(null);

  const loadOlder = useCallback(
    async (beforeId?: number) => {
      try {
        const page = await api.GET("/api/app/meetups/{meetupId}/chat/messages", { params: { path: { meetupId }, query: { BeforeId: beforeId, MaxResultCount: pageSize } } });
        stickToBottom.current = beforeId === undefined;
        setChat((current) => withOlderPage(current, page));
      } catch (failure) {
        setError(describeError(failure, t("common.error")));
      }
    },
    [meetupId, t],
  );

  // While the room is open its messages are read as they arrive.
  useEffect(() => {
    openRoom.set(meetupId);
    unreadRooms.set((rooms) => markRoomRead(rooms, meetupId));
    return () => openRoom.set(null);
  }, [meetupId]);

  useEffect(() => {
    setChat(emptyChat);
    void api
      .GET("/api/app/meetups/{id}", { params: { path: { id: meetupId } } })
      .then(setMeetup)
      .catch((failure) => setError(describeError(failure, t("common.error"))));
    void loadOlder();
    return onChatMessage((message) => {
      if (message.meetupId === meetupId) {
        stickToBottom.current = true;
        setChat((current) => withLiveMessage(current, message));
      }
    });
  }, [meetupId, loadOlder, t]);

  // A kicked person is told and leaves the room at once.
  useEffect(
    () =>
      onRemovedFromMeetup((removal) => {
        if (removal.meetupId === meetupId) {
          toast.set({ message: t("chat.removed") });
          navigate("/meetups", true);
        }
      }),
    [meetupId, t],
  );

  // The read marker follows the newest message shown.
  useEffect(() => {
    const last = lastMessageId(chat);
    if (last !== undefined && last > readUpTo.current) {
      readUpTo.current = last;
      void api.POST("/api/app/meetups/{meetupId}/chat/read", { params: { path: { meetupId } }, body: { lastReadMessageId: last } }).catch(() => undefined);
    }
  }, [chat, meetupId]);

  useLayoutEffect(() => {
    const element = list.current;
    if (element && stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [chat]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message) {
      return;
    }
    setSending(true);
    setError(null);
    try {
      const sent =
        (await sendChatLive(meetupId, message)) ??
        (await api.POST("/api/app/meetups/{meetupId}/chat/messages", { params: { path: { meetupId } }, body: { text: message } }));
      stickToBottom.current = true;
      setChat((current) => withLiveMessage(current, sent));
      setText("");
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setSending(false);
    }
  };

  const readOnly = meetup !== null && (meetup.status === "ended" || meetup.status === "cancelled");

  return (
    <section className="chat" data-test="chat-room">
      <header className="chat-head">
        <button className="link" onClick={() => navigate(`/meetups/${meetupId}`)} aria-label={t("common.back")}>
          ←
        </button>
        <div>
          <h1>{meetup?.title ?? t("chat.title")}</h1>
          {meetup && <p className="meta">{t("common.membersOf", { count: meetup.memberCount, max: meetup.maxMembers })}</p>}
        </div>
      </header>
      {meetup?.pinnedNotice && (
        <div className="notice compact">
          <strong>{t("detail.notice")}: {meetup.pinnedNotice.title}</strong> {meetup.pinnedNotice.body}
        </div>
      )}
      <ol className="messages" ref={list} data-test="messages" aria-live="polite">
        {chat.nextBeforeId !== null && (
          <li className="older">
            <button className="link" onClick={() => void loadOlder(chat.nextBeforeId ?? undefined)} data-test="older">
              {t("chat.older")}
            </button>
          </li>
        )}
        {chat.messages.length === 0 && <li className="system">{t("chat.empty")}</li>}
        {chat.messages.map((message) =>
          message.kind !== "user" ? (
            <li key={message.id} className="system" data-test="system-message">
              {message.text}
            </li>
          ) : (
            <li key={message.id} className={message.senderId === profile?.id ? "message mine" : "message"} data-test="message">
              {message.senderId !== profile?.id && <span className="sender">{message.senderNickname}</span>}
              <span className={message.isHidden ? "bubble hidden" : "bubble"}>{message.isHidden ? t("chat.hidden") : message.text}</span>
              <span className="message-meta">
                <time dateTime={message.creationTime}>{formatClock(message.creationTime, language)}</time>
                {message.senderId !== profile?.id && !message.isHidden && (
                  <button className="link tiny" onClick={() => setReporting(message.id)} data-test="report-message">
                    {t("people.report")}
                  </button>
                )}
              </span>
            </li>
          ),
        )}
      </ol>
      {reporting !== null && <ReportForm targetType="chatMessage" targetId={String(reporting)} onDone={() => setReporting(null)} />}
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      {!readOnly && (
        <form className="composer" onSubmit={send}>
          <input aria-label={t("chat.placeholder")} placeholder={t("chat.placeholder")} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} data-test="chat-input" />
          <button className="primary" disabled={sending || !text.trim()} data-test="chat-send">
            {t("chat.send")}
          </button>
        </form>
      )}
    </section>
  );
}
