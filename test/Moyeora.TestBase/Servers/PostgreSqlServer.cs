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
    private string _bin = string.Empty;
    private bool _restartable;

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

    /// <summary>A PostgreSQL of the caller's own (not the shared one), which a fault test may stop and start again.</summary>
    public static Task<PostgreSqlServer> StartPrivateAsync() => StartAsync(restartable: true);

    private static async Task<PostgreSqlServer> StartAsync() => await StartAsync(restartable: false);

    private static async Task<PostgreSqlServer> StartAsync(bool restartable)
    {
        var bin = FindBinDirectory();
        var server = new PostgreSqlServer { Port = ProcessRunner.FreeLoopbackPort(), _bin = bin, _restartable = restartable };
        server._directory = Directory.CreateTempSubdirectory("moyeora-pg-").FullName;
        var data = Path.Combine(server._directory, "data");
        if (ProcessRunner.IsRoot)
        {
            await ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo("chown", ["postgres:postgres", server._directory]), TimeSpan.FromSeconds(10));
        }

        await ProcessRunner.RunToEndAsync(
            ProcessRunner.StartInfo(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], "postgres"),
            TimeSpan.FromMinutes(2));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(deleteData: true);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again, after <see cref="Stop()"/>) on its port and data; returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        // The watchdog deletes the folder it is given when the server ends: a restartable server gives it a folder of
        // its own for each run, and the data is deleted only at the end (Stop(deleteData: true)).
        // (The shared server is never restarted: its watchdog deletes everything, even if the test run is killed.)
        var run = _restartable ? Path.Combine(_directory, "run-" + Guid.NewGuid().ToString("N")[..8]) : _directory;
        _process = ProcessRunner.StartWatched(Path.Combine(_bin, "postgres"),
        [
            "-D", Path.Combine(_directory, "data"), "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", _directory,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=300", "-c", "shared_buffers=128MB",
        ], run, "postgres");
        await ProcessRunner.WaitForPortAsync(Port, _process, TimeSpan.FromSeconds(60));
        await WaitUntilAcceptingAsync(this);
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

    /// <summary>Stops the server (SIGINT: PostgreSQL's fast shutdown, open connections are ended); the data stays for <see cref="StartAgainAsync"/>.</summary>
    public void Stop() => Stop(deleteData: false);

    private void Stop(bool deleteData)
    {
        ProcessRunner.StopWatched(_process);
        _process = null;
        if (deleteData)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
