using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Moyeora.TestBase.Servers;

/// <summary>Helpers to run the Debian-packaged servers the tests start for themselves.</summary>
public static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>PostgreSQL refuses to run as root: as root, run it as the <c>postgres</c> user.</summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string? runAsUser = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAsUser is not null && IsRoot)
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(runAsUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(fileName);
        }
        else
        {
            info.FileName = fileName;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public static async Task RunToEndAsync(ProcessStartInfo info, TimeSpan timeout)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    /// <summary>
    /// Starts a server under a small shell watchdog that stops it with <paramref name="stopSignal"/> (its clean
    /// shutdown: SIGINT for PostgreSQL and Redis, SIGTERM for mariadbd, which ignores SIGINT) and deletes its folder
    /// when this test process goes away, even if the test host is killed without running its exit handlers, so no
    /// server outlives the run.
    /// </summary>
    public static Process StartWatched(string fileName, IEnumerable<string> arguments, string directory, string? runAsUser = null,
        IReadOnlyDictionary<string, string>? environment = null, string stopSignal = "INT")
    {
        const string script = """
            "$@" & server=$!
            trap 'kill -$STOP_SIGNAL $server 2>/dev/null' TERM INT
            while [ -d "/proc/$WATCHED_PID" ] && [ -d "/proc/$server" ]; do sleep 1; done
            kill -$STOP_SIGNAL $server 2>/dev/null
            wait $server
            rm -rf "$WATCHED_DIR"
            """;
        var info = StartInfo("bash", new[] { "-c", script, "watchdog", fileName }.Concat(arguments), runAsUser);
        info.Environment["WATCHED_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["WATCHED_DIR"] = directory;
        info.Environment["STOP_SIGNAL"] = stopSignal;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return StartBackground(info);
    }

    /// <summary>Asks a watched server to stop and waits for its watchdog to finish.</summary>
    public static void StopWatched(Process? watchdog)
    {
        if (watchdog is null)
        {
            return;
        }

        try
        {
            if (!watchdog.HasExited)
            {
                using var signal = Process.Start("kill", ["-TERM", watchdog.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                signal?.WaitForExit(5_000);
                if (!watchdog.WaitForExit(15_000))
                {
                    watchdog.Kill(entireProcessTree: true);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        watchdog.Dispose();
    }

    public static Process StartBackground(ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitForPortAsync(int port, Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited early with code {process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Nothing listened on 127.0.0.1:{port} within {timeout}.");
    }
}
