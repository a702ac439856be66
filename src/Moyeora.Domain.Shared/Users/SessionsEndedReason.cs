namespace Moyeora.Users;

/// <summary>Why every session of a person ended at once; live connections are told it as a camelCase close reason.</summary>
public enum SessionsEndedReason
{
    PasswordChanged = 1,
    PhoneNumberChanged = 2,
    Locked = 3,
    AccountDeactivated = 4,
    SignedOutEverywhere = 5,
    RevokedByAdministrator = 6,
}
