using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>
/// The system started the way its users start it: the README's <c>./run.sh</c>, from the repository root, with every
/// port moved to a free one by its variable and its database, keys and logs in a folder of its own (STATE_DIR), so
/// that it runs beside a system the user already has running. Stopped with TERM, as Ctrl-C stops it.
/// </summary>
public sealed class RunCommand : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(8);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private RunCommand(Process process, string stateFolder, int webPort)
    {
        _process = process;
        StateFolder = stateFolder;
        WebAddress = new Uri($"http://127.0.0.1:{webPort}/");
    }

    /// <summary>The web front end's address.</summary>
    public Uri WebAddress { get; }

    /// <summary>Where the run keeps its database, keys, the first administrator's password and logs.</summary>
    public string StateFolder { get; }

    /// <summary>The first administrator's password, written by run.sh on its first start.</summary>
    public string AdminPassword => File.ReadAllText(Path.Combine(StateFolder, "admin-password")).Trim();

    /// <summary>What run.sh printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Completes when run.sh has printed <paramref name="text"/> (at once if it already has); fails after <paramref name="within"/>.</summary>
    public async Task SaidAsync(string text, TimeSpan within)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            _awaited.Add((text, seen));
        }

        if (await Task.WhenAny(seen.Task, Task.Delay(within)) != seen.Task)
        {
            throw new TimeoutException($"./run.sh did not say \"{text}\" within {within}. It printed:\n{Output}");
        }
    }

    /// <summary>Starts ./run.sh on free ports and waits until it says the system is up (it builds first).</summary>
    public static async Task<RunCommand> StartAsync()
    {
        var root = RepositoryRoot();
        var state = Directory.CreateTempSubdirectory("anti-trafficking-run-").FullName;
        // The database server runs as the postgres user, which must reach its folder below this one.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(state, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var ports = FreeLoopbackPorts(6);
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "run.sh")])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild and test-platform settings are not the user's shell: run.sh's build gets none of them.
        foreach (var name in start.Environment.Keys.Where(IsTestHostSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["STATE_DIR"] = state;
        start.Environment["WEB_PORT"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PG_PORT"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SILO_HTTP_PORT"] = ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SILO_PORT"] = ports[3].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GATEWAY_PORT"] = ports[4].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["WEB_METRICS_PORT"] = ports[5].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var run = new RunCommand(process, state, ports[0]);
        process.OutputDataReceived += (_, e) => run.Read(e.Data);
        process.ErrorDataReceived += (_, e) => run.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var ready = run.SaidAsync("Press Ctrl-C to stop", StartDeadline);
        if (await Task.WhenAny(ready, exited) != ready || ready.IsFaulted)
        {
            var why = exited.IsCompleted ? $"exited with code {process.ExitCode}" : $"did not say it was up within {StartDeadline}";
            await run.DisposeAsync();
            throw new InvalidOperationException($"./run.sh {why}. It printed:\n{run.Output}");
        }

        return run;
    }

    /// <summary>
    /// Kills with SIGKILL, as a crash would, every process of this run started from <paramref name="assembly"/>
    /// (e.g. <c>AntiTrafficking.Silo.dll</c>), found by its command line and this run's STATE_DIR in its environment;
    /// how many were killed.
    /// </summary>
    public int Crash(string assembly)
    {
        var killed = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                var environment = File.ReadAllText(Path.Combine(folder, "environ")).Split('\0');
                if (commandLine.Contains(assembly, StringComparison.Ordinal) && environment.Contains($"STATE_DIR={StateFolder}"))
                {
                    using var process = Process.GetProcessById(pid);
                    process.Kill();
                    process.WaitForExit();
                    killed++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // A process that ended meanwhile, or one of another user.
            }
        }

        return killed;
    }

    /// <summary>Stops the system as Ctrl-C does (TERM to run.sh: it stops the web front end, the silo and PostgreSQL).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(StateFolder, recursive: true);
        }
        catch (IOException)
        {
            // A folder the stopped server still held is left in the temporary folder.
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            var text = _output.ToString();
            foreach (var awaited in _awaited.Where(a => text.Contains(a.Text, StringComparison.Ordinal)).ToList())
            {
                awaited.Seen.TrySetResult();
                _awaited.Remove(awaited);
            }
        }
    }

    private static bool IsTestHostSetting(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "run.sh")) && File.Exists(Path.Combine(folder.FullName, "AntiTrafficking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No run.sh above {AppContext.BaseDirectory}.");
    }

    /// <summary>Ports free on 127.0.0.1 now, all different (each listener is held until all are chosen).</summary>
    public static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
