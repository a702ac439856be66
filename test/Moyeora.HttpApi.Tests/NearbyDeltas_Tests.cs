using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Profile;
using Moyeora.Users;

namespace Moyeora.HttpApi.Tests;

/// <summary>Nearby deltas (issue 17) without a host: what the server works out, applied by the client's <see cref="NearbyView"/>.</summary>
public sealed class NearbyDeltas_Tests
{
    private static readonly Guid Viewer = Guid.NewGuid();

    [Fact]
    public void Distance_Bands_Are_The_Ranges_Of_The_Full_List()
    {
        NearbyDistanceBands.Count.ShouldBe(11);
        foreach (var meters in new double[] { 0, 1, 499.9, 500, 999, 1_000, 1_999, 2_000, 4_999, 5_000, 9_999, 10_000, 19_999, 20_000, 49_999, 50_000, 99_999, 100_000, 199_999, 200_000, 499_999, 500_000, 700_000 })
        {
            var range = LocationPrivacy.RangeOf(meters);
            var band = NearbyDistanceBands.ToDto(NearbyDistanceBands.Of(meters));
            (band.MinMeters, band.MaxMeters, band.Label).ShouldBe((range.MinMeters, range.MaxMeters, range.Label), $"at {meters} m");
        }
    }

    [Fact]
    public void Cell_Centres_In_Micro_Degrees_Give_Back_The_Very_Same_Doubles()
    {
        var random = new Random(3);
        for (var i = 0; i < 100_000; i++)
        {
            var (lat, lng) = LocationPrivacy.Snap((random.NextDouble() - 0.5) * 170, (random.NextDouble() - 0.5) * 360);
            (NearbyPeopleFinder.ToE6(lat) / 1e6).ShouldBe(lat);
            (NearbyPeopleFinder.ToE6(lng) / 1e6).ShouldBe(lng);
        }
    }

    [Fact]
    public void Applied_Deltas_Give_The_Full_List_Through_Moves_Relation_Changes_And_Removals()
    {
        var random = new Random(11);
        var world = Enumerable.Range(0, 120).Select(_ => new Walker(Guid.NewGuid(), 37.55 + random.NextDouble() * 0.03, 126.97 + random.NextDouble() * 0.03,
            (Relationship)random.Next(1, 4), LastSeenBucket.Now, Visible: true)).ToList();
        var (viewerLat, viewerLng) = (37.565, 126.985);
        NearbySentState? state = null;
        var view = new NearbyView(Viewer);
        var sent = 0;
        for (var step = 0; step < 400; step++)
        {
            // Everyone takes a step; now and then a relation changes, someone hides or comes back, a bucket ages.
            for (var i = 0; i < world.Count; i++)
            {
                var w = world[i];
                w = w with { Latitude = w.Latitude + (random.NextDouble() - 0.5) * 0.0004, Longitude = w.Longitude + (random.NextDouble() - 0.5) * 0.0005 };
                if (random.NextDouble() < 0.01)
                {
                    w = w with { Relationship = (Relationship)random.Next(1, 4) };
                }

                if (random.NextDouble() < 0.01)
                {
                    w = w with { Visible = !w.Visible };
                }

                if (random.NextDouble() < 0.01)
                {
                    w = w with { LastSeen = (LastSeenBucket)random.Next(0, 4) };
                }

                world[i] = w;
            }

            (viewerLat, viewerLng) = (viewerLat + (random.NextDouble() - 0.5) * 0.002, viewerLng + (random.NextDouble() - 0.5) * 0.002);
            if (step % 50 == 25)
            {
                // The whole town changes relations at once (relations reloaded): more than the list holds changes.
                world = [.. world.Select(w => w with { Relationship = w.Relationship == Relationship.Friend ? Relationship.Stranger : Relationship.Friend })];
            }

            var radius = step < 200 ? 2_000 : 1_000;
            var snapshot = Snapshot(world, viewerLat, viewerLng, radius);
            var (delta, next) = NearbyDeltas.Next(state, snapshot, epoch: 1, evenIfEmpty: false);
            state = next;
            if (delta is null)
            {
                continue;
            }

            sent++;
            if (step == 0 || step == 200)
            {
                delta.Full.ShouldBeTrue("the first delta, and the first after a radius change, are full");
            }

            // Through the wire format and back, as a client reads it.
            var read = JsonSerializer.Deserialize<NearbyDeltaDto>(JsonSerializer.Serialize(delta, LiveClient.PayloadOptions), LiveClient.PayloadOptions)!;
            view.Apply(read).ShouldBeTrue();
            Json(view.ToList()).ShouldBe(Json(snapshot.ToDto()), $"step {step}");
        }

        sent.ShouldBeGreaterThan(300);
    }

