using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// etc/cluster/run.sh for real: started in the background by a non-interactive shell (where background jobs
/// ignore SIGINT), on loopback ports of its own, with the host this test project already built (HOST_DLL, so
/// nothing is rebuilt). A signal must stop every process it started and free every port, within a bounded time.
/// </summary>
public sealed partial class ClusterScript_Tests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(45);

    [GeneratedRegex(@"logs\s+(\S+)")]
    private static partial Regex LogsLine();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_Signal_Stops_Everything_The_Script_Started(string signal)
    {
        var ports = Enumerable.Range(0, 5).Select(_ => ProcessRunner.FreeLoopbackPort()).ToArray();
        var directory = Directory.CreateTempSubdirectory("moyeora-run-sh-").FullName;
        var log = Path.Combine(directory, "run.log");
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // `&` in a non-interactive shell: exactly how a script or CI job starts it in the background.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("bash etc/cluster/run.sh > \"$RUN_LOG\" 2>&1 & echo $!; wait");
        info.Environment["RUN_LOG"] = log;
        info.Environment["HOST_DLL"] = Path.Combine(AppContext.BaseDirectory, "Moyeora.HttpApi.Host.dll");
        (info.Environment["PORT"], info.Environment["NODE_A"], info.Environment["NODE_B"], info.Environment["PG_PORT"], info.Environment["REDIS_PORT"]) =
            (Text(ports[0]), Text(ports[1]), Text(ports[2]), Text(ports[3]), Text(ports[4]));

        using var outer = Process.Start(info)!;
        var script = int.Parse((await outer.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        var started = new HashSet<int>();
        var work = string.Empty;
        try
        {
            work = await WaitUntilReadyAsync(ports[0], outer, log);
            started.UnionWith(Descendants(script));
            started.Add(Postmaster(work) ?? throw new InvalidOperationException("PostgreSQL is not running."));
            started.Count.ShouldBeGreaterThanOrEqualTo(5, "redis, two nodes, nginx and PostgreSQL");

            Signal(signal, script);

            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < StopTimeout && (IsAlive(script) || started.Any(IsAlive)))
            {
                await Task.Delay(200);
            }

            IsAlive(script).ShouldBeFalse($"run.sh still runs {StopTimeout} after SIG{signal}:\n{await File.ReadAllTextAsync(log)}");
            started.Where(IsAlive).ShouldBeEmpty($"processes run.sh started survived SIG{signal}");
            ports.Where(IsListening).ShouldBeEmpty("every port is free again");
            Directory.Exists(work).ShouldBeFalse("its temporary folder is deleted");
        }
        finally
        {
            // Whatever happened, leave nothing behind (PostgreSQL runs detached: found through its folder).
            if (work.Length > 0 && Postmaster(work) is { } postmaster)
            {
                started.Add(postmaster);
            }

            foreach (var pid in started.Append(script).Where(IsAlive))
            {
                Signal("KILL", pid);
            }

            await outer.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token).ContinueWith(_ => { });
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int? Postmaster(string work)
    {
        var file = Path.Combine(work, "pg", "postmaster.pid");
        return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid) ? pid : null;
    }

    /// <summary>Waits until the balancer answers and the script has said it is ready; returns its working folder.</summary>
    private static async Task<string> WaitUntilReadyAsync(int port, Process outer, string log)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (outer.HasExited)
            {
                throw new InvalidOperationException("run.sh ended before answering:\n" + await File.ReadAllTextAsync(log));
            }

            try
            {
                using var response = await http.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK && LogsLine().Match(await File.ReadAllTextAsync(log)) is { Success: true } banner)
                {
                    return banner.Groups[1].Value;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("run.sh did not answer in time:\n" + await File.ReadAllTextAsync(log));
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, Text(pid)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Running (a zombie waiting to be reaped has stopped already).</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }
            }
        }

        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key))
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }

        return found;
    }

    private static bool IsListening(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
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
