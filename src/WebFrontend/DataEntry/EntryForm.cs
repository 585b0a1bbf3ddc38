using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Api;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>
/// The data-entry form of one command route, as its declaration gives it (<see cref="CommandForm"/>): the fields are
/// named as the command's JSON names them, so the form makes the very body the JSON API reads, and the same contract,
/// grain and permission follow.
/// </summary>
public sealed class EntryForm
{
    private readonly CommandRoute _route;
    private readonly Type _contract;
    private readonly ImmutableArray<(FormField Field, Type Type)> _members;
    private readonly string? _shown;

    /// <summary>The form of <paramref name="route"/> of <paramref name="command"/>; a program field offers <paramref name="programCode"/>.</summary>
    /// <exception cref="InvalidOperationException">A field names no member of the contract.</exception>
    public EntryForm(CommandDeclaration command, CommandRoute route, string programCode)
    {
        var form = route.Form ?? throw new ArgumentException($"The route {route.Pattern} has no form.", nameof(route));
        _route = route;
        _contract = command.Contract;
        _shown = form.Shown;
        Command = command.Name;
        Slug = form.Slug;
        Project = (int)command.Group;
        Title = form.Title ?? command.Label;
        Target = form.Target.Kind == FieldKind.Program ? form.Target with { Kind = FieldKind.Text, Default = programCode } : form.Target;
        Fields = form.Fields;
        _members = [.. form.Fields.Select(f => (f, MemberType(command.Contract, f.Name)))];
    }

    /// <summary>The name of the command's type (e.g. "RecordSurvey"), as the grains' table of who may do what names it.</summary>
    public string Command { get; }

    /// <summary>The form's address under /nhap-lieu/.</summary>
    public string Slug { get; }

    /// <summary>The project (đề án) 1–3.</summary>
    public int Project { get; }

    /// <summary>The Vietnamese title (the key of its English text).</summary>
    public string Title { get; }

    /// <summary>The field naming what the command is sent to (a unit code, a tip's number…), named "target".</summary>
    public FormField Target { get; }

    /// <summary>The command's own fields.</summary>
    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>The grain key from the site's province and the target typed.</summary>
    public string GrainKey(string province, string target) => _route.GrainKey(province, target);

    /// <summary>Sends the command to the grain with the given key.</summary>
    public Task<CommandResult> SendAsync(IGrainFactory grains, string grainKey, ICommand command) => _route.Send(grains, grainKey, command);

    /// <summary>The unit whose scorecard shows the change, as typed into the form, or null for the province.</summary>
    public string? UnitShown(FormInput input) => _shown is not null && input.Raw(_shown) is { Length: > 0 } unit ? unit : null;

    /// <summary>
    /// Reads the command from the form: each field into the type its contract member has, then the whole as the JSON
    /// API reads a body, with the form's idempotency key and the signed-in user as actor. Null when a field could not be
    /// read (its error is in <paramref name="input"/>).
    /// </summary>
    public ICommand? Build(FormInput input)
    {
        if (_route.Key == CommandKey.Period)
        {
            input.RequirePeriod(Target.Name);
        }

        var body = new JsonObject
        {
            ["idempotencyKey"] = input.Text("idempotencyKey"),
            ["actor"] = JsonSerializer.SerializeToNode(input.Actor, ApiJson.Commands),
        };
        foreach (var (field, type) in _members)
        {
            Place(body, field.Name, Value(field, type, input));
        }

        if (input.Errors.Count > 0)
        {
            return null;
        }

        try
        {
            return (ICommand)body.Deserialize(_contract, ApiJson.Commands)!;
        }
        catch (JsonException ex)
        {
            // Each field was read into its member's type, so this is not expected; the message never repeats a value.
            var name = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
            input.Refuse(Fields.Any(f => f.Name == name) ? name : "", "Giá trị không hợp lệ; hãy nhập lại.", "The value is not valid; enter it again.");
            return null;
        }
    }

    /// <summary>One field's JSON value, read as the type of the contract's member (null for an optional one left empty).</summary>
    private static JsonNode? Value(FormField field, Type type, FormInput input)
    {
        var name = field.Name;
        var of = Nullable.GetUnderlyingType(type) ?? type;
        if (field.Kind == FieldKind.Check)
        {
            return input.Check(name);
        }

        if (!field.Required && input.Raw(name).Length == 0)
        {
            return null;
        }

        if (field.Kind == FieldKind.Choice)
        {
            var chosen = input.Chosen(name, field.Choices ?? []);
            return of == typeof(bool) ? chosen == "true" : chosen;
        }

        if (of == typeof(DateOnly))
        {
            return input.Date(name).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (of == typeof(int))
        {
            return input.Integer(name);
        }

        if (of == typeof(long))
        {
            return input.Count(name);
        }

        if (of == typeof(ImmutableArray<string>))
        {
            return new JsonArray([.. input.Codes(name).Select(c => JsonValue.Create(c))]);
        }

        var text = input.Text(name, chosen: field.Kind is FieldKind.Commune or FieldKind.Place or FieldKind.District or FieldKind.Agency);
        return field.Kind == FieldKind.Agency ? text.ToUpperInvariant() : text;
    }

    /// <summary>Sets a dotted name ("personalData.fullName") in the body, making the objects on the way.</summary>
    private static void Place(JsonObject body, string name, JsonNode? value)
    {
        var parts = name.Split('.');
        var parent = body;
        foreach (var part in parts[..^1])
        {
            parent = parent[part] as JsonObject ?? (JsonObject)(parent[part] = new JsonObject());
        }

        parent[parts[^1]] = value;
    }

    /// <summary>The type of the contract's member a dotted field name reaches.</summary>
    private static Type MemberType(Type contract, string name) =>
        name.Split('.').Aggregate(contract, (type, part) =>
            type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType
            ?? throw new InvalidOperationException($"The form field '{name}' names no member of {contract.Name}."));
}
