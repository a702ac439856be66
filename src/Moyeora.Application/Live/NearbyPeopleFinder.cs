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

    public async Task<NearbyPeopleDto> FindAsync(Guid viewerId, double latitude, double longitude, double radiusMeters, Relations relations, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.MaxPeople;
        var (viewerCellLat, viewerCellLng) = LocationPrivacy.Snap(latitude, longitude);
        // Fetched around the viewer's cell centre, wide enough for every cell the radius reaches.
        var candidates = await positions.SearchAsync(viewerCellLat, viewerCellLng, radiusMeters + CellMargin, (max * 2) + 1,
            now - LocationPrivacy.PositionLifetime, cancellationToken);

        var people = new List<(double CellDistance, NearbyPersonDto Person)>(candidates.Count);
        foreach (var c in candidates)
        {
            var relationship = relations.Of(viewerId, c.UserId);
            if (relationship == Relationship.Self)
            {
                continue; // the viewer's own entry is added below, from their own exact report
            }

            if (c.FriendsOnly && relationship != Relationship.Friend)
            {
                continue;
            }

            var (cellLat, cellLng) = LocationPrivacy.Snap(c.Latitude, c.Longitude);
            var cellDistance = GeoMath.DistanceMeters(viewerCellLat, viewerCellLng, cellLat, cellLng);
            if (cellDistance > radiusMeters)
            {
                continue;
            }

            var range = LocationPrivacy.RangeOf(cellDistance);
            people.Add((cellDistance, new NearbyPersonDto
            {
                UserId = c.UserId,
                Relationship = relationship,
                LastSeen = LocationPrivacy.LastSeen(c.ReportedAt, now),
                Latitude = cellLat,
                Longitude = cellLng,
                Distance = new DistanceRangeDto { MinMeters = range.MinMeters, MaxMeters = range.MaxMeters, Label = range.Label },
            }));
        }

        var list = new List<NearbyPersonDto>(max + 1)
        {
            new() { UserId = viewerId, Relationship = Relationship.Self, LastSeen = LastSeenBucket.Now, Latitude = latitude, Longitude = longitude },
        };
        list.AddRange(people.OrderBy(p => p.CellDistance).ThenBy(p => p.Person.UserId).Take(max).Select(p => p.Person));
        return new NearbyPeopleDto { At = now, RadiusMeters = radiusMeters, People = list };
    }
}
