namespace Moyeora.Locations;

/// <summary>A rectangle of latitude and longitude (west may exceed east across the antimeridian).</summary>
public sealed record GeoBox(double South, double West, double North, double East)
{
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North
        && (West <= East ? longitude >= West && longitude <= East : longitude >= West || longitude <= East);
}

/// <summary>Distances on the sphere (haversine, mean Earth radius) and the boxes that bound them.</summary>
public static class GeoMath
{
    public const double EarthRadiusMeters = 6_371_008.8;

    public static double DistanceMeters(double lat1, double lng1, double lat2, double lng2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLng = ToRadians(lng2 - lng1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The smallest latitude/longitude box that contains every point within the radius.</summary>
    public static GeoBox BoundingBox(double lat, double lng, double radiusMeters)
    {
        var angular = radiusMeters / EarthRadiusMeters;
        var south = lat - ToDegrees(angular);
        var north = lat + ToDegrees(angular);
        if (south <= -90 || north >= 90)
        {
            // The circle covers a pole: every longitude is in range.
            return new GeoBox(Math.Max(south, -90), -180, Math.Min(north, 90), 180);
        }

        var deltaLng = ToDegrees(Math.Asin(Math.Min(1, Math.Sin(angular) / Math.Cos(ToRadians(lat)))));
        var west = lng - deltaLng;
        var east = lng + deltaLng;
        if (west < -180)
        {
            west += 360;
        }

        if (east > 180)
        {
            east -= 360;
        }

        return new GeoBox(south, west, north, east);
    }

    public static bool IsValid(double lat, double lng) =>
        double.IsFinite(lat) && double.IsFinite(lng) && lat is >= -90 and <= 90 && lng is >= -180 and <= 180;

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
