using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Commands;

/// <summary>Checks shared by every command: the envelope (key, actor), the actor's permission, and dates.</summary>
internal sealed class CommandRules(ReferenceData reference, CalendarClock calendar, string provinceCode)
{
    /// <summary>The first date the program records: 1 January of its first year.</summary>
    public DateOnly FirstDay => new(reference.Provinces[provinceCode].Program.FirstYear, 1, 1);

    /// <summary>The acting party (the idempotency key's form is checked before, by <see cref="Identifiers"/>).</summary>
    public CommandError? CheckEnvelope(ICommand command) => CheckParty(command.Actor, "actor");

    /// <summary>
    /// An acting party is well formed: a user, a known role, known agency and district codes, and the scope its role
    /// needs — an agency for agency officers and case workers, a district (and no agency) for district officers.
    /// </summary>
    public CommandError? CheckParty(ActingParty? party, string prefix)
    {
        if (party is null || string.IsNullOrWhiteSpace(party.UserId))
        {
            return Refusals.Required(prefix + ".userId");
        }

        if (Identifiers.CheckId(prefix + ".userId", party.UserId) is { } malformed)
        {
            return malformed;
        }

        if (!Enum.IsDefined(party.Role))
        {
            return PermissionRefusals.UnknownRole(prefix, party.Role);
        }

        if (party.AgencyCode is { } agency && !reference.Agencies.ContainsKey(ReferenceData.AgencyKey(provinceCode, agency)))
        {
            return Refusals.UnknownAgency(agency) with { Field = prefix + ".agencyCode" };
        }

        if (party.DistrictCode is { } district && !(reference.Districts.TryGetValue(district, out var info) && info.ProvinceCode == provinceCode))
        {
            return PermissionRefusals.UnknownDistrict(prefix, district);
        }

        return party.Role switch
        {
            ActorRole.AgencyOfficer or ActorRole.CaseWorker when party.AgencyCode is null => PermissionRefusals.AgencyRequired(prefix, party.Role),
            ActorRole.AgencyOfficer or ActorRole.CaseWorker when party.DistrictCode is not null => PermissionRefusals.NotApplicable(prefix + ".districtCode", party.Role),
            ActorRole.DistrictOfficer when party.DistrictCode is null => PermissionRefusals.DistrictRequired(prefix),
            ActorRole.DistrictOfficer when party.AgencyCode is not null => PermissionRefusals.NotApplicable(prefix + ".agencyCode", party.Role),
            _ => null,
        };
    }

    /// <summary>Null when the well-formed <paramref name="party"/> may take the action of <paramref name="permission"/> on <paramref name="target"/>.</summary>
    public CommandError? Authorize(Permission permission, ActingParty party, PermissionTarget target, string prefix) =>
        permission.Check(reference, provinceCode, party, target, prefix);

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

    /// <summary>A required identifier of the command's body (a person, survey, document or guidance code) in the form of <see cref="Identifiers"/>.</summary>
    public static CommandError? CheckId(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? Refusals.Required(field) : Identifiers.CheckId(field, value);
}
