using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.Grains.Reference;

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

    /// <summary>
    /// The check of a step that needs the person's consent of <paramref name="kind"/> (support needs
    /// <see cref="ConsentKind.Support"/>, a referral <see cref="ConsentKind.DataSharing"/>): null while it is in force.
    /// </summary>
    public static CommandError? Consented(PersonState person, ConsentKind kind) =>
        person.ConsentTo(kind) is { InForce: true } ? null : VictimRefusals.ConsentRequired(kind, person.ConsentTo(kind)?.WithdrawnOn);

    /// <summary>An open record whose consent of the command's kind is not in force (never given, or withdrawn).</summary>
    public static CommandError? Givable(PersonState person, GiveConsent command) =>
        Open(person, "ghi nhận đồng ý", "record consent")
        ?? ReceptionRules.Defined("kind", command.Kind)
        ?? (person.ConsentTo(command.Kind) is { InForce: true } given ? VictimRefusals.AlreadyConsented(command.Kind, given.GivenOn) : null);

    /// <summary>An open record whose consent of the command's kind is in force.</summary>
    public static CommandError? Withdrawable(PersonState person, WithdrawConsent command) =>
        Open(person, "rút lại đồng ý", "withdraw consent")
        ?? ReceptionRules.Defined("kind", command.Kind)
        ?? (person.ConsentTo(command.Kind) is { InForce: true } ? null : VictimRefusals.ConsentNotGiven(command.Kind, person.ConsentTo(command.Kind)?.WithdrawnOn));

    public static CommandError? NotBefore(string field, DateOnly date, DateOnly? earliest) =>
        earliest is { } previous && date < previous ? VictimRefusals.BeforePreviousStep(field, date, previous) : null;

    /// <summary>The date of the latest step, the reception at its date as it stands now.</summary>
    public static DateOnly LatestStep(PersonState person) => LaterSteps(person).Append(person.ReceivedOn).Max();

    /// <summary>
    /// The dates of the steps after the reception: reads of the personal data and corrections (dated the day they were
    /// made) are not steps of the record. (A consent given with the reception has no step of its own.)
    /// </summary>
    public static IEnumerable<DateOnly> LaterSteps(PersonState person) =>
        person.History.Skip(1)
            .Where(h => h.Step is not (ReadStep or RefusedReadStep or Corrections.Step))
            .Select(h => h.Date);

    /// <summary>
    /// The agencies that have the person's record, and whose case workers list it, open it and read the personal data:
    /// the receiving agency, the agencies that accepted a referral, and the agencies of the officers assigned.
    /// </summary>
    public static IReadOnlyList<string> Access(PersonState person) =>
        [.. new[] { person.ReceivingAgency }.OfType<string>()
            .Concat(ReferralRules.Accepted(person.Referrals))
            .Concat(person.Officers.Select(o => o.AgencyCode))
            .Distinct()];

    /// <summary>
    /// Null when <paramref name="reader"/>'s agency may open the record without personal data: it has it
    /// (<see cref="Access"/>), or a referral to it waits for its answer (so it can decide); else the refusal.
    /// </summary>
    public static CommandError? Viewable(PersonState person, ActingParty reader) =>
        Access(person).Contains(reader.AgencyCode!) || ReferralRules.Pending(person.Referrals).Contains(reader.AgencyCode!)
            ? null
            : VictimRefusals.NoAccess(reader.AgencyCode, "xem hồ sơ này", "see this record");

    /// <summary>Null when <paramref name="reader"/>'s agency has the record (<see cref="Access"/>): a pending referral is not enough to read personal data.</summary>
    public static CommandError? Readable(PersonState person, ActingParty reader) =>
        Access(person).Contains(reader.AgencyCode!) ? null : VictimRefusals.NoAccess(reader.AgencyCode, "xem thông tin cá nhân của người này", "read this person's personal data");

    /// <summary>
    /// Whether the person may be referred now: an open record, to a case-working agency, by an agency that has it, to one
    /// that has not, with the person's consent to data sharing in force (a referral hands their data to another agency;
    /// accepting it needs that consent still in force).
    /// </summary>
    public static CommandError? Referable(PersonState person, ReferPerson command, ReferenceData reference, string provinceCode) =>
        Open(person, "chuyển hồ sơ", "refer the record")
        ?? ReferralRules.Refer(person.Referrals, Access(person), command.Actor, command.ToAgency, command.Reason, reference, provinceCode)
        ?? (VictimRoles.CaseWorkers.Contains(command.ToAgency) ? null : VictimRefusals.NotCaseWorkingAgency(command.ToAgency, VictimRoles.CaseWorkers))
        ?? Consented(person, ConsentKind.DataSharing);

    /// <summary>
    /// After the reader's role and agency passed <see cref="CommandPermissions.PersonalDataRead"/> and <see cref="Readable"/>:
    /// for a person who asked for confidentiality, only the officers assigned may read.
    /// </summary>
    public static CommandError? Confidentiality(PersonState person, ActingParty reader) =>
        person.Confidential && !person.Officers.Any(o => o.UserId == reader.UserId && o.AgencyCode == reader.AgencyCode)
            ? VictimRefusals.NotAssigned("reader.userId")
            : null;
}
