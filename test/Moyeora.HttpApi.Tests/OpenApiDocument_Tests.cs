using System.Diagnostics;
using System.Text.Json;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// The OpenAPI document tells the truth to generators and integrators: Redocly's recommended rules pass with no error
/// and no warning, every operation has a stable id and a summary, every error answer has the ProblemDetails schema,
/// every rate-limited operation documents 429, and enums are strings with their values.
/// </summary>
public sealed class OpenApiDocument_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    private async Task<(string Text, JsonElement Root)> DocumentAsync()
    {
        // Read as from a real origin: the document names the origin it was served from as its server.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://api.moyeora.test") });
        var text = await client.GetStringAsync("/openapi/v1.json");
        return (text, JsonDocument.Parse(text).RootElement);
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement root) =>
        root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name, op.Value)));

    [Fact]
    public async Task The_Document_Passes_Redocly_Recommended_Rules_With_No_Error_Or_Warning()
    {
        var (text, _) = await DocumentAsync();
        var folder = Path.Combine(RepositoryRoot(), "etc", "openapi");
        var cli = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        File.Exists(cli).ShouldBeTrue($"Redocly CLI is not installed: run `npm ci` in {folder} (the README's test command does).");
        var file = Path.Combine(Path.GetTempPath(), $"moyeora-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", [cli, "lint", file, "--config", "redocly.yaml", "--format=json"])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var report = await output;
            var totals = JsonDocument.Parse(report).RootElement.GetProperty("totals");
            (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32()).ShouldBe((0, 0), report + await errors);
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_Operation_Has_A_Unique_Id_A_Summary_And_Typed_Errors()
    {
        var (_, root) = await DocumentAsync();
        var operations = Operations(root).ToList();
        operations.Count.ShouldBeGreaterThan(80);
        var ids = operations.Select(o => o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null).ToList();
        ids.ShouldAllBe(id => !string.IsNullOrEmpty(id));
        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.ShouldContain("Meetup_Join");
        ids.ShouldContain("Account_Login");
        operations.Where(o => !o.Operation.TryGetProperty("summary", out _)).Select(o => $"{o.Method} {o.Path}").ShouldBeEmpty();

        foreach (var (path, method, operation) in operations)
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var schema = response.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                schema.GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemDetails", $"{method} {path} {response.Name}");
                schema.GetProperty("properties").GetProperty("code").GetProperty("enum").GetArrayLength().ShouldBeGreaterThan(0);
            }
        }

        var problem = root.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        foreach (var member in new[] { "code", "errors", "fieldCodes", "traceId", "status", "detail" })
        {
            problem.TryGetProperty(member, out _).ShouldBeTrue(member);
        }
    }

    [Fact]
    public async Task Rate_Limited_Operations_Document_429_And_Public_Ones_Need_No_Token()
    {
        var (_, root) = await DocumentAsync();
        var byId = Operations(root).ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => o.Operation);
        foreach (var id in new[] { "Account_Login", "Account_SendVerificationCode", "Meetup_Create", "Meetup_Join", "Chat_Send", "Report_Create", "People_Search" })
        {
            byId.ShouldContainKey(id);
            byId[id].GetProperty("responses").TryGetProperty("429", out _).ShouldBeTrue(id);
        }

        byId["Account_Login"].GetProperty("security").GetArrayLength().ShouldBe(0, "log-in is public");
        byId["Meetup_GetRecruitingList"].GetProperty("security").GetArrayLength().ShouldBe(0, "the recruiting list is public");
        byId["Meetup_Join"].GetProperty("security")[0].TryGetProperty("Bearer", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Enums_Are_Strings_With_Their_Values_And_Numbers_Are_Numbers()
    {
        var (_, root) = await DocumentAsync();
        var schemas = root.GetProperty("components").GetProperty("schemas");
        var visibility = schemas.GetProperty("LocationVisibility");
        visibility.GetProperty("type").GetString().ShouldBe("string");
        visibility.GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["everyone", "friendsOnly", "nobody"]);
        var enums = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();
        enums.Count.ShouldBeGreaterThanOrEqualTo(14);
        enums.ShouldAllBe(s => s.Value.GetProperty("enum").EnumerateArray().All(v => v.ValueKind == JsonValueKind.String));

        var latitude = schemas.GetProperty("CreateMeetupDto").GetProperty("properties").GetProperty("latitude").GetProperty("type");
        latitude.EnumerateArray().Select(t => t.GetString()).ShouldNotContain("string", "numbers are not also strings");
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
