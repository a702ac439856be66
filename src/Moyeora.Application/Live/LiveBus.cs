using System.Text.Json.Serialization;
using Moyeora.Chat;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>
/// What one node tells every node (itself included) about live state: chat to deliver, meetups that
/// changed, memberships, connections and users. The embedded default delivers in process; with Redis
/// configured it goes through Redis pub/sub, so a message produced on node A reaches clients on node B.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(ChatMessageLive), "chat")]
[JsonDerivedType(typeof(MeetupChangedLive), "meetup")]
[JsonDerivedType(typeof(MembershipChangedLive), "membership")]
[JsonDerivedType(typeof(ConnectionOpenedLive), "connection")]
[JsonDerivedType(typeof(UserChangedLive), "user")]
[JsonDerivedType(typeof(NotificationLive), "notification")]
[JsonDerivedType(typeof(RelationsChangedLive), "relations")]
[JsonDerivedType(typeof(SessionsEndedLive), "sessionsEnded")]
[JsonDerivedType(typeof(SecurityStateChangedLive), "securityState")]
public abstract record LiveMessage;

public sealed record ChatMessageLive(Guid MeetupId, ChatMessageDto Message) : LiveMessage;

/// <summary>A notification for one user, pushed to their connection wherever it is.</summary>
public sealed record NotificationLive(Guid UserId, Moyeora.Notifications.NotificationDto Notification) : LiveMessage;

/// <summary>These people's friends changed: their connections reload who their friends are.</summary>
public sealed record RelationsChangedLive(IReadOnlyList<Guid> UserIds) : LiveMessage;

/// <summary>
/// Every session of a user ended (security stamp moved on): each node forgets its cached stamp and closes the user's
/// live connection, telling it <paramref name="Reason"/>.
/// </summary>
public sealed record SessionsEndedLive(Guid UserId, string Reason) : LiveMessage;

/// <summary>A user was unlocked or restored: each node forgets its cached security state, so new tokens work at once.</summary>
public sealed record SecurityStateChangedLive(Guid UserId) : LiveMessage;

/// <summary>A meetup on the map changed; <paramref name="HostId"/> keeps it from people blocked either way with the host.</summary>
public sealed record MeetupChangedLive(MeetupLiveUpdateDto Update, Guid HostId = default) : LiveMessage;

/// <summary>A member joined (Added) or left / was kicked (Reason left or kicked).</summary>
public sealed record MembershipChangedLive(Guid MeetupId, Guid UserId, bool Added, string? Reason) : LiveMessage;

/// <summary>A user opened a connection; any older connection of theirs, on any node, is closed.</summary>
public sealed record ConnectionOpenedLive(Guid UserId, string ConnectionId, DateTime OpenedAt) : LiveMessage;

/// <summary>A user's live settings changed (ending sessions is <see cref="SessionsEndedLive"/>).</summary>
public sealed record UserChangedLive(Guid UserId, LocationVisibility Visibility, DateTime? GhostUntil) : LiveMessage;

public interface ILiveBus
{
    Task PublishAsync(LiveMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Where a node handles live messages (the host delivers them to its connections).</summary>
public interface ILiveMessageHandler
{
    Task HandleAsync(LiveMessage message, CancellationToken cancellationToken);
}

/// <summary>One node: every message goes straight to this node's handler.</summary>
public sealed class InProcessLiveBus(IEnumerable<ILiveMessageHandler> handlers) : ILiveBus
{
    public async Task PublishAsync(LiveMessage message, CancellationToken cancellationToken = default)
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(message, cancellationToken);
        }
    }
}
