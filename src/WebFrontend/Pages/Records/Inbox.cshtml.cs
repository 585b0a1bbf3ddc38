using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Records;

/// <summary>The signed-in user's inbox (<c>/hop-thu</c>): the records in their scope whose next step is overdue or soon due.</summary>
public sealed class InboxModel(IGrainFactory grains, UnitChoices units, ProgramFiles files, IConfiguration config) : PageModel
{
    public RecordInbox Inbox { get; private set; } = new(default, [], 0, 0);

    /// <summary>The reader's agency, whose incoming and outgoing referrals are listed.</summary>
    public string? Agency { get; private set; }

    private IReadOnlyList<DistrictUnits> _districts = [];

    public async Task OnGetAsync()
    {
        var reader = PartyClaims.Party(User)!;
        Agency = reader.AgencyCode;
        _districts = await units.ForAsync(reader);
        Inbox = await grains.GetGrain<IRecordListGrain>(config["Site:Province"] ?? "22").InboxAsync(reader);
    }

    /// <summary>Days past the last day (positive) or left before it (negative or zero).</summary>
    public int DaysLate(RecordSummary line) => Inbox.Today.DayNumber - line.DueOn!.Value.DayNumber;

    public string UnitName(string? code) => _districts.NameOf(code);

    public string AgencyName(string? code) => files.AgencyName(code);

    /// <summary>The referrals of a line that concern the reader's agency: those to it that wait for its answer, and those it made.</summary>
    public IEnumerable<Referral> Concerning(RecordSummary line) =>
        (line.Referrals ?? []).Where(r => (r.ToAgency == Agency && r.Status == ReferralStatus.Pending) || r.FromAgency == Agency);
}
