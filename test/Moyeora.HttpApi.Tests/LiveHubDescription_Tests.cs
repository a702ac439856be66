using System.Text.Json;
using Moyeora.Live;

namespace Moyeora.HttpApi.Tests;

/// <summary>The live hub is described machine-readably (AsyncAPI 3.0) for client generators and integrators.</summary>
public sealed class LiveHubDescription_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Fact]
    public async Task The_AsyncApi_Document_Describes_Every_Invocation_Every_Server_Message_And_The_Refusal()
    {
        using var response = await factory.CreateClient().GetAsync("/asyncapi/live.json");
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        root.GetProperty("asyncapi").GetString().ShouldBe("3.0.0");
        root.GetProperty("channels").GetProperty("live").GetProperty("address").GetString().ShouldBe("hubs/live");
        var messages = root.GetProperty("components").GetProperty("messages");

        foreach (var method in new[] { "ReportPosition", "SetRadius", "SetVisibility", "WatchArea", "SendChatMessage", "UseNearbyDeltas" })
        {
            var payload = messages.GetProperty("invoke" + method).GetProperty("payload");
            payload.GetProperty("type").GetString().ShouldBe("array");
            payload.GetProperty("prefixItems").GetArrayLength().ShouldBe(payload.GetProperty("minItems").GetInt32());
        }

        messages.GetProperty("invokeSetVisibility").GetProperty("payload").GetProperty("prefixItems")[0].GetProperty("enum")
            .EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.GetString()).ShouldBe(["everyone", "friendsOnly", "nobody"]);
        messages.GetProperty("ReportPositionResult").GetProperty("payload").GetProperty("properties").TryGetProperty("accepted", out _).ShouldBeTrue();
        foreach (var target in LiveClientMethods.Payloads.Keys)
        {
            messages.GetProperty(target).GetProperty("payload").GetProperty("type").ToString().ShouldContain("object", customMessage: target);
        }

        // The compact nearby delta is described with its short wire names.
        var delta = messages.GetProperty(LiveClientMethods.NearbyDelta).GetProperty("payload");
        delta.GetProperty("title").GetString().ShouldBe(nameof(NearbyDeltaDto));
        delta.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["q", "f", "t", "r", "me", "c", "u", "d"], ignoreOrder: true);
        delta.GetProperty("properties").GetProperty("u").GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["i", "k", "s", "y", "x", "b"], ignoreOrder: true);
        root.GetProperty("info").GetProperty("description").GetString()!.ShouldContain("MessagePack");

        messages.GetProperty("refusal").GetProperty("payload").GetProperty("properties").TryGetProperty("code", out _).ShouldBeTrue();

        // Every reference resolves.
        var channelMessages = root.GetProperty("channels").GetProperty("live").GetProperty("messages");
        foreach (var operation in root.GetProperty("operations").EnumerateObject())
        {
            foreach (var reference in operation.Value.GetProperty("messages").EnumerateArray())
            {
                var key = reference.GetProperty("$ref").GetString()!.Split('/')[^1];
                channelMessages.TryGetProperty(key, out var inChannel).ShouldBeTrue(operation.Name);
                messages.TryGetProperty(inChannel.GetProperty("$ref").GetString()!.Split('/')[^1], out _).ShouldBeTrue(operation.Name);
            }
        }

        root.GetProperty("operations").EnumerateObject().Count().ShouldBe(LiveHubDescription.ClientInvocableMethods().Count() + LiveClientMethods.Payloads.Count);
    }
}
