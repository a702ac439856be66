namespace Moyeora.Users;

/// <summary>What other people may see of a user next to a meetup: never a phone number or a name.</summary>
public sealed record UserSummary(Guid Id, string Nickname, string? ProfileImageUrl, int Rating, bool IsActive);
