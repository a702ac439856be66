namespace Moyeora;

/// <summary>Stable error codes carried by ProblemDetails as <c>code</c>. Never change a value once shipped.</summary>
public static class MoyeoraErrorCodes
{
    // General
    public const string ValidationFailed = "Moyeora:ValidationFailed";
    public const string NotSignedIn = "Moyeora:NotSignedIn";
    public const string Forbidden = "Moyeora:Forbidden";
    public const string NotFound = "Moyeora:NotFound";
    public const string TooManyRequests = "Moyeora:TooManyRequests";
    public const string ConcurrencyConflict = "Moyeora:ConcurrencyConflict";
    public const string InternalError = "Moyeora:InternalError";

    /// <summary>A dependency (the database or Redis) is down or too slow right now; answered with 503 and Retry-After.</summary>
    public const string ServiceUnavailable = "Moyeora:ServiceUnavailable";

    // Refusals of the request itself, before any operation reads it
    public const string MethodNotAllowed = "Moyeora:MethodNotAllowed";
    public const string PayloadTooLarge = "Moyeora:PayloadTooLarge";
    public const string UnsupportedMediaType = "Moyeora:UnsupportedMediaType";
    public const string RequestHeadersTooLarge = "Moyeora:RequestHeadersTooLarge";

    /// <summary>A JSON body or hub argument that cannot be read as the documented type (malformed, wrong type, bad text).</summary>
    public const string UnreadableJson = "Moyeora:UnreadableJson";

    /// <summary>A value that is not one of the enum's documented camelCase names.</summary>
    public const string UnknownEnumValue = "Moyeora:UnknownEnumValue";

    /// <summary>An instant (start, end, ghost-until, ...) was given without <c>Z</c> or a UTC offset.</summary>
    public const string TimeZoneOffsetRequired = "Moyeora:TimeZoneOffsetRequired";

    /// <summary>The request target (path and query string) is longer than the server reads.</summary>
    public const string UriTooLong = "Moyeora:UriTooLong";

    // Phone verification
    public const string InvalidPhoneNumber = "Moyeora:InvalidPhoneNumber";
    public const string VerificationCodeInvalid = "Moyeora:VerificationCodeInvalid";
    public const string VerificationCodeExpired = "Moyeora:VerificationCodeExpired";
    public const string VerificationCodeResendTooSoon = "Moyeora:VerificationCodeResendTooSoon";
    public const string VerificationCodeRequestLimit = "Moyeora:VerificationCodeRequestLimit";
    public const string VerificationTokenInvalid = "Moyeora:VerificationTokenInvalid";

    // Accounts
    public const string InvalidNickname = "Moyeora:InvalidNickname";
    public const string NicknameTaken = "Moyeora:NicknameTaken";
    public const string InvalidName = "Moyeora:InvalidName";
    public const string InvalidPassword = "Moyeora:InvalidPassword";
    public const string InvalidProfileImageUrl = "Moyeora:InvalidProfileImageUrl";
    public const string InvalidStatusMessage = "Moyeora:InvalidStatusMessage";
    public const string InvalidInterests = "Moyeora:InvalidInterests";
    public const string PhoneNumberTaken = "Moyeora:PhoneNumberTaken";
    public const string InvalidCredentials = "Moyeora:InvalidCredentials";
    public const string AccountLocked = "Moyeora:AccountLocked";

    /// <summary>The password was right, but the person holds no administrator's or moderator's permission (admin sign-in).</summary>
    public const string AdminAreaForbidden = "Moyeora:AdminAreaForbidden";
    public const string AccountDeactivated = "Moyeora:AccountDeactivated";
    public const string CurrentPasswordIncorrect = "Moyeora:CurrentPasswordIncorrect";
    public const string RefreshTokenInvalid = "Moyeora:RefreshTokenInvalid";
    public const string RefreshTokenReused = "Moyeora:RefreshTokenReused";
    public const string UserNotFound = "Moyeora:UserNotFound";

    /// <summary>The access token was issued before its sessions ended (lock, deactivation, password change, sign-out everywhere).</summary>
    public const string SessionEnded = "Moyeora:SessionEnded";
    public const string CannotLockSelf = "Moyeora:CannotLockSelf";
    public const string CannotDeactivateSelf = "Moyeora:CannotDeactivateSelf";

    /// <summary>An administrator cannot restore an account its owner deleted (only the owner's log-in does).</summary>
    public const string AccountDeletedByOwner = "Moyeora:AccountDeletedByOwner";

