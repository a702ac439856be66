using MySql.Data.MySqlClient;

namespace Moyeora.TestBase.Servers;

/// <summary>
/// A private MariaDB (Debian's <c>mariadb-server</c>) for this test run: <c>mariadb-install-db</c> into a temporary
/// folder, <c>mariadbd</c> on a free loopback port with its socket in that folder, stopped and deleted when the test
/// process ends. One server per run; every fixture gets a database of its own. No system service is assumed.
/// </summary>
public sealed class MariaDbServer
{
    private static readonly Lazy<Task<MariaDbServer>> Shared = new(StartAsync);
    private System.Diagnostics.Process? _process;
    private string _directory = string.Empty;

    public int Port { get; private set; }

    public static Task<MariaDbServer> GetAsync() => Shared.Value;

    public string ConnectionString(string? database, string sslMode = "Disabled") =>
        $"Server=127.0.0.1;Port={Port};Uid={User};Pwd={Password};{(database is null ? string.Empty : $"Database={database};")}SslMode={sslMode};"
        + "Pooling=true;Maximum Pool Size=60;Default Command Timeout=60";

    /// <summary>The account the tests use over TCP, created at start with every privilege (as an operator's would be).</summary>
    internal const string User = "moyeora";

    internal const string Password = "moyeora-test";

    /// <summary>
    /// A new, empty database for one test class (or one host), 4-byte UTF-8 and byte-wise as the README says to create
    /// it; with <paramref name="serverDefaults"/>, in the server's own default character set (latin1) instead.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(bool serverDefaults = false)
    {
        var name = "moyeora_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new MySqlConnection(ConnectionString(null));
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            $"CREATE DATABASE `{name}`{(serverDefaults ? string.Empty : " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<MariaDbServer> StartAsync()
    {
        var daemon = Find("mariadbd", "/usr/sbin/mariadbd");
        var install = Find("mariadb-install-db", "/usr/bin/mariadb-install-db");
        var server = new MariaDbServer { Port = ProcessRunner.FreeLoopbackPort() };
        server._directory = Directory.CreateTempSubdirectory("moyeora-mariadb-").FullName;
        var data = Path.Combine(server._directory, "data");
        var socket = Path.Combine(server._directory, "mysqld.sock");
        var user = ProcessRunner.IsRoot ? "mysql" : Environment.UserName;
        if (ProcessRunner.IsRoot)
        {
            // mariadbd refuses to run as root: the folder belongs to its service user.
            await ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo("chown", ["mysql:mysql", server._directory]), TimeSpan.FromSeconds(10));
        }

        await ProcessRunner.RunToEndAsync(
            ProcessRunner.StartInfo(install,
            [
                "--no-defaults", $"--datadir={data}", $"--user={user}", "--auth-root-authentication-method=normal", "--skip-test-db",
                "--skip-name-resolve",
            ]),
            TimeSpan.FromMinutes(2));
        server._process = ProcessRunner.StartWatched(daemon,
        [
            "--no-defaults", $"--user={user}", $"--datadir={data}", $"--socket={socket}", $"--pid-file={Path.Combine(server._directory, "mariadbd.pid")}",
            $"--port={server.Port}", "--skip-networking=0", "--bind-address=127.0.0.1", "--skip-name-resolve",
            "--max-connections=500",
            // Speed over durability: a test server's data lives for one run.
            "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--sync-binlog=0", "--innodb-buffer-pool-size=256M",
            "--skip-log-bin", "--log-error=" + Path.Combine(server._directory, "error.log"),
        ], server._directory, stopSignal: "TERM"); // mariadbd shuts down cleanly on SIGTERM and ignores SIGINT
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await ProcessRunner.WaitForPortAsync(server.Port, server._process, TimeSpan.FromSeconds(60));
        await CreateUserAsync(server, socket);
        return server;
    }

    /// <summary>A fresh install lets root in over the socket only; create the tests' account for TCP connections.</summary>
    private static async Task CreateUserAsync(MariaDbServer server, string socket)
    {
        var client = Find("mariadb", "/usr/bin/mariadb");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo(client,
                [
                    "--no-defaults", $"--socket={socket}", "-uroot", "-e",
                    $"CREATE OR REPLACE USER '{User}'@'127.0.0.1' IDENTIFIED BY '{Password}'; GRANT ALL PRIVILEGES ON *.* TO '{User}'@'127.0.0.1' WITH GRANT OPTION;",
                ]), TimeSpan.FromSeconds(30));
                return;
            }
            catch (InvalidOperationException) when (attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private static string Find(string name, string usual)
    {
        var configured = Environment.GetEnvironmentVariable("MOYEORA_MARIADB_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, name)))
        {
            return Path.Combine(configured, name);
        }

        return File.Exists(usual) ? usual : throw new InvalidOperationException(
            $"MariaDB is not installed ({usual} is missing). Run the README's test command, which installs it: apt-get install -y mariadb-server.");
    }

    private void Stop()
    {
        ProcessRunner.StopWatched(_process); // the watchdog also deletes the folder
        _process = null;
    }
}
