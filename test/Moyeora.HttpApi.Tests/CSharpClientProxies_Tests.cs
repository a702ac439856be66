using System.Reflection;
using System.Text.Json.Nodes;
using Moyeora.ClientGenerator;
using Moyeora.ClientProxies;
using Moyeora.Meetups;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// The C# proxies are generated from the API: the committed Generated/*.g.cs files are exactly what the generator
/// makes of the test host's OpenAPI document, and the generator refuses a document and interfaces that disagree
/// (an operation without a method, a method without an operation, a parameter it cannot place).
/// </summary>
public sealed class CSharpClientProxies_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    private const string Regenerate =
        "The committed C# client proxies differ from what the API generates: run `bash etc/clients/generate.sh` " +
        "(or `bash etc/clients/generate-csharp.sh <openapi.json>` with the host's /openapi/v1.json) and commit the result.";

    private static readonly Assembly Contracts = typeof(IMeetupAppService).Assembly;

    private Task<string> DocumentAsync() => factory.CreateClient().GetStringAsync("/openapi/v1.json");

    [Fact]
    public async Task The_Committed_Proxies_Are_What_The_Api_Generates()
    {
        var generated = CSharpProxyGenerator.Generate(await DocumentAsync(), Contracts);

        var folder = Path.Combine(RepositoryRoot(), "src", "Moyeora.HttpApi.Client", "ClientProxies", "Generated");
        var committed = Directory.GetFiles(folder, "*.g.cs").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        committed.ShouldBe(generated.Select(f => f.FileName).Order(StringComparer.Ordinal).ToList(), Regenerate);
        foreach (var file in generated)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, file.FileName));
            bytes.SequenceEqual(GeneratedFolder.Utf8.GetBytes(file.Content)).ShouldBeTrue($"{file.FileName}: {Regenerate}");
        }
    }

    [Fact]
    public async Task Every_Operation_Has_Its_Proxy_Method()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var operationIds = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!["operationId"]!.GetValue<string>())).ToList();
        var generated = string.Concat(CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts).Select(f => f.Content));

        operationIds.Count.ShouldBeGreaterThan(80);
        operationIds.Where(id => !generated.Contains($"<remarks><c>{id}</c>", StringComparison.Ordinal)).ShouldBeEmpty();
        generated.ShouldContain("public Task<MeetupDto> JoinAsync(Guid id, CancellationToken cancellationToken = default) =>");
        generated.ShouldContain("SendAsync<MeetupDto>(HttpMethod.Post, $\"api/app/meetups/{Segment(id)}/join\", null, cancellationToken);");
        generated.ShouldContain("$\"api/app/permissions/roles/{Segment(input.RoleName)}/permissions/{Segment(input.Permission)}\"");
    }

    [Fact]
    public async Task Should_Refuse_An_Operation_Without_An_Interface_Method()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        document["paths"]!["/api/app/meetups/{id}/archive"] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["operationId"] = "Meetup_Archive",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true }),
                ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "No Content" } },
            },
        };

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.ShouldHaveSingleItem().ShouldContain("Meetup_Archive");
        error.Errors[0].ShouldContain("ArchiveAsync in IMeetupAppService");
    }

    [Fact]
    public async Task Should_Refuse_An_Operation_Of_A_Controller_Without_An_Interface()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        document["paths"]!["/api/app/weather"] = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = "Weather_Get",
                ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "No Content" } },
            },
        };

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.ShouldHaveSingleItem().ShouldContain("IWeatherAppService");
    }

    [Fact]
    public async Task Should_Refuse_An_Interface_Method_Without_An_Operation()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        document["paths"]!.AsObject().Remove("/api/app/meetups/{id}/join").ShouldBeTrue();

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.ShouldHaveSingleItem().ShouldContain("IMeetupAppService.JoinAsync has no operation Meetup_Join");
    }

    [Fact]
    public async Task Should_Refuse_An_Operation_Without_An_OperationId()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        document["paths"]!["/api/app/meetups/{id}/join"]!["post"]!.AsObject().Remove("operationId");

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.ShouldContain(e => e.Contains("POST /api/app/meetups/{id}/join has no operationId", StringComparison.Ordinal));
        error.Errors.ShouldContain(e => e.Contains("IMeetupAppService.JoinAsync has no operation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Refuse_A_Query_Parameter_The_Method_Cannot_Supply_And_A_Dto_Property_The_Query_Lacks()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var parameters = document["paths"]!["/api/app/meetups/recruiting"]!["get"]!["parameters"]!.AsArray();
        var maxResultCount = parameters.Single(p => string.Equals(p!["name"]!.GetValue<string>(), "maxResultCount", StringComparison.OrdinalIgnoreCase))!;
        parameters.Remove(maxResultCount);
        parameters.Add(new JsonObject { ["name"] = "sort", ["in"] = "query" });

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.Count.ShouldBe(2, string.Join("\n", error.Errors));
        error.Errors.ShouldContain(e => e.Contains("Meetup_GetRecruitingList", StringComparison.Ordinal) && e.Contains("query parameter sort", StringComparison.Ordinal));
        error.Errors.ShouldContain(e => e.Contains("PagedRequestDto.MaxResultCount is not an operation parameter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Refuse_A_Method_Whose_Result_Disagrees_With_The_Answer()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var responses = document["paths"]!["/api/app/meetups/{id}/join"]!["post"]!["responses"]!.AsObject();
        responses.Remove("200");
        responses["204"] = new JsonObject { ["description"] = "No Content" };

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.ShouldHaveSingleItem().ShouldContain("JoinAsync (Meetup_Join, POST /api/app/meetups/{id}/join) returns Task<MeetupDto>, but the operation's success answer has no body");
    }

    [Fact]
    public async Task Should_Refuse_A_Result_Or_Body_Of_Another_Type_Than_The_Interface_Says()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var join = document["paths"]!["/api/app/meetups/{id}/join"]!["post"]!;
        join["responses"]!["200"]!["content"]!["application/json"]!["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/MeetupListItemDto" };
        var create = document["paths"]!["/api/app/meetups"]!["post"]!;
        create["requestBody"]!["content"]!["application/json"]!["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/UpdateMeetupDto" };
        var markers = document["paths"]!["/api/app/meetups/markers"]!["get"]!;
        markers["responses"]!["200"]!["content"]!["application/json"]!["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/MeetupMarkerDto" };

        var error = Should.Throw<ClientGenerationException>(() => CSharpProxyGenerator.Generate(document.ToJsonString(), Contracts));

        error.Errors.Count.ShouldBe(3, string.Join("\n", error.Errors));
        error.Errors.ShouldContain(e => e.Contains("JoinAsync", StringComparison.Ordinal) && e.Contains("returns MeetupDto (as the document names it), but the operation answers MeetupListItemDto", StringComparison.Ordinal));
        error.Errors.ShouldContain(e => e.Contains("CreateAsync", StringComparison.Ordinal) && e.Contains("parameter input is CreateMeetupDto (as the document names it), but the operation's body is UpdateMeetupDto", StringComparison.Ordinal));
        error.Errors.ShouldContain(e => e.Contains("GetMarkersAsync", StringComparison.Ordinal) && e.Contains("returns MeetupMarkerDto[]", StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_Leaves_The_Folder_With_Exactly_The_Generated_Files()
    {
        var folder = Directory.CreateTempSubdirectory("moyeora-proxies-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "RemovedClientProxy.g.cs"), "// a service that is gone");
            File.WriteAllText(Path.Combine(folder, "Notes.cs"), "// not generated");
            File.WriteAllText(Path.Combine(folder, "MeetupClientProxy.g.cs"), "// stale");

            var removed = GeneratedFolder.Write(folder, [new GeneratedFile("MeetupClientProxy.g.cs", "// 모여라\n"), new GeneratedFile("ChatClientProxy.g.cs", "// chat\n")]);

            removed.ShouldBe(["RemovedClientProxy.g.cs"]);
            Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ShouldBe(["ChatClientProxy.g.cs", "MeetupClientProxy.g.cs", "Notes.cs"]);
            File.ReadAllBytes(Path.Combine(folder, "MeetupClientProxy.g.cs")).ShouldBe(System.Text.Encoding.UTF8.GetBytes("// 모여라\n"), "UTF-8 without a byte order mark, LF as generated");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_Generated_Proxy_Is_Reachable_From_MoyeoraApiClient()
    {
        // Services used only inside the server (the admin UI's cookie sign-in) have no operation and no proxy.
        var services = Contracts.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("AppService", StringComparison.Ordinal) && !t.IsDefined(typeof(Moyeora.Dtos.NotRemoteServiceAttribute), false))
            .ToList();
        var exposed = typeof(MoyeoraApiClient).GetProperties().Select(p => p.PropertyType).ToHashSet();

        services.Count.ShouldBeGreaterThanOrEqualTo(15);
        services.Where(s => !exposed.Contains(s)).Select(s => s.Name).ShouldBeEmpty("MoyeoraApiClient needs a property for every application service");
        var client = new MoyeoraApiClient(new HttpClient());
        foreach (var property in typeof(MoyeoraApiClient).GetProperties().Where(p => services.Contains(p.PropertyType)))
        {
            var proxy = property.GetValue(client).ShouldNotBeNull();
            proxy.GetType().Name.ShouldBe(CSharpProxyGenerator.ProxyClassName(property.PropertyType.Name[1..^"AppService".Length]));
        }
    }

    [Fact]
    public void Route_And_Query_Values_Are_Written_As_The_Api_Reads_Them()
    {
        ClientProxyBase.FormatValue(Moyeora.Reports.ReportStatus.InReview).ShouldBe("inReview");
        ClientProxyBase.FormatValue(true).ShouldBe("true");
        ClientProxyBase.FormatValue(1.5d).ShouldBe("1.5");
        ClientProxyBase.FormatValue(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(9))).ShouldBe("2026-11-30T09:00:00.0000000+09:00");
        ClientProxyBase.FormatValue(new DateOnly(2026, 11, 30)).ShouldBe("2026-11-30");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moyeora.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Moyeora.sln not found above the test's folder.");
    }
}
