using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// The generated TypeScript client (<c>src/Moyeora.Client.TypeScript</c>, installed by etc/test.sh with npm ci) stays
/// what the current API generates, type-checks under <c>strict</c>, and works against a real host process.
/// </summary>
public sealed class TypeScriptClient_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    private static readonly string Package = Path.Combine(RepositoryRoot(), "src", "Moyeora.Client.TypeScript");

    [Fact]
    public async Task The_Committed_Generated_Client_Matches_What_The_Current_Api_Generates()
    {
        RequireInstalledPackage();
        var client = factory.CreateClient();
        var folder = Directory.CreateTempSubdirectory("moyeora-tsclient-").FullName;
        try
        {
            var openApi = Path.Combine(folder, "openapi.json");
            var asyncApi = Path.Combine(folder, "asyncapi.json");
            await File.WriteAllTextAsync(openApi, await client.GetStringAsync("/openapi/v1.json"));
            await File.WriteAllTextAsync(asyncApi, await client.GetStringAsync("/asyncapi/live.json"));
            var output = Path.Combine(folder, "generated");

            var (exitCode, log) = await RunAsync("node", ["scripts/generate.mjs", "--openapi", openApi, "--asyncapi", asyncApi, "--out", output], TimeSpan.FromMinutes(2));
            exitCode.ShouldBe(0, log);

            var committed = Path.Combine(Package, "src", "generated");
            Directory.GetFiles(output).Select(Path.GetFileName).Order().ShouldBe(Directory.GetFiles(committed).Select(Path.GetFileName).Order());
            foreach (var file in Directory.GetFiles(output))
            {
                var name = Path.GetFileName(file);
                var generated = await File.ReadAllBytesAsync(file);
                var inRepository = await File.ReadAllBytesAsync(Path.Combine(committed, name));
                generated.AsSpan().SequenceEqual(inRepository).ShouldBeTrue($"src/Moyeora.Client.TypeScript/src/generated/{name} differs from what the current API generates: run `bash etc/clients/generate.sh` and commit the result.");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_Package_Type_Checks_Under_Strict()
    {
        RequireInstalledPackage();
        var (exitCode, log) = await RunAsync("node", ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json", "--noEmit"], TimeSpan.FromMinutes(3));
        exitCode.ShouldBe(0, log);
    }

    [Fact]
    public async Task The_Node_Tests_Pass_Against_A_Real_Host_Process()
    {
        RequireInstalledPackage();
        var (built, buildLog) = await RunAsync("node", ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], TimeSpan.FromMinutes(3));
        built.ShouldBe(0, buildLog);

        const string adminPhone = "010-0000-0000";
        const string adminPassword = "ts-client-admin-1";
        var directory = Directory.CreateTempSubdirectory("moyeora-tshost-").FullName;
        var root = new Uri($"http://127.0.0.1:{ProcessRunner.FreeLoopbackPort()}");
        var host = ProcessRunner.StartWatched("dotnet", [Path.Combine(AppContext.BaseDirectory, "Moyeora.HttpApi.Host.dll"), "--urls", root.ToString().TrimEnd('/'), "--contentRoot", directory],
            directory, environment: new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(directory, "moyeora.db")}",
                ["Database__MigrateOnStartup"] = "true",
                ["Jwt__Issuer"] = "moyeora", ["Jwt__Audience"] = "moyeora",
                ["Jwt__SigningKey"] = "ts-client-test-signing-key-0123456789-abcdefgh",
                ["Seed__Admin__PhoneNumber"] = adminPhone, ["Seed__Admin__Password"] = adminPassword,
                ["Outbound__Provider"] = "Outbox",
                ["RateLimiting__CodeRequestsPerAddressPerHour"] = "100000",
                ["Logging__LogLevel__Default"] = "Warning",
            });
        try
        {
            await WaitUntilReadyAsync(host, root);
            var (exitCode, log) = await RunAsync("node", ["--test", "test/"], TimeSpan.FromMinutes(3), new Dictionary<string, string>
            {
                ["MOYEORA_BASE_URL"] = root.ToString().TrimEnd('/'),
                ["MOYEORA_ADMIN_PHONE"] = adminPhone,
                ["MOYEORA_ADMIN_PASSWORD"] = adminPassword,
            });
            exitCode.ShouldBe(0, log);
            Count(log, "pass").ShouldBeGreaterThanOrEqualTo(6, log);
            (Count(log, "fail"), Count(log, "skipped"), Count(log, "cancelled")).ShouldBe((0, 0, 0), log);
        }
        finally
        {
            ProcessRunner.StopWatched(host);
        }
    }

    private static int Count(string log, string what)
    {
        var match = Regex.Match(log, $@"^# {what} (\d+)$", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"node --test printed no '# {what}' line:\n{log}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilReadyAsync(Process host, Uri root)
    {
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            host.HasExited.ShouldBeFalse($"The host on {root} exited with code {(host.HasExited ? host.ExitCode : 0)}.");
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host on {root} did not become ready.");
    }

    private static void RequireInstalledPackage() =>
        File.Exists(Path.Combine(Package, "node_modules", "typescript", "bin", "tsc"))
            .ShouldBeTrue($"The TypeScript client's packages are not installed: run `npm ci` in {Package} (etc/test.sh does).");

    private static async Task<(int ExitCode, string Log)> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Package,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish in {timeout}:\n{await output}{await errors}");
        }

        return (process.ExitCode, await output + await errors);
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
