using Moyeora.Domain;
using Moyeora.Users;

namespace Moyeora.Meetups;

/// <summary>When a host deletes their account, their meetups go to the longest-standing member or are cancelled.</summary>
public sealed class HostDeactivatedHandler(IMeetupRepository meetups, TimeProvider clock) : IDomainEventHandler<UserDeactivatedEvent>
{
    public async Task HandleAsync(UserDeactivatedEvent domainEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var meetup in await meetups.GetHostedOpenAsync(domainEvent.UserId, cancellationToken))
        {
            meetup.ReleaseHost(now);
        }
    }
}
