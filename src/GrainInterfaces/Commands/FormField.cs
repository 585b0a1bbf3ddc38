namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>One field of a data-entry form, named as the command's field is in the JSON API (camelCase, dotted).</summary>
/// <param name="Name">The field's name, e.g. "deliveredOn" or "personalData.fullName"; refusals name it the same way.</param>
/// <param name="Label">The Vietnamese label (the key of its English text in the resources).</param>
/// <param name="Kind">How it is entered.</param>
/// <param name="Required">Whether it must be filled in.</param>
/// <param name="Choices">The values of a choice field.</param>
/// <param name="Personal">Personal data of a victim: never shown back, not even after a refusal.</param>
/// <param name="Default">The value offered when the form opens.</param>
public sealed record FormField(
    string Name,
    string Label,
    FieldKind Kind,
    bool Required = true,
    IReadOnlyList<FormChoice>? Choices = null,
    bool Personal = false,
    string? Default = null)
{
    /// <summary>The element id (dots are not welcome in CSS selectors).</summary>
    public string Id => "f-" + Name.Replace('.', '-');
}
