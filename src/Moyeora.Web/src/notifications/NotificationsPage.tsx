import { useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { navigate } from "../app/router";
import { unreadNotifications } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { formatMeetupTime } from "../meetups/format";
import { ErrorBox } from "../ui/Field";

export function NotificationsPage() {
  const { t, language } = useI18n();
  const unread = useStore(unreadNotifications);
  const [items, setItems] = useState<Schemas["NotificationDto"][]>([]);
  const [error, setError] = useState<DescribedError | null>(null);
  const [loaded, setLoaded] = useState(false);

  // Reloads when a live notification arrives while the list is open.
  useEffect(() => {
    api
      .GET("/api/app/notifications", { params: { query: { MaxResultCount: 50 } } })
      .then((page) => setItems(page.items))
      .catch((failure) => setError(describeError(failure, t("common.error"))))
      .finally(() => setLoaded(true));
  }, [unread, t]);

  const open = async (item: Schemas["NotificationDto"]) => {
    if (!item.readTime) {
      try {
        await api.POST("/api/app/notifications/{id}/read", { params: { path: { id: item.id } } });
        unreadNotifications.set((count) => Math.max(0, count - 1));
      } catch {
        // still opens what it is about
      }
    }
    if (item.meetupId) {
      navigate(`/meetups/${item.meetupId}`);
    }
  };

  const readAll = async () => {
    try {
      await api.POST("/api/app/notifications/read-all");
      unreadNotifications.set(0);
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  };

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("notifications.title")}</h1>
        {unread > 0 && (
          <button className="secondary small" onClick={() => void readAll()} data-test="read-all">
            {t("notifications.readAll")}
          </button>
        )}
      </div>
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      {loaded && items.length === 0 && <p className="empty">{t("notifications.empty")}</p>}
      <ul className="cards">
        {items.map((item) => (
          <li key={item.id} className={item.readTime ? "card notification" : "card notification unread"} data-test="notification">
            <button className="link notification-text" onClick={() => void open(item)}>
              {item.text}
            </button>
            <time className="meta">{formatMeetupTime(item.creationTime, language)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
