namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>
/// What a correction changed, kept with its step of a record's history (the timeline shows it): the field as the
/// JSON API names it, its value before and after in the API's spelling (dates yyyy-MM-dd, enums camelCase, unit
/// codes), and the reason given. A birth year is never kept here: its correction keeps the age groups before and
/// after ("18to30", "under16"), the only age kept in clear.
/// </summary>
/// <param name="Field">The field corrected, e.g. "receivedOn", "unitCode", "suspects", "birthYear".</param>
/// <param name="Before">The value before.</param>
/// <param name="After">The value after.</param>
/// <param name="Reason">Why it was corrected, as the corrector wrote it.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.CorrectedValue")]
public sealed record CorrectedValue(string Field, string Before, string After, string Reason);
