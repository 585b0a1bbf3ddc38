using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Records;

/// <summary>
/// The page of one tip, case or received person: where it stands, what it is, its timeline (each step: what, when, by
/// which agency, entered by whom) and its next step with who may take it. A person's personal data is shown only after
/// the audited read, which asks for a purpose.
/// </summary>
public sealed class RecordModel(IGrainFactory grains, UnitChoices units, EntryForms forms, ProgramFiles files, IConfiguration config, TimeProvider time) : PageModel
{
    /// <summary>One step of the timeline: a correction's before and after, or its result already in words in <paramref name="Shown"/> (a referral's agency and reason).</summary>
    public sealed record Step(DateOnly Date, string Name, string? Detail, string? AgencyCode, string UserId, DateTimeOffset? RecordedAt, CorrectedValue? Correction = null, string? Shown = null);

    public RecordKind Kind { get; private set; }

    public string Id { get; private set; } = "";

    public string Status { get; private set; } = "";

    /// <summary>What the record is, as label (Vietnamese: the key of its English text) and value.</summary>
    public List<(string Label, string Value)> Facts { get; } = [];

    public IReadOnlyList<Step> Timeline { get; private set; } = [];

    /// <summary>The slug of the form correcting a value of this record, when the reader may use it; else null.</summary>
    public string? CorrectionForm { get; private set; }

    /// <summary>A person's personal data, once released by the audited read.</summary>
    public PersonalData? Personal { get; private set; }

    /// <summary>Why the read of personal data was refused, in the page's language.</summary>
    public string? ReadError { get; private set; }

    /// <summary>The record's referrals to other agencies, in the order made.</summary>
    public IReadOnlyList<Referral> Referrals { get; private set; } = [];

    /// <summary>The agencies that have the record (a tip: the receiving agency and those that accepted a referral).</summary>
    public IReadOnlyList<string> Holders { get; private set; } = [];

    /// <summary>The reader's agency, when its role refers and answers referrals of this kind (persons: case workers; tips: agency officers).</summary>
    public string? ReferringAgency { get; private set; }

    /// <summary>The referral to the reader's agency waiting for its answer, if any.</summary>
    public Referral? AwaitingReader => Referrals.LastOrDefault(r => r.ToAgency == ReferringAgency && r.Status == ReferralStatus.Pending);

    /// <summary>True when the reader's agency has the record and may refer it (the grain checks the rest).</summary>
    public bool MayRefer => ReferringAgency is { } agency && Holders.Contains(agency) && Status is not ("closed" or "noSigns" or "transferred" or "caseOpened" or "dismissed");

    /// <summary>The agencies a referral may go to: those of the province that do not have the record.</summary>
    public IEnumerable<AgencyEntry> ReferTargets => files.Agencies.Where(a => !Holders.Contains(a.Code));

    /// <summary>The answer to a referral command, in the page's language: done, or why it was refused.</summary>
    public string? ReferralMessage { get; private set; }

    /// <summary>True when <see cref="ReferralMessage"/> is a refusal.</summary>
    public bool ReferralRefused { get; private set; }

    /// <summary>A fresh idempotency key for the referral forms, so a double submit counts once.</summary>
    public string Key { get; } = "page-" + Guid.NewGuid().ToString("N");

    /// <summary>Today in Vietnam, the default date of a referral or its answer.</summary>
    public DateOnly Today => VietnamTime.Today(time);

    private IReadOnlyList<DistrictUnits> _districts = [];

    public Task<IActionResult> OnGetAsync(string id) => LoadAsync(id);