    [Fact]
    public void Nothing_New_Sends_Nothing_Unless_Asked_And_A_Missed_Delta_Is_Noticed()
    {
        var world = new List<Walker> { new(Guid.NewGuid(), 37.5663, 126.9779, Relationship.Friend, LastSeenBucket.Now, true) };
        var snapshot = Snapshot(world, 37.566, 126.978, 2_000);
        var (first, state) = NearbyDeltas.Next(null, snapshot, epoch: 1, evenIfEmpty: false);
        first!.Sequence.ShouldBe(1);
        first.Full.ShouldBeTrue();
        first.Upserted.Count.ShouldBe(1);

        var (same, sameState) = NearbyDeltas.Next(state, snapshot, epoch: 1, evenIfEmpty: false);
        same.ShouldBeNull("a timed push with nothing new is not sent");
        sameState.ShouldBeSameAs(state);
        var (acknowledged, acknowledgedState) = NearbyDeltas.Next(state, snapshot, epoch: 1, evenIfEmpty: true);
        acknowledged!.Full.ShouldBeFalse();
        acknowledged.Sequence.ShouldBe(2);
        acknowledged.Upserted.ShouldBeEmpty();
        acknowledged.Removed.ShouldBeEmpty();
        acknowledged.Self.ShouldBeNull();
        acknowledged.SelfCell.ShouldBeNull();

        var view = new NearbyView(Viewer);
        view.Apply(first).ShouldBeTrue();
        var moved = Snapshot([world[0] with { Latitude = 37.58 }], 37.566, 126.978, 2_000);
        var (missed, missedState) = NearbyDeltas.Next(acknowledgedState, moved, epoch: 1, evenIfEmpty: false);
        missed!.Sequence.ShouldBe(3);
        view.Apply(missed).ShouldBeFalse("sequence 2 never arrived");
        view.InSync.ShouldBeFalse();

        var (restarted, _) = NearbyDeltas.Next(missedState, moved, epoch: 2, evenIfEmpty: false);
        restarted!.Full.ShouldBeTrue("opting in again starts over");
        restarted.Sequence.ShouldBe(1);
        view.Apply(restarted).ShouldBeTrue();
        Json(view.ToList()).ShouldBe(Json(moved.ToDto()));
    }

    [Fact]
    public void What_A_Node_Keeps_Per_Connection_Is_Small()
    {
        var random = new Random(5);
        var world = Enumerable.Range(0, 60).Select(_ => new Walker(Guid.NewGuid(), 37.56 + random.NextDouble() * 0.01, 126.97 + random.NextDouble() * 0.01,
            Relationship.Stranger, LastSeenBucket.Now, true)).ToList();
        var snapshot = Snapshot(world, 37.565, 126.975, 2_000);
        snapshot.Others.Length.ShouldBe(50);

        var state = NearbyDeltas.Next(null, snapshot, epoch: 1, evenIfEmpty: false).State;
        state.Count.ShouldBe(50);
        state.ApproximateBytes.ShouldBe(80 + 32 + 50 * 28, "28 bytes a person: 50 people take about 1.5 KB a connection, 30 MB at 20,000 connections");
    }

    private static string Json(NearbyPeopleDto list) => JsonSerializer.Serialize(list, LiveClient.PayloadOptions);

    private sealed record Walker(Guid Id, double Latitude, double Longitude, Relationship Relationship, LastSeenBucket LastSeen, bool Visible);

