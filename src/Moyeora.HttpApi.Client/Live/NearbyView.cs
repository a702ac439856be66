using Moyeora.Locations;

namespace Moyeora.Live;

/// <summary>
/// A client's nearby list rebuilt from <c>nearbyDelta</c> messages (<see cref="NearbyDeltaDto"/>): after each
/// <see cref="Apply"/>, <see cref="ToList"/> is the very list a full <c>nearby</c> push would have carried (same people,
/// same values, same order). Not thread-safe: apply deltas in the order they arrive.
/// </summary>
public sealed class NearbyView(Guid viewerId)
{
    private readonly Dictionary<Guid, NearbyDeltaPersonDto> _people = [];
    private long _sequence;
    private bool _synced;
    private double _latitude;
    private double _longitude;
    private int _cellLatitudeE6;
    private int _cellLongitudeE6;

    public Guid ViewerId { get; } = viewerId;

    /// <summary>When the last applied list was made (UTC).</summary>
    public DateTime At { get; private set; }

    public double RadiusMeters { get; private set; }

    /// <summary>True once a full delta was applied and no delta has been missed since.</summary>
    public bool InSync => _synced;

    public int Count => _people.Count + (_synced ? 1 : 0);

    /// <summary>
    /// Applies the next delta. False (and the view no longer <see cref="InSync"/>) when it does not follow the last one:
    /// the client should call <c>UseNearbyDeltas(true)</c> again to get a full one.
    /// </summary>
    public bool Apply(NearbyDeltaDto delta)
    {
        if (delta.Full)
        {
            _people.Clear();
            _synced = true;
        }
        else if (!_synced || delta.Sequence != _sequence + 1)
        {
            _synced = false;
            return false;
        }

        _sequence = delta.Sequence;
        At = DateTimeOffset.FromUnixTimeMilliseconds(delta.AtUnixMs).UtcDateTime;
        RadiusMeters = delta.RadiusMeters;
        if (delta.Self is [var latitude, var longitude])
        {
            (_latitude, _longitude) = (latitude, longitude);
        }

        if (delta.SelfCell is [var cellLatitude, var cellLongitude])
        {
            (_cellLatitudeE6, _cellLongitudeE6) = (cellLatitude, cellLongitude);
        }

        foreach (var id in delta.Removed)
        {
            _people.Remove(id);
        }

        foreach (var person in delta.Upserted)
        {
            _people[person.UserId] = person;
        }

        return true;
    }

    /// <summary>The list as a full push writes it: the viewer first (exact), then the others nearest cells first, ties by id.</summary>
    public NearbyPeopleDto ToList()
    {
        var viewerLatitude = _cellLatitudeE6 / 1e6;
        var viewerLongitude = _cellLongitudeE6 / 1e6;
        var others = _people.Values
            .Select(p => (Distance: GeoMath.DistanceMeters(viewerLatitude, viewerLongitude, p.LatitudeE6 / 1e6, p.LongitudeE6 / 1e6), Person: p))
            .ToList();
        others.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Person.UserId.CompareTo(b.Person.UserId));
        var list = new List<NearbyPersonDto>(others.Count + 1);
        if (_synced)
        {
            list.Add(new NearbyPersonDto { UserId = ViewerId, Relationship = Relationship.Self, LastSeen = LastSeenBucket.Now, Latitude = _latitude, Longitude = _longitude });
        }

        list.AddRange(others.Select(o => new NearbyPersonDto
        {
            UserId = o.Person.UserId,
            Relationship = (Relationship)o.Person.Relationship,
            LastSeen = (LastSeenBucket)o.Person.LastSeen,
            Latitude = o.Person.LatitudeE6 / 1e6,
            Longitude = o.Person.LongitudeE6 / 1e6,
            Distance = NearbyDistanceBands.ToDto(o.Person.Band),
        }));
        return new NearbyPeopleDto { At = At, RadiusMeters = RadiusMeters, People = list };
    }
}
