using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
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
public sealed class RecordModel(IGrainFactory grains, UnitChoices units, EntryForms forms, ProgramFiles files, IConfiguration config) : PageModel
{
    /// <summary>One step of the timeline.</summary>
    public sealed record Step(DateOnly Date, string Name, string? Detail, string? AgencyCode, string UserId, DateTimeOffset? RecordedAt, CorrectedValue? Correction);

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
            _ => await grains.GetGrain<IVictimGrain>($"{Province}:{id}").GetAsync() is { } person && Show(person),
        };
        return found ? Page() : NotFound();
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

        Timeline = [.. tip.History.Select(h => new Step(h.Date, h.Step, h.Detail, h.AgencyCode, h.UserId, null, h.Correction))];
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
        Timeline = [.. person.History.Select(h => new Step(h.Date, h.Step, h.Detail, h.AgencyCode, h.UserId, h.RecordedAt, h.Correction))];
        return true;
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