    /// <summary>The list as the finder makes it: cells, nearest cells first (ties by id), at most 50, within the radius.</summary>
    private static NearbySnapshot Snapshot(IEnumerable<Walker> world, double latitude, double longitude, double radius)
    {
        var (cellLat, cellLng) = LocationPrivacy.Snap(latitude, longitude);
        var others = world.Where(w => w.Visible)
            .Select(w => (Walker: w, Cell: LocationPrivacy.Snap(w.Latitude, w.Longitude)))
            .Select(x => (x.Walker, x.Cell, Distance: GeoMath.DistanceMeters(cellLat, cellLng, x.Cell.Latitude, x.Cell.Longitude)))
            .Where(x => x.Distance <= radius)
            .OrderBy(x => x.Distance).ThenBy(x => x.Walker.Id)
            .Take(50)
            .Select(x => new NearbyEntry(x.Walker.Id, x.Walker.Relationship, x.Walker.LastSeen, NearbyPeopleFinder.ToE6(x.Cell.Latitude),
                NearbyPeopleFinder.ToE6(x.Cell.Longitude), (byte)NearbyDistanceBands.Of(x.Distance)))
            .ToArray();
        return new NearbySnapshot
        {
            At = new DateTime(2026, 12, 1, 5, 0, 0, DateTimeKind.Utc), RadiusMeters = radius, ViewerId = Viewer, Latitude = latitude, Longitude = longitude,
            CellLatitudeE6 = NearbyPeopleFinder.ToE6(cellLat), CellLongitudeE6 = NearbyPeopleFinder.ToE6(cellLng), Others = others,
        };
    }
}

/// <summary>Nearby deltas and the MessagePack protocol through the real host over real WebSockets.</summary>
public sealed class NearbyDeltasHub_Tests(FastReportsLiveHostFactory factory) : IClassFixture<FastReportsLiveHostFactory>
{
    private const double Lat = 37.5663 + 11; // away from the other live tests' people
    private const double Lng = 126.9779;

    public static TheoryData<LiveProtocol> Protocols => [LiveProtocol.Json, LiveProtocol.MessagePack];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Applied_Deltas_Equal_The_Full_List_Through_Moves_Blocks_And_Ghosts(LiveProtocol protocol)
    {
        var lat = Lat + (protocol == LiveProtocol.Json ? 0 : 0.5);
        var admin = await factory.CreateAdminClientAsync();
        var (_, viewer) = await factory.NewUserAsync();
        await using var viewerLive = await LiveClient.ConnectAsync(factory.Root, viewer.AccessToken, new LiveClientOptions { Protocol = protocol, NearbyDeltas = true });
        var others = new List<(Moyeora.ClientProxies.MoyeoraApiClient Api, Moyeora.Account.AuthTokensDto Tokens, LiveClient Live)>();
        for (var i = 0; i < 6; i++)
        {
            others.Add(await factory.ConnectNewUserAsync(admin));
        }

        try
        {
            var view = new NearbyView(viewer.UserId);
            var random = new Random(protocol == LiveProtocol.Json ? 1 : 2);
            for (var step = 0; step < 8; step++)
            {
                foreach (var (_, _, live) in others)
                {
                    await live.InvokeAsync("ReportPosition", lat + (random.NextDouble() - 0.5) * 0.01, Lng + (random.NextDouble() - 0.5) * 0.01);
                }

                switch (step)
                {
                    case 3:
                        await others[0].Api.Blocks.BlockAsync(viewer.UserId); // a relation change: gone from the very next push
                        break;
                    case 4:
                        await others[1].Live.InvokeAsync("SetVisibility", "nobody", null); // ghost: removed
                        break;
                    case 5:
                        await others[0].Api.Blocks.UnblockAsync(viewer.UserId);
                        await others[1].Api.Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Everyone });
                        break;
                    case 6:
                        await viewerLive.InvokeAsync("SetRadius", 500.0); // a radius change: full again
                        break;
                }

                var (myLat, myLng) = (lat + (random.NextDouble() - 0.5) * 0.004, Lng + (random.NextDouble() - 0.5) * 0.004);
                (await viewerLive.InvokeAsync<ReportPositionResultDto>("ReportPosition", myLat, myLng))!.Accepted.ShouldBeTrue();
                var full = false;
                while (viewerLive.HasPending(LiveClientMethods.NearbyDelta))
                {
                    var delta = await viewerLive.NextAsync<NearbyDeltaDto>(LiveClientMethods.NearbyDelta);
                    full |= delta.Full;
                    view.Apply(delta).ShouldBeTrue($"step {step}: deltas arrive in sequence");
                }

                if (step is 0 or 6)
                {
                    full.ShouldBeTrue($"step {step}: the first delta and the one after a radius change are full");
                }

                var expected = await FullListAsync(viewer.UserId, myLat, myLng, step >= 6 ? 500 : 2_000);
                var applied = view.ToList();
                JsonSerializer.Serialize(applied.People, LiveClient.PayloadOptions).ShouldBe(JsonSerializer.Serialize(expected.People, LiveClient.PayloadOptions), $"step {step}");
                applied.RadiusMeters.ShouldBe(expected.RadiusMeters);
                applied.At.ShouldBe(expected.At, TimeSpan.FromMilliseconds(1), "the delta's time is in whole milliseconds");
                expected.People.Count.ShouldBeGreaterThan(1);
                if (step == 3)
                {
                    view.ToList().People.ShouldNotContain(p => p.UserId == others[0].Tokens.UserId);
                }

                if (step == 4)
                {
                    view.ToList().People.ShouldNotContain(p => p.UserId == others[1].Tokens.UserId);
                }
            }

