import { useCallback, useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { Link } from "../app/router";
import { useI18n } from "../i18n/I18n";
import { ErrorBox } from "../ui/Field";

type Tab = "friends" | "incoming" | "outgoing" | "blocks";
type Row = { key: string; userId: string; nickname: string; actions: { label: string; run: () => Promise<unknown>; test: string }[] };

/** Friends, friend requests both ways, and blocked people. */
export function FriendsPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>("friends");
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      const query = { params: { query: { MaxResultCount: 100 } } };
      const nick = (user: Schemas["UserSummaryDto"] | null) => user?.nickname ?? t("relationship.stranger");
      if (tab === "friends") {
        const page = await api.GET("/api/app/friends", query);
        setRows(page.items.map((f) => ({ key: f.user.id, userId: f.user.id, nickname: f.user.nickname, actions: [{ label: t("friends.remove"), test: "remove-friend", run: () => api.DELETE("/api/app/friends/{friendId}", { params: { path: { friendId: f.user.id } } }) }] })));
      } else if (tab === "incoming") {
        const page = await api.GET("/api/app/friends/requests/incoming", query);
        setRows(
          page.items.map((r) => ({
            key: r.id,
            userId: r.userId,
            nickname: nick(r.user),
            actions: [
              { label: t("invitations.accept"), test: "accept-request", run: () => api.POST("/api/app/friends/requests/{requestId}/accept", { params: { path: { requestId: r.id } } }) },
              { label: t("invitations.decline"), test: "decline-request", run: () => api.POST("/api/app/friends/requests/{requestId}/decline", { params: { path: { requestId: r.id } } }) },
            ],
          })),
        );
      } else if (tab === "outgoing") {
        const page = await api.GET("/api/app/friends/requests/outgoing", query);
        setRows(page.items.map((r) => ({ key: r.id, userId: r.userId, nickname: nick(r.user), actions: [{ label: t("common.cancel"), test: "cancel-request", run: () => api.DELETE("/api/app/friends/requests/{requestId}", { params: { path: { requestId: r.id } } }) }] })));
      } else {
        const page = await api.GET("/api/app/blocks", query);
        setRows(page.items.map((b) => ({ key: b.user.id, userId: b.user.id, nickname: b.user.nickname, actions: [{ label: t("friends.unblock"), test: "unblock", run: () => api.DELETE("/api/app/blocks/{userId}", { params: { path: { userId: b.user.id } } }) }] })));
      }
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [tab, t]);

  useEffect(() => {
    setRows(null);
    void load();
  }, [load]);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      await load();
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page">
      <h1>{t("friends.title")}</h1>
      <div className="tabs" role="tablist">
        {(["friends", "incoming", "outgoing", "blocks"] as const).map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} className={tab === name ? "tab active" : "tab"} onClick={() => setTab(name)} data-test={`friends-tab-${name}`}>
            {t(`friends.${name}`)}
          </button>
        ))}
      </div>
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
      {rows === null && !error && <p className="muted">{t("common.loading")}</p>}
      {rows?.length === 0 && <p className="empty">{t("friends.empty")}</p>}
      <ul className="cards" data-test="friends-list">
        {rows?.map((row) => (
          <li key={row.key} className="card row-item">
            <span className="avatar" aria-hidden="true">
              {row.nickname.slice(0, 1)}
            </span>
            <Link href={`/people/${row.userId}`}>{row.nickname}</Link>
            <span className="member-actions">
              {row.actions.map((action) => (
                <button key={action.test} className="secondary small" disabled={busy} onClick={() => void run(action.run)} data-test={action.test}>
                  {action.label}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
