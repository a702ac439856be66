// Generated from the host's OpenAPI document (/openapi/v1.json) by openapi-typescript — do not edit.
// Regenerate with `bash etc/clients/generate.sh` (see the README's "Clients" section).
export interface paths {
    "/api/app/account/verification-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a 6-digit code by SMS. The answer is the same whether or not the number is registered. */
        post: operations["Account_SendVerificationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/verification-codes/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks a code; a right one returns a single-use verification token (30 minutes). */
        post: operations["Account_VerifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/nickname-availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a nickname is well-formed and free (case-insensitively). */
        get: operations["Account_CheckNickname"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates the account for a verified phone and signs it in. */
        post: operations["Account_Register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phone + password → access token (15 min) and refresh token (14 days). Restores an account deleted less than 30
         *     days ago. Without the right password every state answers the same 401 (unknown number, wrong password, locked
         *     out, locked by a moderator, deleted); only the holder of the password learns of a moderator's lock (403).
         */
        post: operations["Account_Login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotates a refresh token. Presenting an already-rotated token ends that whole session family. */
        post: operations["Account_Refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revokes the given refresh token's session, or (allSessions) every session of the caller: every refresh token,
         *     every access token (this one too) and the live connection.
         */
        post: operations["Account_Logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/account/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets a new password with a password-reset verification token; ends every session. */
        post: operations["Account_ResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries newest first; filter by actor, target type and id, action and time (from inclusive, to exclusive). */
        get: operations["AuditLog_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/audit-logs/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered entries as a CSV file (UTF-8 with a byte order mark, newest first, at most 10,000 rows); cells a
         *     spreadsheet would run as formulas are prefixed with an apostrophe.
         */
        get: operations["AuditLog_ExportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/blocks/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Blocks someone; ends a friendship and pending requests between you. */
        put: operations["Block_Block"];
        post?: never;
        /** Unblocks a person: each of you appears on the other's map and lists again (a friendship does not come back). */
        delete: operations["Block_Unblock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first. */
        get: operations["Block_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{meetupId}/chat/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first, cursor-paged with `beforeId`. */
        get: operations["Chat_GetMessages"];
        put?: never;
        /** Sends a message (1–1,000 characters); stored, then delivered to every member. */
        post: operations["Chat_Send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{meetupId}/chat/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moves the caller's read marker forward. */
        post: operations["Chat_MarkRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{meetupId}/chat/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many messages in the room arrived after the caller last read it. */
        get: operations["Chat_GetUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live figures (people, live connections on the answering node, recruiting meetups and those starting today, open
         *     reports, failing jobs) and sign-ups, meetups created, chat messages and reports per day for the last 30 days, by the
         *     Korean calendar (permission Moyeora.Dashboard.View).
         */
        get: operations["Dashboard_Get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a request; if the other person had already asked, you are friends at once. */
        post: operations["Friend_SendRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/requests/{requestId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accepts a friend request sent to the caller; both become friends at once. */
        post: operations["Friend_Accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declines a friend request sent to the caller. */
        post: operations["Friend_Decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraws a friend request the caller sent. */
        delete: operations["Friend_Cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/{friendId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Ends a friendship, for both people. */
        delete: operations["Friend_Remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest friendship first. */
        get: operations["Friend_GetFriends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/requests/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Friend requests sent to the caller, newest first, with who asked. */
        get: operations["Friend_GetIncoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/friends/requests/outgoing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Friend requests the caller sent, newest first; each recipient shows only as a stranger card until they accept. */
        get: operations["Friend_GetOutgoing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every job with its schedule, next run and what its last run did. */
        get: operations["Job_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/jobs/{name}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs the job now, once, on one node; answers 202 at once (the list shows the result). */
        post: operations["Job_Trigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/meetups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetups by part of the title (or id), host (id, phone number or nickname), state, start day (Korean calendar, yyyy-MM-dd) and whether hidden; newest first. */
        get: operations["MeetupAdministration_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/meetups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meetup with its members, notices, chat volume and the reports about it (hidden ones too). */
        get: operations["MeetupAdministration_Get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/meetups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels the meetup with a reason; every member is notified. */
        post: operations["MeetupAdministration_Cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/meetups/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hides the meetup with a reason: gone from public lists, search, nearby and the map for everyone but its members. */
        post: operations["MeetupAdministration_Hide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/meetups/{id}/unhide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings a hidden meetup back, with a reason. */
        post: operations["MeetupAdministration_Unhide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a meetup; the caller becomes its host and first member. */
        post: operations["Meetup_Create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detail with the host; members also see the member list and the pinned notice. */
        get: operations["Meetup_Get"];
        /** Host only; not once confirmed; capacity never below the member count. */
        put: operations["Meetup_Update"];
        post?: never;
        /** Host only, while alone in the meetup (otherwise cancel it). */
        delete: operations["Meetup_Delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Host only; every member is told. */
        post: operations["Meetup_Cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/recruiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recruiting meetups, soonest start first (then newest). */
        get: operations["Meetup_GetRecruitingList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recruiting in-person meetups within a radius (metres) of a point, nearest first. */
        get: operations["Meetup_GetNearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/markers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Map markers inside a bounding box (west &gt; east crosses the antimeridian). */
        get: operations["Meetup_GetMarkers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetups the caller is a member of, with confirmation and unread counts. */
        get: operations["Meetup_GetMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/hosting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetups the caller hosts that are still recruiting. */
        get: operations["Meetup_GetHosting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recruiting meetups by keyword (title or tag, case-insensitive) and/or calendar day in a time zone. */
        get: operations["Meetup_Search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/mine/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same search among the caller's own meetups (any state). */
        get: operations["Meetup_SearchMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Joins a recruiting meetup. Capacity is enforced by the database: a full meetup answers 409 MeetupFull. */
        post: operations["Meetup_Join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Members only, not once confirmed; the host hands over first. */
        post: operations["Meetup_Leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "확정": each member once; the host last and not alone, which confirms the meetup. */
        post: operations["Meetup_Confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The host hands the host role to another member. */
        post: operations["Meetup_HandOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/members/{userId}/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Host only; the user cannot rejoin unless invited again. */
        post: operations["Meetup_Kick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Host only: invites a user (not a member, no pending duplicate, meetup recruiting and not full). */
        post: operations["Meetup_Invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations the caller received, newest first. */
        get: operations["Meetup_GetInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Joins the meetup if still possible (an invitation lifts an earlier kick). */
        post: operations["Meetup_AcceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declines an invitation to a meetup; the host is told. */
        post: operations["Meetup_DeclineInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members only, newest first. */
        get: operations["Meetup_GetNotices"];
        put?: never;
        /** Host only; the newest notice is pinned in the chat room. */
        post: operations["Meetup_PostNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first. */
        get: operations["Notification_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread. */
        get: operations["Notification_GetUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one of one's own notifications read; answers the new unread count. */
        post: operations["Notification_MarkRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every notification of the caller read. */
        post: operations["Notification_MarkAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first; filter by channel and recipient. */
        get: operations["Outbox_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/outbox/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries that failed after their last retry (production gateways), newest first. */
        get: operations["Outbox_GetFailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/people/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you may see of someone: strangers show rating, status message and last seen; friends and co-members add
         *     nickname, profile image and interests; co-members add shared meetups and whether you are friends.
         *     Blocked (either way), deleted and unknown people are all 404.
         */
        get: operations["People_Get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/people/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finds one person by exact nickname (any case) or exact phone number (any accepted format); give exactly one. */
        get: operations["People_Search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/permissions/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission that can be granted to a role, with its Korean display name. */
        get: operations["Permission_GetPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/permissions/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles and the permissions each grants. */
        get: operations["Permission_GetRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/permissions/roles/{roleName}/permissions/{permission}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grants a permission to a role. */
        put: operations["Permission_Grant"];
        post?: never;
        /** Revokes a permission from a role (the admin role always keeps everything). */
        delete: operations["Permission_Revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/permissions/users/{userId}/roles/{roleName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gives a person a role (and so its permissions). */
        put: operations["Permission_AddUserToRole"];
        post?: never;
        /** Takes a role from a person; the last active administrator keeps theirs. */
        delete: operations["Permission_RemoveUserFromRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profile, rating, interests, roles, permissions and settings. */
        get: operations["Profile_Get"];
        /** Replaces nickname, profile image, status message and interests. */
        put: operations["Profile_Update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile/status-message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes only the status message (interests are kept). */
        put: operations["Profile_SetStatusMessage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the interests (0–10 tags of 1–30 characters). */
        put: operations["Profile_SetInterests"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Location visibility: everyone, friends only, or nobody (ghost mode, optionally until a time). */
        put: operations["Profile_UpdateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Needs the current password; ends every session (sign in again). */
        post: operations["Profile_ChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile/change-phone-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moves the account to a new number verified with purpose `phoneChange`; needs the password; ends every session. */
        post: operations["Profile_ChangePhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/profile/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deletes the account (password required): deactivated at once, erased after 30 days, restored by logging in before then. */
        post: operations["Profile_Delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/meetups/{meetupId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The other participants, the caller's votes so far, and whether (and until when) votes are open. */
        get: operations["Rating_GetSheet"];
        put?: never;
        /** Thumbs-up or thumbs-down: the person's trust moves by 1 (bounded 0–100) and they are told they were rated (not by whom). */
        post: operations["Rating_Rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reports a target the caller can see, with a reason from the fixed list (text up to 1,000 characters, required for
         *     `other`). One open report per reporter and target; moderators take it from there.
         */
        post: operations["Report_Create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/moderation/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Oldest first; filter by status and target type. */
        get: operations["ReportModeration_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/moderation/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with its target, reporter, the moderator handling it and how many other open reports concern the same target. */
        get: operations["ReportModeration_Get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/moderation/reports/{id}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report's target as it is now (message, meetup or person) and the earlier reports about the same target. */
        get: operations["ReportModeration_GetContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/moderation/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Takes the report: it shows as in review by you. */
        post: operations["ReportModeration_StartReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/moderation/reports/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Closes the report without action. */
        post: operations["ReportModeration_Dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/moderation/reports/{id}/act": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hides the message, cancels the meetup (every member is told) or locks the person for some days (their sessions
         *     end), and resolves every open report about the same target.
         */
        post: operations["ReportModeration_Act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission and every role with what it grants and how many people hold it. */
        get: operations["RoleAdministration_GetGrid"];
        put?: never;
        /** Creates a custom role that grants nothing yet. */
        post: operations["RoleAdministration_Create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/roles/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deletes a custom role (its holders lose it); the body (a reason) is optional. Built-in roles stay. */
        post: operations["RoleAdministration_Delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/roles/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves the permission grid in one go: each listed role grants exactly the listed permissions. */
        put: operations["RoleAdministration_SavePermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gives a person exactly these roles (by name). */
        put: operations["RoleAdministration_SetUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/security-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries newest first; filter by person, kind and time (from inclusive, to exclusive). */
        get: operations["SecurityLog_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings in force, and whether they were saved or still come from the configuration. */
        get: operations["Settings_Get"];
        /** Validates (a field error per wrong value) and stores every value; every node applies them within seconds. */
        put: operations["Settings_Update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People by phone number (exact), account id or part of the nickname, and by state; newest accounts first (permission Moyeora.Users.Manage). */
        get: operations["UserAdministration_GetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's profile, trust, roles, lock state, newest meetups and the reports about and by them (permission Moyeora.Users.Manage). */
        get: operations["UserAdministration_Get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lock and session state of a person (permission Moyeora.Users.Manage). */
        get: operations["UserAdministration_GetSecurity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Locks the person for some days; every session ends at once and no password reset lifts the lock. */
        post: operations["UserAdministration_Lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lifts a moderator's lock and the wrong-password lock-out; the body (a reason) is optional. */
        post: operations["UserAdministration_Unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}/end-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends every session of the person: refresh tokens, access tokens (on every node within seconds) and the live connection; the body (a reason) is optional. */
        post: operations["UserAdministration_EndSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivates the person (cannot sign in or refresh, sessions end, gone from the map, nearby lists and search) until restored; the body (a reason) is optional. */
        post: operations["UserAdministration_Deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/app/admin/users/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restores a person an administrator deactivated; an account its owner deleted is refused (only the owner's log-in restores it). */
        post: operations["UserAdministration_Restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActOnReportDto: {
            action: null | components["schemas"]["ReportAction"];
            note?: null | string;
            /**
             * Format: int32
             * @description For ReportAction.LockUser: how many days (1–3650, default 7).
             */
            lockDays?: null | number;
        };
        AuditChangeDto: {
            field: string;
            /** @description The value before (null: none). */
            before: null | string;
            /** @description The value after (null: none). */
            after: null | string;
        };
        AuditLogEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            time: string;
            /**
             * Format: uuid
             * @description Who acted; null for the system.
             */
            actorId: null | string;
            /** @description The actor's nickname when they acted. */
            actorNickname: null | string;
            ipAddress: null | string;
            /** @description A stable name such as `User.Lock` or `Report.Act`. */
            action: string;
            /** @description `User`, `Report`, `Meetup`, `ChatMessage`, `Job` or `Role`. */
            targetType: string;
            targetId: string;
            reason: null | string;
            /** @description What changed, field by field. */
            changes: components["schemas"]["AuditChangeDto"][];
        };
        AuthTokensDto: {
            accessToken: string;
            tokenType: string;
            /** Format: date-time */
            accessTokenExpiresAt: string;
            refreshToken: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
            /** Format: uuid */
            userId: string;
            /** @description True when this log-in brought back an account that was deleted less than 30 days ago. */
            restored: boolean;
        };
        BlockedUserDto: {
            user: components["schemas"]["UserSummaryDto"];
            /** Format: date-time */
            creationTime: string;
        };
        CancelMeetupDto: {
            reason?: null | string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChangePhoneNumberDto: {
            /** @description From verifying a code sent to the new number with purpose `phoneChange`. */
            verificationToken: string;
            password: string;
        };
        ChatMessageDto: {
            /**
             * Format: int64
             * @description Grows with every message: the order of the room and the paging cursor.
             */
            id: number;
            /** Format: uuid */
            meetupId: string;
            kind: components["schemas"]["ChatMessageKind"];
            /**
             * Format: uuid
             * @description Null for system messages.
             */
            senderId: null | string;
            senderNickname: null | string;
            /** Format: uuid */
            subjectUserId: null | string;
            text: string;
            /** @description A moderator hid the message (acting on a report); string ChatMessageDto.Text then says so instead. */
            isHidden: boolean;
            /** Format: date-time */
            creationTime: string;
        };
        /** @enum {string} */
        ChatMessageKind: "user" | "memberJoined" | "memberLeft" | "memberKicked" | "noticePosted" | "meetupConfirmed" | "hostChanged" | "meetupCancelled";
        ChatMessagePageDto: {
            /** @description Newest first. */
            items: components["schemas"]["ChatMessageDto"][];
            /**
             * Format: int64
             * @description Pass as `beforeId` for the next (older) page; null when there is none.
             */
            nextBeforeId: null | number;
        };
        ChatUnreadCountDto: {
            /** Format: uuid */
            meetupId: string;
            /** Format: int32 */
            unreadCount: number;
            /** Format: int64 */
            lastReadMessageId: null | number;
        };
        /** @description What a host fills in to create or edit a meetup (product spec §3). */
        CreateMeetupDto: {
            title: string;
            description?: null | string;
            /** @description https only. */
            imageUrl?: null | string;
            /**
             * Format: int32
             * @description 2–255, host included.
             */
            maxMembers?: number;
            /**
             * Format: date-time
             * @description An instant with its offset (e.g. `2026-11-22T19:00:00+09:00`); in the future, at most 7 days ahead.
             */
            startTime: null | string;
            /**
             * Format: date-time
             * @description After the start, at most 14 days ahead.
             */
            endTime: null | string;
            /** @description Online meetups have no place and no coordinates; in-person ones need both. */
            isOnline?: boolean;
            place?: null | string;
            /** Format: double */
            latitude?: null | number;
            /** Format: double */
            longitude?: null | number;
            whatToBring?: null | string;
            /** @description 1–10 tags of 1–30 characters. */
            tags: null | string[];
        };
        CreateReportDto: {
            targetType: null | components["schemas"]["ReportTargetType"];
            /** @description A user's or meetup's id, or a chat message's number. */
            targetId: string;
            reason: null | components["schemas"]["ReportReason"];
            /** @description Up to 1,000 characters; required for ReportReason.Other. */
            text?: null | string;
        };
        CreateRoleDto: {
            /** @description 2–64 letters, digits, spaces, '-', '_' or '.'; unique case-insensitively. */
            name: string;
            reason?: null | string;
        };
        DailyActivityDto: {
            /** Format: date */
            date: string;
            /** Format: int32 */
            signUps: number;
            /** Format: int32 */
            meetupsCreated: number;
            /** Format: int32 */
            chatMessages: number;
            /** Format: int32 */
            reports: number;
        };
        DashboardDto: {
            /**
             * Format: date-time
             * @description When these figures were read.
             */
            time: string;
            /** @description The calendar the days and "today" follow (the service's zone, Asia/Seoul). */
            timeZone: string;
            /** Format: int32 */
            usersTotal: number;
            /**
             * Format: int32
             * @description Accounts that signed in or were seen on the map in the last 24 hours.
             */
            usersActive24Hours: number;
            /** Format: int32 */
            usersDeactivated: number;
            /**
             * Format: int32
             * @description Open live connections on every node (each node's count, published to Redis every few seconds); null where the host
             *     keeps none (no live hub) or the other nodes' counts cannot be read just now.
             */
            liveConnections: null | number;
            /**
             * Format: int32
             * @description People whose live position is on the map now (reported within the position lifetime; ghosts are not). A count only.
             */
            peopleOnMap: number;
            /** Format: int32 */
            recruitingMeetups: number;
            /**
             * Format: int32
             * @description Recruiting or confirmed meetups whose start falls on today's date.
             */
            meetupsStartingToday: number;
            /**
             * Format: int32
             * @description Reports open or in review.
             */
            openReports: number;
            /**
             * Format: int32
             * @description Scheduled jobs whose last run failed.
             */
            failingJobs: number;
            /** @description One entry per day, oldest first, ending today. */
            days: components["schemas"]["DailyActivityDto"][];
        };
        DeleteAccountDto: {
            password: string;
        };
        DismissReportDto: {
            note?: null | string;
        };
        /** @description A message that could not be delivered after every retry (production gateways, or the development outbox). */
        FailedDeliveryDto: {
            /** @description The background job's id (Hangfire), where it can be retried from the job dashboard. */
            id: string;
            channel: components["schemas"]["OutboundChannel"];
            /** @description E.164 number (SMS), user id (push) or event name (webhook). */
            recipient: string;
            text: string;
            /** Format: date-time */
            failedAt: null | string;
            /** @description The last error's message. */
            error: null | string;
        };
        FriendDto: {
            user: components["schemas"]["UserSummaryDto"];
            /** Format: date-time */
            since: string;
        };
        /**
         * @description A pending friend request. The recipient sees who asked (the sender revealed themselves by asking); the sender
         *     sees of the recipient only the stranger card until the request is accepted, never a nickname or a photo.
         */
        FriendRequestDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The other person: the sender of an incoming request, the recipient of an outgoing one.
             */
            userId: string;
            user: null | components["schemas"]["UserSummaryDto"];
            recipient: null | components["schemas"]["StrangerCardDto"];
            /** Format: date-time */
            creationTime: string;
        };
        /** @description Answer to a friend request: pending, or friends at once when the other person had already asked. */
        FriendRequestResultDto: {
            friends: boolean;
            request: null | components["schemas"]["FriendRequestDto"];
        };
        HandOverMeetupDto: {
            /** Format: uuid */
            newHostId: null | string;
        };
        /** @enum {string} */
        InvitationStatus: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
        InviteToMeetupDto: {
            /** Format: uuid */
            userId: null | string;
        };
        /** @description One scheduled job as the admin UI shows it: its schedule, its next run and what its last run did. */
        JobDto: {
            name: string;
            description: string;
            /** @description Cron expression in UTC: five fields (`* * * * *` is every minute) or six with seconds first (`30 * * * * *`). */
            schedule: string;
            /**
             * Format: date-time
             * @description When the scheduler runs it next; null when no node runs the scheduler.
             */
            nextRunTime: null | string;
            /** Format: date-time */
            lastStartTime: null | string;
            /** Format: int64 */
            lastDurationMilliseconds: number;
            /** @description Null before the first run. */
            lastSucceeded: null | boolean;
            /** @description What the last successful run changed, e.g. `ended=3`. */
            lastCounts: null | string;
            lastError: null | string;
            /** Format: date-time */
            lastSuccessTime: null | string;
            /** Format: int32 */
            consecutiveFailures: number;
            /** Format: int64 */
            runCount: number;
            /** Format: int64 */
            failureCount: number;
        };
        /** @enum {string} */
        LastSeenBucket: "now" | "minutes" | "hours" | "days";
        /**
         * @description Who may see a user's approximate position on the live map (product spec §7).
         * @enum {string}
         */
        LocationVisibility: "everyone" | "friendsOnly" | "nobody";
        LockUserDto: {
            /**
             * Format: int32
             * @description How many days the lock lasts (1–3650).
             */
            days?: number;
            /** @description Why (up to 500 characters); the admin UI asks for it, and it is logged with the action. */
            reason?: null | string;
        };
        LoginDto: {
            phoneNumber: string;
            password: string;
        };
        LogoutDto: {
            refreshToken: string;
            /** @description Also end every other session of the user. */
            allSessions?: boolean;
        };
        MarkChatReadDto: {
            /** Format: int64 */
            lastReadMessageId?: number;
        };
        MeetupAdminDetailDto: {
            /** Format: uuid */
            id: string;
            title: string;
            description: null | string;
            /** Format: uuid */
            hostId: string;
            hostNickname: string;
            status: components["schemas"]["MeetupStatus"];
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            isOnline: boolean;
            place: null | string;
            /** Format: double */
            latitude: null | number;
            /** Format: double */
            longitude: null | number;
            /** Format: int32 */
            memberCount: number;
            /** Format: int32 */
            maxMembers: number;
            tags: string[];
            /** Format: date-time */
            creationTime: string;
            /** Format: date-time */
            cancellationTime: null | string;
            cancelReason: null | string;
            /**
             * Format: date-time
             * @description When a moderator hid it (null: visible).
             */
            hiddenTime: null | string;
            members: components["schemas"]["MeetupAdminMemberDto"][];
            /** @description The newest notices (up to 20) and how many there are. */
            notices: components["schemas"]["MeetupNoticeDto"][];
            /** Format: int64 */
            noticeCount: number;
            /**
             * Format: int32
             * @description Messages people sent in the chat room, in all.
             */
            chatMessageCount: number;
            /**
             * Format: int32
             * @description Messages sent in the last 24 hours.
             */
            chatMessagesLastDay: number;
            /** Format: date-time */
            lastChatMessageTime: null | string;
            /** @description The newest reports about the meetup or its messages (up to 20) and how many there are. */
            reports: components["schemas"]["ReportDto"][];
            /** Format: int64 */
            reportCount: number;
        };
        MeetupAdminListItemDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            hostId: string;
            hostNickname: string;
            status: components["schemas"]["MeetupStatus"];
            /** Format: date-time */
            startTime: string;
            /** Format: int32 */
            memberCount: number;
            /** Format: int32 */
            maxMembers: number;
            isOnline: boolean;
            /** Format: date-time */
            hiddenTime: null | string;
            /** Format: date-time */
            creationTime: string;
        };
        MeetupAdminMemberDto: {
            /** Format: uuid */
            userId: string;
            nickname: string;
            isActive: boolean;
            isHost: boolean;
            /** Format: date-time */
            joinTime: string;
            /** Format: date-time */
            confirmationTime: null | string;
        };
        MeetupDto: {
            /** Format: uuid */
            id: string;
            title: string;
            description: null | string;
            imageUrl: null | string;
            /** Format: int32 */
            maxMembers: number;
            /** Format: int32 */
            memberCount: number;
            isFull: boolean;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            isOnline: boolean;
            place: null | string;
            /** Format: double */
            latitude: null | number;
            /** Format: double */
            longitude: null | number;
            whatToBring: null | string;
            tags: string[];
            status: components["schemas"]["MeetupStatus"];
            /** Format: date-time */
            creationTime: string;
            /** Format: date-time */
            confirmationTime: null | string;
            cancelReason: null | string;
            host: components["schemas"]["UserSummaryDto"];
            isMember: boolean;
            isHost: boolean;
            hasConfirmed: boolean;
            /** @description Members only; others see the count. */
            members: null | components["schemas"]["MeetupMemberDto"][];
            pinnedNotice: null | components["schemas"]["MeetupNoticeDto"];
        };
        MeetupInvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetupId: string;
            /** Format: uuid */
            inviteeId: string;
            status: components["schemas"]["InvitationStatus"];
            /** Format: date-time */
            creationTime: string;
        };
        MeetupListItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            hostId: string;
            title: string;
            imageUrl: null | string;
            /** Format: int32 */
            maxMembers: number;
            /** Format: int32 */
            memberCount: number;
            isFull: boolean;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            isOnline: boolean;
            place: null | string;
            /**
             * Format: double
             * @description Meetup places are public (spec §7).
             */
            latitude: null | number;
            /** Format: double */
            longitude: null | number;
            status: components["schemas"]["MeetupStatus"];
            tags: string[];
            /** Format: date-time */
            creationTime: string;
            /**
             * Format: double
             * @description Only in nearby results: metres from the point searched around.
             */
            distanceMeters: null | number;
        };
        MeetupMarkerDto: {
            /** Format: uuid */
            id: string;
            /** Format: double */
            latitude: number;
            /** Format: double */
            longitude: number;
            title: string;
            /** Format: int32 */
            memberCount: number;
            /** Format: int32 */
            maxMembers: number;
            /** Format: date-time */
            startTime: string;
        };
        MeetupMemberDto: {
            user: components["schemas"]["UserSummaryDto"];
            isHost: boolean;
            /** Format: date-time */
            joinTime: string;
            hasConfirmed: boolean;
        };
        /** @description A moderator's action on a meetup and why (required, up to 255 characters: members read it when it is cancelled). */
        MeetupModerationDto: {
            reason: string;
        };
        MeetupNoticeDto: {
            /** Format: uuid */
            id: string;
            title: string;
            body: string;
            /** Format: date-time */
            creationTime: string;
        };
        /** @enum {string} */
        MeetupStatus: "recruiting" | "confirmed" | "ended" | "cancelled";
        /** @description A meetup in the caller's own list. */
        MyMeetupDto: {
            isHost: boolean;
            hasConfirmed: boolean;
            /** Format: int32 */
            unreadMessageCount: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            hostId: string;
            title: string;
            imageUrl: null | string;
            /** Format: int32 */
            maxMembers: number;
            /** Format: int32 */
            memberCount: number;
            isFull: boolean;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            isOnline: boolean;
            place: null | string;
            /**
             * Format: double
             * @description Meetup places are public (spec §7).
             */
            latitude: null | number;
            /** Format: double */
            longitude: null | number;
            status: components["schemas"]["MeetupStatus"];
            tags: string[];
            /** Format: date-time */
            creationTime: string;
            /**
             * Format: double
             * @description Only in nearby results: metres from the point searched around.
             */
            distanceMeters: null | number;
        };
        MyProfileDto: {
            /** Format: uuid */
            id: string;
            /** @description E.164; only ever returned to its owner. */
            phoneNumber: string;
            name: string;
            nickname: string;
            profileImageUrl: null | string;
            statusMessage: null | string;
            interests: string[];
            /** Format: int32 */
            rating: number;
            roles: string[];
            permissions: string[];
            settings: components["schemas"]["ProfileSettingsDto"];
            /** Format: date-time */
            creationTime: string;
        };
        NicknameAvailabilityDto: {
            nickname: string;
            isValid: boolean;
            isAvailable: boolean;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            text: string;
            /**
             * Format: uuid
             * @description The meetup it is about, if any.
             */
            meetupId: null | string;
            /**
             * Format: uuid
             * @description Who caused it, if a person did.
             */
            actorId: null | string;
            /** Format: date-time */
            creationTime: string;
            /** Format: date-time */
            readTime: null | string;
        };
        /**
         * @description Every in-app notification the product sends (spec §6).
         * @enum {string}
         */
        NotificationKind: "invited" | "invitationAnswered" | "memberJoined" | "memberLeft" | "kicked" | "meetupConfirmed" | "meetupCancelled" | "meetupStartsSoon" | "noticePosted" | "friendRequestReceived" | "friendRequestAccepted" | "ratingReceived";
        NotificationUnreadCountDto: {
            /** Format: int32 */
            unreadCount: number;
        };
        OperationalSettingsDto: {
            /** @description False while the values still come from the deployment's configuration (nobody saved them yet). */
            isStored: boolean;
            /** Format: date-time */
            lastModificationTime: null | string;
            /** Format: uuid */
            lastModifierId: null | string;
            /**
             * Format: int32
             * @description How soon every node applies a change, in seconds.
             */
            refreshSeconds: number;
            /**
             * Format: int32
             * @description Account calls (log-in, sign-up, codes) per client address per minute.
             */
            accountPermitsPerMinute: number;
            /**
             * Format: int32
             * @description Writes per person (or address) per minute.
             */
            writePermitsPerMinute: number;
            /**
             * Format: int32
             * @description Chat messages per person per 10 seconds.
             */
            chatMessagesPerTenSeconds: number;
            /**
             * Format: int32
             * @description Meetup searches per person per minute.
             */
            searchesPerMinute: number;
            /**
             * Format: int32
             * @description People searches per person per minute.
             */
            peopleSearchesPerMinute: number;
            /**
             * Format: int32
             * @description Reports per person per hour.
             */
            reportsPerHour: number;
            /**
             * Format: int32
             * @description Wrong passwords in a row that lock an account (3–50).
             */
            maxFailedLogins: number;
            /**
             * Format: int32
             * @description How many minutes that lock-out lasts (1–1440).
             */
            lockoutMinutes: number;
            /**
             * Format: double
             * @description The live map's radius in metres for a connection that has not chosen one (100–700,000).
             */
            defaultRadiusMeters: number;
        };
        /**
         * @description Where a message leaves the product for (spec §6: "SMS, push, webhook").
         * @enum {string}
         */
        OutboundChannel: "sms" | "push" | "webhook";
        OutboxMessageDto: {
            /** Format: uuid */
            id: string;
            channel: components["schemas"]["OutboundChannel"];
            /** @description E.164 number (SMS), user id (push) or event name (webhook). */
            recipient: string;
            text: string;
            /** @description JSON data sent along (push, webhook). */
            payload: null | string;
            /** Format: date-time */
            creationTime: string;
        };
        PagedResultDtoOfAuditLogEntryDto: {
            items: components["schemas"]["AuditLogEntryDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfBlockedUserDto: {
            items: components["schemas"]["BlockedUserDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfFailedDeliveryDto: {
            items: components["schemas"]["FailedDeliveryDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfFriendDto: {
            items: components["schemas"]["FriendDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfFriendRequestDto: {
            items: components["schemas"]["FriendRequestDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfMeetupAdminListItemDto: {
            items: components["schemas"]["MeetupAdminListItemDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfMeetupListItemDto: {
            items: components["schemas"]["MeetupListItemDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfMeetupNoticeDto: {
            items: components["schemas"]["MeetupNoticeDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfMyMeetupDto: {
            items: components["schemas"]["MyMeetupDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfNotificationDto: {
            items: components["schemas"]["NotificationDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfOutboxMessageDto: {
            items: components["schemas"]["OutboxMessageDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfReceivedInvitationDto: {
            items: components["schemas"]["ReceivedInvitationDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfReportDto: {
            items: components["schemas"]["ReportDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfSecurityLogEntryDto: {
            items: components["schemas"]["SecurityLogEntryDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PagedResultDtoOfUserListItemDto: {
            items: components["schemas"]["UserListItemDto"][];
            /** Format: int64 */
            totalCount: number;
        };
        PermissionDefinitionDto: {
            name: string;
            displayName: string;
        };
        /**
         * @description The "who is this marker" card: what the viewer may see of another person, by relationship (spec §2).
         *     Every viewer gets rating, status message and last seen. Friends and co-members also get nickname, profile
         *     image and interests; co-members also get the meetups shared with the viewer and whether they are friends.
         *     Fields a relationship does not allow are null, never filled.
         */
        PersonProfileDto: {
            /** Format: uuid */
            userId: string;
            /** @description As on the live map: self, friend, co-member (shares a recruiting or confirmed meetup) or stranger. */
            relationship: components["schemas"]["Relationship"];
            /**
             * Format: int32
             * @description Trust, 0–100 (everyone starts at 70).
             */
            rating: number;
            statusMessage: null | string;
            lastSeen: null | components["schemas"]["LastSeenBucket"];
            /** @description Friends and co-members only. */
            nickname: null | string;
            /** @description Friends and co-members only. */
            profileImageUrl: null | string;
            /** @description Friends and co-members only. */
            interests: null | string[];
            /** @description Co-members and friends: whether the two are friends. */
            isFriend: null | boolean;
            sharedMeetups: null | components["schemas"]["SharedMeetupsDto"];
        };
        PostMeetupNoticeDto: {
            title: string;
            body: string;
        };
        /** @description RFC 7807 problem details with a stable `code`; invalid input adds per-field `errors` (and `fieldCodes`). */
        ProblemDetails: {
            /** @description A URI for the kind of problem. */
            type?: string;
            /** @description A short summary of the kind of problem. */
            title?: string;
            /**
             * Format: int32
             * @description The HTTP status.
             */
            status: number;
            /** @description What went wrong, for a person. */
            detail?: string;
            /** @description The stable error code, e.g. `Moyeora:MeetupFull`; see the response's description for the codes an operation can answer. */
            code: string;
            /** @description Messages per field, keyed by the field's camelCase name as the client sends it. */
            errors?: {
                [key: string]: string[];
            };
            /** @description The specific code per field, when several fields failed different rules. */
            fieldCodes?: {
                [key: string]: string;
            };
            /** @description Quote this when reporting a problem. */
            traceId?: string;
            /**
             * Format: int32
             * @description With 429: when to try again (also the Retry-After header).
             */
            retryAfterSeconds?: number;
        };
        ProfileSettingsDto: {
            locationVisibility: components["schemas"]["LocationVisibility"];
            /** Format: date-time */
            ghostUntil: null | string;
            /**
             * Format: double
             * @description The radius (metres) the live map opens with on every device: the person's own choice, else the server's default.
             */
            defaultRadiusMeters: number;
        };
        RateMemberDto: {
            /** Format: uuid */
            userId: null | string;
            vote: null | components["schemas"]["RatingVote"];
        };
        /** @description Whom the caller may rate for one meetup, and how they already did. */
        RatingSheetDto: {
            /** Format: uuid */
            meetupId: string;
            /** @description True while votes are accepted: the meetup was confirmed, has ended, and its 7 days are not over. */
            isOpen: boolean;
            /**
             * Format: date-time
             * @description Seven days after the meetup's end; null while it has not ended as a confirmed meetup.
             */
            closesAt: null | string;
            /** @description The other participants (people the caller blocked or was blocked by are left out). */
            people: components["schemas"]["RatingSheetEntryDto"][];
        };
        RatingSheetEntryDto: {
            user: components["schemas"]["UserSummaryDto"];
            myVote: null | components["schemas"]["RatingVote"];
        };
        /** @enum {string} */
        RatingVote: "up" | "down";
        ReceivedInvitationDto: {
            /** Format: uuid */
            id: string;
            inviter: components["schemas"]["UserSummaryDto"];
            status: components["schemas"]["InvitationStatus"];
            /** Format: date-time */
            creationTime: string;
            meetup: components["schemas"]["MeetupListItemDto"];
        };
        RefreshTokenDto: {
            refreshToken: string;
        };
        RegisterDto: {
            verificationToken: string;
            name: string;
            nickname: string;
            password: string;
            profileImageUrl?: null | string;
            statusMessage?: null | string;
            interests?: null | string[];
        };
        /**
         * @description How the viewer relates to a person on the map (spec §2).
         * @enum {string}
         */
        Relationship: "self" | "friend" | "coMember" | "stranger";
        /** @enum {string} */
        ReportAction: "hideMessage" | "cancelMeetup" | "lockUser";
        /** @description What a moderator needs beside a report to judge it. */
        ReportContextDto: {
            /** Format: uuid */
            reportId: string;
            message: null | components["schemas"]["ReportedMessageDto"];
            meetup: null | components["schemas"]["ReportedMeetupDto"];
            person: null | components["schemas"]["ReportedPersonDto"];
            /** @description Reports about the same target made before this one, newest first (up to 10), and how many there are. */
            earlierReports: components["schemas"]["ReportDto"][];
            /** Format: int64 */
            earlierReportCount: number;
        };
        /** @description A report as moderators see it. */
        ReportDto: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ReportStatus"];
            targetType: components["schemas"]["ReportTargetType"];
            targetId: string;
            targetUser: null | components["schemas"]["UserSummaryDto"];
            /** Format: uuid */
            meetupId: null | string;
            /** @description The reported text (message, meetup title and description, nickname and status) as it was when reported. */
            snapshot: string;
            reason: components["schemas"]["ReportReason"];
            text: null | string;
            reporter: components["schemas"]["UserSummaryDto"];
            /** Format: date-time */
            creationTime: string;
            /** Format: uuid */
            reviewerId: null | string;
            /** Format: date-time */
            reviewStartTime: null | string;
            /** Format: date-time */
            resolutionTime: null | string;
            action: null | components["schemas"]["ReportAction"];
            resolutionNote: null | string;
            /**
             * Format: int32
             * @description Other open reports about the same target (acting on this one resolves them too).
             */
            otherOpenReports: number;
            /** @description What a moderator may do about this report while it is open (hiding needs a message, cancelling a meetup, locking a person). */
            allowedActions: components["schemas"]["ReportAction"][];
        };
        ReportedMeetupDto: {
            /** Format: uuid */
            id: string;
            title: string;
            status: components["schemas"]["MeetupStatus"];
            isHidden: boolean;
            /** Format: int32 */
            memberCount: number;
            /** Format: int32 */
            maxMembers: number;
            /** Format: date-time */
            startTime: string;
        };
        ReportedMessageDto: {
            /** Format: int64 */
            id: number;
            text: string;
            /** Format: date-time */
            creationTime: string;
            isHidden: boolean;
        };
        ReportedPersonDto: {
            /** Format: uuid */
            id: string;
            nickname: string;
            isActive: boolean;
            /** Format: int32 */
            rating: number;
            /**
             * Format: int64
             * @description How many reports were ever made about the person.
             */
            reportCount: number;
        };
        /**
         * @description The fixed reasons a report can give (spec §2); ReportReason.Other needs a text.
         * @enum {string}
         */
        ReportReason: "spam" | "harassment" | "inappropriate" | "scam" | "impersonation" | "dangerous" | "other";
        /** @description What the reporter gets back: the report was received. Its handling is for moderators only. */
        ReportReceiptDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            creationTime: string;
        };
        /** @enum {string} */
        ReportStatus: "open" | "inReview" | "dismissed" | "actioned";
        /** @enum {string} */
        ReportTargetType: "user" | "meetup" | "chatMessage";
        ResetPasswordDto: {
            verificationToken: string;
            newPassword: string;
        };
        /** @description Why an administrator changes roles (up to 500 characters); logged with the action. */
        RoleActionDto: {
            reason?: null | string;
        };
        RoleDto: {
            /** Format: uuid */
            id: string;
            name: string;
            permissions: string[];
        };
        RoleGridDto: {
            permissions: components["schemas"]["PermissionDefinitionDto"][];
            roles: components["schemas"]["RoleListItemDto"][];
        };
        RoleListItemDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description admin or moderator: never deleted; admin always grants every permission. */
            isBuiltIn: boolean;
            permissions: string[];
            /**
             * Format: int32
             * @description How many people hold the role (deactivated ones included).
             */
            holderCount: number;
        };
        RolePermissionsDto: {
            /** Format: uuid */
            roleId?: string;
            permissions?: string[];
        };
        SaveRolePermissionsDto: {
            roles: components["schemas"]["RolePermissionsDto"][];
            reason?: null | string;
        };
        SecurityLogEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            time: string;
            /**
             * Format: uuid
             * @description Null when the entry belongs to no account (a log-in with a phone number nobody uses).
             */
            userId: null | string;
            /** @description The person's nickname now (null when there is none or the account is gone). */
            userNickname: null | string;
            kind: components["schemas"]["SecurityLogKind"];
            ipAddress: null | string;
            /** @description The client's User-Agent, cut to 256 characters. */
            userAgent: null | string;
            /** @description Why, in one fixed word: the reason sessions ended (`PasswordChanged`, `Locked`, ...) or a log-in failed (`WrongPassword`, ...). */
            detail: null | string;
        };
        /**
         * @description What a security log entry records.
         * @enum {string}
         */
        SecurityLogKind: "signedUp" | "signedIn" | "signInFailed" | "lockedOut" | "locked" | "unlocked" | "passwordChanged" | "passwordReset" | "refreshTokenReused" | "sessionsEnded" | "signedOut" | "adminSignedIn" | "adminSignInRefused";
        SendChatMessageDto: {
            text: string;
        };
        SendFriendRequestDto: {
            /** Format: uuid */
            userId: null | string;
        };
        SendVerificationCodeDto: {
            /** @description Korean mobile number, `010-1234-5678` or `+821012345678`. */
            phoneNumber: string;
            purpose: components["schemas"]["VerificationPurpose"];
        };
        SetUserRolesDto: {
            /** @description The role names the person holds afterwards. */
            roleNames: string[];
            reason?: null | string;
        };
        SharedMeetupDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date-time */
            startTime: string;
        };
        SharedMeetupsDto: {
            /** Format: int32 */
            count: number;
            items: components["schemas"]["SharedMeetupDto"][];
        };
        /** @description What anyone may see of a stranger (spec §2): trust rating, status message and a last-seen bucket. */
        StrangerCardDto: {
            /** Format: int32 */
            rating: number;
            statusMessage: null | string;
            lastSeen: null | components["schemas"]["LastSeenBucket"];
        };
        UpdateInterestsDto: {
            /** @description Required: send an empty list to clear the interests. */
            interests: null | string[];
        };
        UpdateMeetupDto: {
            title: string;
            description?: null | string;
            /** @description https only. */
            imageUrl?: null | string;
            /**
             * Format: int32
             * @description 2–255, host included.
             */
            maxMembers?: number;
            /**
             * Format: date-time
             * @description An instant with its offset (e.g. `2026-11-22T19:00:00+09:00`); in the future, at most 7 days ahead.
             */
            startTime: null | string;
            /**
             * Format: date-time
             * @description After the start, at most 14 days ahead.
             */
            endTime: null | string;
            /** @description Online meetups have no place and no coordinates; in-person ones need both. */
            isOnline?: boolean;
            place?: null | string;
            /** Format: double */
            latitude?: null | number;
            /** Format: double */
            longitude?: null | number;
            whatToBring?: null | string;
            /** @description 1–10 tags of 1–30 characters. */
            tags: null | string[];
        };
        UpdateOperationalSettingsDto: {
            reason?: null | string;
            /**
             * Format: int32
             * @description Account calls (log-in, sign-up, codes) per client address per minute.
             */
            accountPermitsPerMinute?: number;
            /**
             * Format: int32
             * @description Writes per person (or address) per minute.
             */
            writePermitsPerMinute?: number;
            /**
             * Format: int32
             * @description Chat messages per person per 10 seconds.
             */
            chatMessagesPerTenSeconds?: number;
            /**
             * Format: int32
             * @description Meetup searches per person per minute.
             */
            searchesPerMinute?: number;
            /**
             * Format: int32
             * @description People searches per person per minute.
             */
            peopleSearchesPerMinute?: number;
            /**
             * Format: int32
             * @description Reports per person per hour.
             */
            reportsPerHour?: number;
            /**
             * Format: int32
             * @description Wrong passwords in a row that lock an account (3–50).
             */
            maxFailedLogins?: number;
            /**
             * Format: int32
             * @description How many minutes that lock-out lasts (1–1440).
             */
            lockoutMinutes?: number;
            /**
             * Format: double
             * @description The live map's radius in metres for a connection that has not chosen one (100–700,000).
             */
            defaultRadiusMeters?: number;
        };
        /** @description Every field is replaced; send the current value to keep it. */
        UpdateProfileDto: {
            nickname: string;
            profileImageUrl?: null | string;
            statusMessage?: null | string;
            interests?: null | string[];
        };
        /**
         * @description A partial update: only what the request names changes; an absent (or null) field keeps its value, so
         *     `{}` changes nothing and no request widens who sees you unless it names the wider visibility.
         */
        UpdateSettingsDto: {
            locationVisibility?: null | components["schemas"]["LocationVisibility"];
            /**
             * Format: date-time
             * @description The end of ghost mode, in the future. With `locationVisibility: nobody`, or alone while already a ghost
             *     (moves the end); anything else is refused.
             */
            ghostUntil?: null | string;
            /**
             * Format: int32
             * @description Absent: unchanged. The live map's default radius in metres, 100 to 700,000 (`Moyeora:InvalidRadius` otherwise).
             */
            defaultRadiusMeters?: null | number;
        };
        UpdateStatusMessageDto: {
            statusMessage?: null | string;
        };
        /** @description An administrator's action on a person, with why. */
        UserActionDto: {
            reason?: null | string;
        };
        UserDetailDto: {
            /** Format: uuid */
            id: string;
            phoneNumber: string;
            name: string;
            nickname: string;
            statusMessage: null | string;
            profileImageUrl: null | string;
            interests: string[];
            /**
             * Format: int32
             * @description Trust (0–100) from peer ratings.
             */
            rating: number;
            roles: string[];
            /** Format: date-time */
            creationTime: string;
            /** Format: date-time */
            lastLoginTime: null | string;
            /** Format: date-time */
            lastSeenTime: null | string;
            /** Format: date-time */
            deactivationTime: null | string;
            /** @description Deactivated by an administrator (restorable here) rather than deleted by the owner. */
            deactivatedByAdministrator: boolean;
            security: components["schemas"]["UserSecurityDto"];
            /** @description The newest meetups the person hosts or joined (up to 20), and how many there are in all. */
            meetups: components["schemas"]["MeetupListItemDto"][];
            /** Format: int64 */
            meetupCount: number;
            /** @description The newest reports about the person (as the user, the meetup's host or the message's sender). */
            reportsAbout: components["schemas"]["ReportDto"][];
            /** Format: int64 */
            reportsAboutCount: number;
            reportsBy: components["schemas"]["ReportDto"][];
            /** Format: int64 */
            reportsByCount: number;
            /** @description The person's signed-in sessions (one per device sign-in), most recently refreshed first. */
            activeSessions: components["schemas"]["UserSessionDto"][];
        };
        UserListItemDto: {
            /** Format: uuid */
            id: string;
            nickname: string;
            phoneNumber: string;
            /** Format: int32 */
            rating: number;
            isActive: boolean;
            /** Format: date-time */
            lockedUntil: null | string;
            /** Format: date-time */
            creationTime: string;
            /** Format: date-time */
            lastLoginTime: null | string;
        };
        UserRolesDto: {
            /** Format: uuid */
            userId: string;
            roleNames: string[];
        };
        UserSecurityDto: {
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @description Deactivated by an administrator (restorable by one) rather than deleted by the owner. */
            deactivatedByAdministrator: boolean;
            /**
             * Format: date-time
             * @description End of a moderator's or administrator's lock, when one is in force.
             */
            lockedUntil: null | string;
            /**
             * Format: date-time
             * @description End of the lock-out after too many wrong passwords, when one is in force.
             */
            lockedOutUntil: null | string;
            /**
             * Format: int32
             * @description Goes up each time every session of the person ends.
             */
            securityStamp: number;
        };
        /** @description One signed-in session: its refresh-token family, with the current token's facts. */
        UserSessionDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When its current refresh token was issued: the sign-in, or the last refresh.
             */
            lastRefreshTime: string;
            /** Format: date-time */
            expirationTime: string;
            /** @description The address the current token was issued to. */
            clientIp: null | string;
        };
        /** @enum {string} */
        UserStateFilter: "active" | "locked" | "deactivated";
        UserSummaryDto: {
            /** Format: uuid */
            id: string;
            nickname: string;
            profileImageUrl: null | string;
            /** Format: int32 */
            rating: number;
        };
        /** @description The same answer whether or not the number is registered, so the endpoint reveals nothing. */
        VerificationCodeSentDto: {
            /** Format: int32 */
            expiresInSeconds: number;
            /** Format: int32 */
            resendAfterSeconds: number;
        };
        /** @enum {string} */
        VerificationPurpose: "signUp" | "passwordReset" | "phoneChange";
        VerificationTokenDto: {
            /** @description Single-use proof that the caller controls the phone, for the purpose it was asked for. */
            verificationToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        VerifyCodeDto: {
            phoneNumber: string;
            purpose: components["schemas"]["VerificationPurpose"];
            code: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Account_SendVerificationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendVerificationCodeDto"];
                "text/json": components["schemas"]["SendVerificationCodeDto"];
                "application/*+json": components["schemas"]["SendVerificationCodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["VerificationCodeSentDto"];
                    "application/json": components["schemas"]["VerificationCodeSentDto"];
                    "text/json": components["schemas"]["VerificationCodeSentDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidPhoneNumber` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidPhoneNumber";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:VerificationCodeResendTooSoon`, `Moyeora:VerificationCodeRequestLimit`, `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:VerificationCodeResendTooSoon" | "Moyeora:VerificationCodeRequestLimit" | "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_VerifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCodeDto"];
                "text/json": components["schemas"]["VerifyCodeDto"];
                "application/*+json": components["schemas"]["VerifyCodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["VerificationTokenDto"];
                    "application/json": components["schemas"]["VerificationTokenDto"];
                    "text/json": components["schemas"]["VerificationTokenDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidPhoneNumber`, `Moyeora:VerificationCodeInvalid`, `Moyeora:VerificationCodeExpired` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidPhoneNumber" | "Moyeora:VerificationCodeInvalid" | "Moyeora:VerificationCodeExpired";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_CheckNickname: {
        parameters: {
            query?: {
                Nickname?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["NicknameAvailabilityDto"];
                    "application/json": components["schemas"]["NicknameAvailabilityDto"];
                    "text/json": components["schemas"]["NicknameAvailabilityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_Register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
                "text/json": components["schemas"]["RegisterDto"];
                "application/*+json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["AuthTokensDto"];
                    "application/json": components["schemas"]["AuthTokensDto"];
                    "text/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:VerificationTokenInvalid`, `Moyeora:InvalidName`, `Moyeora:InvalidNickname`, `Moyeora:InvalidPassword`, `Moyeora:InvalidProfileImageUrl`, `Moyeora:InvalidStatusMessage`, `Moyeora:InvalidInterests` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:VerificationTokenInvalid" | "Moyeora:InvalidName" | "Moyeora:InvalidNickname" | "Moyeora:InvalidPassword" | "Moyeora:InvalidProfileImageUrl" | "Moyeora:InvalidStatusMessage" | "Moyeora:InvalidInterests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:PhoneNumberTaken`, `Moyeora:NicknameTaken`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:PhoneNumberTaken" | "Moyeora:NicknameTaken" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_Login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
                "text/json": components["schemas"]["LoginDto"];
                "application/*+json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["AuthTokensDto"];
                    "application/json": components["schemas"]["AuthTokensDto"];
                    "text/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:InvalidCredentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:InvalidCredentials";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AccountLocked` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AccountLocked";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_Refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
                "text/json": components["schemas"]["RefreshTokenDto"];
                "application/*+json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["AuthTokensDto"];
                    "application/json": components["schemas"]["AuthTokensDto"];
                    "text/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RefreshTokenInvalid`, `Moyeora:RefreshTokenReused` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RefreshTokenInvalid" | "Moyeora:RefreshTokenReused";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_Logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
                "text/json": components["schemas"]["LogoutDto"];
                "application/*+json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Account_ResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
                "text/json": components["schemas"]["ResetPasswordDto"];
                "application/*+json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:VerificationTokenInvalid`, `Moyeora:InvalidPassword` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:VerificationTokenInvalid" | "Moyeora:InvalidPassword";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditLog_GetList: {
        parameters: {
            query?: {
                /** @description Only actions by this person. */
                ActorId?: string;
                /** @description Only actions on this kind of target (`User`, `Report`, ...). */
                TargetType?: string;
                /** @description Only actions on this target (its id). */
                TargetId?: string;
                /** @description Only this action (`User.Lock`). */
                Action?: string;
                /** @description From this instant (inclusive). */
                From?: string;
                /** @description Before this instant (exclusive). */
                To?: string;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfAuditLogEntryDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfAuditLogEntryDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfAuditLogEntryDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditLog_ExportCsv: {
        parameters: {
            query?: {
                ActorId?: string;
                TargetType?: string;
                TargetId?: string;
                Action?: string;
                From?: string;
                To?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Block_Block: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:CannotBlockSelf` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:CannotBlockSelf";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AlreadyBlocked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AlreadyBlocked";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Block_Unblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotBlocked` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotBlocked";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Block_GetList: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfBlockedUserDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfBlockedUserDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfBlockedUserDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Chat_GetMessages: {
        parameters: {
            query?: {
                /** @description Cursor: only messages older than this id (from the previous page's `nextBeforeId`). */
                BeforeId?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path: {
                meetupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ChatMessagePageDto"];
                    "application/json": components["schemas"]["ChatMessagePageDto"];
                    "text/json": components["schemas"]["ChatMessagePageDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidCursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidCursor";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Chat_Send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendChatMessageDto"];
                "text/json": components["schemas"]["SendChatMessageDto"];
                "application/*+json": components["schemas"]["SendChatMessageDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ChatMessageDto"];
                    "application/json": components["schemas"]["ChatMessageDto"];
                    "text/json": components["schemas"]["ChatMessageDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidChatMessage` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidChatMessage";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ChatReadOnly` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ChatReadOnly";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests`, `Moyeora:ChatBusy` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests" | "Moyeora:ChatBusy";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Chat_MarkRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkChatReadDto"];
                "text/json": components["schemas"]["MarkChatReadDto"];
                "application/*+json": components["schemas"]["MarkChatReadDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ChatUnreadCountDto"];
                    "application/json": components["schemas"]["ChatUnreadCountDto"];
                    "text/json": components["schemas"]["ChatUnreadCountDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidCursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidCursor";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Chat_GetUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ChatUnreadCountDto"];
                    "application/json": components["schemas"]["ChatUnreadCountDto"];
                    "text/json": components["schemas"]["ChatUnreadCountDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Dashboard_Get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["DashboardDto"];
                    "application/json": components["schemas"]["DashboardDto"];
                    "text/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_SendRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendFriendRequestDto"];
                "text/json": components["schemas"]["SendFriendRequestDto"];
                "application/*+json": components["schemas"]["SendFriendRequestDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["FriendRequestResultDto"];
                    "application/json": components["schemas"]["FriendRequestResultDto"];
                    "text/json": components["schemas"]["FriendRequestResultDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:CannotFriendSelf` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:CannotFriendSelf";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AlreadyFriends`, `Moyeora:FriendRequestAlreadySent`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AlreadyFriends" | "Moyeora:FriendRequestAlreadySent" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_Accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:FriendRequestNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:FriendRequestNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_Decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:FriendRequestNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:FriendRequestNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_Cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:FriendRequestNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:FriendRequestNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_Remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotFriends` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotFriends";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_GetFriends: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfFriendDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfFriendDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfFriendDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_GetIncoming: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfFriendRequestDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfFriendRequestDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfFriendRequestDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Friend_GetOutgoing: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfFriendRequestDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfFriendRequestDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfFriendRequestDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Job_GetList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["JobDto"][];
                    "application/json": components["schemas"]["JobDto"][];
                    "text/json": components["schemas"]["JobDto"][];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Job_Trigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:JobNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:JobNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeetupAdministration_GetList: {
        parameters: {
            query?: {
                /** @description Part of the title, or a meetup id. */
                Filter?: string;
                /** @description The host: an account id, a phone number or an exact nickname. */
                Host?: string;
                Status?: components["schemas"]["MeetupStatus"];
                /** @description Start day on the Korean calendar, yyyy-MM-dd. */
                Date?: string;
                /** @description Only hidden meetups (true) or only visible ones (false). */
                Hidden?: boolean;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupAdminListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupAdminListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupAdminListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeetupAdministration_Get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupAdminDetailDto"];
                    "application/json": components["schemas"]["MeetupAdminDetailDto"];
                    "text/json": components["schemas"]["MeetupAdminDetailDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeetupAdministration_Cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetupModerationDto"];
                "text/json": components["schemas"]["MeetupModerationDto"];
                "application/*+json": components["schemas"]["MeetupModerationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupAdminDetailDto"];
                    "application/json": components["schemas"]["MeetupAdminDetailDto"];
                    "text/json": components["schemas"]["MeetupAdminDetailDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotRecruiting` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotRecruiting";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeetupAdministration_Hide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetupModerationDto"];
                "text/json": components["schemas"]["MeetupModerationDto"];
                "application/*+json": components["schemas"]["MeetupModerationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupAdminDetailDto"];
                    "application/json": components["schemas"]["MeetupAdminDetailDto"];
                    "text/json": components["schemas"]["MeetupAdminDetailDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeetupAdministration_Unhide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetupModerationDto"];
                "text/json": components["schemas"]["MeetupModerationDto"];
                "application/*+json": components["schemas"]["MeetupModerationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupAdminDetailDto"];
                    "application/json": components["schemas"]["MeetupAdminDetailDto"];
                    "text/json": components["schemas"]["MeetupAdminDetailDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetupDto"];
                "text/json": components["schemas"]["CreateMeetupDto"];
                "application/*+json": components["schemas"]["CreateMeetupDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidMeetupTitle`, `Moyeora:InvalidMeetupDescription`, `Moyeora:InvalidMeetupImageUrl`, `Moyeora:InvalidMeetupCapacity`, `Moyeora:InvalidMeetupTime`, `Moyeora:InvalidMeetupLocation`, `Moyeora:InvalidMeetupTags`, `Moyeora:InvalidMeetupText`, `Moyeora:TimeZoneOffsetRequired` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidMeetupTitle" | "Moyeora:InvalidMeetupDescription" | "Moyeora:InvalidMeetupImageUrl" | "Moyeora:InvalidMeetupCapacity" | "Moyeora:InvalidMeetupTime" | "Moyeora:InvalidMeetupLocation" | "Moyeora:InvalidMeetupTags" | "Moyeora:InvalidMeetupText" | "Moyeora:TimeZoneOffsetRequired";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetupDto"];
                "text/json": components["schemas"]["UpdateMeetupDto"];
                "application/*+json": components["schemas"]["UpdateMeetupDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidMeetupTitle`, `Moyeora:InvalidMeetupTime`, `Moyeora:InvalidMeetupLocation`, `Moyeora:InvalidMeetupTags`, `Moyeora:InvalidMeetupCapacity`, `Moyeora:CapacityBelowMemberCount`, `Moyeora:TimeZoneOffsetRequired` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidMeetupTitle" | "Moyeora:InvalidMeetupTime" | "Moyeora:InvalidMeetupLocation" | "Moyeora:InvalidMeetupTags" | "Moyeora:InvalidMeetupCapacity" | "Moyeora:CapacityBelowMemberCount" | "Moyeora:TimeZoneOffsetRequired";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupConfirmed`, `Moyeora:MeetupNotRecruiting`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupConfirmed" | "Moyeora:MeetupNotRecruiting" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupHasMembers` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupHasMembers";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMeetupDto"];
                "text/json": components["schemas"]["CancelMeetupDto"];
                "application/*+json": components["schemas"]["CancelMeetupDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotRecruiting` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotRecruiting";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetRecruitingList: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetNearby: {
        parameters: {
            query?: {
                Latitude?: number;
                Longitude?: number;
                /** @description 100 m – 700 km; 2 km when not given. */
                RadiusMeters?: number;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidSearch` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidSearch";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetMarkers: {
        parameters: {
            query?: {
                South?: number;
                West?: number;
                North?: number;
                East?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupMarkerDto"][];
                    "application/json": components["schemas"]["MeetupMarkerDto"][];
                    "text/json": components["schemas"]["MeetupMarkerDto"][];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidSearch` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidSearch";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetMine: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMyMeetupDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMyMeetupDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMyMeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetHosting: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Search: {
        parameters: {
            query?: {
                /** @description Matched in titles and tags, case-insensitively. */
                Keyword?: string;
                /** @description A calendar day (`yyyy-MM-dd`) in string? SearchMeetupsDto.TimeZone: meetups starting that day. */
                Date?: string;
                /** @description IANA zone (`Asia/Seoul`) or UTC offset (`+09:00`); Asia/Seoul when not given. */
                TimeZone?: string;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidSearch`, `Moyeora:InvalidTimeZone` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidSearch" | "Moyeora:InvalidTimeZone";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_SearchMine: {
        parameters: {
            query?: {
                /** @description Matched in titles and tags, case-insensitively. */
                Keyword?: string;
                /** @description A calendar day (`yyyy-MM-dd`) in string? SearchMeetupsDto.TimeZone: meetups starting that day. */
                Date?: string;
                /** @description IANA zone (`Asia/Seoul`) or UTC offset (`+09:00`); Asia/Seoul when not given. */
                TimeZone?: string;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidSearch`, `Moyeora:InvalidTimeZone` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidSearch" | "Moyeora:InvalidTimeZone";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:KickedFromMeetup` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:KickedFromMeetup";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupFull`, `Moyeora:MeetupNotRecruiting`, `Moyeora:MeetupAlreadyStarted`, `Moyeora:MeetupConfirmed`, `Moyeora:AlreadyMember`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupFull" | "Moyeora:MeetupNotRecruiting" | "Moyeora:MeetupAlreadyStarted" | "Moyeora:MeetupConfirmed" | "Moyeora:AlreadyMember" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:HostCannotLeave`, `Moyeora:MeetupConfirmed`, `Moyeora:MeetupNotRecruiting` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:HostCannotLeave" | "Moyeora:MeetupConfirmed" | "Moyeora:MeetupNotRecruiting";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AlreadyConfirmed`, `Moyeora:HostMustConfirmLast`, `Moyeora:MeetupHostAlone`, `Moyeora:MeetupConfirmed`, `Moyeora:MeetupNotRecruiting` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AlreadyConfirmed" | "Moyeora:HostMustConfirmLast" | "Moyeora:MeetupHostAlone" | "Moyeora:MeetupConfirmed" | "Moyeora:MeetupNotRecruiting";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_HandOver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverMeetupDto"];
                "text/json": components["schemas"]["HandOverMeetupDto"];
                "application/*+json": components["schemas"]["HandOverMeetupDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost`, `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost" | "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Kick: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:CannotKickSelf` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:CannotKickSelf";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost`, `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost" | "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupConfirmed`, `Moyeora:MeetupNotRecruiting` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupConfirmed" | "Moyeora:MeetupNotRecruiting";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_Invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteToMeetupDto"];
                "text/json": components["schemas"]["InviteToMeetupDto"];
                "application/*+json": components["schemas"]["InviteToMeetupDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupInvitationDto"];
                    "application/json": components["schemas"]["MeetupInvitationDto"];
                    "text/json": components["schemas"]["MeetupInvitationDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:CannotInviteSelf` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:CannotInviteSelf";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound`, `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound" | "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AlreadyInvited`, `Moyeora:AlreadyMember`, `Moyeora:MeetupFull`, `Moyeora:MeetupNotRecruiting`, `Moyeora:MeetupAlreadyStarted` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AlreadyInvited" | "Moyeora:AlreadyMember" | "Moyeora:MeetupFull" | "Moyeora:MeetupNotRecruiting" | "Moyeora:MeetupAlreadyStarted";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetInvitations: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfReceivedInvitationDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfReceivedInvitationDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfReceivedInvitationDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_AcceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupDto"];
                    "application/json": components["schemas"]["MeetupDto"];
                    "text/json": components["schemas"]["MeetupDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:InvitationNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:InvitationNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:InvitationNotPending`, `Moyeora:MeetupFull`, `Moyeora:MeetupNotRecruiting`, `Moyeora:MeetupAlreadyStarted`, `Moyeora:AlreadyMember` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:InvitationNotPending" | "Moyeora:MeetupFull" | "Moyeora:MeetupNotRecruiting" | "Moyeora:MeetupAlreadyStarted" | "Moyeora:AlreadyMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_DeclineInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:InvitationNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:InvitationNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:InvitationNotPending` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:InvitationNotPending";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_GetNotices: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfMeetupNoticeDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfMeetupNoticeDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfMeetupNoticeDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupMember` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupMember";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Meetup_PostNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMeetupNoticeDto"];
                "text/json": components["schemas"]["PostMeetupNoticeDto"];
                "application/*+json": components["schemas"]["PostMeetupNoticeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MeetupNoticeDto"];
                    "application/json": components["schemas"]["MeetupNoticeDto"];
                    "text/json": components["schemas"]["MeetupNoticeDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidMeetupText` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidMeetupText";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotMeetupHost` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotMeetupHost";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notification_GetList: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfNotificationDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfNotificationDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfNotificationDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notification_GetUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["NotificationUnreadCountDto"];
                    "application/json": components["schemas"]["NotificationUnreadCountDto"];
                    "text/json": components["schemas"]["NotificationUnreadCountDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notification_MarkRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["NotificationUnreadCountDto"];
                    "application/json": components["schemas"]["NotificationUnreadCountDto"];
                    "text/json": components["schemas"]["NotificationUnreadCountDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotificationNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotificationNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notification_MarkAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["NotificationUnreadCountDto"];
                    "application/json": components["schemas"]["NotificationUnreadCountDto"];
                    "text/json": components["schemas"]["NotificationUnreadCountDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Outbox_GetList: {
        parameters: {
            query?: {
                Channel?: components["schemas"]["OutboundChannel"];
                /** @description Only messages to this recipient: a phone number in any accepted format (SMS), a user id (push), an event name (webhook). */
                Recipient?: string;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfOutboxMessageDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfOutboxMessageDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfOutboxMessageDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidPhoneNumber` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidPhoneNumber";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Outbox_GetFailed: {
        parameters: {
            query?: {
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfFailedDeliveryDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfFailedDeliveryDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfFailedDeliveryDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidPhoneNumber` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidPhoneNumber";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    People_Get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PersonProfileDto"];
                    "application/json": components["schemas"]["PersonProfileDto"];
                    "text/json": components["schemas"]["PersonProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    People_Search: {
        parameters: {
            query?: {
                Nickname?: string;
                PhoneNumber?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PersonProfileDto"];
                    "application/json": components["schemas"]["PersonProfileDto"];
                    "text/json": components["schemas"]["PersonProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidUserSearch` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidUserSearch";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Permission_GetPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PermissionDefinitionDto"][];
                    "application/json": components["schemas"]["PermissionDefinitionDto"][];
                    "text/json": components["schemas"]["PermissionDefinitionDto"][];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Permission_GetRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RoleDto"][];
                    "application/json": components["schemas"]["RoleDto"][];
                    "text/json": components["schemas"]["RoleDto"][];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Permission_Grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roleName: string;
                permission: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RoleDto"];
                    "application/json": components["schemas"]["RoleDto"];
                    "text/json": components["schemas"]["RoleDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UnknownPermission` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UnknownPermission";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Permission_Revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roleName: string;
                permission: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RoleDto"];
                    "application/json": components["schemas"]["RoleDto"];
                    "text/json": components["schemas"]["RoleDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UnknownPermission` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UnknownPermission";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Permission_AddUserToRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                roleName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound`, `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound" | "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Permission_RemoveUserFromRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                roleName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound`, `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound" | "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_Get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MyProfileDto"];
                    "application/json": components["schemas"]["MyProfileDto"];
                    "text/json": components["schemas"]["MyProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_Update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
                "text/json": components["schemas"]["UpdateProfileDto"];
                "application/*+json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MyProfileDto"];
                    "application/json": components["schemas"]["MyProfileDto"];
                    "text/json": components["schemas"]["MyProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidNickname`, `Moyeora:InvalidProfileImageUrl`, `Moyeora:InvalidStatusMessage`, `Moyeora:InvalidInterests` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidNickname" | "Moyeora:InvalidProfileImageUrl" | "Moyeora:InvalidStatusMessage" | "Moyeora:InvalidInterests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NicknameTaken`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NicknameTaken" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_SetStatusMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStatusMessageDto"];
                "text/json": components["schemas"]["UpdateStatusMessageDto"];
                "application/*+json": components["schemas"]["UpdateStatusMessageDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MyProfileDto"];
                    "application/json": components["schemas"]["MyProfileDto"];
                    "text/json": components["schemas"]["MyProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidStatusMessage` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidStatusMessage";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_SetInterests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInterestsDto"];
                "text/json": components["schemas"]["UpdateInterestsDto"];
                "application/*+json": components["schemas"]["UpdateInterestsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MyProfileDto"];
                    "application/json": components["schemas"]["MyProfileDto"];
                    "text/json": components["schemas"]["MyProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidInterests` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidInterests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_UpdateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSettingsDto"];
                "text/json": components["schemas"]["UpdateSettingsDto"];
                "application/*+json": components["schemas"]["UpdateSettingsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MyProfileDto"];
                    "application/json": components["schemas"]["MyProfileDto"];
                    "text/json": components["schemas"]["MyProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:TimeZoneOffsetRequired` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:TimeZoneOffsetRequired";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_ChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
                "text/json": components["schemas"]["ChangePasswordDto"];
                "application/*+json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:CurrentPasswordIncorrect`, `Moyeora:InvalidPassword` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:CurrentPasswordIncorrect" | "Moyeora:InvalidPassword";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AccountLocked` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AccountLocked";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_ChangePhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePhoneNumberDto"];
                "text/json": components["schemas"]["ChangePhoneNumberDto"];
                "application/*+json": components["schemas"]["ChangePhoneNumberDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["MyProfileDto"];
                    "application/json": components["schemas"]["MyProfileDto"];
                    "text/json": components["schemas"]["MyProfileDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:VerificationTokenInvalid`, `Moyeora:CurrentPasswordIncorrect` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:VerificationTokenInvalid" | "Moyeora:CurrentPasswordIncorrect";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:PhoneNumberTaken`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:PhoneNumberTaken" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AccountLocked` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AccountLocked";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile_Delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountDto"];
                "text/json": components["schemas"]["DeleteAccountDto"];
                "application/*+json": components["schemas"]["DeleteAccountDto"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:CurrentPasswordIncorrect` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:CurrentPasswordIncorrect";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AccountLocked` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AccountLocked";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Rating_GetSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RatingSheetDto"];
                    "application/json": components["schemas"]["RatingSheetDto"];
                    "text/json": components["schemas"]["RatingSheetDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Rating_Rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateMemberDto"];
                "text/json": components["schemas"]["RateMemberDto"];
                "application/*+json": components["schemas"]["RateMemberDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RatingSheetEntryDto"];
                    "application/json": components["schemas"]["RatingSheetEntryDto"];
                    "text/json": components["schemas"]["RatingSheetEntryDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidRating`, `Moyeora:CannotRateSelf`, `Moyeora:NotMetInMeetup` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidRating" | "Moyeora:CannotRateSelf" | "Moyeora:NotMetInMeetup";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:MeetupNotFound`, `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:MeetupNotFound" | "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RatingNotOpen`, `Moyeora:RatingWindowClosed`, `Moyeora:AlreadyRated`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RatingNotOpen" | "Moyeora:RatingWindowClosed" | "Moyeora:AlreadyRated" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Report_Create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportDto"];
                "text/json": components["schemas"]["CreateReportDto"];
                "application/*+json": components["schemas"]["CreateReportDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ReportReceiptDto"];
                    "application/json": components["schemas"]["ReportReceiptDto"];
                    "text/json": components["schemas"]["ReportReceiptDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidReport`, `Moyeora:CannotReportSelf` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidReport" | "Moyeora:CannotReportSelf";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportTargetNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportTargetNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportAlreadyOpen`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportAlreadyOpen" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:TooManyRequests` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:TooManyRequests";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportModeration_GetList: {
        parameters: {
            query?: {
                Status?: components["schemas"]["ReportStatus"];
                TargetType?: components["schemas"]["ReportTargetType"];
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfReportDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfReportDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfReportDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportModeration_Get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ReportDto"];
                    "application/json": components["schemas"]["ReportDto"];
                    "text/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportModeration_GetContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ReportContextDto"];
                    "application/json": components["schemas"]["ReportContextDto"];
                    "text/json": components["schemas"]["ReportContextDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportModeration_StartReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ReportDto"];
                    "application/json": components["schemas"]["ReportDto"];
                    "text/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportAlreadyResolved`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportAlreadyResolved" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportModeration_Dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissReportDto"];
                "text/json": components["schemas"]["DismissReportDto"];
                "application/*+json": components["schemas"]["DismissReportDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ReportDto"];
                    "application/json": components["schemas"]["ReportDto"];
                    "text/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidReport` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidReport";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportAlreadyResolved`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportAlreadyResolved" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportModeration_Act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActOnReportDto"];
                "text/json": components["schemas"]["ActOnReportDto"];
                "application/*+json": components["schemas"]["ActOnReportDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ReportDto"];
                    "application/json": components["schemas"]["ReportDto"];
                    "text/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:InvalidReportAction`, `Moyeora:InvalidReport` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:InvalidReportAction" | "Moyeora:InvalidReport";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportNotFound`, `Moyeora:ReportTargetNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportNotFound" | "Moyeora:ReportTargetNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ReportAlreadyResolved`, `Moyeora:MeetupNotRecruiting`, `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ReportAlreadyResolved" | "Moyeora:MeetupNotRecruiting" | "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoleAdministration_GetGrid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RoleGridDto"];
                    "application/json": components["schemas"]["RoleGridDto"];
                    "text/json": components["schemas"]["RoleGridDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoleAdministration_Create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleDto"];
                "text/json": components["schemas"]["CreateRoleDto"];
                "application/*+json": components["schemas"]["CreateRoleDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RoleListItemDto"];
                    "application/json": components["schemas"]["RoleListItemDto"];
                    "text/json": components["schemas"]["RoleListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNameTaken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNameTaken";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoleAdministration_Delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["RoleActionDto"];
                "text/json": null | components["schemas"]["RoleActionDto"];
                "application/*+json": null | components["schemas"]["RoleActionDto"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotDeleteBuiltInRole`, `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotDeleteBuiltInRole" | "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoleAdministration_SavePermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRolePermissionsDto"];
                "text/json": components["schemas"]["SaveRolePermissionsDto"];
                "application/*+json": components["schemas"]["SaveRolePermissionsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["RoleGridDto"];
                    "application/json": components["schemas"]["RoleGridDto"];
                    "text/json": components["schemas"]["RoleGridDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed`, `Moyeora:UnknownPermission` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed" | "Moyeora:UnknownPermission";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoleAdministration_SetUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUserRolesDto"];
                "text/json": components["schemas"]["SetUserRolesDto"];
                "application/*+json": components["schemas"]["SetUserRolesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserRolesDto"];
                    "application/json": components["schemas"]["UserRolesDto"];
                    "text/json": components["schemas"]["UserRolesDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:RoleNotFound`, `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:RoleNotFound" | "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SecurityLog_GetList: {
        parameters: {
            query?: {
                UserId?: string;
                Kind?: components["schemas"]["SecurityLogKind"];
                /** @description From this instant (inclusive). */
                From?: string;
                /** @description Before this instant (exclusive). */
                To?: string;
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfSecurityLogEntryDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfSecurityLogEntryDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfSecurityLogEntryDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Settings_Get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["OperationalSettingsDto"];
                    "application/json": components["schemas"]["OperationalSettingsDto"];
                    "text/json": components["schemas"]["OperationalSettingsDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Settings_Update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOperationalSettingsDto"];
                "text/json": components["schemas"]["UpdateOperationalSettingsDto"];
                "application/*+json": components["schemas"]["UpdateOperationalSettingsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["OperationalSettingsDto"];
                    "application/json": components["schemas"]["OperationalSettingsDto"];
                    "text/json": components["schemas"]["OperationalSettingsDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ConcurrencyConflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ConcurrencyConflict";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_GetList: {
        parameters: {
            query?: {
                /** @description A phone number (any common form: exact match), an account id, or part of a nickname. */
                Filter?: string;
                State?: components["schemas"]["UserStateFilter"];
                SkipCount?: number;
                MaxResultCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PagedResultDtoOfUserListItemDto"];
                    "application/json": components["schemas"]["PagedResultDtoOfUserListItemDto"];
                    "text/json": components["schemas"]["PagedResultDtoOfUserListItemDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_Get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserDetailDto"];
                    "application/json": components["schemas"]["UserDetailDto"];
                    "text/json": components["schemas"]["UserDetailDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_GetSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserSecurityDto"];
                    "application/json": components["schemas"]["UserSecurityDto"];
                    "text/json": components["schemas"]["UserSecurityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_Lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LockUserDto"];
                "text/json": components["schemas"]["LockUserDto"];
                "application/*+json": components["schemas"]["LockUserDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserSecurityDto"];
                    "application/json": components["schemas"]["UserSecurityDto"];
                    "text/json": components["schemas"]["UserSecurityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotLockSelf`, `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotLockSelf" | "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_Unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["UserActionDto"];
                "text/json": null | components["schemas"]["UserActionDto"];
                "application/*+json": null | components["schemas"]["UserActionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserSecurityDto"];
                    "application/json": components["schemas"]["UserSecurityDto"];
                    "text/json": components["schemas"]["UserSecurityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_EndSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["UserActionDto"];
                "text/json": null | components["schemas"]["UserActionDto"];
                "application/*+json": null | components["schemas"]["UserActionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserSecurityDto"];
                    "application/json": components["schemas"]["UserSecurityDto"];
                    "text/json": components["schemas"]["UserSecurityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_Deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["UserActionDto"];
                "text/json": null | components["schemas"]["UserActionDto"];
                "application/*+json": null | components["schemas"]["UserActionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserSecurityDto"];
                    "application/json": components["schemas"]["UserSecurityDto"];
                    "text/json": components["schemas"]["UserSecurityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:CannotDeactivateSelf`, `Moyeora:CannotRemoveLastAdministrator` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:CannotDeactivateSelf" | "Moyeora:CannotRemoveLastAdministrator";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAdministration_Restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["UserActionDto"];
                "text/json": null | components["schemas"]["UserActionDto"];
                "application/*+json": null | components["schemas"]["UserActionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["UserSecurityDto"];
                    "application/json": components["schemas"]["UserSecurityDto"];
                    "text/json": components["schemas"]["UserSecurityDto"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:ValidationFailed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:ValidationFailed";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:NotSignedIn`, `Moyeora:SessionEnded`, `Moyeora:AccountDeactivated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:NotSignedIn" | "Moyeora:SessionEnded" | "Moyeora:AccountDeactivated";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:Forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:Forbidden";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:UserNotFound` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:UserNotFound";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ProblemDetails; `code` is one of: `Moyeora:AccountDeletedByOwner` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code?: "Moyeora:AccountDeletedByOwner";
                    } & components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