            viewerLive.HasPending(LiveClientMethods.Nearby).ShouldBeFalse("a connection on deltas gets no full lists");
            viewerLive.ReceivedBytes(LiveClientMethods.NearbyDelta).ShouldBeGreaterThan(0);
        }
        finally
        {
            foreach (var (_, _, live) in others)
            {
                await live.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Over_MessagePack_Pushes_Results_And_Refusals_Read_As_Over_Json()
    {
        var (_, user) = await factory.NewUserAsync();
        await using var live = await LiveClient.ConnectAsync(factory.Root, user.AccessToken, new LiveClientOptions { Protocol = LiveProtocol.MessagePack });
        live.Protocol.ShouldBe(LiveProtocol.MessagePack);
        live.Connection.UserId.ShouldBe(user.UserId);
        live.Connection.Visibility.ShouldBe(LocationVisibility.Everyone);

        (await live.InvokeAsync<ReportPositionResultDto>("ReportPosition", Lat + 2, Lng))!.Accepted.ShouldBeTrue();
        var nearby = await live.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby);
        nearby.At.Kind.ShouldBe(DateTimeKind.Utc);
        nearby.At.ShouldBe(factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(1));
        nearby.People[0].UserId.ShouldBe(user.UserId);
        nearby.People[0].Relationship.ShouldBe(Relationship.Self);
        nearby.People[0].Latitude.ShouldBe(Lat + 2);
        nearby.People[0].Distance.ShouldBeNull();
        (await live.InvokeAsync("ReportPosition", Lat + 2, Lng)).GetProperty("accepted").GetBoolean().ShouldBeTrue("the untyped result reads as the JSON one (camelCase)");

        var refusal = await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("SetRadius", 99.0));
        refusal.Code.ShouldBe(MoyeoraErrorCodes.InvalidRadius);
        refusal.Errors.Keys.ShouldContain("meters");
        (await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("SetRadius", "far"))).Code.ShouldNotBeNullOrEmpty();

        var signals = 0;
        live.OnSignal(LiveClientMethods.NearbyDelta, () => Interlocked.Increment(ref signals));
        await live.InvokeAsync("UseNearbyDeltas", true);
        signals.ShouldBe(1, "turning deltas on sends a full one at once; a load tool may count it without reading it");
        live.ReceivedBytes(LiveClientMethods.NearbyDelta).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_Client_Without_Deltas_Still_Gets_Full_Lists_And_Can_Switch_Back()
    {
        var (_, user) = await factory.NewUserAsync();
        await using var live = await LiveClient.ConnectAsync(factory.Root, user.AccessToken);
        await live.InvokeAsync("ReportPosition", Lat + 3, Lng);
        (await live.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People[0].UserId.ShouldBe(user.UserId);
        live.HasPending(LiveClientMethods.NearbyDelta).ShouldBeFalse();

        await live.InvokeAsync("UseNearbyDeltas", true);
        (await live.NextAsync<NearbyDeltaDto>(LiveClientMethods.NearbyDelta)).ShouldSatisfyAllConditions(d => d.Full.ShouldBeTrue(), d => d.Sequence.ShouldBe(1));
        await live.InvokeAsync("UseNearbyDeltas", false);
        (await live.NextAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People[0].UserId.ShouldBe(user.UserId);
    }

    private async Task<NearbyPeopleDto> FullListAsync(Guid viewerId, double latitude, double longitude, double radius)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var relations = await scope.ServiceProvider.GetRequiredService<RelationsLoader>().LoadAsync(viewerId);
        return await factory.Services.GetRequiredService<NearbyPeopleFinder>().FindAsync(viewerId, latitude, longitude, radius, relations);
    }
}
