namespace Moyeora.Locations;

/// <summary>How long ago someone was last seen, as shown to others (spec §2).</summary>
public enum LastSeenBucket
{
    /// <summary>Within the last minute.</summary>
    Now = 0,
    Minutes = 1,
    Hours = 2,
    Days = 3,
}
