using System.Diagnostics;
using Npgsql;

namespace Moyeora.TestBase.Servers;

/// <summary>
/// A private PostgreSQL (Debian's package) for this test run: initdb in a temporary folder, a free
/// loopback port, stopped and deleted when the test process ends. No system service is assumed.
/// </summary>
public sealed class PostgreSqlServer
{
    private static readonly Lazy<Task<PostgreSqlServer>> Shared = new(StartAsync);
    private Process? _process;
    private string _directory = string.Empty;

    public int Port { get; private set; }

    public static Task<PostgreSqlServer> GetAsync() => Shared.Value;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Include Error Detail=true";

    /// <summary>A new, empty database for one test class (or one host).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "moyeora_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgreSqlServer> StartAsync()
    {
        var bin = FindBinDirectory();
        var server = new PostgreSqlServer { Port = ProcessRunner.FreeLoopbackPort() };
        server._directory = Directory.CreateTempSubdirectory("moyeora-pg-").FullName;
        var data = Path.Combine(server._directory, "data");
        if (ProcessRunner.IsRoot)
        {
            await ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo("chown", ["postgres:postgres", server._directory]), TimeSpan.FromSeconds(10));
        }

        await ProcessRunner.RunToEndAsync(
            ProcessRunner.StartInfo(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], "postgres"),
            TimeSpan.FromMinutes(2));
        server._process = ProcessRunner.StartWatched(Path.Combine(bin, "postgres"),
        [
            "-D", data, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", server._directory,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=300", "-c", "shared_buffers=128MB",
        ], server._directory, "postgres");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await ProcessRunner.WaitForPortAsync(server.Port, server._process, TimeSpan.FromSeconds(60));
        await WaitUntilAcceptingAsync(server);
        return server;
    }

    private static async Task WaitUntilAcceptingAsync(PostgreSqlServer server)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    private static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("MOYEORA_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().ToList()
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run the README's test command, which installs it: apt-get install -y postgresql.");
    }

    private void Stop()
    {
        ProcessRunner.StopWatched(_process); // the watchdog also deletes the folder
        _process = null;
    }
}
