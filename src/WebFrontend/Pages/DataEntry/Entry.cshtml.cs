using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafficking.WebFrontend.Pages.DataEntry;

/// <summary>
/// One data-entry form: renders with a fresh idempotency key (so a double submit counts once), sends the same command
/// record the JSON API takes to the grain, and shows each refusal next to its field. Personal data typed into it is
/// never shown back, logged or confirmed.
/// </summary>
public sealed class EntryModel(IGrainFactory grains, PeriodDefaults defaults, EntryForms forms, UnitChoices units, ProgramFiles files,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form shown.</summary>
    public EntryForm Form { get; private set; } = null!;

    /// <summary>The idempotency key rendered into the form.</summary>
    public string Key { get; private set; } = NewKey();

    /// <summary>The values shown in the fields (never personal data).</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Errors by field name; "" for the form as a whole.</summary>
    public Dictionary<string, FieldError> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The districts and communes the unit fields offer (a district officer's own district only).</summary>
    public IReadOnlyList<DistrictUnits> Units { get; private set; } = [];

    /// <summary>The agencies the agency fields offer, by name.</summary>
    public IReadOnlyList<AgencyEntry> Agencies => files.Agencies;

    /// <summary>Set after a command was taken.</summary>
    public EntryConfirmation? Confirmation { get; private set; }

    /// <summary>Shows the empty form; <paramref name="target"/> fills in what it is sent to (a record page's link to its correction form).</summary>
    public async Task<IActionResult> OnGetAsync([FromRoute] string form, [FromQuery] string? target)
    {
        if (await OpenAsync(form) is { } refused)
        {
            return refused;
        }

        foreach (var field in Form.Fields.Prepend(Form.Target).Where(f => f.Default is not null))
        {
            Values[field.Name] = field.Default!;
        }

        if (target is not null && Identifiers.CheckId("target", target) is null)
        {
            Values[Form.Target.Name] = target;
        }

        return Page();
    }

    /// <summary>Sends the command and shows the outcome.</summary>
    public async Task<IActionResult> OnPostAsync([FromRoute] string form)
    {
        if (await OpenAsync(form) is { } refused)
        {
            return refused;
        }

        var input = new FormInput(Request.Form.ToDictionary(f => f.Key, f => f.Value), Actor);
        foreach (var field in Form.Fields.Prepend(Form.Target).Where(f => !f.Personal))
        {
            Values[field.Name] = input.Raw(field.Name);
        }

        var target = input.Text("target");
        var command = Form.Build(input);
        if (input.Errors.Count > 0)
        {
            foreach (var (field, error) in input.Errors)
            {
                Show(field == "idempotencyKey" ? "" : field, error);
            }

            return Page();
        }

        CommandResult result;
        try
        {
            result = await Form.SendAsync(grains, Form.GrainKey(defaults.Province, target), command!);
        }
        catch (UnknownUnitException)
        {
            Show("target", new FieldError($"Không có đơn vị hoặc mục mã '{target}'.", $"There is nothing with code '{target}'."));
            return Page();
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            // The command may have been recorded: the same key is kept, so sending again counts once.
            Key = input.Key;
            Errors[""] = new FieldError(
                "Hệ thống tạm thời không phản hồi; lệnh có thể đã được ghi nhận. Hãy gửi lại: lệnh chỉ được tính một lần.",
                "The system is not responding; the command may have been recorded. Send again: it will count once.");
            return Page();
        }

        if (result.Error is { } refusal)
        {
            ShowRefusal(refusal, input);
            return Page();
        }

        Confirmation = new EntryConfirmation(result.Outcome, result.Version, await UnitAsync(Form.UnitShown(input), input.FirstDate), Form.Project);
        foreach (var field in Form.Fields)
        {
            Values.Remove(field.Name);
        }

        return Page();
    }

    /// <summary>The signed-in user acting (the folder's policy lets only data-entry roles in).</summary>
    public ActingParty Actor => PartyClaims.Party(User)!;

    /// <summary>Opens the form, or answers 404 for no such form and refuses one whose command the user may not give.</summary>
    private async Task<IActionResult?> OpenAsync(string slug)
    {
        if (forms.Find(slug) is not { } form)
        {
            return NotFound();
        }

        if (!(await forms.ForAsync(Actor)).Contains(form))
        {
            return Forbid();
        }

        Form = form;
        Units = await units.ForAsync(Actor);
        return null;
    }

    private void ShowRefusal(CommandError refusal, FormInput input)
    {
        var fields = Form.Fields.ToDictionary(f => f.Name);
        var name = fields.ContainsKey(refusal.Field)
            ? refusal.Field
            : refusal.Code is "unknownUnit" or "notRecorded" || refusal.Field == "unitCode" ? "target" : "";
        // A grain's message may repeat the value sent: for personal data it is shown only when it does not.
        var repeats = fields.TryGetValue(name, out var field) && field.Personal && input.Raw(name) is { Length: > 0 } typed
            && (refusal.MessageVi.Contains(typed, StringComparison.OrdinalIgnoreCase) || refusal.MessageEn.Contains(typed, StringComparison.OrdinalIgnoreCase));
        Show(name, repeats
            ? new FieldError("Giá trị không hợp lệ; hãy nhập lại.", "The value is not valid; enter it again.")
            : new FieldError(Worded(refusal.MessageVi, vietnamese: true), Worded(refusal.MessageEn, vietnamese: false)));
    }

    /// <summary>Shows an error next to its field, naming the field by its label when the message does not already.</summary>
    private void Show(string name, FieldError error)
    {
        if (Form.Fields.Prepend(Form.Target).FirstOrDefault(f => f.Name == name) is not { } field)
        {
            Errors[name] = error;
            return;
        }

        string Named(string message, string label) => message.Contains(label, StringComparison.Ordinal) ? message : $"{label}: {message}";
        Errors[name] = new FieldError(Named(error.Vi, field.Label), Named(error.En, localizer[field.Label]));
    }

    /// <summary>
    /// A grain's message with each field and value it quotes as the JSON API names them ('aware', 'signsOfCrime')
    /// replaced by the label the form shows ('Số người hiểu biết'): the English one when the page is in English.
    /// </summary>
    private string Worded(string message, bool vietnamese)
    {
        string Label(string text) => vietnamese ? text : localizer[text];
        var fields = Form.Fields.Prepend(Form.Target);
        var names = fields.Select(f => (Code: f.Name, f.Label))
            .Concat(fields.SelectMany(f => f.Choices ?? []).Select(c => (Code: c.Value, c.Label)));
        return names.Aggregate(message, (text, n) => text.Replace($"'{n.Code}'", $"'{Label(n.Label)}'", StringComparison.Ordinal));
    }

    private async Task<ScorecardView?> UnitAsync(string? unitCode, DateOnly? date)
    {
        var period = date is { } d ? d.Year.ToString(CultureInfo.InvariantCulture) : (await defaults.ResolveAsync(null))!;
        try
        {
            return unitCode?.Length switch
            {
                5 => await grains.GetGrain<ICommuneGrain>(unitCode).GetScorecardAsync(period),
                3 => await grains.GetGrain<IDistrictGrain>(unitCode).GetScorecardAsync(period),
                _ => await grains.GetGrain<IProvinceGrain>(defaults.Province).GetScorecardAsync(period),
            };
        }
        catch (UnknownUnitException)
        {
            return null;
        }
    }

    private static string NewKey() => "form-" + Guid.NewGuid().ToString("N");
}
