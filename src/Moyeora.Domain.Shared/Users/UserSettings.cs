namespace Moyeora.Users;

/// <summary>Who may see a user's approximate position on the live map (product spec §7).</summary>
public enum LocationVisibility
{
    Everyone = 0,
    FriendsOnly = 1,
    Nobody = 2,
}
