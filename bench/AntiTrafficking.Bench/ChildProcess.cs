using System.Diagnostics;
using System.Net.Sockets;

namespace AntiTrafficking.Bench;

/// <summary>A silo or web front end started from its built assembly, its output written to a log file.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ChildProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    /// <summary>The CPU time the process has used so far (user and system, all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ChildProcess Start(string assembly, string workingDirectory, string logFile, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(assembly);

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, log);
    }

    /// <summary>Waits until something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan deadline, string what)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited with code {_process.ExitCode}; see its log.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Resident memory of the process (VmRSS) in MiB.</summary>
    public double WorkingSetMiB()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1048576.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
