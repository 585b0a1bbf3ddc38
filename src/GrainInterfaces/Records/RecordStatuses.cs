using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Victims;

namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>The statuses a record can be in, as written in its list line (camelCase), in the order records move through them.</summary>
public static class RecordStatuses
{
    /// <summary>A tip: received, then classified, then (with signs of crime) concluded.</summary>
    public static readonly IReadOnlyList<string> Tip = ["received", "signsOfCrime", "noSigns", "transferred", "caseOpened", "dismissed"];

    /// <summary>The statuses of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<string> Of(RecordKind kind) => kind switch
    {
        RecordKind.Tip => Tip,
        RecordKind.Case => [.. Enum.GetNames<CaseStatus>().Select(Camel)],
        _ => [.. Enum.GetNames<PersonStatus>().Select(Camel)],
    };

    /// <summary>A tip's status: its verification's conclusion, else its classification, else "received".</summary>
    public static string OfTip(TipClassification? classification, VerificationConclusion? conclusion) =>
        conclusion is { } concluded ? Name(concluded) : classification is { } classified ? Name(classified) : "received";

    /// <summary>An enum value as the lists and the JSON API write it: "AwaitingTrial" → "awaitingTrial".</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => Camel(value.ToString());

    /// <summary>
    /// The agencies that take the next step of a record in <paramref name="status"/> (as the grains' permission table
    /// says), or none when no step is due: a tip is classified and verified by the Police or the Border Guard; a case is
    /// investigated by them and sent to court by the Procuracy, then tried and judged by the Court; a received person
    /// is verified and identified by the Police or the Border Guard.
    /// </summary>
    public static IReadOnlyList<string> NextAgencies(RecordKind kind, string status) => (kind, status) switch
    {
        (RecordKind.Tip, "received" or "signsOfCrime") => ["CA", "BDBP"],
        (RecordKind.Case, "investigating") => ["CA", "BDBP", "VKS"],
        (RecordKind.Case, "awaitingTrial" or "tried") => ["TA"],
        (RecordKind.Person, "received" or "verifying") => ["CA", "BDBP"],
        _ => [],
    };

    /// <summary>The forms of trafficking a case may be filtered by.</summary>
    public static IReadOnlyList<string> Forms { get; } = [.. Enum.GetNames<TraffickingForm>().Select(Camel)];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
