using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Commands;

/// <summary>Checks shared by every command: the envelope (key, actor) and dates.</summary>
internal sealed class CommandRules(ReferenceData reference, CalendarClock calendar, string provinceCode)
{
    /// <summary>The first date the program records: 1 January of its first year.</summary>
    public DateOnly FirstDay => new(reference.Provinces[provinceCode].Program.FirstYear, 1, 1);

    public CommandError? CheckEnvelope(ICommand command)
    {
        if (string.IsNullOrWhiteSpace(command.IdempotencyKey))
        {
            return Refusals.Required("idempotencyKey");
        }

        if (command.Actor is null || string.IsNullOrWhiteSpace(command.Actor.UserId))
        {
            return Refusals.Required("actor.userId");
        }

        return command.Actor.AgencyCode is { } agency && !reference.Agencies.ContainsKey(ReferenceData.AgencyKey(provinceCode, agency))
            ? Refusals.UnknownAgency(agency)
            : null;
    }

    public CommandError? CheckDate(string field, DateOnly date)
    {
        var today = calendar.Today();
        if (date > today)
        {
            return Refusals.DateInFuture(field, date, today);
        }

        return date < FirstDay ? Refusals.DateBeforeProgram(field, date, FirstDay) : null;
    }

    public static CommandError? CheckText(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? Refusals.Required(field) : null;
}
