import { useEffect, useState } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { useI18n } from "../i18n/I18n";
import { ErrorBox } from "../ui/Field";

/** Invites friends who are not in the meetup yet. */
export function InviteFriends({ meetup }: { meetup: Schemas["MeetupDto"] }) {
  const { t } = useI18n();
  const [friends, setFriends] = useState<Schemas["FriendDto"][] | null>(null);
  const [invited, setInvited] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<DescribedError | null>(null);

  useEffect(() => {
    api
      .GET("/api/app/friends", { params: { query: { MaxResultCount: 100 } } })
      .then((page) => setFriends(page.items))
      .catch((failure) => setError(describeError(failure, t("common.error"))));
  }, [t]);

  const invite = async (userId: string) => {
    setError(null);
    try {
      await api.POST("/api/app/meetups/{id}/invitations", { params: { path: { id: meetup.id } }, body: { userId } });
      setInvited((current) => new Set(current).add(userId));
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    }
  };

  const members = new Set(meetup.members?.map((member) => member.user.id) ?? []);
  const candidates = friends?.filter((friend) => !members.has(friend.user.id)) ?? [];
  return (
    <div className="card stack" data-test="invite-friends">
      <h2>{t("invite.title")}</h2>
      {friends !== null && candidates.length === 0 && <p className="meta">{t("invite.none")}</p>}
      <ul className="members">
        {candidates.map((friend) => (
          <li key={friend.user.id} data-test="invite-candidate" data-user={friend.user.id}>
            <span className="avatar" aria-hidden="true">
              {friend.user.nickname.slice(0, 1)}
            </span>
            {friend.user.nickname}
            <span className="member-actions">
              {invited.has(friend.user.id) ? (
                <span className="chip ok">{t("invite.sent")}</span>
              ) : (
                <button className="secondary small" onClick={() => void invite(friend.user.id)} data-test="invite-send">
                  {t("invite.button")}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
    </div>
  );
}