    /// <summary>The audited read of a person's personal data, with the purpose the case worker gave.</summary>
    public async Task<IActionResult> OnPostReadAsync(string id, string? purpose)
    {
        var loaded = await LoadAsync(id);
        if (loaded is not PageResult || Kind != RecordKind.Person)
        {
            return loaded is PageResult ? NotFound() : loaded;
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            ReadError = Languages.IsEnglish ? "Give the purpose of the read." : "Hãy ghi lý do xem thông tin cá nhân.";
            return Page();
        }

        // The answer may carry personal data: never kept by a browser or proxy.
        Response.Headers.CacheControl = "no-store";
        var result = await grains.GetGrain<IVictimGrain>($"{Province}:{Id}").ReadPersonalDataAsync(new ReadRequest(PartyClaims.Party(User)!, purpose.Trim()));
        Personal = result.Data;
        ReadError = result.Error is { } error ? (Languages.IsEnglish ? error.MessageEn : error.MessageVi) : null;
        // The read is itself a step of the person's history: show it.
        await LoadAsync(id);
        return Page();
    }

    /// <summary>Refers the record to another agency.</summary>
    public Task<IActionResult> OnPostReferAsync(string id, string? toAgency, string? reason, DateOnly? on, string? idempotencyKey) =>
        SendAsync(id, idempotencyKey, (key, actor) => Kind == RecordKind.Person
            ? grains.GetGrain<IVictimGrain>($"{Province}:{id}").ReferAsync(new(key, actor, toAgency ?? "", reason ?? "", on ?? Today))
            : grains.GetGrain<ITipGrain>($"{Province}:{id}").ReferAsync(new(key, actor, toAgency ?? "", reason ?? "", on ?? Today)));

    /// <summary>Accepts the referral to the reader's agency.</summary>
    public Task<IActionResult> OnPostAcceptAsync(string id, DateOnly? on, string? idempotencyKey) =>
        SendAsync(id, idempotencyKey, (key, actor) => Kind == RecordKind.Person
            ? grains.GetGrain<IVictimGrain>($"{Province}:{id}").AcceptReferralAsync(new(key, actor, on ?? Today))
            : grains.GetGrain<ITipGrain>($"{Province}:{id}").AcceptReferralAsync(new(key, actor, on ?? Today)));

    /// <summary>Declines the referral to the reader's agency, with why.</summary>
    public Task<IActionResult> OnPostDeclineAsync(string id, string? reason, DateOnly? on, string? idempotencyKey) =>
        SendAsync(id, idempotencyKey, (key, actor) => Kind == RecordKind.Person
            ? grains.GetGrain<IVictimGrain>($"{Province}:{id}").DeclineReferralAsync(new(key, actor, reason ?? "", on ?? Today))
            : grains.GetGrain<ITipGrain>($"{Province}:{id}").DeclineReferralAsync(new(key, actor, reason ?? "", on ?? Today)));

    /// <summary>Sends a referral command for the record shown (tips and persons only), then shows the record as it now is.</summary>
    private async Task<IActionResult> SendAsync(string id, string? key, Func<string, ActingParty, Task<CommandResult>> send)
    {
        var loaded = await LoadAsync(id);
        if (loaded is not PageResult || Kind == RecordKind.Case)
        {
            return loaded is PageResult ? NotFound() : loaded;
        }

        var result = await send(string.IsNullOrWhiteSpace(key) ? Key : key, PartyClaims.Party(User)!);
        ReferralRefused = result.Error is not null;
        ReferralMessage = result.Error is { } error
            ? (Languages.IsEnglish ? error.MessageEn : error.MessageVi)
            : (Languages.IsEnglish ? "Recorded." : "Đã ghi nhận.");
        // A declined referral takes the record away from the agency that declined it: back to its inbox.
        var reloaded = await LoadAsync(id);
        return reloaded is not PageResult && !ReferralRefused ? Redirect("/hop-thu") : reloaded;
    }

    private string Province => config["Site:Province"] ?? "22";

