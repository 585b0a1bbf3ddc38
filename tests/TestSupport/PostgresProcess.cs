using System.Diagnostics;
using System.Text;

namespace AntiTrafficking.TestSupport;

/// <summary>
/// Runs PostgreSQL programs. initdb and pg_ctl refuse to run as root, so as root they run as the
/// "postgres" system user through runuser (the user that Debian's postgresql package creates).
/// </summary>
internal static class PostgresProcess
{
    public const string ServiceUser = "postgres";

    private static readonly TimeSpan CommandDeadline = TimeSpan.FromMinutes(2);

    public static bool CurrentUserIsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>Runs a program (as <see cref="ServiceUser"/> when we are root) and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        CurrentUserIsRoot
            ? RunDirectAsync("runuser", ["-u", ServiceUser, "--", program, .. arguments], cancellationToken)
            : RunDirectAsync(program, arguments, cancellationToken);

    /// <summary>Like <see cref="RunAsync"/> but throws with the program's output when it exits non-zero.</summary>
    public static async Task RunCheckedAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var argumentList = arguments.ToArray();
        var (exitCode, output) = await RunAsync(program, argumentList, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{Path.GetFileName(program)} {string.Join(' ', argumentList)}` exited with code {exitCode}:{Environment.NewLine}{output}");
        }
    }

    /// <summary>Gives a folder we created to <see cref="ServiceUser"/> when we are root (no-op otherwise).</summary>
    public static async Task HandOverAsync(string directory, CancellationToken cancellationToken)
    {
        if (!CurrentUserIsRoot)
        {
            return;
        }

        var (idExit, _) = await RunDirectAsync("id", ["-u", ServiceUser], cancellationToken);
        if (idExit != 0)
        {
            throw new PostgresBinariesNotFoundException(
                $"Running as root needs the '{ServiceUser}' system user to run PostgreSQL, and it does not exist. " +
                "Install PostgreSQL with `apt-get install postgresql` (it creates the user), or run as a normal user.");
        }

        var (chownExit, chownOutput) = await RunDirectAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", directory], cancellationToken);
        if (chownExit != 0)
        {
            throw new InvalidOperationException($"chown of {directory} to {ServiceUser} failed: {chownOutput}");
        }

        // The folder may sit under a parent the service user cannot enter (e.g. /root): say so plainly.
        var (testExit, _) = await RunAsync("test", ["-w", directory], cancellationToken);
        if (testExit != 0)
        {
            throw new InvalidOperationException(
                $"The '{ServiceUser}' user cannot write to {directory}: a parent folder is probably closed to it. " +
                "Choose a data folder outside /root, or make its parents traversable (chmod o+x).");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunDirectAsync(
        string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(CommandDeadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {CommandDeadline.TotalSeconds:0} s (or was cancelled).");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
