using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.Grains.Records;

/// <summary>
/// The read model behind the lists of records: one line per tip, case and person, written by the record's grain after
/// each accepted command (and again on its retry) and read by <see cref="RecordListGrain"/>. A line never goes back
/// to an older version. In memory for tests and the demo mode; the table <c>record_index</c> in PostgreSQL.
/// </summary>
public interface IRecordIndex
{
    /// <summary>Writes the line of a record of <paramref name="provinceCode"/>, unless a newer version is already written.</summary>
    Task UpsertAsync(string provinceCode, RecordSummary summary);

    /// <summary>The lines matching <paramref name="query"/>'s filters: one page, newest first (by due date when it filters by one), and how many match in all.</summary>
    Task<(IReadOnlyList<RecordSummary> Items, int Total)> QueryAsync(string provinceCode, RecordQuery query);
}