    private async Task<IActionResult> LoadAsync(string id)
    {
        Kind = RecordKinds.FromPath(Request.Path);
        Id = id;
        var reader = PartyClaims.Party(User)!;
        if (!RecordKinds.MayRead(Kind, reader))
        {
            return Forbid();
        }

        if (Identifiers.CheckId("id", id) is not null)
        {
            return NotFound();
        }

        _districts = await units.AllAsync();
        var correction = RecordKinds.CorrectionForm(Kind);
        CorrectionForm = (await forms.ForAsync(reader)).Any(f => f.Slug == correction) ? correction : null;
        var found = Kind switch
        {
            RecordKind.Tip => await grains.GetGrain<ITipGrain>($"{Province}:{id}").GetAsync() is { } tip && Show(tip),
            RecordKind.Case => await grains.GetGrain<ICaseGrain>($"{Province}:{id}").GetAsync() is { } view && Show(view),
            _ => await grains.GetGrain<IVictimGrain>($"{Province}:{id}").ViewAsync(reader) is var person && person.Error is null
                ? person.View is { } shown && Show(shown)
                : (bool?)null,
        };
        return found switch
        {
            true => Page(),
            false => NotFound(),
            // A case worker of an agency that has not got the person's record.
            null => Forbid(),
        };
    }

    private bool Show(TipView tip)
    {
        Status = RecordStatuses.OfTip(tip.Classification, tip.Conclusion);
        Facts.Clear();
        Facts.Add(("Nơi xảy ra", UnitName(tip.UnitCode)));
        Facts.Add(("Ngày tiếp nhận", tip.ReceivedOn.ToString("dd/MM/yyyy")));
        Facts.Add(("Nguồn tin", Words(RecordStatuses.Name(tip.Source))));
        Facts.Add(("Cơ quan tiếp nhận", AgencyName(tip.ReceivingAgency)));
        if (tip.CaseId is { } caseId)
        {
            Facts.Add(("Vụ án", caseId));
        }

        Referrals = tip.Referrals;
        Holders = [.. new[] { tip.ReceivingAgency }.OfType<string>().Concat(tip.Referrals.Where(r => r.Status == ReferralStatus.Accepted).Select(r => r.ToAgency))];
        ReferringAgency = PartyClaims.Party(User)! is { Role: ActorRole.AgencyOfficer, AgencyCode: { } agency } ? agency : null;
        Timeline = [.. tip.History.Select(h => new Step(h.Date, h.Step, h.Detail, h.AgencyCode, h.UserId, null, h.Correction, ReferralText(h.Step, h.Detail)))];
        return true;
    }

