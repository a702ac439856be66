using Moyeora.Locations;

namespace Moyeora.Domain.Tests.Locations;

public sealed class LocationPrivacy_Tests
{
    [Theory]
    [InlineData(37.5663, 126.9779)]
    [InlineData(-33.8688, 151.2093)]
    [InlineData(64.1466, -21.9426)]
    [InlineData(0.00001, -179.99999)]
    public void A_Snapped_Point_Is_Within_Half_A_Cell_Diagonal_Of_The_Real_One(double lat, double lng)
    {
        var (snappedLat, snappedLng) = LocationPrivacy.Snap(lat, lng);
        GeoMath.DistanceMeters(lat, lng, snappedLat, snappedLng).ShouldBeLessThanOrEqualTo(LocationPrivacy.CellMeters * Math.Sqrt(2) / 2 + 1);
        GeoMath.IsValid(snappedLat, snappedLng).ShouldBeTrue();
    }

    [Fact]
    public void Points_In_One_Cell_Snap_Together_And_Cells_Are_About_100_M_Apart()
    {
        var a = LocationPrivacy.Snap(37.56630, 126.97790);
        var b = LocationPrivacy.Snap(37.56631, 126.97791);
        b.ShouldBe(a);
        var next = LocationPrivacy.Snap(37.56630 + 0.0009, 126.97790);
        // Rows are 100 m apart north–south (each row has its own east–west step, so columns do not line up).
        GeoMath.DistanceMeters(a.Latitude, 0, next.Latitude, 0).ShouldBe(100, 1);
        var east = LocationPrivacy.Snap(37.56630, 126.97790 + 0.00114);
        GeoMath.DistanceMeters(a.Latitude, a.Longitude, east.Latitude, east.Longitude).ShouldBe(100, 1);
    }

    [Theory]
    [InlineData(0, "< 500 m")]
    [InlineData(499, "< 500 m")]
    [InlineData(500, "500 m – 1 km")]
    [InlineData(1500, "1–2 km")]
    [InlineData(650_000, "500 km+")]
    public void Distances_Are_Shown_As_Ranges(double meters, string label) => LocationPrivacy.RangeOf(meters).Label.ShouldBe(label);

    [Fact]
    public void Last_Seen_Is_A_Bucket()
    {
        var now = new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);
        LocationPrivacy.LastSeen(now.AddSeconds(-30), now).ShouldBe(LastSeenBucket.Now);
        LocationPrivacy.LastSeen(now.AddMinutes(-30), now).ShouldBe(LastSeenBucket.Minutes);
        LocationPrivacy.LastSeen(now.AddHours(-5), now).ShouldBe(LastSeenBucket.Hours);
        LocationPrivacy.LastSeen(now.AddDays(-3), now).ShouldBe(LastSeenBucket.Days);
    }

    /// <summary>
    /// Trilateration: an observer walks to 2,000 places around a target and records what it is told.
    /// Two targets 40 m apart inside one cell produce exactly the same record, so nothing observed
    /// can place a target more precisely than its cell.
    /// </summary>
    [Fact]
    public void Moving_Around_A_Target_Reveals_Nothing_Finer_Than_The_Grid()
    {
        var cell = LocationPrivacy.Snap(37.5663, 126.9779);
        var targetA = (Lat: cell.Latitude - 0.00015, Lng: cell.Longitude - 0.0002);
        var targetB = (Lat: cell.Latitude + 0.00015, Lng: cell.Longitude + 0.0002);
        LocationPrivacy.Snap(targetA.Lat, targetA.Lng).ShouldBe(cell);
        LocationPrivacy.Snap(targetB.Lat, targetB.Lng).ShouldBe(cell);
        GeoMath.DistanceMeters(targetA.Lat, targetA.Lng, targetB.Lat, targetB.Lng).ShouldBeGreaterThan(30);

        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var viewerLat = cell.Latitude + (random.NextDouble() - 0.5) * 0.05;
            var viewerLng = cell.Longitude + (random.NextDouble() - 0.5) * 0.06;
            var seenA = (LocationPrivacy.Snap(targetA.Lat, targetA.Lng), LocationPrivacy.RangeBetween(viewerLat, viewerLng, targetA.Lat, targetA.Lng));
            var seenB = (LocationPrivacy.Snap(targetB.Lat, targetB.Lng), LocationPrivacy.RangeBetween(viewerLat, viewerLng, targetB.Lat, targetB.Lng));
            seenB.ShouldBe(seenA);
        }
    }
}
