using Moyeora.Locations;
using Moyeora.Meetups;

namespace Moyeora.Live;

/// <summary>How the viewer relates to a person on the map (spec §2).</summary>
public enum Relationship
{
    Self = 0,
    Friend = 1,
    CoMember = 2,
    Stranger = 3,
}

/// <summary>A distance as others may see it: a range such as "1–2 km", never metres (spec §7).</summary>
public sealed class DistanceRangeDto
{
    public double MinMeters { get; set; }

    /// <summary>Null for the last, open-ended range.</summary>
    public double? MaxMeters { get; set; }

    public string Label { get; set; } = string.Empty;
}

/// <summary>One person on the live map.</summary>
public sealed class NearbyPersonDto
{
    public Guid UserId { get; set; }

    public Relationship Relationship { get; set; }

    public LastSeenBucket LastSeen { get; set; }

    /// <summary>The centre of the ~100 m grid cell the person is in; exact only for <see cref="Relationship.Self"/>.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Measured between grid cells; null for <see cref="Relationship.Self"/>.</summary>
    public DistanceRangeDto? Distance { get; set; }
}

/// <summary>The server's "nearby" push: up to 50 nearest visible people, nearest cells first.</summary>
public sealed class NearbyPeopleDto
{
    public DateTime At { get; set; }

    public double RadiusMeters { get; set; }

    public IReadOnlyList<NearbyPersonDto> People { get; set; } = [];
}

public sealed class ReportPositionResultDto
{
    /// <summary>False when the report came within a second of the last one: it is dropped, not an error.</summary>
    public bool Accepted { get; set; }
}

/// <summary>A meetup on the map changed (spec §5): pushed to clients whose map or radius covers it.</summary>
public sealed class MeetupLiveUpdateDto
{
    public Guid MeetupId { get; set; }

    /// <summary>appeared, filled, seatFreed, confirmed, cancelled, ended, hidden (by a moderator: gone from the map), updated.</summary>
    public string Change { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public MeetupStatus Status { get; set; }

    public int MemberCount { get; set; }

    public int MaxMembers { get; set; }

    public DateTime StartTime { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }
}

/// <summary>Pushed to a member removed from a meetup's live room (they left or were kicked).</summary>
public sealed class RemovedFromMeetupDto
{
    public Guid MeetupId { get; set; }

    /// <summary>left or kicked.</summary>
    public string Reason { get; set; } = string.Empty;
}

/// <summary>Pushed just before the server closes a connection (replaced by a newer one, account deleted).</summary>
public sealed class ConnectionClosingDto
{
    /// <summary>replaced, accountDeleted or accountLocked.</summary>
    public string Reason { get; set; } = string.Empty;
}

/// <summary>Sent once when the connection is set up (rooms joined, older connection replaced): the client may start.</summary>
public sealed class LiveConnectedDto
{
    public Guid UserId { get; set; }

    public double RadiusMeters { get; set; }

    public Moyeora.Users.LocationVisibility Visibility { get; set; }

    /// <summary>The meetups whose chat this connection receives.</summary>
    public IReadOnlyList<Guid> MeetupIds { get; set; } = [];
}

/// <summary>
/// Why the live hub refused an invocation. The completion's <c>error</c> string is exactly this object as
/// compact JSON, e.g. <c>{"code":"Moyeora:InvalidRadius","message":"…","errors":{"meters":["…"]}}</c>.
/// </summary>
public sealed class LiveHubErrorDto
{
    /// <summary>A stable code from <c>MoyeoraErrorCodes</c>.</summary>
    public string Code { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    /// <summary>Per-argument messages, when the refusal is about arguments; otherwise absent.</summary>
    public IDictionary<string, string[]>? Errors { get; set; }

    /// <summary>
    /// Numbers that help the client act on the refusal, when it has any: with <c>Moyeora:ChatBusy</c>,
    /// <c>retryAfterMs</c> (and <c>retryAfterSeconds</c>) — when to send again. Otherwise absent.
    /// </summary>
    public IDictionary<string, double>? Details { get; set; }
}

/// <summary>The names of what the live hub (<c>/hubs/live</c>) sends to clients, and what each carries.</summary>
public static class LiveClientMethods
{
    public const string Connected = "connected";
    public const string Nearby = "nearby";

    /// <summary>Instead of <see cref="Nearby"/>, to a connection that called <c>UseNearbyDeltas(true)</c>.</summary>
    public const string NearbyDelta = "nearbyDelta";
    public const string MeetupChanged = "meetupChanged";
    public const string ChatMessage = "chatMessage";
    public const string RemovedFromMeetup = "removedFromMeetup";
    public const string ConnectionClosing = "connectionClosing";
    public const string Notification = "notification";

    /// <summary>Each message's single argument (the machine-readable hub description is built from this).</summary>
    public static IReadOnlyDictionary<string, Type> Payloads { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [Connected] = typeof(LiveConnectedDto),
        [Nearby] = typeof(NearbyPeopleDto),
        [NearbyDelta] = typeof(NearbyDeltaDto),
        [MeetupChanged] = typeof(MeetupLiveUpdateDto),
        [ChatMessage] = typeof(Moyeora.Chat.ChatMessageDto),
        [RemovedFromMeetup] = typeof(RemovedFromMeetupDto),
        [ConnectionClosing] = typeof(ConnectionClosingDto),
        [Notification] = typeof(Moyeora.Notifications.NotificationDto),
    };
}
