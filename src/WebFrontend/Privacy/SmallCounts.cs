using System.Security.Claims;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Privacy;

/// <summary>
/// The one place that decides which figures a reader sees, for the pages and the API alike. The public (no sign-in)
/// sees a count of people from 1 to the threshold less one (Site:SmallCountThreshold, default 5) as "&lt; threshold":
/// at every level, the counts of persons received and of victims (Project 3's indicators that count people and its
/// outputs with their breakdowns by place, country, sex, age group, support and protection, and the victims rescued);
/// at commune level, every count of people or of their cases. The counts of each level are protected together with
/// the other units under the same parent (the districts of the province, the communes of a district), so that a small
/// count cannot be worked out from the parent's total either (<see cref="CountSuppression"/>); an agency's counts of
/// steps taken on persons and victims likewise among the agencies. Signed-in readers (every
/// role may see aggregates) see every count as it is.
/// </summary>
public sealed class SmallCounts(IConfiguration config, ProgramFiles files, IGrainFactory grains)
{
    private const string VictimMeasurePrefix = "victims.";

    /// <summary>The commands taken on received persons and victims (Project 3's), whose counts by agency are counts of people.</summary>
    private static readonly HashSet<string> VictimCommands = typeof(ReceivePerson).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ReceivePerson).Namespace && typeof(ICommand).IsAssignableFrom(t))
        .Select(t => t.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The smallest count shown as it is.</summary>
    public int Threshold => config.GetValue("Site:SmallCountThreshold", 5);

    /// <summary>A count as shown given its protection: the number, "&lt; threshold" or the withheld mark.</summary>
    public string Show(long? count, CellState state, string withheld) => Show(count, state, Threshold, withheld);

    /// <summary>A count as shown given its protection and the <paramref name="threshold"/> a small count is shown under.</summary>
    public static string Show(long? count, CellState state, int threshold, string withheld) => state switch
    {
        CellState.Small => $"< {threshold}",
        CellState.Withheld => withheld,
        _ => Display.Number(count ?? 0),
    };

    /// <summary>Whether <paramref name="reader"/> sees every count as it is (signed in), so that nothing is protected for them.</summary>
    public bool SeesEveryCount(ClaimsPrincipal reader) => PartyClaims.Party(reader) is not null;

    /// <summary>
    /// Protects the counts of <paramref name="units"/> — every unit of one level under one parent: the province alone,
    /// the districts of the province or the communes of a district — for <paramref name="reader"/>.
    /// </summary>
    public ProtectedCounts Protect(IReadOnlyList<ScorecardView> units, string programCode, ClaimsPrincipal reader) =>
        Protect(units, programCode, SeesEveryCount(reader));

    /// <summary>
    /// Protects the counts of <paramref name="units"/> as <see cref="Protect(IReadOnlyList{ScorecardView}, string, ClaimsPrincipal)"/>
    /// does, for a reader who sees every count (signed in) or not (the public).
    /// </summary>
    public ProtectedCounts Protect(IReadOnlyList<ScorecardView> units, string programCode, bool everyCount)
    {
        if (everyCount || units.Count == 0)
        {
            return new ProtectedCounts([], Threshold, _ => false, _ => false);
        }

        var program = files.Program(programCode);
        // A program without its file: every count is protected rather than none.
        var indicators = program?.Indicators.ToDictionary(i => i.Code);
        var outputs = program?.Outputs.ToDictionary(o => o.Code);
        return units[0].Level == UnitLevel.Commune
            ? new ProtectedCounts(units, Threshold, code => indicators?.GetValueOrDefault(code)?.CountsPeople ?? true, _ => true)
            : new ProtectedCounts(
                units,
                Threshold,
                code => indicators?.GetValueOrDefault(code) is not { } i || (i.CountsPeople && i.Project == Projects.Victims),
                code => outputs?.GetValueOrDefault(code) is not { } o || o.Project == Projects.Victims || (o.Measure?.StartsWith(VictimMeasurePrefix, StringComparison.Ordinal) ?? false));
    }

    /// <summary>The province's scorecard, protected.</summary>
    public async Task<Protected<ScorecardView>> ProvinceAsync(string province, string period, ClaimsPrincipal reader)
    {
        var grain = grains.GetGrain<IProvinceGrain>(province);
        var scorecard = await grain.GetScorecardAsync(period);
        return new(scorecard, Protect([scorecard], (await grain.GetProgramAsync()).Code, reader));
    }

    /// <summary>Every district's scorecard, protected together.</summary>
    public async Task<Protected<IReadOnlyList<ScorecardView>>> DistrictsAsync(string province, string period, ClaimsPrincipal reader)
    {
        var grain = grains.GetGrain<IProvinceGrain>(province);
        IReadOnlyList<ScorecardView> districts = await grain.GetDistrictScorecardsAsync(period);
        return new(districts, Protect(districts, (await grain.GetProgramAsync()).Code, reader));
    }

    /// <summary>
    /// A district's scorecard, protected with the other districts of its province (whose total the province shows). The
    /// district's own figures are its grain's, current as soon as a command is acknowledged, in place of the province's
    /// row of it, which follows a moment later.
    /// </summary>
    public async Task<Protected<ScorecardView>> DistrictAsync(string district, string period, ClaimsPrincipal reader)
    {
        var grain = grains.GetGrain<IDistrictGrain>(district);
        var summary = await grain.GetSummaryAsync();
        var own = await grain.GetScorecardAsync(period);
        var province = grains.GetGrain<IProvinceGrain>(summary.ParentCode!);
        var districts = (await province.GetDistrictScorecardsAsync(period)).Select(d => d.UnitCode == district ? own : d).ToList();
        return new(own, Protect(districts, (await province.GetProgramAsync()).Code, reader));
    }

    /// <summary>Every commune's scorecard of a district, protected together.</summary>
    public async Task<Protected<IReadOnlyList<ScorecardView>>> CommunesAsync(string district, string period, ClaimsPrincipal reader)
    {
        var grain = grains.GetGrain<IDistrictGrain>(district);
        var summary = await grain.GetSummaryAsync();
        IReadOnlyList<ScorecardView> communes = await grain.GetCommuneScorecardsAsync(period);
        var program = await grains.GetGrain<IProvinceGrain>(summary.ParentCode!).GetProgramAsync();
        return new(communes, Protect(communes, program.Code, reader));
    }

    /// <summary>
    /// An agency's profile: the counts of steps taken on received persons and victims (the persons it received,
    /// supported…) are protected for the public together with the other agencies of the province, whose sum the
    /// province's figures give.
    /// </summary>
    public async Task<ShownAgencyProfile> AgencyAsync(string province, string agency, ClaimsPrincipal reader)
    {
        var own = await grains.GetGrain<IAgencyGrain>($"{province}:{agency}").GetProfileAsync();
        var states = own.Activity.Keys.ToDictionary(k => k, _ => CellState.Shown);
        if (PartyClaims.Party(reader) is null)
        {
            var all = new List<AgencyProfile> { own };
            foreach (var other in files.Agencies.Where(a => a.Code != agency))
            {
                all.Add(await grains.GetGrain<IAgencyGrain>($"{province}:{other.Code}").GetProfileAsync());
            }

            foreach (var kind in own.Activity.Keys.Where(VictimCommands.Contains))
            {
                states[kind] = CountSuppression.Protect(all.Select(a => a.Activity.GetValueOrDefault(kind)).ToList(), Threshold).States[0];
            }
        }

        return new ShownAgencyProfile(
            own.Code, own.NameVi, own.NameEn, own.Projects, own.Activity.ToDictionary(a => a.Key, a => states[a.Key] == CellState.Shown ? a.Value : (long?)null), states);
    }

    /// <summary>A commune's scorecard, protected with the other communes of its district (whose total the district shows).</summary>
    public async Task<Protected<ScorecardView>> CommuneAsync(string commune, string period, ClaimsPrincipal reader)
    {
        var summary = await grains.GetGrain<ICommuneGrain>(commune).GetSummaryAsync();
        var all = await CommunesAsync(summary.ParentCode!, period, reader);
        return new(all.Figures.Single(c => c.UnitCode == commune), all.Counts);
    }
}

/// <summary>Figures read for a reader and the protection of their counts.</summary>
/// <param name="Figures">The scorecard or scorecards as computed.</param>
/// <param name="Counts">What of them the reader may see.</param>
public sealed record Protected<T>(T Figures, ProtectedCounts Counts);
