namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Limits of the export jobs kept in the web front end's memory (configuration section Reporting:Exports).</summary>
public sealed class ExportJobOptions
{
    /// <summary>Most jobs kept at once, running or finished (default 20). When full, the oldest finished job is dropped; when all are running, a new job is refused (503).</summary>
    public int MaxJobs { get; set; } = 20;

    /// <summary>How long a finished job and its file are kept after it finished (default 15 minutes).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromMinutes(15);
}
