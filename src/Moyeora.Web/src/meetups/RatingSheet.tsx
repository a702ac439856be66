import { useCallback, useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { useI18n } from "../i18n/I18n";
import { ErrorBox } from "../ui/Field";
import { formatMeetupTime } from "./format";

/** After a confirmed meetup has ended, each participant rates the others, up or down, for seven days. */
export function RatingSheet({ meetupId }: { meetupId: string }) {
  const { t, language } = useI18n();
  const [sheet, setSheet] = useState<Schemas["RatingSheetDto"] | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setSheet(await api.GET("/api/app/meetups/{meetupId}/ratings", { params: { path: { meetupId } } }));
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  }, [meetupId, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const vote = async (userId: string, value: Schemas["RatingVote"]) => {
    setBusy(true);
    setError(null);
    try {
      await api.POST("/api/app/meetups/{meetupId}/ratings", { params: { path: { meetupId } }, body: { userId, vote: value } });
      await load();
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  if (!sheet?.isOpen || sheet.people.length === 0) {
    return <ErrorBox message={error?.message} />;
  }
  return (
    <div className="card stack" data-test="rating-sheet">
      <h2>{t("rating.title")}</h2>
      {sheet.closesAt && <p className="meta">{t("rating.closes", { time: formatMeetupTime(sheet.closesAt, language) })}</p>}
      <ul className="members">
        {sheet.people.map((entry) => (
          <li key={entry.user.id} data-test="rating-entry" data-user={entry.user.id}>
            <span className="avatar" aria-hidden="true">
              {entry.user.nickname.slice(0, 1)}
            </span>
            {entry.user.nickname}
            <span className="member-actions">
              {(["up", "down"] as const).map((value) => (
                <button
                  key={value}
                  className={entry.myVote === value ? "primary small" : "secondary small"}
                  aria-pressed={entry.myVote === value}
                  disabled={busy}
                  onClick={() => void vote(entry.user.id, value)}
                  data-test={`rate-${value}`}
                >
                  {t(`rating.${value}`)}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
    </div>
  );
}
