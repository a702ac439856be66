import { useEffect, type ReactNode } from "react";
import { api, logOut, onSessionChange } from "../api/client";
import { LogInPage } from "../auth/LogInPage";
import { SignUpPage } from "../auth/SignUpPage";
import { ChatRoomPage } from "../chat/ChatRoomPage";
import { useI18n } from "../i18n/I18n";
import { formatWait } from "../i18n/wait";
import { applyDefaultRadius, connectLive, disconnectLive, onResumed, reconnectNow } from "../live/live";
import { MapPage } from "../map/MapPage";
import { CreateMeetupPage, EditMeetupPage } from "../meetups/CreateMeetupPage";
import { MeetupDetailPage } from "../meetups/MeetupDetailPage";
import { MeetupListPage } from "../meetups/MeetupListPage";
import { NotificationsPage } from "../notifications/NotificationsPage";
import { FriendsPage } from "../people/FriendsPage";
import { MePage } from "../people/MePage";
import { PersonCardPage } from "../people/PersonCardPage";
import { Link, matchPath, navigate, usePath } from "./router";
import { totalUnread } from "../chat/unread";
import { liveStatus, me, meetupMarkers, openRoom, session, toast, unreadNotifications, unreadRooms } from "./state";
import { useStore } from "./store";

const publicPaths = ["/login", "/signup"];

/** Badges as the server counts them: unread notifications and unread chat messages per room. */
async function refreshCounts(): Promise<void> {
  const [unread, mine] = await Promise.all([
    api.GET("/api/app/notifications/unread-count"),
    api.GET("/api/app/meetups/mine", { params: { query: { MaxResultCount: 100 } } }),
  ]);
  unreadNotifications.set(unread.unreadCount);
  const open = openRoom.get();
  unreadRooms.set(Object.fromEntries(mine.items.filter((m) => m.unreadMessageCount > 0 && m.id !== open).map((m) => [m.id, m.unreadMessageCount])));
}

async function startSession() {
  connectLive();
  try {
    const [profile] = await Promise.all([api.GET("/api/app/profile"), refreshCounts()]);
    me.set(profile);
    applyDefaultRadius(profile.settings.defaultRadiusMeters);
  } catch {
    // a failed refresh signs out through onSignedOut
  }
}

// Live notifications and messages sent while the connection was down were never pushed: the badges are counted again.
onResumed(() => void refreshCounts().catch(() => undefined));

async function endSession(ended: boolean) {
  session.set({ signedIn: false, ended });
  me.set(null);
  unreadNotifications.set(0);
  unreadRooms.set({});
  meetupMarkers.set({});
  await disconnectLive();
  navigate("/login", true);
}

export function App() {
  const path = usePath();
  const { signedIn } = useStore(session);

  useEffect(() => {
    const off = onSessionChange((now, reason) => {
      if (now && !session.get().signedIn) {
        session.set({ signedIn: true, ended: false });
        void startSession();
      } else if (!now && session.get().signedIn) {
        void endSession(reason !== undefined);
      }
    });
    void Promise.resolve(api.tokens.get()).then((tokens) => {
      if (tokens && !session.get().signedIn) {
        session.set({ signedIn: true, ended: false });
        void startSession();
      } else if (!tokens && !publicPaths.includes(window.location.pathname)) {
        navigate("/login", true);
      }
    });
    return off;
  }, []);

  const onPublicPage = publicPaths.includes(path);
  useEffect(() => {
    if (signedIn && onPublicPage) {
      navigate("/", true);
    }
  }, [signedIn, onPublicPage]);

  if (onPublicPage) {
    return signedIn ? null : path === "/signup" ? <SignUpPage /> : <LogInPage />;
  }
  if (!signedIn) {
    return null;
  }

  let page: ReactNode;
  let params: Record<string, string> | null;
  if (path === "/" || path === "/map") {
    page = <MapPage />;
  } else if (path === "/meetups") {
    page = <MeetupListPage />;
  } else if (path === "/meetups/new") {
    page = <CreateMeetupPage />;
  } else if ((params = matchPath("/meetups/:id/edit", path))) {
    page = <EditMeetupPage key={params.id} id={params.id!} />;
  } else if ((params = matchPath("/meetups/:id/chat", path))) {
    page = <ChatRoomPage key={params.id} meetupId={params.id!} />;
  } else if ((params = matchPath("/meetups/:id", path))) {
    page = <MeetupDetailPage key={params.id} id={params.id!} />;
  } else if ((params = matchPath("/people/:userId", path))) {
    page = <PersonCardPage key={params.userId} userId={params.userId!} />;
  } else if (path === "/friends") {
    page = <FriendsPage />;
  } else if (path === "/notifications") {
    page = <NotificationsPage />;
  } else if (path === "/me") {
    page = <MePage onLogOut={() => void logOut()} />;
  } else {
    page = <MapPage />;
  }
  return <Shell path={path}>{page}</Shell>;
}

