using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Enforcement;

namespace AntiTrafficking.Grains.Victims;

/// <summary>The state machine's rules: who may take a step and whether the record allows it now. None changes state.</summary>
internal static class PersonChecks
{
    public const string ReadStep = "personalDataRead";
    public const string RefusedReadStep = "personalDataReadRefused";

    /// <summary>Received and not closed.</summary>
    public static CommandError? Open(PersonState person, string stepVi, string stepEn) =>
        !person.Received ? VictimRefusals.NotReceived()
        : person.Status == PersonStatus.Closed ? VictimRefusals.InvalidTransition(stepVi, stepEn, "hồ sơ đã đóng", "the record is closed")
        : null;

    /// <summary>Open, and not found to be someone other than a victim.</summary>
    public static CommandError? Supportable(PersonState person, string stepVi, string stepEn) =>
        Open(person, stepVi, stepEn)
        ?? (person.Status == PersonStatus.NotVictim
            ? VictimRefusals.InvalidTransition(stepVi, stepEn, "đã kết luận không phải nạn nhân", "the person was found not to be a victim")
            : null);

    public static CommandError? Startable(PersonState person) =>
        Open(person, "bắt đầu xác minh", "start the verification")
        ?? (person.Status != PersonStatus.Received
            ? VictimRefusals.InvalidTransition("bắt đầu xác minh", "start the verification", "việc xác minh đã bắt đầu", "the verification has already started")
            : null);

    /// <summary>Verification started and not yet concluded.</summary>
    public static CommandError? Concludable(PersonState person) =>
        !person.Received ? VictimRefusals.NotReceived()
        : person.Outcome is { } outcome ? VictimRefusals.AlreadyConcluded(EnumText.Camel(outcome))
        : person.Status != PersonStatus.Verifying
            ? VictimRefusals.InvalidTransition("kết luận xác minh", "conclude the verification", "việc xác minh chưa bắt đầu", "the verification has not started")
            : null;

    /// <summary>A victim has a certificate issuer; a person who is not a victim has none.</summary>
    public static CommandError? Certificate(ConcludeIdentification command) =>
        ReceptionRules.Defined("outcome", command.Outcome)
        ?? (command.Outcome == IdentificationOutcome.Victim && string.IsNullOrWhiteSpace(command.CertificateIssuer) ? VictimRefusals.CertificateIssuerRequired() : null)
        ?? (command.Outcome == IdentificationOutcome.NotVictim && command.CertificateIssuer is not null ? VictimRefusals.CertificateIssuerNotApplicable() : null);

    /// <summary>An open record, and an officer of a case-worker agency not yet assigned.</summary>
    public static CommandError? Assignable(PersonState person, AssignOfficer command) =>
        Open(person, "phân công cán bộ", "assign an officer")
        ?? (command.Officer is null || string.IsNullOrWhiteSpace(command.Officer.UserId) ? Refusals.Required("officer.userId") : null)
        ?? (VictimRoles.Acts(command.Officer, VictimRoles.CaseWorkers)
            ? null
            : VictimRefusals.NotCaseWorker(command.Officer!.AgencyCode, VictimRoles.CaseWorkers))
        ?? (person.Officers.Any(o => o.UserId == command.Officer!.UserId) ? VictimRefusals.AlreadyAssigned(command.Officer!.UserId) : null);

    /// <summary>A concluded, open record; only a victim reintegrates.</summary>
    public static CommandError? Closable(PersonState person, CloseRecord command) =>
        Open(person, "đóng hồ sơ", "close the record")
        ?? (person.Outcome is null
            ? VictimRefusals.InvalidTransition("đóng hồ sơ", "close the record", "việc xác minh chưa có kết luận", "the verification is not concluded")
            : null)
        ?? (command.Reintegrated && person.Outcome != IdentificationOutcome.Victim ? VictimRefusals.NotAVictim("reintegrated") : null);

    public static CommandError? NotBefore(string field, DateOnly date, DateOnly? earliest) =>
        earliest is { } previous && date < previous ? VictimRefusals.BeforePreviousStep(field, date, previous) : null;

    /// <summary>The date of the latest step, the reception at its date as it stands now.</summary>
    public static DateOnly LatestStep(PersonState person) => LaterSteps(person).Append(person.ReceivedOn).Max();

    /// <summary>
    /// The dates of the steps after the reception: reads of the personal data and corrections (dated the day they were
    /// made) are not steps of the record.
    /// </summary>
    public static IEnumerable<DateOnly> LaterSteps(PersonState person) =>
        person.History.Skip(1).Where(h => h.Step is not (ReadStep or RefusedReadStep or Corrections.Step)).Select(h => h.Date);

    /// <summary>
    /// After the reader's role and agency passed <see cref="CommandPermissions.PersonalDataRead"/>: for a person who
    /// asked for confidentiality, only the officers assigned may read.
    /// </summary>
    public static CommandError? Confidentiality(PersonState person, ActingParty reader) =>
        person.Confidential && !person.Officers.Any(o => o.UserId == reader.UserId && o.AgencyCode == reader.AgencyCode)
            ? VictimRefusals.NotAssigned("reader.userId")
            : null;
}