    private bool Show(CaseView view)
    {
        Status = RecordStatuses.Name(view.Status);
        Facts.Clear();
        Facts.Add(("Nơi xảy ra", UnitName(view.UnitCode)));
        Facts.Add(("Ngày khởi tố", view.OpenedOn.ToString("dd/MM/yyyy")));
        Facts.Add(("Hình thức", RecordKinds.Form(RecordStatuses.Name(view.Form))));
        Facts.Add(("Số bị can", view.Suspects.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (view.TipId is { } tipId)
        {
            Facts.Add(("Tin báo gốc", tipId));
        }

        Timeline = [.. view.History.Select(h => new Step(h.Date, h.Step, h.Detail, h.AgencyCode, h.UserId, null, h.Correction))];
        return true;
    }

    private bool Show(VictimView person)
    {
        Status = RecordStatuses.Name(person.Status);
        Facts.Clear();
        Facts.Add(("Nơi cư trú", UnitName(person.HomeUnitCode)));
        Facts.Add(("Ngày tiếp nhận", person.ReceivedOn.ToString("dd/MM/yyyy")));
        Facts.Add(("Cơ quan tiếp nhận", AgencyName(person.ReceivingAgency)));
        Facts.Add(("Yêu cầu giữ bí mật", person.Confidential ? "Có" : "Không"));
        Facts.Add(("Đồng ý nhận hỗ trợ", ConsentWords(person.Consents.FirstOrDefault(c => c.Kind == ConsentKind.Support))));
        Facts.Add(("Đồng ý chia sẻ thông tin", ConsentWords(person.Consents.FirstOrDefault(c => c.Kind == ConsentKind.DataSharing))));
        Referrals = person.Referrals;
        Holders = person.Access;
        ReferringAgency = PartyClaims.Party(User)!.AgencyCode;
        Timeline = [.. person.History.Select(h => new Step(h.Date, h.Step, h.Detail, h.AgencyCode, h.UserId, h.RecordedAt, h.Correction, ReferralText(h.Step, h.Detail)))];
        return true;
    }

    /// <summary>A consent in words, in the page's language: not given, given since a date (with the reception, or presumed for an older record), or withdrawn.</summary>
    private static string ConsentWords(ConsentRecord? consent)
    {
        var english = Languages.IsEnglish;
        return consent switch
        {
            null => english ? "Not given" : "Chưa đồng ý",
            { WithdrawnOn: { } withdrawn } => english
                ? $"Withdrawn on {withdrawn:dd/MM/yyyy} (given on {consent.GivenOn:dd/MM/yyyy})"
                : $"Đã rút lại ngày {withdrawn:dd/MM/yyyy} (đồng ý từ ngày {consent.GivenOn:dd/MM/yyyy})",
            { Presumed: true } => english
                ? $"Presumed since {consent.GivenOn:dd/MM/yyyy} (received before consent was recorded)"
                : $"Coi như đã đồng ý từ ngày {consent.GivenOn:dd/MM/yyyy} (tiếp nhận trước khi hệ thống ghi nhận đồng ý)",
            { WithReception: true } => english
                ? $"Yes, since {consent.GivenOn:dd/MM/yyyy} (given with the reception)"
                : $"Có, từ ngày {consent.GivenOn:dd/MM/yyyy} (khi tiếp nhận)",
            _ => english ? $"Yes, since {consent.GivenOn:dd/MM/yyyy}" : $"Có, từ ngày {consent.GivenOn:dd/MM/yyyy}",
        };
    }

    /// <summary>
    /// A referral step's result in words: the agency referred to and the reason ("referred"), the agency that accepted,
    /// or the agency that declined and why; null for any other step.
    /// </summary>
    private string? ReferralText(string step, string? detail)
    {
        if (step is not ("referred" or "referralAccepted" or "referralDeclined") || Referrals.FirstOrDefault(r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == detail) is not { } referral)
        {
            return null;
        }

        var agency = AgencyName(referral.ToAgency);
        return step switch
        {
            "referred" => $"{agency} ({referral.Reason})",
            "referralDeclined" => $"{agency} ({referral.DeclineReason})",
            _ => agency,
        };
    }

    public string UnitName(string? code) => _districts.NameOf(code);

    /// <summary>
    /// A corrected value in words (Vietnamese: the key of its English text): a date as dd/MM/yyyy, a unit by its name,
    /// an age group (a birth year is never shown) or a choice by its label, a count as it is.
    /// </summary>
    public string CorrectedWords(string field, string value) => field switch
    {
        "receivedOn" or "openedOn" when DateOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var date) => date.ToString("dd/MM/yyyy"),
        "unitCode" => UnitName(value),
        "birthYear" => OutputKeys.Label("persons.received.age.", value),
        "suspects" => value,
        _ => Words(value),
    };

    public string AgencyName(string? code) => files.AgencyName(code);

    /// <summary>
    /// A step's detail in words (Vietnamese: the key of its English text): the label the data-entry forms give the same
    /// value (a verdict, a support kind, a protection measure…), else a status's name, else the value itself (a unit or
    /// an officer's user id).
    /// </summary>
    public string Words(string? value) =>
        value is null ? ""
        : forms.All.SelectMany(f => f.Fields).SelectMany(f => f.Choices ?? []).FirstOrDefault(c => c.Value == value)?.Label
            ?? (RecordKinds.Status(value) is var status && status != value ? status : UnitName(value));
}
