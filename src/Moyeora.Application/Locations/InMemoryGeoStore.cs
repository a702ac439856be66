namespace Moyeora.Locations;

/// <summary>
/// The embedded default's geo store: positions bucketed in a grid of 0.01° cells (about 1 km), so a
/// search visits only the cells its circle covers — or, for a huge radius, only the cells that hold
/// anyone — never every user.
/// </summary>
public sealed class InMemoryGeoStore : IGeoStore
{
    private const double CellDegrees = 0.01;

    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, UserPosition> _positions = [];
    private readonly Dictionary<(int X, int Y), Dictionary<Guid, UserPosition>> _cells = [];

    public Task SetAsync(UserPosition position, CancellationToken cancellationToken = default)
    {
        if (!GeoMath.IsValid(position.Latitude, position.Longitude))
        {
            throw new ArgumentOutOfRangeException(nameof(position), "Latitude must be within ±90 and longitude within ±180.");
        }

        lock (_lock)
        {
            RemoveLocked(position.UserId);
            _positions[position.UserId] = position;
            var cell = CellOf(position.Latitude, position.Longitude);
            if (!_cells.TryGetValue(cell, out var members))
            {
                _cells[cell] = members = [];
            }

            members[position.UserId] = position;
        }

        return Task.CompletedTask;
    }

    /// <summary>Stores the position unless a newer one of the same user is already here (replicas apply updates out of order).</summary>
    public void ApplyIfNewer(UserPosition position)
    {
        lock (_lock)
        {
            if (_positions.TryGetValue(position.UserId, out var current) && current.ReportedAt > position.ReportedAt)
            {
                return;
            }
        }

        SetAsync(position);
    }

    public Task<UserPosition?> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_positions.GetValueOrDefault(userId));
        }
    }

    public Task RemoveAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            RemoveLocked(userId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<NearbyPosition>> SearchAsync(double latitude, double longitude, double radiusMeters, int count, DateTime freshSince, CancellationToken cancellationToken = default)
    {
        if (count <= 0)
        {
            return Task.FromResult<IReadOnlyList<NearbyPosition>>([]);
        }

        var box = GeoMath.BoundingBox(latitude, longitude, radiusMeters);
        // Matches are gathered as values and only the nearest become objects: a search touches hundreds.
        var found = new List<(double Distance, UserPosition Position)>(64);
        lock (_lock)
        {
            foreach (var cell in CellsIn(box))
            {
                foreach (var position in _cells[cell].Values)
                {
                    if (position.ReportedAt < freshSince || !box.Contains(position.Latitude, position.Longitude))
                    {
                        continue;
                    }

                    var distance = GeoMath.DistanceMeters(latitude, longitude, position.Latitude, position.Longitude);
                    if (distance <= radiusMeters)
                    {
                        found.Add((distance, position));
                    }
                }
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Position.UserId.CompareTo(b.Position.UserId));
        var nearest = new NearbyPosition[Math.Min(count, found.Count)];
        for (var i = 0; i < nearest.Length; i++)
        {
            var (distance, p) = found[i];
            nearest[i] = new NearbyPosition(p.UserId, p.Latitude, p.Longitude, distance, p.ReportedAt, p.FriendsOnly);
        }

        return Task.FromResult<IReadOnlyList<NearbyPosition>>(nearest);
    }

    public Task<int> CountAsync(DateTime freshSince, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var count = 0;
            foreach (var position in _positions.Values)
            {
                if (position.ReportedAt >= freshSince)
                {
                    count++;
                }
            }

            return Task.FromResult(count);
        }
    }

    public Task<int> RemoveStaleAsync(DateTime olderThan, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var stale = _positions.Values.Where(p => p.ReportedAt < olderThan).Select(p => p.UserId).ToList();
            stale.ForEach(RemoveLocked);
            return Task.FromResult(stale.Count);
        }
    }

    private IEnumerable<(int X, int Y)> CellsIn(GeoBox box)
    {
        var (south, north) = ((int)Math.Floor(box.South / CellDegrees), (int)Math.Floor(box.North / CellDegrees));
        var ranges = box.West <= box.East
            ? new[] { ((int)Math.Floor(box.West / CellDegrees), (int)Math.Floor(box.East / CellDegrees)) }
            : [((int)Math.Floor(box.West / CellDegrees), (int)Math.Floor(180 / CellDegrees)), ((int)Math.Floor(-180 / CellDegrees), (int)Math.Floor(box.East / CellDegrees))];
        var cellsInBox = ranges.Sum(r => (long)(r.Item2 - r.Item1 + 1)) * (north - south + 1);

        // Whichever is smaller: the cells the box covers, or the cells that hold anyone.
        if (cellsInBox > _cells.Count)
        {
            return _cells.Keys.Where(c => c.Y >= south && c.Y <= north && ranges.Any(r => c.X >= r.Item1 && c.X <= r.Item2)).ToList();
        }

        var cells = new List<(int, int)>();
        foreach (var (west, east) in ranges)
        {
            for (var x = west; x <= east; x++)
            {
                for (var y = south; y <= north; y++)
                {
                    if (_cells.ContainsKey((x, y)))
                    {
                        cells.Add((x, y));
                    }
                }
            }
        }

        return cells;
    }

    private void RemoveLocked(Guid userId)
    {
        if (!_positions.Remove(userId, out var old))
        {
            return;
        }

        var cell = CellOf(old.Latitude, old.Longitude);
        if (_cells.TryGetValue(cell, out var members) && members.Remove(userId) && members.Count == 0)
        {
            _cells.Remove(cell);
        }
    }

    private static (int X, int Y) CellOf(double latitude, double longitude) =>
        ((int)Math.Floor(longitude / CellDegrees), (int)Math.Floor(latitude / CellDegrees));
}
