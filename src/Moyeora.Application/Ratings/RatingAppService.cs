using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Friends;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Ratings;

public sealed class RatingAppService(
    IMeetupRepository meetups,
    IPeerRatingRepository ratings,
    IUserRepository users,
    IBlockRepository blocks,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IRatingAppService
{
    public async Task<RatingSheetDto> GetSheetAsync(Guid meetupId, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var meetup = await meetups.FindReadOnlyAsync(meetupId, cancellationToken);
        if (meetup is null || !meetup.IsMember(me.Id))
        {
            throw NotFoundErrors.Meetup();
        }

        var hidden = await blocks.GetBlockedEitherWayAsync(me.Id, cancellationToken);
        var others = meetup.Participants.Select(p => p.UserId).Where(id => id != me.Id && !hidden.Contains(id)).ToList();
        var people = await users.GetSummariesAsync(others, cancellationToken);
        var given = await ratings.GetGivenAsync(meetupId, me.Id, cancellationToken);
        var rateable = meetup.Status == MeetupStatus.Ended && meetup.ConfirmationTime is not null;
        return new RatingSheetDto
        {
            MeetupId = meetupId,
            ClosesAt = rateable ? PeerRating.ClosesAt(meetup) : null,
            IsOpen = rateable && clock.GetUtcNow().UtcDateTime <= PeerRating.ClosesAt(meetup),
            People = others.Where(id => people.GetValueOrDefault(id) is { IsActive: true })
                .Select(id => new RatingSheetEntryDto { User = people[id].ToDto(id), MyVote = given.TryGetValue(id, out var vote) ? vote : null })
                .ToList(),
        };
    }

    public async Task<RatingSheetEntryDto> RateAsync(Guid meetupId, RateMemberDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var meetup = await meetups.FindReadOnlyAsync(meetupId, cancellationToken) ?? throw NotFoundErrors.Meetup();
        var rateeId = input.UserId ?? Guid.Empty;
        var rating = PeerRating.Cast(meetup, me.Id, rateeId, input.Vote ?? default, clock.GetUtcNow().UtcDateTime);

        // Someone deleted, or on the other side of a block, cannot be rated.
        await users.GetReachableAsync(blocks, me.Id, rateeId, cancellationToken);

        if ((await ratings.GetGivenAsync(meetupId, me.Id, cancellationToken)).ContainsKey(rateeId))
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyRated);
        }

        await ratings.InsertAsync(rating, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var after = (await users.GetSummariesAsync([rateeId], cancellationToken))[rateeId];
        return new RatingSheetEntryDto { User = after.ToDto(rateeId), MyVote = rating.Vote };
    }
}
