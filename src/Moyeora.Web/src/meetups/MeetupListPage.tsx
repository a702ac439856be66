import { useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { Link } from "../app/router";
import { myPosition, radiusMeters } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { ErrorBox } from "../ui/Field";
import { loadConfig } from "../map/config";
import { formatDistance, formatMeetupTime } from "./format";
import { ReceivedInvitations } from "./ReceivedInvitations";

type Tab = "recruiting" | "nearby" | "mine" | "search" | "invitations";
type Item = Schemas["MeetupListItemDto"] & { unreadMessageCount?: number };

const pageSize = 20;

export function MeetupListPage() {
  const { t, language } = useI18n();
  const position = useStore(myPosition);
  const radius = useStore(radiusMeters);
  const [tab, setTab] = useState<Tab>("recruiting");
  const [items, setItems] = useState<Item[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<DescribedError | null>(null);
  const [keyword, setKeyword] = useState("");
  const [date, setDate] = useState("");

  const load = async (skip: number) => {
    if (tab === "invitations" || (tab === "search" && !keyword.trim() && !date)) {
      setItems([]);
      setTotal(0);
      setLoading(false);
      return;
    }
    setLoading(true);
    setError(null);
    try {
      let page: { items: Item[]; totalCount: number };
      if (tab === "recruiting") {
        page = await api.GET("/api/app/meetups/recruiting", { params: { query: { SkipCount: skip, MaxResultCount: pageSize } } });
      } else if (tab === "search") {
        page = await api.GET("/api/app/meetups/search", {
          params: { query: { Keyword: keyword.trim() || undefined, Date: date || undefined, TimeZone: "Asia/Seoul", SkipCount: skip, MaxResultCount: pageSize } },
        });
      } else if (tab === "mine") {
        page = await api.GET("/api/app/meetups/mine", { params: { query: { SkipCount: skip, MaxResultCount: pageSize } } });
      } else {
        const at = position ?? (await loadConfig()).defaultCenter;
        page = await api.GET("/api/app/meetups/nearby", {
          params: { query: { Latitude: at.latitude, Longitude: at.longitude, RadiusMeters: Math.max(radius, 5000), SkipCount: skip, MaxResultCount: pageSize } },
        });
      }
      setItems((current) => (skip === 0 ? page.items : [...current, ...page.items]));
      setTotal(page.totalCount);
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(0);
    // Reload when the tab changes; position and radius are read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab]);

  return (
    <section className="page">
      <h1>{t("meetups.title")}</h1>
      <div className="tabs" role="tablist">
        {(["recruiting", "nearby", "mine", "search", "invitations"] as const).map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} className={tab === name ? "tab active" : "tab"} onClick={() => setTab(name)} data-test={`tab-${name}`}>
            {name === "invitations" ? t("invitations.tab") : t(`meetups.${name}`)}
          </button>
        ))}
      </div>
      {tab === "search" && (
        <form
          className="search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            void load(0);
          }}
        >
          <input type="search" aria-label={t("meetups.keyword")} placeholder={t("meetups.keyword")} value={keyword} onChange={(e) => setKeyword(e.target.value)} data-test="search-keyword" />
          <input type="date" aria-label={t("meetups.date")} value={date} onChange={(e) => setDate(e.target.value)} data-test="search-date" />
          <button className="primary">{t("meetups.searchButton")}</button>
        </form>
      )}
      {tab === "invitations" && <ReceivedInvitations />}
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      <ul className="cards" data-test="meetup-list">
        {items.map((meetup) => (
          <li key={meetup.id}>
            <Link href={`/meetups/${meetup.id}`} className="card meetup-card">
              <div className="card-top">
                <strong>{meetup.title}</strong>
                {(meetup.unreadMessageCount ?? 0) > 0 && <span className="badge">{meetup.unreadMessageCount}</span>}
              </div>
              <p className="meta">{formatMeetupTime(meetup.startTime, language)}</p>
              <p className="meta">
                {meetup.isOnline ? t("meetups.online") : meetup.place}
                {meetup.distanceMeters !== null && ` · ${t("meetups.distance", { distance: formatDistance(meetup.distanceMeters) })}`}
              </p>
              <div className="card-bottom">
                <span className={meetup.isFull ? "seats full" : "seats"}>
                  {meetup.isFull ? t("meetups.full") : t("common.membersOf", { count: meetup.memberCount, max: meetup.maxMembers })}
                </span>
                <span className="tags">
                  {meetup.tags.map((tag) => (
                    <span key={tag} className="tag">
                      #{tag}
                    </span>
                  ))}
                </span>
              </div>
            </Link>
          </li>
        ))}
      </ul>
      {loading && <p className="muted">{t("common.loading")}</p>}
      {!loading && items.length === 0 && !error && tab !== "invitations" && <p className="empty">{t("meetups.empty")}</p>}
      {!loading && items.length < total && (
        <button className="secondary wide" onClick={() => void load(items.length)}>
          {t("meetups.more")}
        </button>
      )}
    </section>
  );
}
