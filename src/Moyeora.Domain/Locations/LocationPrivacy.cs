namespace Moyeora.Locations;

/// <summary>A distance shown to others only as a range, e.g. "1–2 km" (spec §7).</summary>
public sealed record DistanceRange(double MinMeters, double? MaxMeters, string Label);

/// <summary>
/// What other people may learn of a position (spec §7): a point snapped to a grid of about 100 m,
/// and a distance range measured between grid cells — never from the exact positions. Every answer
/// is therefore a function of the two cells alone, so moving around someone and measuring again
/// (trilateration) cannot locate them more precisely than their cell.
/// </summary>
public static class LocationPrivacy
{
    /// <summary>Positions not refreshed for this long expire: they vanish from the map (spec §5).</summary>
    public static readonly TimeSpan PositionLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The grid's cell size in metres (north–south and east–west).</summary>
    public const double CellMeters = 100;

    private const double CellLatitudeDegrees = CellMeters / 111_195.0;

    private static readonly (double Max, string Label)[] Ranges =
    [
        (500, "< 500 m"), (1_000, "500 m – 1 km"), (2_000, "1–2 km"), (5_000, "2–5 km"), (10_000, "5–10 km"),
        (20_000, "10–20 km"), (50_000, "20–50 km"), (100_000, "50–100 km"), (200_000, "100–200 km"), (500_000, "200–500 km"),
    ];

    /// <summary>The centre of the ~100 m grid cell holding the point.</summary>
    public static (double Latitude, double Longitude) Snap(double latitude, double longitude)
    {
        var row = Math.Floor(latitude / CellLatitudeDegrees);
        var centerLatitude = Math.Clamp((row + 0.5) * CellLatitudeDegrees, -90, 90);
        // Each row has its own east–west step, so cells stay about 100 m wide at every latitude.
        var step = CellLatitudeDegrees / Math.Max(Math.Cos(centerLatitude * Math.PI / 180), 0.01);
        var column = Math.Floor((longitude + 180) / step);
        var centerLongitude = -180 + (column + 0.5) * step;
        if (centerLongitude > 180)
        {
            centerLongitude -= 360;
        }

        return (Math.Round(centerLatitude, 6), Math.Round(centerLongitude, 6));
    }

    /// <summary>The range of the distance between the cells of a viewer and of someone they see.</summary>
    public static DistanceRange RangeBetween(double viewerLatitude, double viewerLongitude, double targetLatitude, double targetLongitude)
    {
        var (vLat, vLng) = Snap(viewerLatitude, viewerLongitude);
        var (tLat, tLng) = Snap(targetLatitude, targetLongitude);
        return RangeOf(GeoMath.DistanceMeters(vLat, vLng, tLat, tLng));
    }

    public static DistanceRange RangeOf(double meters)
    {
        var min = 0d;
        foreach (var (max, label) in Ranges)
        {
            if (meters < max)
            {
                return new DistanceRange(min, max, label);
            }

            min = max;
        }

        return new DistanceRange(min, null, "500 km+");
    }

    public static LastSeenBucket LastSeen(DateTime reportedAt, DateTime now) => (now - reportedAt) switch
    {
        var age when age < TimeSpan.FromMinutes(1) => LastSeenBucket.Now,
        var age when age < TimeSpan.FromHours(1) => LastSeenBucket.Minutes,
        var age when age < TimeSpan.FromDays(1) => LastSeenBucket.Hours,
        _ => LastSeenBucket.Days,
    };
}
