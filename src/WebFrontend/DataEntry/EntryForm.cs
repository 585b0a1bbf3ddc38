using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Api;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>
/// A data-entry form for one command: its fields, how they make the command record the JSON API takes, which grain
/// receives it, and which unit's scorecard shows the change.
/// </summary>
public sealed class EntryForm
{
    private EntryForm(
        Type command,
        string slug,
        int project,
        string title,
        FormField target,
        IReadOnlyList<FormField> fields,
        Func<string, string, string> grainKey,
        Func<FormInput, ICommand> build,
        Func<IGrainFactory, string, ICommand, Task<CommandResult>> send,
        Func<FormInput, string, string?> unitShown)
    {
        Command = command.Name;
        Slug = slug;
        Project = project;
        Title = title;
        Target = target;
        Fields = fields;
        GrainKey = grainKey;
        Build = build;
        Send = send;
        UnitShown = unitShown;
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
    public Func<string, string, string> GrainKey { get; }

    /// <summary>Reads the command from the form (errors go to the input).</summary>
    public Func<FormInput, ICommand> Build { get; }

    /// <summary>Sends the command to the grain with the given key.</summary>
    public Func<IGrainFactory, string, ICommand, Task<CommandResult>> Send { get; }

    /// <summary>The unit whose scorecard shows the change (from the input and the target), or null for the province.</summary>
    public Func<FormInput, string, string?> UnitShown { get; }

    /// <summary>A form whose command is sent to the grain keyed by the target as typed (a unit or program code).</summary>
    public static EntryForm ToUnit<T>(string slug, FormField target, IReadOnlyList<FormField> fields, Func<FormInput, T> build, bool showTarget)
        where T : class, ICommand =>
        Declared<T>(slug, CommandKey.Unit, target, fields, i => build(i), (_, t) => showTarget ? t : null);

    /// <summary>A form whose command goes to a province's tip, case, key area or person (key "{province}:{id}").</summary>
    public static EntryForm ToRecord<T>(
        string slug, FormField target, IReadOnlyList<FormField> fields, Func<FormInput, T> build, Func<FormInput, string?>? unitShown = null)
        where T : class, ICommand =>
        Declared<T>(slug, CommandKey.Record, target, fields, i => build(i), (i, _) => unitShown?.Invoke(i));

    /// <summary>
    /// A form whose command goes to a province's record of a reporting period (key "{province}:{period}", the period
    /// written as the API writes it, e.g. "2013-H1"); the target must be a period.
    /// </summary>
    public static EntryForm ToPeriod<T>(string slug, FormField target, IReadOnlyList<FormField> fields, Func<FormInput, T> build)
        where T : class, ICommand =>
        Declared<T>(slug, CommandKey.Period, target, fields,
            i =>
            {
                i.RequirePeriod(target.Name);
                return build(i);
            },
            (_, _) => null);

    /// <summary>
    /// The form <paramref name="slug"/> as its command declares it (<see cref="CommandCatalog"/>): the project, the
    /// title and the grain it is sent to come from the declaration, the fields and how they make the command from here.
    /// </summary>
    private static EntryForm Declared<T>(
        string slug, CommandKey key, FormField target, IReadOnlyList<FormField> fields, Func<FormInput, ICommand> build, Func<FormInput, string, string?> unitShown)
        where T : class, ICommand
    {
        var (command, route) = CommandCatalog.Form(slug);
        if (command.Contract != typeof(T) || route.Key != key)
        {
            throw new InvalidOperationException($"The form '{slug}' sends {typeof(T).Name} by {key}; its declaration says {command.Name} by {route.Key}.");
        }

        return new(typeof(T), slug, (int)command.Group, route.Form!.Title, target, fields, route.GrainKey, build, route.Send, unitShown);
    }
}
