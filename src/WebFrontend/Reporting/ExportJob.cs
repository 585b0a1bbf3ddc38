namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// One export of a period, generated in the background: where it stands (stage and percent), then its file or its
/// error. Written by the job's task and read by status requests: every change replaces one immutable
/// <see cref="ExportProgress"/>, so a reader never sees half of an update.
/// </summary>
public sealed class ExportJob
{
    private readonly TimeProvider _time;
    private volatile ExportProgress _progress = new(ExportStage.Queued, 0, null, null, null);

    internal ExportJob(string id, string province, string period, ExportFormat format, TimeProvider time)
    {
        Id = id;
        Province = province;
        Period = period;
        Format = format;
        _time = time;
    }

    /// <summary>The job's identifier (random, unguessable).</summary>
    public string Id { get; }

    /// <summary>The province exported.</summary>
    public string Province { get; }

    /// <summary>The period exported, as the API writes it ("2013-Q1").</summary>
    public string Period { get; }

    /// <summary>The file written.</summary>
    public ExportFormat Format { get; }

    /// <summary>Where the job stands now.</summary>
    public ExportProgress Progress => _progress;

    /// <summary>The file's name, e.g. "bao-cao-22-2013-Q1.xlsx".</summary>
    public string FileName => FileNameOf(Province, Period, Format == ExportFormat.Xlsx ? "xlsx" : "csv");

    /// <summary>The file name of an export of the consolidated report: "bao-cao-22-2013-Q1.xlsx".</summary>
    public static string FileNameOf(string province, string period, string extension) => $"bao-cao-{province}-{period}.{extension}";

    /// <summary>The file's media type.</summary>
    public string ContentType => Format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    /// <summary>Moves to a stage at a percent.</summary>
    public void Report(ExportStage stage, int percent) => _progress = new(stage, Math.Clamp(percent, 0, 99), null, null, null);

    /// <summary>Finishes with the file.</summary>
    public void Complete(byte[] file) => _progress = new(ExportStage.Done, 100, file, null, _time.GetUtcNow());

    /// <summary>Finishes with an error.</summary>
    public void Fail(ExportError error) => _progress = new(ExportStage.Failed, _progress.Percent, null, error, _time.GetUtcNow());
}

/// <summary>Where an export job stands.</summary>
/// <param name="Stage">The step running, or Done or Failed.</param>
/// <param name="Percent">0–100: the steps done, the writing step counted row by row.</param>
/// <param name="File">The file once done.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="FinishedAt">When it finished (the job is dropped <see cref="ExportJobOptions.KeepFor"/> later).</param>
public sealed record ExportProgress(ExportStage Stage, int Percent, byte[]? File, ExportError? Error, DateTimeOffset? FinishedAt);
