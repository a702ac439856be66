using Microsoft.Extensions.Options;
using Moyeora.Locations;

namespace Moyeora.Live;

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

    public async Task<NearbyPeopleDto> FindAsync(Guid viewerId, double latitude, double longitude, double radiusMeters, Relations relations, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.MaxPeople;
        var (viewerCellLat, viewerCellLng) = LocationPrivacy.Snap(latitude, longitude);
        // Fetched around the viewer's cell centre, wide enough for every cell the radius reaches.
        // A few more than asked: the viewer, and people whose cells order them slightly differently than their exact spots.
        var candidates = await positions.SearchAsync(viewerCellLat, viewerCellLng, radiusMeters + CellMargin, max + CandidateSlack,
            now - LocationPrivacy.PositionLifetime, cancellationToken);

        var people = new List<(double CellDistance, double CellLat, double CellLng, Relationship Relationship, NearbyPosition Position)>(candidates.Count);
        foreach (var c in candidates)
        {
            var relationship = relations.Of(viewerId, c.UserId);
            if (relationship == Relationship.Self || (c.FriendsOnly && relationship != Relationship.Friend) || relations.Blocked.Contains(c.UserId))
            {
                continue; // the viewer's own entry is added below, from their own exact report
            }

            var (cellLat, cellLng) = LocationPrivacy.Snap(c.Latitude, c.Longitude);
            var cellDistance = GeoMath.DistanceMeters(viewerCellLat, viewerCellLng, cellLat, cellLng);
            if (cellDistance <= radiusMeters)
            {
                people.Add((cellDistance, cellLat, cellLng, relationship, c));
            }
        }

        people.Sort(static (a, b) => a.CellDistance != b.CellDistance ? a.CellDistance.CompareTo(b.CellDistance) : a.Position.UserId.CompareTo(b.Position.UserId));
        var list = new List<NearbyPersonDto>(Math.Min(max, people.Count) + 1)
        {
            new() { UserId = viewerId, Relationship = Relationship.Self, LastSeen = LastSeenBucket.Now, Latitude = latitude, Longitude = longitude },
        };
        for (var i = 0; i < people.Count && i < max; i++)
        {
            var (cellDistance, cellLat, cellLng, relationship, position) = people[i];
            var range = LocationPrivacy.RangeOf(cellDistance);
            list.Add(new NearbyPersonDto
            {
                UserId = position.UserId,
                Relationship = relationship,
                LastSeen = LocationPrivacy.LastSeen(position.ReportedAt, now),
                Latitude = cellLat,
                Longitude = cellLng,
                Distance = new DistanceRangeDto { MinMeters = range.MinMeters, MaxMeters = range.MaxMeters, Label = range.Label },
            });
        }

        return new NearbyPeopleDto { At = now, RadiusMeters = radiusMeters, People = list };
    }
}
