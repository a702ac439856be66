using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Moyeora.Account;
using Moyeora.Chat;
using Moyeora.ExceptionHandling;
using Moyeora.Hosting;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Profile;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>
/// The one live connection of a signed-in client (<c>/hubs/live</c>, JWT in the <c>access_token</c> query
/// parameter for WebSockets): position reports, radius and visibility, chat, and everything the server
/// pushes (<see cref="LiveClientMethods"/>). A newer connection of the same user replaces the older one.
/// </summary>
[Authorize]
internal sealed class LiveHub(
    LiveConnections connections,
    LiveDispatcher dispatcher,
    NearbyPusher pusher,
    ILiveBus bus,
    IGeoStore positions,
    LastSeenTracker lastSeen,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<LiveOptions> options,
    Moyeora.Settings.OperationalSettingsProvider settings,
    IConfiguration configuration,
    LiveMetrics metrics,
    RateLimitMetrics rateLimits) : Hub
{
    public const string Path = "/hubs/live";

    private Guid UserId =>
        Guid.TryParse(Context.User?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? id : throw BusinessException.Unauthenticated();

    private LiveConnection Current => connections.ById(Context.ConnectionId) ?? throw BusinessException.Unauthenticated();

    public override async Task OnConnectedAsync()
    {
        var userId = UserId;
        var openedTicks = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IUserRepository>().FindAsync(userId, Context.ConnectionAborted);
        // The stamp may have moved on between the token check and now: such a connection never opens.
        if (user is not { IsActive: true } || Context.User?.FindFirst(SessionValidator.SecurityStampClaim)?.Value != user.SecurityStamp.ToString(CultureInfo.InvariantCulture))
        {
            Context.Abort();
            return;
        }

        var connection = new LiveConnection(userId, Context, clock.GetUtcNow().UtcDateTime, openedTicks)
        {
            SecurityStamp = user.SecurityStamp,
            // The person's own default follows them to every device; until they set one, the operators' setting.
            RadiusMeters = user.DefaultRadiusMeters ?? settings.Current.DefaultRadiusMeters,
            Visibility = user.LocationVisibility,
            GhostUntil = user.GhostUntil,
            Relations = await scope.ServiceProvider.GetRequiredService<RelationsLoader>().LoadAsync(userId, Context.ConnectionAborted),
            RelationsLoadedTicks = Stopwatch.GetTimestamp(),
        };
        foreach (var meetupId in await scope.ServiceProvider.GetRequiredService<IMeetupRepository>().GetOpenMeetupIdsForMemberAsync(userId, Context.ConnectionAborted))
        {
            connection.MeetupIds.Add(meetupId);
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveDispatcher.RoomOf(meetupId), Context.ConnectionAborted);
        }

        if (connections.Register(connection) is { } older)
        {
            await dispatcher.CloseAsync(older, "replaced");
            if (older == connection)
            {
                return;
            }
        }

        // Other nodes close any older connection of this user there.
        await bus.PublishAsync(new ConnectionOpenedLive(userId, Context.ConnectionId, connection.OpenedAt));
        await Clients.Caller.SendAsync(LiveClientMethods.Connected, new LiveConnectedDto
        {
            UserId = userId,
            RadiusMeters = connection.RadiusMeters,
            Visibility = connection.Visibility,
            MeetupIds = [.. connection.MeetupIds],
        }, Context.ConnectionAborted);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Unregister(Context.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reports the caller's position. More than one report a second is dropped (Accepted = false), not an
    /// error. The caller then gets its nearby list at once.
    /// </summary>
    public async Task<ReportPositionResultDto> ReportPosition(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || Math.Abs(latitude) > RedisGeoStore.MaxLatitude || Math.Abs(longitude) > 180)
        {
            var invalid = new BusinessException(MoyeoraErrorCodes.InvalidLocation, ErrorKind.Invalid).WithDetail("maxLatitude", RedisGeoStore.MaxLatitude);
            if (!double.IsFinite(latitude) || Math.Abs(latitude) > RedisGeoStore.MaxLatitude)
            {
                invalid.WithFieldError(nameof(latitude));
            }

            if (!double.IsFinite(longitude) || Math.Abs(longitude) > 180)
            {
                invalid.WithFieldError(nameof(longitude));
            }

            throw invalid;
        }

        var connection = Current;
        var now = Stopwatch.GetTimestamp();
        lock (connection.Sync)
        {
            if (now - connection.LastReportTicks < options.Value.MinReportInterval.TotalSeconds * Stopwatch.Frequency)
            {
                metrics.PositionReported(accepted: false);
                return new ReportPositionResultDto { Accepted = false };
            }

            connection.LastReportTicks = now;
            connection.Position = (latitude, longitude);
            connection.LastReportAt = clock.GetUtcNow().UtcDateTime;
        }

        var at = connection.LastReportAt;
        var visibility = User.EffectiveVisibility(connection.Visibility, connection.GhostUntil, at);
        if (visibility == LocationVisibility.Nobody)
        {
            await positions.RemoveAsync(connection.UserId);
        }
        else
        {
            await positions.SetAsync(new UserPosition(connection.UserId, latitude, longitude, at, visibility == LocationVisibility.FriendsOnly));
            lastSeen.Touch(connection.UserId, at);
        }

        metrics.PositionReported(accepted: true);
        if (await pusher.PushAsync(connection, wait: true, Context.ConnectionAborted))
        {
            metrics.ReportPushed(Stopwatch.GetElapsedTime(now));
        }

        return new ReportPositionResultDto { Accepted = true };
    }

    /// <summary>Sets the radius of the nearby list, 100 m to 700 km (default 2 km).</summary>
    public async Task SetRadius(double meters)
    {
        if (!double.IsFinite(meters) || meters < LiveOptions.MinRadiusMeters || meters > LiveOptions.MaxRadiusMeters)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidRadius, nameof(meters))
                .WithDetail("minMeters", LiveOptions.MinRadiusMeters).WithDetail("maxKilometers", LiveOptions.MaxRadiusMeters / 1000);
        }

        var connection = Current;
        connection.RadiusMeters = meters;
        await pusher.PushAsync(connection, wait: true, Context.ConnectionAborted);
    }

    /// <summary>
    /// Switches this connection between full <c>nearby</c> lists (the default) and compact <c>nearbyDelta</c> messages
    /// (what changed since the last one; see <see cref="NearbyDeltaDto"/>). Turning deltas on (again) starts them over:
    /// the next delta is full, with sequence 1, and is sent at once when the caller's position is known.
    /// </summary>
    public async Task UseNearbyDeltas(bool enabled)
    {
        var connection = Current;
        connection.NearbyDeltas = enabled;
        connection.RestartNearbyDeltas();
        await pusher.PushAsync(connection, wait: true, Context.ConnectionAborted);
    }

    /// <summary>The map area the client shows (meetup changes inside it are pushed); nulls stop watching an area.</summary>
    public Task WatchArea(double? south, double? west, double? north, double? east)
    {
        var connection = Current;
        if (south is null && west is null && north is null && east is null)
        {
            connection.WatchedArea = null;
            return Task.CompletedTask;
        }

        if (south is not { } s || west is not { } w || north is not { } n || east is not { } e
            || !GeoMath.IsValid(s, w) || !GeoMath.IsValid(n, e) || s > n)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidLocation, "area");
        }

        connection.WatchedArea = new GeoBox(s, w, n, e);
        return Task.CompletedTask;
    }

    /// <summary>Everyone, friends only, or nobody (ghost mode, optionally until a time); the same setting as the profile's.</summary>
    public async Task SetVisibility(LocationVisibility? visibility, DateTime? ghostUntil)
    {
        await using var scope = ActingScope();
        await scope.ServiceProvider.GetRequiredService<IProfileAppService>()
            .UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = visibility, GhostUntil = ghostUntil }, Context.ConnectionAborted);
    }

    /// <summary>Sends a chat message to a meetup's room: stored exactly as over REST, then delivered live to every member.</summary>
    public async Task<ChatMessageDto> SendChatMessage(Guid meetupId, string? text)
    {
        var connection = Current;
        var limit = configuration.GetValue("RateLimiting:ChatMessagesPerTenSeconds", 20);
        var now = Stopwatch.GetTimestamp();
        lock (connection.Sync)
        {
            if (now - connection.ChatWindowStartTicks > 10 * Stopwatch.Frequency)
            {
                connection.ChatWindowStartTicks = now;
                connection.ChatCountInWindow = 0;
            }

            if (++connection.ChatCountInWindow > limit)
            {
                rateLimits.Rejected(RateLimitMetrics.LiveChatPolicy);
                throw new BusinessException(MoyeoraErrorCodes.TooManyRequests, ErrorKind.RateLimited);
            }
        }

        await using var scope = ActingScope();
        return await scope.ServiceProvider.GetRequiredService<IChatAppService>()
            .SendAsync(meetupId, new SendChatMessageDto { Text = text ?? string.Empty }, Context.ConnectionAborted);
    }

    /// <summary>A scope whose current user is this connection's user (application services check permissions with it).</summary>
    private AsyncServiceScope ActingScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpContextCurrentUser>().ActAs(UserId, Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString());
        return scope;
    }
}
