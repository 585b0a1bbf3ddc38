using System.Reflection;

namespace AntiTrafficking.Persistence;

/// <summary>The deploy/sql/*.sql files compiled into this assembly, in the order they must run.</summary>
internal static class EmbeddedSqlScripts
{
    // deploy/sql/*.sql are embedded with LinkBase="Sql", so the resource names are "<root namespace>.Sql.<file>".
    private const string ResourcePrefix = "AntiTrafficking.Persistence.Sql.";

    public static Assembly Assembly => typeof(EmbeddedSqlScripts).Assembly;

    /// <summary>Whether a manifest resource is one of the migration scripts.</summary>
    public static bool IsScript(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of a script ("0001-orleans-clustering.sql") from its resource (= DbUp journal) name.</summary>
    public static string FileName(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            ? resourceName[ResourcePrefix.Length..]
            : resourceName;

    /// <summary>All script file names, ordinal order (the order DbUp applies them in).</summary>
    public static IReadOnlyList<string> FileNames() =>
        Assembly.GetManifestResourceNames()
            .Where(IsScript)
            .Order(StringComparer.Ordinal)
            .Select(FileName)
            .ToArray();
}
