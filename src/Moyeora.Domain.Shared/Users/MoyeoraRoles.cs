namespace Moyeora.Users;

public static class MoyeoraRoles
{
    /// <summary>Holds every permission.</summary>
    public const string Admin = "admin";

    /// <summary>Meetup and report moderation.</summary>
    public const string Moderator = "moderator";
}
