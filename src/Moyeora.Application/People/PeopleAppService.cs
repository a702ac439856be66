using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Friends;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.People;

public sealed class PeopleAppService(
    IUserRepository users,
    IFriendshipRepository friendships,
    IBlockRepository blocks,
    IMeetupRepository meetups,
    IGeoStore positions,
    ICurrentUser currentUser,
    TimeProvider clock) : IPeopleAppService
{
    public async Task<PersonProfileDto> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        return await ProfileOfAsync(me.Id, userId, cancellationToken);
    }

    public async Task<PersonProfileDto> SearchAsync(SearchPeopleDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var byNickname = !string.IsNullOrWhiteSpace(input.Nickname);
        var byPhone = !string.IsNullOrWhiteSpace(input.PhoneNumber);
        if (byNickname == byPhone)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidUserSearch, byNickname ? "phoneNumber" : "nickname");
        }

        string? nickname = null, phone = null;
        if (byNickname)
        {
            nickname = UserRules.NormalizeNickname(Check(() => UserRules.CheckNickname(input.Nickname), "nickname"));
        }
        else
        {
            phone = Check(() => PhoneNumber.Normalize(input.PhoneNumber), "phoneNumber");
        }

        var found = await users.FindActiveIdAsync(nickname, phone, cancellationToken) ?? throw NotFoundErrors.User();
        return await ProfileOfAsync(me.Id, found, cancellationToken);
    }

    /// <summary>A malformed search term is a search error, not a sign-up style field error.</summary>
    private static string Check(Func<string> check, string field)
    {
        try
        {
            return check();
        }
        catch (BusinessException ex) when (ex.Kind == ErrorKind.Invalid)
        {
            // The field keeps the message of the rule it broke (nickname or phone number format).
            throw new BusinessException(MoyeoraErrorCodes.InvalidUserSearch, ErrorKind.Invalid).WithFieldError(field, ex.Code);
        }
    }

    private async Task<PersonProfileDto> ProfileOfAsync(Guid viewerId, Guid userId, CancellationToken cancellationToken)
    {
        if (userId != viewerId)
        {
            await users.GetReachableAsync(blocks, viewerId, userId, cancellationToken); // the same rule as friending, inviting, rating
        }

        var user = await users.FindAsync(userId, cancellationToken) is { IsActive: true } found ? found : throw NotFoundErrors.User();

        var now = clock.GetUtcNow().UtcDateTime;
        var card = await positions.StrangerCardAsync(user, now, cancellationToken);
        var profile = new PersonProfileDto
        {
            UserId = userId,
            Rating = card.Rating,
            StatusMessage = card.StatusMessage,
            LastSeen = card.LastSeen,
        };
        if (userId == viewerId)
        {
            profile.Relationship = Relationship.Self;
            ShowPersonal(profile, user);
            return profile;
        }

        var isFriend = await friendships.AreFriendsAsync(viewerId, userId, cancellationToken);
        var shared = await meetups.GetSharedOpenMeetupsAsync(viewerId, userId, cancellationToken);
        profile.Relationship = isFriend ? Relationship.Friend : shared.Count > 0 ? Relationship.CoMember : Relationship.Stranger;
        if (isFriend || shared.Count > 0)
        {
            ShowPersonal(profile, user);
            profile.IsFriend = isFriend;
        }

        if (shared.Count > 0)
        {
            profile.SharedMeetups = new SharedMeetupsDto
            {
                Count = shared.Count,
                Items = shared.Select(m => new SharedMeetupDto { Id = m.Id, Title = m.Title, StartTime = m.StartTime }).ToList(),
            };
        }

        return profile;
    }

    private static void ShowPersonal(PersonProfileDto profile, User user)
    {
        profile.Nickname = user.Nickname;
        profile.ProfileImageUrl = user.ProfileImageUrl;
        profile.Interests = user.Interests;
    }

}
