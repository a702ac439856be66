import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { isMoyeoraApiError, type Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { navigate } from "../app/router";
import { me, openRoom, toast, unreadRooms } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { onChatMessage, onRemovedFromMeetup, onResumed, sendChatLive } from "../live/live";
import { formatClock } from "../meetups/format";
import { ReportForm } from "../people/ReportForm";
import { ErrorBox } from "../ui/Field";
import { changesMeetup, emptyChat, withMissedPage, firstUnreadId, isRoomReadOnly, lastMessageId, withLiveMessage, withOlderPage, type ChatState } from "./chatState";
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
  /** Set while an older page is added: the scroll position is kept where the reader was. */
  const keepScroll = useRef<{ height: number; top: number } | null>(null);
  const loadingOlder = useRef(false);
  const readUpTo = useRef(0);
  const [reporting, setReporting] = useState<number | null>(null);
  /** The "new messages" line: before the first message someone else wrote after your read marker when you opened the room. */
  const [dividerId, setDividerId] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  /** The first page arrived: until then the room says it is loading, not that it is empty. */
  const [loaded, setLoaded] = useState(false);

  const loadMeetup = useCallback(async () => {
    try {
      setMeetup(await api.GET("/api/app/meetups/{id}", { params: { path: { id: meetupId } } }));
      setNow(Date.now());
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [meetupId, t]);

  const loadOlder = useCallback(
    async (beforeId?: number) => {
      if (loadingOlder.current) {
        return;
      }
      loadingOlder.current = true;
      try {
        const page = await api.GET("/api/app/meetups/{meetupId}/chat/messages", { params: { path: { meetupId }, query: { BeforeId: beforeId, MaxResultCount: pageSize } } });
        stickToBottom.current = beforeId === undefined;
        const element = list.current;
        keepScroll.current = beforeId !== undefined && element ? { height: element.scrollHeight, top: element.scrollTop } : null;
        setChat((current) => withOlderPage(current, page));
      } catch (failure) {
        setError(describeError(failure, t("common.error")));
      } finally {
        loadingOlder.current = false;
      }
    },
    [meetupId, t],
  );

  const openRoomAt = useCallback(async () => {
    // The read marker as it was before this visit, then the newest page.
    let lastRead: number | null | undefined;
    try {
      lastRead = (await api.GET("/api/app/meetups/{meetupId}/chat/unread-count", { params: { path: { meetupId } } })).lastReadMessageId ?? null;
    } catch {
      lastRead = undefined;
    }
    try {
      const page = await api.GET("/api/app/meetups/{meetupId}/chat/messages", { params: { path: { meetupId }, query: { MaxResultCount: pageSize } } });
      stickToBottom.current = true;
      setChat((current) => {
        const next = withOlderPage(current, page);
        setDividerId(firstUnreadId(next, lastRead, me.get()?.id));
        return next;
      });
      setLoaded(true);
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [meetupId, t]);

  // While the room is open its messages are read as they arrive.
  useEffect(() => {
    openRoom.set(meetupId);
    unreadRooms.set((rooms) => markRoomRead(rooms, meetupId));
    return () => openRoom.set(null);
  }, [meetupId]);

  useEffect(() => {
    setChat(emptyChat);
    void loadMeetup();
    void openRoomAt();
    return onChatMessage((message) => {
      if (message.meetupId === meetupId) {
        stickToBottom.current = true;
        setChat((current) => withLiveMessage(current, message));
        // A new notice is pinned, a new host or a confirmation shows: the room's header follows live.
        if (changesMeetup(message)) {
          void loadMeetup();
        }
      }
    });
  }, [meetupId, loadMeetup, openRoomAt]);

  // Back after a drop: messages sent meanwhile never reached this page live, so the newest page is merged in.
  useEffect(
    () =>
      onResumed(() => {
        void api
          .GET("/api/app/meetups/{meetupId}/chat/messages", { params: { path: { meetupId }, query: { MaxResultCount: pageSize } } })
          .then((page) => {
            stickToBottom.current = true;
            setChat((current) => withMissedPage(current, page.items));
          })
          .catch(() => undefined);
        void loadMeetup();
      }),
    [meetupId, loadMeetup],
  );

  // At the meetup's end time the room turns read-only without a reload.
  const endTime = meetup?.endTime;
  useEffect(() => {
    if (!endTime) {
      return;
    }
    const wait = Date.parse(endTime) - Date.now();
    if (wait <= 0 || wait > 2_000_000_000) {
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), wait + 250);
    return () => clearTimeout(timer);
  }, [endTime]);

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
    if (!element) {
      return;
    }
    if (keepScroll.current) {
      // An older page went in above: the messages being read stay where they were.
      element.scrollTop = element.scrollHeight - keepScroll.current.height + keepScroll.current.top;
      keepScroll.current = null;
    } else if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [chat]);

  // Scrolling up to the top loads the older page (the button does the same for keyboards and screen readers).
  const onScroll = () => {
    const element = list.current;
    if (element && element.scrollTop < 40 && chat.nextBeforeId !== null) {
      void loadOlder(chat.nextBeforeId);
    }
  };

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
      if (isMoyeoraApiError(failure) && failure.code === "Moyeora:ChatReadOnly") {
        void loadMeetup();
      }
    } finally {
      setSending(false);
    }
  };

  const readOnly = isRoomReadOnly(meetup, now) || error?.code === "Moyeora:ChatReadOnly";

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
      <ol className="messages" ref={list} data-test="messages" aria-live="polite" onScroll={onScroll}>
        {chat.nextBeforeId !== null && (
          <li className="older">
            <button className="link" onClick={() => void loadOlder(chat.nextBeforeId ?? undefined)} data-test="older">
              {t("chat.older")}
            </button>
          </li>
        )}
        {chat.messages.length === 0 && <li className="system">{loaded ? t("chat.empty") : t("common.loading")}</li>}
        {chat.messages.map((message) => [
          message.id === dividerId && (
            <li key="unread" className="unread-divider" data-test="unread-divider">
              <span>{t("chat.newMessages")}</span>
            </li>
          ),
          message.kind !== "user" ? (
            <li key={message.id} className="system" data-test="system-message">
              {message.text}
            </li>
          ) : (
            <li key={message.id} className={message.senderId === profile?.id ? "message mine" : "message"} data-test="message" data-id={message.id}>
              {message.senderId !== profile?.id && <span className="sender">{message.senderNickname}</span>}
              <span className={message.isHidden ? "bubble hidden" : "bubble"} data-test={message.isHidden ? "hidden-message" : undefined}>
                {message.isHidden ? t("chat.hidden") : message.text}
              </span>
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
        ])}
      </ol>
      {reporting !== null && <ReportForm targetType="chatMessage" targetId={String(reporting)} onDone={() => setReporting(null)} />}
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      {readOnly ? (
        <p className="read-only" role="status" data-test="chat-read-only">
          {t(meetup?.status === "cancelled" ? "chat.cancelled" : "chat.readOnly")}
        </p>
      ) : (
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
