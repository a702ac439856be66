using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Moyeora.Locations;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>One user's live connection on this node and what the live map knows of it.</summary>
internal sealed class LiveConnection(Guid userId, HubCallerContext context, DateTime openedAt, long openedTicks)
{
    /// <summary>When the connection started (monotonic): of two connections of one user, the later wins.</summary>
    public long OpenedTicks { get; } = openedTicks;

    public Guid UserId { get; } = userId;

    public string ConnectionId => Context.ConnectionId;

    public HubCallerContext Context { get; } = context;

    public DateTime OpenedAt { get; } = openedAt;

    /// <summary>The security stamp of the access token the connection was opened with.</summary>
    public int SecurityStamp { get; init; }

    /// <summary>One push at a time per connection, so lists never arrive out of order.</summary>
    public SemaphoreSlim PushLock { get; } = new(1, 1);

    public Lock Sync { get; } = new();

    /// <summary>The user's own exact position as last reported (never shown to anyone else).</summary>
    public (double Latitude, double Longitude)? Position { get; set; }

    public long LastReportTicks { get; set; } = long.MinValue / 2;

    /// <summary>When <see cref="Position"/> was reported (also while a ghost: it is stored again the moment they become visible).</summary>
    public DateTime LastReportAt { get; set; }

    public long LastPushTicks { get; set; } = long.MinValue / 2;

    public double RadiusMeters { get; set; }

    /// <summary>The map area the client shows, if it said; meetup changes inside it are pushed.</summary>
    public GeoBox? WatchedArea { get; set; }

    public LocationVisibility Visibility { get; set; }

    public DateTime? GhostUntil { get; set; }

    public Relations Relations { get; set; } = Relations.None;

    public long RelationsLoadedTicks { get; set; } = long.MinValue / 2;

    /// <summary>1 while a reload of <see cref="Relations"/> is under way.</summary>
    public int ReloadingRelations;

    /// <summary>
    /// Bumped by every change that concerns this user's relations (a block, an unblock, a friendship, a membership):
    /// the next push reloads them first, and a reload that began before the change never overwrites a newer one.
    /// </summary>
    public int RelationsVersion;

    /// <summary>The <see cref="RelationsVersion"/> that <see cref="Relations"/> reflects.</summary>
    public int RelationsLoadedVersion;

    /// <summary>Marks the relations out of date: the very next push reloads them before it decides who is shown.</summary>
    public void InvalidateRelations() => Interlocked.Increment(ref RelationsVersion);

    /// <summary>The connection asked for "nearbyDelta" messages instead of full "nearby" lists (<c>UseNearbyDeltas</c>).</summary>
    public volatile bool NearbyDeltas;

    /// <summary>Bumped when deltas are (re)started or the radius changes: a state of an older epoch is not built on (the next delta is full).</summary>
    public int NearbyEpoch;

    /// <summary>What the last delta left the client with (written by the push, one at a time); null before the first.</summary>
    public NearbySentState? NearbySent;

    /// <summary>Starts the deltas over: the next one is full, with sequence 1.</summary>
    public void RestartNearbyDeltas() => Interlocked.Increment(ref NearbyEpoch);

    public HashSet<Guid> MeetupIds { get; } = [];

    public long ChatWindowStartTicks { get; set; }

    public int ChatCountInWindow { get; set; }

    public bool Covers(double latitude, double longitude)
    {
        if (WatchedArea is { } area && area.Contains(latitude, longitude))
        {
            return true;
        }

        (double Latitude, double Longitude)? position;
        lock (Sync)
        {
            position = Position;
        }

        return position is { } p && GeoMath.DistanceMeters(p.Latitude, p.Longitude, latitude, longitude) <= RadiusMeters;
    }
}

/// <summary>This node's live connections: at most one per user (a newer one replaces the older).</summary>
internal sealed class LiveConnections : Moyeora.Live.ILiveConnectionCounter
{
    private readonly ConcurrentDictionary<Guid, LiveConnection> _byUser = new();
    private readonly ConcurrentDictionary<string, LiveConnection> _byId = new();

    public int Count => _byId.Count;

    public ICollection<LiveConnection> All => _byId.Values;

    /// <summary>Every connection, read without locking (unlike <see cref="All"/>, which copies them all under every lock).</summary>
    public IEnumerable<LiveConnection> Each()
    {
        foreach (var (_, connection) in _byId)
        {
            yield return connection;
        }
    }

    /// <summary>
    /// Adds the connection unless the user already has a newer one here. Returns the connection that lost
    /// (the older of the two, to be closed), if any. Connections that finish setting up out of order still
    /// keep the one opened last.
    /// </summary>
    public LiveConnection? Register(LiveConnection connection)
    {
        LiveConnection? loser = null;
        _byUser.AddOrUpdate(connection.UserId, connection, (_, current) =>
        {
            if (current.OpenedTicks > connection.OpenedTicks)
            {
                loser = connection;
                return current;
            }

            loser = current;
            return connection;
        });
        if (loser != connection)
        {
            _byId[connection.ConnectionId] = connection;
        }

        return loser;
    }

    public void Unregister(string connectionId)
    {
        if (_byId.TryRemove(connectionId, out var connection))
        {
            _byUser.TryRemove(new KeyValuePair<Guid, LiveConnection>(connection.UserId, connection));
        }
    }

    public LiveConnection? ById(string connectionId) => _byId.GetValueOrDefault(connectionId);

    public LiveConnection? ByUser(Guid userId) => _byUser.GetValueOrDefault(userId);
}
