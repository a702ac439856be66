using Moyeora.Hosting;
using Moyeora.Locations;
using Moyeora.TestBase.Servers;
using StackExchange.Redis;

namespace Moyeora.HttpApi.Tests;

/// <summary>One contract for both geo stores: the embedded in-memory index and Redis GEO sets.</summary>
public abstract class GeoStore_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    protected abstract IGeoStore Store { get; }

    // Seoul City Hall, and points straight north of it at known distances (1° of latitude ≈ 111.2 km).
    private const double Lat = 37.5663;
    private const double Lng = 126.9779;

    private static double North(double meters) => Lat + meters / 111_195.0;

    private Task PutAsync(Guid id, double lat, double lng, DateTime? at = null) => Store.SetAsync(new UserPosition(id, lat, lng, at ?? Now));

    [Fact]
    public async Task Search_Finds_The_Nearest_Within_The_Radius_In_Order()
    {
        var (near, nearer, far) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await PutAsync(near, North(900), Lng);
        await PutAsync(nearer, North(300), Lng);
        await PutAsync(far, North(2500), Lng);

        var found = await Store.SearchAsync(Lat, Lng, 2000, 50, Now.AddMinutes(-10));
        found.Select(p => p.UserId).ShouldBe([nearer, near]);
        found[0].DistanceMeters.ShouldBe(300, 2);
        found[1].DistanceMeters.ShouldBe(900, 2);
    }

    [Fact]
    public async Task Search_Returns_At_Most_Count()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            await PutAsync(ids[i], North(1000 + i * 10), Lng + 1);
        }

        var found = await Store.SearchAsync(North(1000), Lng + 1, 5000, 5, Now.AddMinutes(-10));
        found.Select(p => p.UserId).ShouldBe(ids.Take(5));
    }

    [Fact]
    public async Task Search_Ignores_Stale_Positions_And_Expiry_Removes_Them()
    {
        var (fresh, stale) = (Guid.NewGuid(), Guid.NewGuid());
        await PutAsync(stale, Lat - 1, Lng, Now.AddMinutes(-11));
        await PutAsync(fresh, Lat - 1 + 0.001, Lng, Now);

        (await Store.SearchAsync(Lat - 1, Lng, 1000, 10, Now.AddMinutes(-10))).Select(p => p.UserId).ShouldBe([fresh]);
        (await Store.RemoveStaleAsync(Now.AddMinutes(-10))).ShouldBeGreaterThanOrEqualTo(1);
        (await Store.GetAsync(stale)).ShouldBeNull();
        (await Store.GetAsync(fresh)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_New_Report_Moves_The_User()
    {
        var user = Guid.NewGuid();
        await PutAsync(user, Lat + 2, Lng);
        await PutAsync(user, Lat + 3, Lng, Now.AddSeconds(5));
        (await Store.SearchAsync(Lat + 2, Lng, 1000, 10, Now.AddMinutes(-10))).ShouldNotContain(p => p.UserId == user);
        (await Store.SearchAsync(Lat + 3, Lng, 1000, 10, Now.AddMinutes(-10))).Single(p => p.UserId == user).ReportedAt.ShouldBe(Now.AddSeconds(5));
        var stored = await Store.GetAsync(user);
        stored!.Latitude.ShouldBe(Lat + 3, 0.00001);
    }

    [Fact]
    public async Task The_Friends_Only_Mark_Travels_With_The_Position_And_Can_Be_Lifted()
    {
        var user = Guid.NewGuid();
        await Store.SetAsync(new UserPosition(user, Lat + 5, Lng, Now, FriendsOnly: true));
        (await Store.SearchAsync(Lat + 5, Lng, 1000, 10, Now.AddMinutes(-10))).Single(p => p.UserId == user).FriendsOnly.ShouldBeTrue();
        (await Store.GetAsync(user))!.FriendsOnly.ShouldBeTrue();
        await Store.SetAsync(new UserPosition(user, Lat + 5, Lng, Now.AddSeconds(3)));
        (await Store.SearchAsync(Lat + 5, Lng, 1000, 10, Now.AddMinutes(-10))).Single(p => p.UserId == user).FriendsOnly.ShouldBeFalse();
    }

    [Fact]
    public async Task Remove_Forgets_The_User()
    {
        var user = Guid.NewGuid();
        await PutAsync(user, Lat + 4, Lng);
        await Store.RemoveAsync(user);
        (await Store.GetAsync(user)).ShouldBeNull();
        (await Store.SearchAsync(Lat + 4, Lng, 1000, 10, Now.AddMinutes(-10))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_Works_Across_The_Antimeridian_And_Over_700_Km()
    {
        var (east, west) = (Guid.NewGuid(), Guid.NewGuid());
        await PutAsync(east, 10, 179.999);
        await PutAsync(west, 10, -179.999);
        (await Store.SearchAsync(10, 179.9995, 1000, 10, Now.AddMinutes(-10))).Select(p => p.UserId).ShouldBe([east, west], ignoreOrder: true);

        var busan = Guid.NewGuid();
        await PutAsync(busan, 35.1798, 129.0750);
        (await Store.SearchAsync(Lat, Lng, 700_000, 50, Now.AddMinutes(-10))).ShouldContain(p => p.UserId == busan);
        (await Store.SearchAsync(Lat, Lng, 300_000, 50, Now.AddMinutes(-10))).ShouldNotContain(p => p.UserId == busan);
    }

    [Fact]
    public async Task Count_Counts_Fresh_Positions_Once_Per_Person()
    {
        var (moving, other, stale) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await PutAsync(moving, Lat + 2, Lng);
        await PutAsync(moving, Lat + 2.01, Lng); // the same person moved: still one
        await PutAsync(other, Lat - 2, Lng + 1, Now.AddMinutes(-3));
        await PutAsync(stale, Lat + 2, Lng + 1, Now.AddMinutes(-11));

        (await Store.CountAsync(Now.AddMinutes(-10))).ShouldBe(2);
        (await Store.CountAsync(Now.AddMinutes(-1))).ShouldBe(1);
        await Store.RemoveAsync(moving);
        (await Store.CountAsync(Now.AddMinutes(-10))).ShouldBe(1);
    }

    [Fact]
    public async Task Invalid_Coordinates_Are_Refused()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => PutAsync(Guid.NewGuid(), 91, 0));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => PutAsync(Guid.NewGuid(), 0, double.NaN));
    }
}

