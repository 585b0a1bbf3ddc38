using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>The labels of the breakdown keys of outputs (material kinds, places, sexes…), the same as the forms' choices.</summary>
public static class OutputKeys
{
    private static readonly Dictionary<string, ImmutableArray<FormChoice>> ByPrefix = new(StringComparer.Ordinal)
    {
        [Measures.MaterialQuantityPrefix] = Project1Commands.Materials,
        ["persons.received.place."] = Project3Commands.Places,
        ["persons.received.country."] = Project3Commands.Countries,
        ["persons.received.return."] = Project3Commands.Returns,
        ["persons.received.sex."] = Project3Commands.Sexes,
        ["persons.received.age."] =
        [
            new("under16", "Dưới 16 tuổi"), new("16to17", "Từ 16 đến 17 tuổi"), new("18to30", "Từ 18 đến 30 tuổi"), new("over30", "Trên 30 tuổi"),
        ],
        ["support."] = Project3Commands.SupportKinds,
        ["protection."] = Project3Commands.ProtectionMeasures,
    };

    /// <summary>
    /// The Vietnamese label (the key of its English text) of a key under an output's measure prefix; the key itself
    /// otherwise (e.g. a country code). Keys follow each measure's own spelling (places in lower case, "mongcai"), hence
    /// the case-blind match.
    /// </summary>
    public static string Label(string? measurePrefix, string key) =>
        measurePrefix is not null && ByPrefix.TryGetValue(measurePrefix, out var choices) && choices.FirstOrDefault(c => c.Value.Equals(key, StringComparison.OrdinalIgnoreCase)) is { } choice
            ? choice.Label
            : key;

    /// <summary>The Vietnamese label of an output's breakdown key under the site's programs (the key itself when unknown), or null without a key.</summary>
    public static string? Label(ProgramFiles files, string outputCode, string? key) =>
        key is null ? null : Label(files.Programs.SelectMany(p => p.Outputs).FirstOrDefault(o => o.Code == outputCode)?.MeasurePrefix, key);
}
