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
    public const string AccountDeactivated = "Moyeora:AccountDeactivated";
    public const string CurrentPasswordIncorrect = "Moyeora:CurrentPasswordIncorrect";
    public const string RefreshTokenInvalid = "Moyeora:RefreshTokenInvalid";
    public const string RefreshTokenReused = "Moyeora:RefreshTokenReused";
    public const string UserNotFound = "Moyeora:UserNotFound";

    // Roles and permissions
    public const string RoleNotFound = "Moyeora:RoleNotFound";
    public const string UnknownPermission = "Moyeora:UnknownPermission";
    public const string CannotRemoveLastAdministrator = "Moyeora:CannotRemoveLastAdministrator";
}
