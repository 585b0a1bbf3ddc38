using System.Diagnostics.CodeAnalysis;

namespace AntiTrafficking.TestSupport;

/// <summary>
/// Locates the PostgreSQL server programs: the folder named by the PG_BIN environment variable if set,
/// else the first PATH folder holding both initdb and pg_ctl, else the highest /usr/lib/postgresql/&lt;version&gt;/bin
/// (where Debian and Ubuntu install them, off PATH).
/// </summary>
public sealed class PostgresBinaries
{
    /// <summary>Environment variable that names the folder holding initdb and pg_ctl; it wins over any search.</summary>
    public const string OverrideVariable = "PG_BIN";

    private const string DebianRoot = "/usr/lib/postgresql";

    private PostgresBinaries(string directory)
    {
        Directory = directory;
    }

    /// <summary>The folder holding the programs.</summary>
    public string Directory { get; }

    /// <summary>Full path of initdb.</summary>
    public string InitDb => Path.Combine(Directory, "initdb");

    /// <summary>Full path of pg_ctl.</summary>
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Finds the programs or throws <see cref="PostgresBinariesNotFoundException"/> saying how to install them.</summary>
    public static PostgresBinaries Find() =>
        Find(Environment.GetEnvironmentVariable(OverrideVariable), Environment.GetEnvironmentVariable("PATH"), DebianRoot);

    /// <summary>The search itself, with its inputs passed in so tests need not change the process environment.</summary>
    internal static PostgresBinaries Find(string? overrideDirectory, string? pathVariable, string debianRoot)
    {
        if (!string.IsNullOrWhiteSpace(overrideDirectory))
        {
            return HasPrograms(overrideDirectory)
                ? new PostgresBinaries(Path.GetFullPath(overrideDirectory))
                : throw new PostgresBinariesNotFoundException(
                    $"{OverrideVariable}={overrideDirectory} không chứa initdb và pg_ctl. / " +
                    $"{OverrideVariable}={overrideDirectory} does not contain initdb and pg_ctl. " +
                    "Point it at the bin folder of a PostgreSQL installation, or unset it to search PATH and /usr/lib/postgresql.");
        }

        var found = SearchPath(pathVariable) ?? SearchDebianLayout(debianRoot);
        return found is not null
            ? new PostgresBinaries(found)
            : throw new PostgresBinariesNotFoundException(
                "Không tìm thấy PostgreSQL (initdb, pg_ctl). Cài đặt bằng: sudo apt-get install postgresql / " +
                "PostgreSQL server programs (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. " +
                "Install them with `sudo apt-get install postgresql` (Debian/Ubuntu), " +
                $"or set {OverrideVariable} to the folder that contains initdb and pg_ctl.");
    }

    /// <summary>Like <see cref="Find"/>, but reports absence with false instead of an exception.</summary>
    public static bool TryFind([NotNullWhen(true)] out PostgresBinaries? binaries)
    {
        try
        {
            binaries = Find();
            return true;
        }
        catch (PostgresBinariesNotFoundException)
        {
            binaries = null;
            return false;
        }
    }

    private static string? SearchPath(string? pathVariable) =>
        (pathVariable ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasPrograms);

    private static string? SearchDebianLayout(string debianRoot)
    {
        if (!System.IO.Directory.Exists(debianRoot))
        {
            return null;
        }

        // Folder names are major versions ("15", "16", older ones "9.6"): compare them as versions, not text.
        return System.IO.Directory.GetDirectories(debianRoot)
            .Select(versionDirectory => (Version: ParseVersion(Path.GetFileName(versionDirectory)), Bin: Path.Combine(versionDirectory, "bin")))
            .Where(candidate => candidate.Version is not null && HasPrograms(candidate.Bin))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : null;

    private static bool HasPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
