using System.Diagnostics;
using System.Net;

namespace Moyeora.TestBase.Servers;

/// <summary>
/// One real host process — the built <c>Moyeora.HttpApi.Host.dll</c> next to the tests, run with <c>dotnet</c> as
/// production runs it — on a loopback port, under <see cref="ProcessRunner.StartWatched"/>'s watchdog (so it never
/// outlives the test run). SIGTERM is its graceful stop; <see cref="Kill"/> sends SIGKILL to the host itself.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private HostProcess(Process watchdog, Uri root, int serverPid)
    {
        Watchdog = watchdog;
        Root = root;
        Pid = serverPid;
    }

    /// <summary>The host's last 400 lines of console output (its log), for a failing test to show.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>The watchdog (bash) that started the host.</summary>
    public Process Watchdog { get; }

    public Uri Root { get; }

    /// <summary>The process id of the host itself (the watchdog's child).</summary>
    public int Pid { get; }

    public bool HasExited => !IsRunning(Pid);

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "Moyeora.HttpApi.Host.dll");

    /// <summary>
    /// Starts a host on <paramref name="port"/> (a free one when null) with <paramref name="environment"/>, its content
    /// root in <paramref name="directory"/>, and waits until <c>/health/ready</c> answers 200 (unless <paramref name="waitUntilReady"/> is false).
    /// </summary>
    public static async Task<HostProcess> StartAsync(string directory, IReadOnlyDictionary<string, string> environment, int? port = null,
        bool waitUntilReady = true, TimeSpan? readyTimeout = null)
    {
        var root = new Uri($"http://127.0.0.1:{port ?? ProcessRunner.FreeLoopbackPort()}");
        var watchdog = ProcessRunner.StartWatched("dotnet", [HostDll, "--urls", root.ToString().TrimEnd('/'), "--contentRoot", directory],
            Path.Combine(directory, "node-" + root.Port), environment: environment, stopSignal: "TERM");
        var host = new HostProcess(watchdog, root, await ChildOfAsync(watchdog));
        watchdog.OutputDataReceived += (_, e) => host.Keep(e.Data);
        watchdog.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        if (waitUntilReady)
        {
            try
            {
                await host.WaitUntilReadyAsync(readyTimeout ?? TimeSpan.FromSeconds(90));
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }

        return host;
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < timeout; await Task.Delay(200))
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"The host on {Root} exited before it was ready.");
            }

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
        }

        throw new TimeoutException($"The host on {Root} did not become ready within {timeout}.");
    }

    /// <summary>SIGKILL to the host: no shutdown at all, as when a machine dies.</summary>
    public void Kill()
    {
        Signal("KILL");
        for (var deadline = Stopwatch.StartNew(); !HasExited && deadline.Elapsed < TimeSpan.FromSeconds(10);)
        {
            Thread.Sleep(20);
        }
    }

    /// <summary>SIGTERM to the host, then how long it took to exit (null when it had not exited within <paramref name="wait"/>).</summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan wait)
    {
        var elapsed = Stopwatch.StartNew();
        Signal("TERM");
        while (elapsed.Elapsed < wait)
        {
            if (HasExited)
            {
                return elapsed.Elapsed;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private void Signal(string signal)
    {
        if (HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-" + signal, Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill?.WaitForExit(5_000);
    }

    /// <summary>Running, and not a zombie waiting for its parent to reap it.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The host process the watchdog started (its only child).</summary>
    private static async Task<int> ChildOfAsync(Process watchdog)
    {
        var path = $"/proc/{watchdog.Id}/task/{watchdog.Id}/children";
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(10); await Task.Delay(20))
        {
            try
            {
                var children = (await File.ReadAllTextAsync(path)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (children.Length > 0)
                {
                    return int.Parse(children[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // not yet, or the watchdog already ended
            }

            if (watchdog.HasExited)
            {
                break;
            }
        }

        throw new InvalidOperationException("The host process did not start.");
    }

    /// <summary>Stops the host (SIGTERM through its watchdog, SIGKILL after 15 s).</summary>
    public void Dispose() => ProcessRunner.StopWatched(Watchdog);
}
