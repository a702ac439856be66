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

    private static async Task<RedisServer> StartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Redis is not installed. Run the README's test command, which installs it: apt-get install -y redis-server.");
        var server = new RedisServer { Port = ProcessRunner.FreeLoopbackPort() };
        server._directory = Directory.CreateTempSubdirectory("moyeora-redis-").FullName;
        server._process = ProcessRunner.StartWatched(executable,
        [
            "--port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", server._directory, "--save", string.Empty, "--appendonly", "no", "--daemonize", "no",
        ], server._directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await ProcessRunner.WaitForPortAsync(server.Port, server._process, TimeSpan.FromSeconds(30));
        return server;
    }

    public void Stop()
    {
        ProcessRunner.StopWatched(_process); // the watchdog also deletes the folder
        _process = null;
    }
}
