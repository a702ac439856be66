using Moyeora.Domain;
using Moyeora.Users;

namespace Moyeora.Meetups;

/// <summary>
/// When someone deletes their account (deactivation), in the same unit of work: meetups they host go to the
/// longest-standing member or are cancelled, and they leave every recruiting meetup at once, so the seat is
/// free for others (the usual departure events tell the room, the host, the caches and the maps).
/// Confirmed meetups are frozen and keep them. Restoring the account later does not rejoin anything.
/// </summary>
public sealed class AccountDeletedMeetupsHandler(IMeetupRepository meetups, TimeProvider clock) : IDomainEventHandler<UserDeactivatedEvent>
{
    public async Task HandleAsync(UserDeactivatedEvent domainEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var meetup in await meetups.GetOpenForMemberAsync(domainEvent.UserId, cancellationToken))
        {
            meetup.LeaveOnAccountDeletion(domainEvent.UserId, now);
        }
    }
}
