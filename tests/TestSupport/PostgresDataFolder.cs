namespace AntiTrafficking.TestSupport;

/// <summary>The files of a local PostgreSQL cluster: creating it with initdb, its running port, its log.</summary>
internal static class PostgresDataFolder
{
    /// <summary>
    /// Runs initdb (UTF8, no passwords, superuser <paramref name="superUser"/>) and narrows access to the unix socket
    /// in <paramref name="runDirectory"/> and TCP on 127.0.0.1 only.
    /// </summary>
    public static async Task InitialiseAsync(
        PostgresBinaries binaries, string dataDirectory, string runDirectory, string superUser, CancellationToken cancellationToken)
    {
        await PostgresProcess.RunCheckedAsync(
            binaries.InitDb,
            ["-D", dataDirectory, "-U", superUser, "-E", "UTF8", "--locale", PreferredLocale(), "-A", "trust"],
            cancellationToken);

        // Replace initdb's rules with the two we want: the unix socket and IPv4 loopback, no passwords.
        await File.WriteAllTextAsync(
            Path.Combine(dataDirectory, "pg_hba.conf"),
            """
            # Written by LocalPostgresServer: a local development/test server, reachable only from this machine.
            local   all   all                  trust
            host    all   all   127.0.0.1/32   trust

            """,
            cancellationToken);
        var socketDirectory = runDirectory.Replace("'", "''", StringComparison.Ordinal);
        await File.AppendAllTextAsync(
            Path.Combine(dataDirectory, "postgresql.conf"),
            $"""

            # Added by LocalPostgresServer
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{socketDirectory}'

            """,
            cancellationToken);
    }

    /// <summary>The port a running server listens on (line 4 of postmaster.pid), or -1 when unknown.</summary>
    public static int ReadRunningPort(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return -1;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : -1;
    }

    /// <summary>The last lines of the server log, for error messages.</summary>
    public static string LogTail(string logFile, int lineCount = 30)
    {
        if (!File.Exists(logFile))
        {
            return "(no log yet)";
        }

        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lineCount));
    }

    private static string PreferredLocale() =>
        // C.UTF-8 keeps byte-order sorting like "C" but knows Unicode letters (upper/lower of Vietnamese text).
        Directory.Exists("/usr/lib/locale/C.utf8") || Directory.Exists("/usr/lib/locale/C.UTF-8") ? "C.UTF-8" : "C";
}
