using System.Diagnostics;

namespace Moyeora.TestBase.Servers;

/// <summary>A private Redis (Debian's package) on a free loopback port, without persistence, stopped at exit.</summary>
public sealed class RedisServer
{
    private static readonly Lazy<Task<RedisServer>> Shared = new(StartAsync);
    private Process? _process;
    private string _directory = string.Empty;

    public int Port { get; private set; }

    public string Configuration => $"127.0.0.1:{Port},abortConnect=false";

    public static Task<RedisServer> GetAsync() => Shared.Value;

    /// <summary>A Redis of the caller's own (not the shared one), which a fault test may stop and start again on the same port.</summary>
    public static Task<RedisServer> StartPrivateAsync() => StartAsync();

    private static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer { Port = ProcessRunner.FreeLoopbackPort() };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again, after <see cref="Stop"/>) on its port, empty: it keeps nothing on disk.</summary>
    public async Task StartAgainAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Redis is not installed. Run the README's test command, which installs it: apt-get install -y redis-server.");
        _directory = Directory.CreateTempSubdirectory("moyeora-redis-").FullName;
        _process = ProcessRunner.StartWatched(executable,
        [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", _directory, "--save", string.Empty, "--appendonly", "no", "--daemonize", "no",
        ], _directory);
        await ProcessRunner.WaitForPortAsync(Port, _process, TimeSpan.FromSeconds(30));
    }

    public void Stop()
    {
        ProcessRunner.StopWatched(_process); // the watchdog also deletes the folder
        _process = null;
    }
}
