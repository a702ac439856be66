using System.Runtime.InteropServices;

namespace Moyeora.Live;

/// <summary>
/// What a connection was last sent in "nearbyDelta" messages, kept small (about 28 bytes a person: id, cell, and the
/// relationship, bucket and band packed in one int) because a node holds one per connection.
/// </summary>
public sealed class NearbySentState
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal readonly record struct Sent(Guid UserId, int LatitudeE6, int LongitudeE6, int Packed)
    {
        public static Sent Of(in NearbyEntry e) =>
            new(e.UserId, e.LatitudeE6, e.LongitudeE6, (int)e.Relationship | ((int)e.LastSeen << 8) | (e.Band << 16));
    }

    /// <summary>The connection's delta epoch this state belongs to (opting in again starts a new one).</summary>
    public int Epoch { get; init; }

    public long Sequence { get; init; }

    public double RadiusMeters { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public int CellLatitudeE6 { get; init; }

    public int CellLongitudeE6 { get; init; }

    /// <summary>Sorted by id.</summary>
    internal Sent[] People { get; init; } = [];

    public int Count => People.Length;

    /// <summary>Roughly what the state holds on the heap, for the memory estimate (object, array, entries).</summary>
    public int ApproximateBytes => 80 + 32 + (People.Length * Marshal.SizeOf<Sent>());
}

/// <summary>
/// Works out the next "nearbyDelta" of a connection from what it was last sent (see <see cref="NearbyDeltaDto"/>).
/// Pure: the caller keeps the returned state and sends the message, one push at a time per connection.
/// </summary>
public static class NearbyDeltas
{
    private static readonly Comparison<NearbySentState.Sent> ById = static (a, b) => a.UserId.CompareTo(b.UserId);

    /// <summary>
    /// The delta from <paramref name="previous"/> (null, or of another epoch: nothing known, so a full one) to
    /// <paramref name="snapshot"/>, and the state to keep. The message is null when nothing changed and
    /// <paramref name="evenIfEmpty"/> is false (a timed push with no news is not sent); the state is then unchanged.
    /// </summary>
    public static (NearbyDeltaDto? Message, NearbySentState State) Next(NearbySentState? previous, NearbySnapshot snapshot, int epoch, bool evenIfEmpty)
    {
        var current = new NearbySentState.Sent[snapshot.Others.Length];
        for (var i = 0; i < current.Length; i++)
        {
            current[i] = NearbySentState.Sent.Of(snapshot.Others[i]);
        }

        Array.Sort(current, ById);
        var known = previous is not null && previous.Epoch == epoch && previous.RadiusMeters.Equals(snapshot.RadiusMeters) ? previous : null;

        var upserted = new List<NearbyDeltaPersonDto>();
        var removed = new List<Guid>();
        if (known is not null)
        {
            var old = known.People;
            int i = 0, j = 0;
            while (i < old.Length || j < current.Length)
            {
                var order = i == old.Length ? 1 : j == current.Length ? -1 : old[i].UserId.CompareTo(current[j].UserId);
                if (order < 0)
                {
                    removed.Add(old[i++].UserId);
                }
                else if (order > 0)
                {
                    upserted.Add(ToDto(current[j++]));
                }
                else
                {
                    if (old[i] != current[j])
                    {
                        upserted.Add(ToDto(current[j]));
                    }

                    i++;
                    j++;
                }
            }
        }

        // When more changed than the list holds (relations reloaded, a jump across town), a full list is smaller.
        var full = known is null || upserted.Count + removed.Count > current.Length;
        if (full)
        {
            upserted.Clear();
            removed.Clear();
            foreach (var person in current)
            {
                upserted.Add(ToDto(person));
            }
        }

        var selfMoved = full || !known!.Latitude.Equals(snapshot.Latitude) || !known.Longitude.Equals(snapshot.Longitude);
        var cellMoved = full || known!.CellLatitudeE6 != snapshot.CellLatitudeE6 || known.CellLongitudeE6 != snapshot.CellLongitudeE6;
        if (!full && !selfMoved && !cellMoved && upserted.Count == 0 && removed.Count == 0 && !evenIfEmpty)
        {
            return (null, known!);
        }

        var sequence = (full ? 0 : known!.Sequence) + 1;
        var message = new NearbyDeltaDto
        {
            Sequence = sequence,
            Full = full,
            AtUnixMs = new DateTimeOffset(DateTime.SpecifyKind(snapshot.At, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
            RadiusMeters = snapshot.RadiusMeters,
            Self = selfMoved ? [snapshot.Latitude, snapshot.Longitude] : null,
            SelfCell = cellMoved ? [snapshot.CellLatitudeE6, snapshot.CellLongitudeE6] : null,
            Upserted = upserted,
            Removed = removed,
        };
        var state = new NearbySentState
        {
            Epoch = epoch, Sequence = sequence, RadiusMeters = snapshot.RadiusMeters, Latitude = snapshot.Latitude, Longitude = snapshot.Longitude,
            CellLatitudeE6 = snapshot.CellLatitudeE6, CellLongitudeE6 = snapshot.CellLongitudeE6, People = current,
        };
        return (message, state);
    }

    private static NearbyDeltaPersonDto ToDto(in NearbySentState.Sent s) => new()
    {
        UserId = s.UserId,
        Relationship = s.Packed & 0xFF,
        LastSeen = (s.Packed >> 8) & 0xFF,
        LatitudeE6 = s.LatitudeE6,
        LongitudeE6 = s.LongitudeE6,
        Band = (s.Packed >> 16) & 0xFF,
    };
}
