using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>Reports and actors for the reporting tests.</summary>
internal static class Reports
{
    public static readonly ActingParty StandingOffice = new("ca-thuong-truc", "CA");

    /// <summary>An officer of the district <paramref name="code"/>, who sends that district's reports.</summary>
    public static ActingParty District(string code) => Commands.DistrictOfficer(code);

    public static ActingParty Agency(string code) => new($"can-bo-{code.ToLowerInvariant()}", code);

    public static SubmitReport Submit(string reporter, ActingParty actor, string narrative = "Kết quả thực hiện kế hoạch trong kỳ.", string? reason = null, params ReportFigure[] figures) =>
        new(Guid.NewGuid().ToString("N"), actor, reporter, narrative, [.. figures], reason);

    public static ApprovePeriod Approve(ActingParty actor) => new(Guid.NewGuid().ToString("N"), actor, "Đồng ý");

    public static IReportingPeriodGrain Period(this IGrainFactory grains, string period) =>
        grains.GetGrain<IReportingPeriodGrain>($"22:{period}");
}
