namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>The steps of an export job, in the order they run.</summary>
public enum ExportStage
{
    /// <summary>Accepted, not started yet.</summary>
    Queued,

    /// <summary>Reading the period's consolidated report (status, snapshot or live scorecards, outputs).</summary>
    ReadingReport,

    /// <summary>Reading the three-sector statistics (live periods only: a closed period's are in its snapshot).</summary>
    ReadingThreeSector,

    /// <summary>Writing the file, row by row.</summary>
    WritingFile,

    /// <summary>The file is ready.</summary>
    Done,

    /// <summary>The export failed; the job's error says why.</summary>
    Failed,
}
