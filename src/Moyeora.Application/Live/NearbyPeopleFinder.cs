using Microsoft.Extensions.Options;
using Moyeora.Locations;

namespace Moyeora.Live;

/// <summary>One person of a nearby list, as small values (cell centre in micro-degrees, band index): what a delta compares.</summary>
public readonly record struct NearbyEntry(Guid UserId, Relationship Relationship, LastSeenBucket LastSeen, int LatitudeE6, int LongitudeE6, byte Band)
{
    public NearbyPersonDto ToDto() => new()
    {
        UserId = UserId,
        Relationship = Relationship,
        LastSeen = LastSeen,
        Latitude = LatitudeE6 / 1e6,
        Longitude = LongitudeE6 / 1e6,
        Distance = NearbyDistanceBands.ToDto(Band),
    };

    public NearbyDeltaPersonDto ToDeltaDto() => new()
    {
        UserId = UserId, Relationship = (int)Relationship, LastSeen = (int)LastSeen, LatitudeE6 = LatitudeE6, LongitudeE6 = LongitudeE6, Band = Band,
    };
}

/// <summary>A viewer's nearby list before it is written: their own report and cell, and the others nearest cells first.</summary>
public sealed class NearbySnapshot
{
    public required DateTime At { get; init; }

    public required double RadiusMeters { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>The viewer's own cell centre in micro-degrees.</summary>
    public required int CellLatitudeE6 { get; init; }

    public required int CellLongitudeE6 { get; init; }

    public required Guid ViewerId { get; init; }

    /// <summary>Everyone but the viewer, in the list's order.</summary>
    public required NearbyEntry[] Others { get; init; }

    /// <summary>The full "nearby" push: the viewer's own exact entry first, then the others.</summary>
    public NearbyPeopleDto ToDto()
    {
        var list = new NearbyPersonDto[Others.Length + 1];
        list[0] = new NearbyPersonDto { UserId = ViewerId, Relationship = Relationship.Self, LastSeen = LastSeenBucket.Now, Latitude = Latitude, Longitude = Longitude };
        for (var i = 0; i < Others.Length; i++)
        {
            list[i + 1] = Others[i].ToDto();
        }

        return new NearbyPeopleDto { At = At, RadiusMeters = RadiusMeters, People = list };
    }
}

/// <summary>
/// The "nearby" list for one viewer (spec §5, §7). Who is inside the radius, who comes first and which
/// distance range is shown are all decided between grid cells, never exact positions, so moving around
/// someone, changing the radius and measuring again reveals nothing finer than their ~100 m cell.
/// Friends-only positions are shown to friends alone; ghosts are never in the store.
/// </summary>
public sealed class NearbyPeopleFinder(IGeoStore positions, TimeProvider clock, IOptions<LiveOptions> options)
{
    /// <summary>Half a cell diagonal and then some: a person whose cell is inside the radius may stand this far outside it.</summary>
    private const double CellMargin = LocationPrivacy.CellMeters * 1.5;

    private const int CandidateSlack = 12;

    private static readonly Comparer<(double CellDistance, double CellLat, double CellLng, Relationship Relationship, NearbyPosition Position)> ByCellDistance =
        Comparer<(double CellDistance, double CellLat, double CellLng, Relationship Relationship, NearbyPosition Position)>.Create(
            static (a, b) => a.CellDistance != b.CellDistance ? a.CellDistance.CompareTo(b.CellDistance) : a.Position.UserId.CompareTo(b.Position.UserId));

    public async Task<NearbyPeopleDto> FindAsync(Guid viewerId, double latitude, double longitude, double radiusMeters, Relations relations, CancellationToken cancellationToken = default) =>
        (await FindSnapshotAsync(viewerId, latitude, longitude, radiusMeters, relations, cancellationToken)).ToDto();

    public async Task<NearbySnapshot> FindSnapshotAsync(Guid viewerId, double latitude, double longitude, double radiusMeters, Relations relations, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.MaxPeople;
        var (viewerCellLat, viewerCellLng) = LocationPrivacy.Snap(latitude, longitude);
        // Fetched around the viewer's cell centre, wide enough for every cell the radius reaches.
        // A few more than asked: the viewer, and people whose cells order them slightly differently than their exact spots.
        var candidates = await positions.SearchAsync(viewerCellLat, viewerCellLng, radiusMeters + CellMargin, max + CandidateSlack,
            now - LocationPrivacy.PositionLifetime, cancellationToken);

        var people = new (double CellDistance, double CellLat, double CellLng, Relationship Relationship, NearbyPosition Position)[candidates.Count];
        var count = 0;
        foreach (var c in candidates)
        {
            var relationship = relations.Of(viewerId, c.UserId);
            if (relationship == Relationship.Self || (c.FriendsOnly && relationship != Relationship.Friend) || relations.Blocked.Contains(c.UserId))
            {
                continue; // the viewer's own entry is added from their own exact report
            }

            var (cellLat, cellLng) = LocationPrivacy.Snap(c.Latitude, c.Longitude);
            var cellDistance = GeoMath.DistanceMeters(viewerCellLat, viewerCellLng, cellLat, cellLng);
            if (cellDistance <= radiusMeters)
            {
                people[count++] = (cellDistance, cellLat, cellLng, relationship, c);
            }
        }

        Array.Sort(people, 0, count, ByCellDistance);
        var others = new NearbyEntry[Math.Min(max, count)];
        for (var i = 0; i < others.Length; i++)
        {
            var (cellDistance, cellLat, cellLng, relationship, position) = people[i];
            others[i] = new NearbyEntry(position.UserId, relationship, LocationPrivacy.LastSeen(position.ReportedAt, now),
                ToE6(cellLat), ToE6(cellLng), (byte)NearbyDistanceBands.Of(cellDistance));
        }

        return new NearbySnapshot
        {
            At = now, RadiusMeters = radiusMeters, ViewerId = viewerId, Latitude = latitude, Longitude = longitude,
            CellLatitudeE6 = ToE6(viewerCellLat), CellLongitudeE6 = ToE6(viewerCellLng), Others = others,
        };
    }

    /// <summary>
    /// A cell centre (already rounded to 6 decimals by <see cref="LocationPrivacy.Snap"/>) as an integer: exact, and
    /// dividing it by 10⁶ gives back the very same double.
    /// </summary>
    public static int ToE6(double degrees) => (int)Math.Round(degrees * 1e6);
}
