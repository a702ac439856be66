namespace Moyeora.Users;

/// <summary>Which people an administrator is looking for.</summary>
public enum UserStateFilter
{
    Active = 1,

    /// <summary>Locked by a moderator or administrator, or locked out after wrong passwords.</summary>
    Locked = 2,

    Deactivated = 3,
}
