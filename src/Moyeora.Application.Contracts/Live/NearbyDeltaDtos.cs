using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace Moyeora.Live;

/// <summary>
/// The compact "nearbyDelta" push (issue 17), sent instead of <c>nearby</c> to a connection that called
/// <c>UseNearbyDeltas(true)</c>: what changed in its nearby list since the last delta it got. Applied to the previous
/// view (drop <see cref="Removed"/>, add or replace <see cref="Upserted"/>; with <see cref="Full"/> start from nothing)
/// it gives exactly the people of the full list, carrying nothing the full list does not (cells, ranges, buckets).
/// Short names on the wire (JSON and MessagePack alike); see the README's live section for the table.
/// </summary>
[DataContract]
public sealed class NearbyDeltaDto
{
    /// <summary><c>q</c>: 1 for the first delta after opting in, then +1 per delta. A gap means the client missed one: opt in again.</summary>
    [JsonPropertyName("q"), DataMember(Name = "q")]
    public long Sequence { get; set; }

    /// <summary><c>f</c>: the view starts from nothing (first delta, radius changed, most entries changed, server state lost).</summary>
    [JsonPropertyName("f"), DataMember(Name = "f")]
    public bool Full { get; set; }

    /// <summary><c>t</c>: when the list was made, Unix milliseconds (UTC).</summary>
    [JsonPropertyName("t"), DataMember(Name = "t")]
    public long AtUnixMs { get; set; }

    /// <summary><c>r</c>: the radius of the list in metres.</summary>
    [JsonPropertyName("r"), DataMember(Name = "r")]
    public double RadiusMeters { get; set; }

    /// <summary>
    /// <c>me</c>: the viewer's own position as they reported it, <c>[latitude, longitude]</c> (their own entry of the full
    /// list, relationship self); null when unchanged since the last delta.
    /// </summary>
    [JsonPropertyName("me"), DataMember(Name = "me")]
    public double[]? Self { get; set; }

    /// <summary>
    /// <c>c</c>: the viewer's own ~100 m cell centre in micro-degrees <c>[latitude, longitude]</c> (the list is ordered by
    /// the distance between this cell and each person's cell, then by id); null when unchanged.
    /// </summary>
    [JsonPropertyName("c"), DataMember(Name = "c")]
    public int[]? SelfCell { get; set; }

    /// <summary><c>u</c>: people new to the list or with a changed cell, relationship, last-seen bucket or distance band.</summary>
    [JsonPropertyName("u"), DataMember(Name = "u")]
    public IReadOnlyList<NearbyDeltaPersonDto> Upserted { get; set; } = [];

    /// <summary><c>d</c>: ids of people no longer in the list.</summary>
    [JsonPropertyName("d"), DataMember(Name = "d")]
    public IReadOnlyList<Guid> Removed { get; set; } = [];
}

/// <summary>One person of a <see cref="NearbyDeltaDto"/>, in small numbers.</summary>
[DataContract]
public sealed class NearbyDeltaPersonDto
{
    /// <summary><c>i</c>: the user id.</summary>
    [JsonPropertyName("i"), DataMember(Name = "i")]
    public Guid UserId { get; set; }

    /// <summary><c>k</c>: <see cref="Live.Relationship"/> as its number (1 friend, 2 co-member, 3 stranger).</summary>
    [JsonPropertyName("k"), DataMember(Name = "k")]
    public int Relationship { get; set; }

    /// <summary><c>s</c>: <see cref="Locations.LastSeenBucket"/> as its number (0 now, 1 minutes, 2 hours, 3 days).</summary>
    [JsonPropertyName("s"), DataMember(Name = "s")]
    public int LastSeen { get; set; }

    /// <summary><c>y</c>: latitude of the centre of the person's ~100 m cell, in micro-degrees (the full list's value × 10⁶).</summary>
    [JsonPropertyName("y"), DataMember(Name = "y")]
    public int LatitudeE6 { get; set; }

    /// <summary><c>x</c>: longitude of the cell centre, in micro-degrees.</summary>
    [JsonPropertyName("x"), DataMember(Name = "x")]
    public int LongitudeE6 { get; set; }

    /// <summary><c>b</c>: the distance band, an index into <see cref="NearbyDistanceBands"/> (0 "&lt; 500 m" … 10 "500 km+").</summary>
    [JsonPropertyName("b"), DataMember(Name = "b")]
    public int Band { get; set; }
}

/// <summary>
/// The distance ranges of the nearby list (spec §7) by band index, as the full list's <see cref="DistanceRangeDto"/>
/// shows them: band i covers [<see cref="MinMeters"/>[i], <see cref="MaxMeters"/>[i]); the last is open-ended.
/// </summary>
public static class NearbyDistanceBands
{
    private static readonly double[] Max = [500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];

    private static readonly string[] Labels =
    [
        "< 500 m", "500 m – 1 km", "1–2 km", "2–5 km", "5–10 km", "10–20 km", "20–50 km", "50–100 km", "100–200 km", "200–500 km", "500 km+",
    ];

    private static readonly DistanceRangeDto[] Ranges = [.. Enumerable.Range(0, Labels.Length).Select(Create)];

    public static int Count => Labels.Length;

    /// <summary>The band of a distance between two cells.</summary>
    public static int Of(double meters)
    {
        for (var i = 0; i < Max.Length; i++)
        {
            if (meters < Max[i])
            {
                return i;
            }
        }

        return Max.Length;
    }

    public static double MinMeters(int band) => band == 0 ? 0 : Max[band - 1];

    public static double? MaxMeters(int band) => band < Max.Length ? Max[band] : null;

    public static string Label(int band) => Labels[band];

    /// <summary>The band as the full list writes it (a new object: DTOs are mutable).</summary>
    public static DistanceRangeDto ToDto(int band)
    {
        var range = Ranges[band];
        return new DistanceRangeDto { MinMeters = range.MinMeters, MaxMeters = range.MaxMeters, Label = range.Label };
    }

    private static DistanceRangeDto Create(int band) => new() { MinMeters = MinMeters(band), MaxMeters = MaxMeters(band), Label = Labels[band] };
}