    // Meetups
    public const string MeetupNotFound = "Moyeora:MeetupNotFound";
    public const string InvalidMeetupTitle = "Moyeora:InvalidMeetupTitle";
    public const string InvalidMeetupDescription = "Moyeora:InvalidMeetupDescription";
    public const string InvalidMeetupImageUrl = "Moyeora:InvalidMeetupImageUrl";
    public const string InvalidMeetupCapacity = "Moyeora:InvalidMeetupCapacity";
    public const string InvalidMeetupTime = "Moyeora:InvalidMeetupTime";
    public const string InvalidMeetupLocation = "Moyeora:InvalidMeetupLocation";
    public const string InvalidMeetupTags = "Moyeora:InvalidMeetupTags";
    public const string InvalidMeetupText = "Moyeora:InvalidMeetupText";
    public const string InvalidSearch = "Moyeora:InvalidSearch";
    public const string InvalidTimeZone = "Moyeora:InvalidTimeZone";
    public const string NotMeetupHost = "Moyeora:NotMeetupHost";
    public const string NotMeetupMember = "Moyeora:NotMeetupMember";
    public const string MeetupFull = "Moyeora:MeetupFull";
    public const string MeetupNotRecruiting = "Moyeora:MeetupNotRecruiting";
    public const string MeetupAlreadyStarted = "Moyeora:MeetupAlreadyStarted";
    public const string MeetupConfirmed = "Moyeora:MeetupConfirmed";
    public const string AlreadyMember = "Moyeora:AlreadyMember";
    public const string KickedFromMeetup = "Moyeora:KickedFromMeetup";
    public const string HostCannotLeave = "Moyeora:HostCannotLeave";
    public const string CannotKickSelf = "Moyeora:CannotKickSelf";
    public const string CapacityBelowMemberCount = "Moyeora:CapacityBelowMemberCount";
    public const string MeetupHasMembers = "Moyeora:MeetupHasMembers";
    public const string MeetupHostAlone = "Moyeora:MeetupHostAlone";
    public const string HostMustConfirmLast = "Moyeora:HostMustConfirmLast";
    public const string AlreadyConfirmed = "Moyeora:AlreadyConfirmed";
    public const string CannotInviteSelf = "Moyeora:CannotInviteSelf";
    public const string AlreadyInvited = "Moyeora:AlreadyInvited";
    public const string InvitationNotFound = "Moyeora:InvitationNotFound";
    public const string InvitationNotPending = "Moyeora:InvitationNotPending";

    // Chat
    public const string InvalidChatMessage = "Moyeora:InvalidChatMessage";
    public const string ChatReadOnly = "Moyeora:ChatReadOnly";
    /// <summary>The node holds as many unsent chat messages as it may (for the room or in all); retry after <c>retryAfterMs</c>.</summary>
    public const string ChatBusy = "Moyeora:ChatBusy";
    public const string InvalidCursor = "Moyeora:InvalidCursor";

    // Roles and permissions
    public const string RoleNotFound = "Moyeora:RoleNotFound";
    public const string UnknownPermission = "Moyeora:UnknownPermission";
    public const string CannotRemoveLastAdministrator = "Moyeora:CannotRemoveLastAdministrator";
    public const string RoleNameTaken = "Moyeora:RoleNameTaken";
    public const string CannotDeleteBuiltInRole = "Moyeora:CannotDeleteBuiltInRole";

    // Live connection
    public const string InvalidLocation = "Moyeora:InvalidLocation";
    public const string InvalidRadius = "Moyeora:InvalidRadius";

    // Friends
    public const string CannotFriendSelf = "Moyeora:CannotFriendSelf";
    public const string AlreadyFriends = "Moyeora:AlreadyFriends";
    public const string FriendRequestAlreadySent = "Moyeora:FriendRequestAlreadySent";
    public const string FriendRequestNotFound = "Moyeora:FriendRequestNotFound";
    public const string NotFriends = "Moyeora:NotFriends";

    public const string CannotBlockSelf = "Moyeora:CannotBlockSelf";
    public const string AlreadyBlocked = "Moyeora:AlreadyBlocked";
    public const string NotBlocked = "Moyeora:NotBlocked";

    // Notifications
    public const string NotificationNotFound = "Moyeora:NotificationNotFound";

    // Scheduled jobs
    public const string JobNotFound = "Moyeora:JobNotFound";

    // People: profiles and search
    public const string InvalidUserSearch = "Moyeora:InvalidUserSearch";

    // Trust ratings
    public const string InvalidRating = "Moyeora:InvalidRating";
    public const string CannotRateSelf = "Moyeora:CannotRateSelf";
    public const string RatingNotOpen = "Moyeora:RatingNotOpen";
    public const string RatingWindowClosed = "Moyeora:RatingWindowClosed";
    public const string NotMetInMeetup = "Moyeora:NotMetInMeetup";
    public const string AlreadyRated = "Moyeora:AlreadyRated";

    // Reports and moderation
    public const string InvalidReport = "Moyeora:InvalidReport";
    public const string CannotReportSelf = "Moyeora:CannotReportSelf";
    public const string ReportTargetNotFound = "Moyeora:ReportTargetNotFound";
    public const string ReportAlreadyOpen = "Moyeora:ReportAlreadyOpen";
    public const string ReportNotFound = "Moyeora:ReportNotFound";
    public const string ReportAlreadyResolved = "Moyeora:ReportAlreadyResolved";
    public const string InvalidReportAction = "Moyeora:InvalidReportAction";
}