function Shell({ path, children }: { path: string; children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const status = useStore(liveStatus);
  const unread = useStore(unreadNotifications);
  const unreadChats = totalUnread(useStore(unreadRooms));
  const nav = [
    { href: "/", label: t("nav.map"), icon: "◎", test: "nav-map" },
    { href: "/meetups", label: t("nav.meetups"), icon: "☰", test: "nav-meetups", badge: unreadChats },
    { href: "/meetups/new", label: t("nav.create"), icon: "+", test: "nav-create" },
    { href: "/notifications", label: t("nav.notifications"), icon: "◔", test: "nav-notifications", badge: unread },
    { href: "/me", label: t("nav.me"), icon: "☺", test: "nav-me" },
  ];
  const current = (href: string) =>
    href === "/"
      ? path === "/" || path === "/map"
      : path === href || (href === "/meetups" && path.startsWith("/meetups/") && path !== "/meetups/new") || (href === "/me" && (path === "/friends" || path.startsWith("/people/")));
  return (
    <div className="shell" data-live={status}>
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {t("app.name")}
        </Link>
        <div className="topbar-end">
          <button className="link lang" onClick={() => setLanguage(language === "ko" ? "en" : "ko")} data-test="language">
            {t("lang.switch")}
          </button>
          <Link href="/notifications" className="bell" aria-label={t("nav.notifications")} data-test="bell">
            <svg className="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
              <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16h15.4L18 12.6V9a6 6 0 0 0-6-6Zm-2.2 15a2.3 2.3 0 0 0 4.4 0Z" fill="currentColor" />
            </svg>
            {unread > 0 && (
              <span className="badge" data-test="notification-badge">
                {unread > 99 ? "99+" : unread}
              </span>
            )}
          </Link>
        </div>
      </header>
      {(status === "reconnecting" || status === "closed") && (
        <div className="banner offline" role="status" data-test="offline-banner">
          {status === "reconnecting" ? t("live.offline") : t("live.closed")}
          {status === "closed" && (
            <button className="link" onClick={reconnectNow}>
              {t("live.reconnect")}
            </button>
          )}
        </div>
      )}
      <nav className="tabbar" aria-label="Moyeora">
        {nav.map((item) => (
          <Link key={item.href} href={item.href} className={current(item.href) ? "active" : undefined} aria-current={current(item.href) ? "page" : undefined} data-test={item.test}>
            <span className="icon" aria-hidden="true">
              {item.icon}
            </span>
            <span className="label">{item.label}</span>
            {(item.badge ?? 0) > 0 && (
              <span className="badge" data-test={`${item.test}-badge`}>
                {item.badge! > 99 ? "99+" : item.badge}
              </span>
            )}
          </Link>
        ))}
      </nav>
      <main className="content">{children}</main>
      <ToastView />
    </div>
  );
}

function ToastView() {
  const { t, language } = useI18n();
  const current = useStore(toast);
  useEffect(() => {
    if (!current) {
      return;
    }
    const timer = setTimeout(() => toast.set(null), Math.max(4000, (current.retryAfter ?? 0) * 1000));
    return () => clearTimeout(timer);
  }, [current]);
  if (!current) {
    return null;
  }
  return (
    <div className="toast" role="status" data-test="toast">
      {current.retryAfter === undefined ? current.message : t("common.tooManyRequests", { wait: formatWait(current.retryAfter, language) })}
    </div>
  );
}