public sealed class InMemoryGeoStore_Tests : GeoStore_Tests
{
    protected override IGeoStore Store { get; } = new InMemoryGeoStore();
}

public sealed class RedisGeoStore_Tests : GeoStore_Tests, IAsyncLifetime
{
    private ConnectionMultiplexer? _redis;

    protected override IGeoStore Store => new RedisGeoStore(_redis!, "test:" + GetType().Name + ":" + _prefix);

    private readonly string _prefix = Guid.NewGuid().ToString("N");

    public async Task InitializeAsync() =>
        _redis = await ConnectionMultiplexer.ConnectAsync((await RedisServer.GetAsync()).Configuration);

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.CloseAsync();
            _redis.Dispose();
        }
    }
}

/// <summary>The cluster's store: one replica's writes are searched on another, and a node started later loads a snapshot.</summary>
public sealed class ReplicatedGeoStore_Tests : GeoStore_Tests, IAsyncLifetime
{
    private readonly string _prefix = "test:replicated:" + Guid.NewGuid().ToString("N") + ":";
    private readonly List<ReplicatedGeoStore> _replicas = [];
    private readonly List<RedisConnection> _otherConnections = [];
    private RedisConnection _redis = null!;

    protected override IGeoStore Store => _replicas[0];

    public async Task InitializeAsync()
    {
        _redis = new RedisConnection((await RedisServer.GetAsync()).Configuration, _prefix);
        await StartReplicaAsync();
        await StartReplicaAsync();
    }

    private async Task<ReplicatedGeoStore> StartReplicaAsync(RedisConnection? redis = null)
    {
        var replica = new ReplicatedGeoStore(redis ?? _redis, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReplicatedGeoStore>.Instance);
        await replica.StartAsync(CancellationToken.None);
        for (var i = 0; i < 100 && !replica.IsSubscribed; i++)
        {
            await Task.Delay(50);
        }

        replica.IsSubscribed.ShouldBeTrue();
        _replicas.Add(replica);
        return replica;
    }

    [Fact]
    public async Task A_Report_To_One_Node_Is_Searched_On_Another_And_A_New_Node_Starts_With_It()
    {
        var (a, b) = (_replicas[0], _replicas[1]);
        var user = Guid.NewGuid();
        var now = DateTime.UtcNow;
        await a.SetAsync(new UserPosition(user, 33.45, 126.56, now, FriendsOnly: true));
        IReadOnlyList<NearbyPosition> seen = [];
        for (var i = 0; i < 100 && seen.Count == 0; i++)
        {
            seen = await b.SearchAsync(33.45, 126.56, 500, 10, now.AddMinutes(-10));
            await Task.Delay(20);
        }

        seen.Single().UserId.ShouldBe(user);
        seen.Single().FriendsOnly.ShouldBeTrue();

        var late = await StartReplicaAsync();
        (await late.SearchAsync(33.45, 126.56, 500, 10, now.AddMinutes(-10))).Single().UserId.ShouldBe(user);

        await b.RemoveAsync(user);
        for (var i = 0; i < 100 && ((await a.GetAsync(user)) is not null || (await late.GetAsync(user)) is not null); i++)
        {
            await Task.Delay(20);
        }

        (await a.GetAsync(user)).ShouldBeNull();
        (await late.GetAsync(user)).ShouldBeNull();
    }

    [Fact]
    public async Task A_Deployment_With_Another_Prefix_On_The_Same_Redis_Neither_Sees_Nor_Counts_These_Positions()
    {
        var otherRedis = new RedisConnection(_redis.Multiplexer.Configuration, "test:replicated-other:" + Guid.NewGuid().ToString("N") + ":");
        _otherConnections.Add(otherRedis);
        var other = await StartReplicaAsync(otherRedis);
        var (here, there) = (Guid.NewGuid(), Guid.NewGuid());
        var now = DateTime.UtcNow;
        await _replicas[0].SetAsync(new UserPosition(here, 33.45, 126.56, now, FriendsOnly: false));
        await other.SetAsync(new UserPosition(there, 33.45, 126.56, now, FriendsOnly: false));
        for (var i = 0; i < 100 && (await _replicas[1].GetAsync(here)) is null; i++)
        {
            await Task.Delay(20);
        }

        (await _replicas[1].SearchAsync(33.45, 126.56, 500, 10, now.AddMinutes(-10))).Select(p => p.UserId).ShouldBe([here]);
        (await _replicas[1].CountAsync(now.AddMinutes(-10))).ShouldBe(1);
        (await other.SearchAsync(33.45, 126.56, 500, 10, now.AddMinutes(-10))).Select(p => p.UserId).ShouldBe([there]);
        var late = await StartReplicaAsync(otherRedis);
        (await late.CountAsync(now.AddMinutes(-10))).ShouldBe(1, "a node of the other deployment loads only its own snapshot");
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.StopAsync(CancellationToken.None);
        }

        _otherConnections.ForEach(c => c.Dispose());
        _redis.Dispose();
    }
}
