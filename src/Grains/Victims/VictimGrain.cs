using System.Security.Cryptography;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Victims;

/// <summary>
/// A received person (key "{provinceCode}:{personId}"): a leaf that, after every accepted command, reports its whole
/// contribution (<see cref="VictimMeasures"/>: counts only) to its home unit, and an empty snapshot to any unit it
/// counted in before, so retries and moves never double count. The identity is sealed with <see cref="VictimKeyRing"/>
/// and opened only by <see cref="ReadPersonalDataAsync"/>; nothing here logs or refuses with any of it.
/// </summary>
internal sealed class VictimGrain(
    [PersistentState("person", StorageNames.Main)] IPersistentState<PersonState> state,
    ReferenceData reference,
    CalendarClock calendar,
    VictimKeyRing keys,
    TimeProvider time,
    ILogger<VictimGrain> logger)
    : CommandGrain<PersonState>(state, logger), IVictimGrain
{
    private ProvinceInfo? _province;
    private string _id = "";

    protected override string? ProvinceCode => _province?.Code;

    protected override CommandRules? Rules => _province is { } p ? new CommandRules(reference, calendar, p.Code) : null;

    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ProvinceKey.TryParse(Key, out var province, out var id) && reference.Provinces.TryGetValue(province, out var info))
        {
            _province = info;
            _id = id;
        }

        return Task.CompletedTask;
    }

    public Task<CommandResult> ReceiveAsync(ReceivePerson command) =>
        RunAsync(
            command,
            rules => (State.Received ? Refusals.Duplicate("personId", _id) : null)
                ?? CheckHome(command.HomeUnitCode)
                ?? rules.CheckDate("receivedOn", command.ReceivedOn)
                ?? ReceptionRules.Check(command),
            () =>
            {
                State.HomeUnitCode = command.HomeUnitCode;
                State.Status = PersonStatus.Received;
                State.ReceivedOn = command.ReceivedOn;
                State.Place = command.Place;
                State.HowReturned = command.HowReturned;
                State.CountryCode = command.CountryCode;
                State.Sex = command.Sex;
                State.AgeGroup = ReceptionRules.AgeGroupAt(command.ReceivedOn, command.BirthYear);
                State.ReceivingAgency = command.Actor.AgencyCode;
                State.Confidential = command.WantsConfidentiality;
                State.Sealed = keys.Seal(Key, new PersonalRecord(command.PersonalData, command.BirthYear));
                State.ConsentRecorded = true;
                Record(command, "received", command.ReceivedOn, EnumText.Camel(command.HowReturned));
                foreach (var (kind, given) in new[] { (ConsentKind.Support, command.ConsentsToSupport), (ConsentKind.DataSharing, command.ConsentsToDataSharing) })
                {
                    if (given)
                    {
                        State.Consents.Add(new ConsentRecord(kind, command.ReceivedOn, command.Actor.AgencyCode, WithReception: true));
                    }
                }
            });

    public Task<CommandResult> GiveConsentAsync(GiveConsent command) =>
        RunAsync(
            command,
            rules => PersonChecks.Givable(State, command)
                ?? rules.CheckDate("givenOn", command.GivenOn)
                ?? PersonChecks.NotBefore("givenOn", command.GivenOn, State.ConsentTo(command.Kind)?.WithdrawnOn ?? State.ReceivedOn),
            () => AddConsent(command, new ConsentRecord(command.Kind, command.GivenOn, command.Actor.AgencyCode, Trimmed(command.Note))));

    public Task<CommandResult> WithdrawConsentAsync(WithdrawConsent command) =>
        RunAsync(
            command,
            rules => PersonChecks.Withdrawable(State, command)
                ?? rules.CheckDate("withdrawnOn", command.WithdrawnOn)
                ?? PersonChecks.NotBefore("withdrawnOn", command.WithdrawnOn, State.ConsentTo(command.Kind)!.GivenOn),
            () =>
            {
                var given = State.ConsentTo(command.Kind)!;
                State.Consents.RemoveAll(c => c.Kind == command.Kind);
                State.Consents.Add(given with { WithdrawnOn = command.WithdrawnOn, WithdrawalReason = Trimmed(command.Reason) });
                Record(command, "consentWithdrawn", command.WithdrawnOn, EnumText.Camel(command.Kind));
            });

    public Task<CommandResult> StartVerificationAsync(StartVerification command) =>
        RunAsync(
            command,
            rules => PersonChecks.Startable(State)
                ?? rules.CheckDate("startedOn", command.StartedOn)
                ?? PersonChecks.NotBefore("startedOn", command.StartedOn, State.ReceivedOn),
            () =>
            {
                State.Status = PersonStatus.Verifying;
                State.VerificationStartedOn = command.StartedOn;
                Record(command, "verificationStarted", command.StartedOn);
            });

    public Task<CommandResult> ConcludeIdentificationAsync(ConcludeIdentification command) =>
        RunAsync(
            command,
            rules => PersonChecks.Concludable(State)
                ?? PersonChecks.Certificate(command)
                ?? rules.CheckDate("concludedOn", command.ConcludedOn)
                ?? PersonChecks.NotBefore("concludedOn", command.ConcludedOn, State.VerificationStartedOn),
            () =>
            {
                State.Status = command.Outcome == IdentificationOutcome.Victim ? PersonStatus.Victim : PersonStatus.NotVictim;
                State.Outcome = command.Outcome;
                State.ConcludedOn = command.ConcludedOn;
                State.CertificateIssuer = command.CertificateIssuer;
                Record(command, "verificationConcluded", command.ConcludedOn, EnumText.Camel(command.Outcome));
            });

    public Task<CommandResult> RecordSupportAsync(RecordSupport command) =>
        RunAsync(
            command,
            rules => PersonChecks.Supportable(State, "hỗ trợ", "record support")
                ?? PersonChecks.Consented(State, ConsentKind.Support)
                ?? ReceptionRules.Defined("kind", command.Kind)
                ?? CommandRules.CheckText("provider", command.Provider)
                ?? rules.CheckDate("providedOn", command.ProvidedOn)
                ?? PersonChecks.NotBefore("providedOn", command.ProvidedOn, State.ReceivedOn),
            () =>
            {
                State.Support.Add(new SupportRecord(command.Kind, command.ProvidedOn, command.Provider, command.Actor.AgencyCode));
                Record(command, "support", command.ProvidedOn, EnumText.Camel(command.Kind));
            });

    public Task<CommandResult> DeclineLegalAidAsync(DeclineLegalAid command) =>
        RunAsync(
            command,
            rules => PersonChecks.Supportable(State, "ghi nhận từ chối trợ giúp pháp lý", "record declined legal aid")
                ?? (State.LegalAidDeclinedOn is { } declined ? VictimRefusals.AlreadyDeclined(declined) : null)
                ?? rules.CheckDate("declinedOn", command.DeclinedOn)
                ?? PersonChecks.NotBefore("declinedOn", command.DeclinedOn, State.ReceivedOn),
            () =>
            {
                State.LegalAidDeclinedOn = command.DeclinedOn;
                Record(command, "legalAidDeclined", command.DeclinedOn);
            });

    public Task<CommandResult> ApplyProtectionAsync(ApplyProtection command) =>
        RunAsync(
            command,
            rules => PersonChecks.Supportable(State, "áp dụng biện pháp bảo vệ", "apply a protection measure")
                ?? ReceptionRules.Defined("measure", command.Measure)
                ?? rules.CheckDate("appliedOn", command.AppliedOn)
                ?? PersonChecks.NotBefore("appliedOn", command.AppliedOn, State.ReceivedOn),
            () =>
            {
                State.Protection.Add(new ProtectionRecord(command.Measure, command.AppliedOn, command.Actor.AgencyCode));
                Record(command, "protection", command.AppliedOn, EnumText.Camel(command.Measure));
            });

    public Task<CommandResult> AssignOfficerAsync(AssignOfficer command) =>
        RunAsync(
            command,
            rules => PersonChecks.Assignable(State, command)
                ?? rules.CheckDate("assignedOn", command.AssignedOn)
                ?? PersonChecks.NotBefore("assignedOn", command.AssignedOn, State.ReceivedOn),
            () =>
            {
                State.Officers.Add(new OfficerAssignment(command.Officer.UserId, command.Officer.AgencyCode!, command.AssignedOn));
                Record(command, "officerAssigned", command.AssignedOn, command.Officer.UserId);
            });

    public Task<CommandResult> ChangeHomeAsync(ChangeHome command) =>
        RunAsync(
            command,
            rules => PersonChecks.Open(State, "sửa nơi cư trú", "change the home unit")
                ?? CheckHome(command.HomeUnitCode)
                ?? (command.HomeUnitCode == State.HomeUnitCode ? VictimRefusals.SameHome(command.HomeUnitCode) : null)
                ?? rules.CheckDate("changedOn", command.ChangedOn)
                ?? PersonChecks.NotBefore("changedOn", command.ChangedOn, State.ReceivedOn),
            () =>
            {
                State.FormerUnits.Add(State.HomeUnitCode!);
                State.HomeUnitCode = command.HomeUnitCode;
                Record(command, "homeChanged", command.ChangedOn, command.HomeUnitCode);
            });

    public Task<CommandResult> CloseAsync(CloseRecord command) =>
        RunAsync(
            command,
            rules => PersonChecks.Closable(State, command)
                ?? rules.CheckDate("closedOn", command.ClosedOn)
                ?? PersonChecks.NotBefore("closedOn", command.ClosedOn, PersonChecks.LatestStep(State)),
            () =>
            {
                State.Status = PersonStatus.Closed;
                State.ClosedOn = command.ClosedOn;
                State.Reintegrated = command.Reintegrated;
                Record(command, "closed", command.ClosedOn, command.Reintegrated ? "reintegrated" : null);
            });

    public Task<CommandResult> ReferAsync(ReferPerson command) =>
        RunAsync(
            command,
            rules => PersonChecks.Referable(State, command, reference, _province!.Code)
                ?? rules.CheckDate("referredOn", command.ReferredOn)
                ?? PersonChecks.NotBefore("referredOn", command.ReferredOn, State.ReceivedOn),
            () => ReferralCommands.Refer(
                State.Referrals, command.Actor, command.ToAgency, command.Reason, command.ReferredOn, (step, on, detail) => Record(command, step, on, detail)));

    public Task<CommandResult> AcceptReferralAsync(AcceptPersonReferral command) =>
        AnswerAsync(command, "acceptedOn", command.AcceptedOn, ReferralStatus.Accepted, null);

    public Task<CommandResult> DeclineReferralAsync(DeclinePersonReferral command) =>
        AnswerAsync(command, "declinedOn", command.DeclinedOn, ReferralStatus.Declined, command.Reason);

    private Task<CommandResult> AnswerAsync(ICommand command, string dateField, DateOnly on, ReferralStatus answer, string? reason)
    {
        var (validate, apply) = ReferralCommands.Answer(
            () => State.Referrals, command.Actor, () => PersonChecks.Open(State, "trả lời việc chuyển hồ sơ", "answer the referral"),
            dateField, on, answer, reason, (step, date, detail) => Record(command, step, date, detail),
            acceptable: () => PersonChecks.Consented(State, ConsentKind.DataSharing));
        return RunAsync(command, validate, apply);
    }

    public Task<CommandResult> CorrectAsync(CorrectPerson command) =>
        RunAsync(
            command,
            rules => (State.Received ? null : VictimRefusals.NotReceived())
                ?? Corrections.CheckShape(command.Reason, command.ReceivedOn, command.BirthYear, command.Sex, command.CountryCode, command.Place, command.HowReturned)
                ?? (command.BirthYear is { } year
                    ? (year == BirthYear() ? Corrections.Unchanged(new("birthYear", "", "")) : null)
                    : Corrections.Unchanged(ChangeIn(command)))
                ?? command switch
                {
                    { ReceivedOn: { } receivedOn } => rules.CheckDate("receivedOn", receivedOn)
                        ?? Corrections.NotAfterNextStep("receivedOn", receivedOn, PersonChecks.LaterSteps(State).DefaultIfEmpty(DateOnly.MaxValue).Min())
                        ?? (ReceptionRules.CheckBirthYear(receivedOn, BirthYear()) is { } implausible ? implausible with { Field = "receivedOn" } : null),
                    { BirthYear: { } birthYear } => ReceptionRules.CheckBirthYear(State.ReceivedOn, birthYear),
                    { Sex: { } sex } => ReceptionRules.Defined("sex", sex),
                    { CountryCode: { } country } => ReceptionRules.CheckCountry(country),
                    { Place: { } place } => ReceptionRules.Defined("place", place),
                    _ => ReceptionRules.Defined("howReturned", command.HowReturned!.Value),
                },
            () =>
            {
                var change = ChangeIn(command);
                switch (command)
                {
                    case { ReceivedOn: { } receivedOn }:
                        State.ReceivedOn = receivedOn;
                        State.AgeGroup = ReceptionRules.AgeGroupAt(receivedOn, BirthYear());
                        State.Consents = [.. State.Consents.Select(c => c.WithReception ? c with { GivenOn = receivedOn } : c)];
                        break;
                    case { BirthYear: { } birthYear }:
                        State.Sealed = keys.Seal(Key, keys.Open(Key, State.Sealed!) with { BirthYear = birthYear });
                        State.AgeGroup = ReceptionRules.AgeGroupAt(State.ReceivedOn, birthYear);
                        break;
                    case { Sex: { } sex }:
                        State.Sex = sex;
                        break;
                    case { CountryCode: { } country }:
                        State.CountryCode = country;
                        break;
                    case { Place: { } place }:
                        State.Place = place;
                        break;
                    default:
                        State.HowReturned = command.HowReturned!.Value;
                        break;
                }

                State.History.Add(new PersonStep(
                    Corrections.Step, calendar.Today(), time.GetUtcNow(), command.Actor.AgencyCode, command.Actor.UserId, change.Field, change.Step(command.Reason)));
            });

    public Task<VictimView?> GetAsync() =>
        Task.FromResult(State.Received
            ? new VictimView(
                _id, State.Status, State.HomeUnitCode!, State.ReceivedOn, State.Place, State.HowReturned, State.CountryCode, State.Sex,
                State.AgeGroup, State.ReceivingAgency, State.Confidential, State.VerificationStartedOn, State.ConcludedOn, State.Outcome,
                State.CertificateIssuer, [.. State.Support], State.LegalAidDeclinedOn, [.. State.Protection], [.. State.Officers],
                State.ClosedOn, State.Reintegrated, [.. State.History], State.Version,
                [.. Enum.GetValues<ConsentKind>().Select(State.ConsentTo).OfType<ConsentRecord>()], [.. State.Referrals], [.. PersonChecks.Access(State)])
            : null);

    public async Task<VictimViewResult> ViewAsync(ActingParty reader)
    {
        if (_province is null || !State.Received)
        {
            return new(null);
        }

        var refusal = Rules!.CheckParty(reader, "reader")
            ?? Rules.Authorize(CommandPermissions.PersonRecordRead, reader, PermissionTarget.None, "reader")
            ?? PersonChecks.Viewable(State, reader);
        return refusal is null ? new(await GetAsync()) : new(null, refusal);
    }

    public async Task<PersonalDataResult> ReadPersonalDataAsync(ReadRequest request)
    {
        var early = _province is null || !State.Received ? VictimRefusals.NotReceived()
            : Rules!.CheckParty(request?.Reader, "reader") ?? (string.IsNullOrWhiteSpace(request!.Purpose) ? Refusals.Required("purpose") : null);
        if (early is not null)
        {
            await AuditReadAsync(request?.Reader, early);
            return PersonalDataResult.Refused(early);
        }

        var reader = request!.Reader;

        var refusal = Rules!.Authorize(CommandPermissions.PersonalDataRead, reader, PermissionTarget.None, "reader")
            ?? PersonChecks.Readable(State, reader)
            ?? PersonChecks.Confidentiality(State, reader);
        var record = refusal is null ? keys.Open(Key, State.Sealed!) : null;

        // The attempt is stored, with its audit entry, before anything is released: no read without its trace.
        var step = new PersonStep(
            refusal is null ? PersonChecks.ReadStep : PersonChecks.RefusedReadStep,
            calendar.Today(), time.GetUtcNow(), reader.AgencyCode, reader.UserId, request.Purpose.Trim());
        await RecordStateAsync(
            () => State.History.Add(step),
            AuditEntryFor(reader, AuditActions.PersonalDataRead, refusal is null ? AuditActions.Granted : AuditActions.Refused, refusal?.Code, State.Version, null));
        logger.LogInformation(
            "{Grain} {Key} personal data {Outcome} for {User} of {Agency}",
            nameof(VictimGrain), Key, refusal is null ? "released" : "refused", reader.UserId, reader.AgencyCode);
        return record is null ? PersonalDataResult.Refused(refusal!) : new PersonalDataResult(record.Data, record.BirthYear);
    }

    private Task AuditReadAsync(ActingParty? reader, CommandError? refusal) =>
        AuditAsync(reader, AuditActions.PersonalDataRead, refusal is null ? AuditActions.Granted : AuditActions.Refused, refusal?.Code, null);

    protected override async Task OnCommittedAsync()
    {
        if (!State.Received)
        {
            return;
        }

        var leaf = $"person:{Key}";
        foreach (var former in State.FormerUnits.Where(u => u != State.HomeUnitCode).Distinct())
        {
            await SinkOf(former).ReportLeafAsync(UnitSnapshot.From(leaf, State.Version, MeasureSet.Empty));
        }

        await Task.WhenAll(
            SinkOf(State.HomeUnitCode!).ReportLeafAsync(UnitSnapshot.From(leaf, State.Version, VictimMeasures.From(State))),
            ServiceProvider.GetRequiredService<IRecordIndex>().UpsertAsync(_province!.Code, RecordSummaries.Person(_id, State, reference, _province.Code)));
    }

    /// <summary>
    /// Runs a command as <see cref="CommandGrain{TState}.ExecuteAsync"/> does, and re-seals the identity under the active
    /// key when it was sealed under an older one, so a key rotation spreads with ordinary work. The re-sealed copy is
    /// made before any change, so a failure leaves the state untouched.
    /// </summary>
    private Task<CommandResult> RunAsync(ICommand command, Func<CommandRules, CommandError?> validate, Action apply) =>
        ExecuteAsync(command, validate, () =>
        {
            var resealed = TryReseal();
            var sealedBefore = State.Sealed;
            apply();

            // A correction of the birth year seals anew under the active key: the re-sealed old record must not replace it.
            if (ReferenceEquals(State.Sealed, sealedBefore))
            {
                State.Sealed = resealed ?? State.Sealed;
            }
        });

    /// <summary>The commands carry personal data: their fingerprints are keyed (<see cref="VictimKeyRing.Fingerprint"/>), never a plain hash.</summary>
    protected override string Fingerprint(byte[] content) => keys.Fingerprint(Key, content);

    protected override bool SameCommand(string fingerprint, byte[] content) => keys.FingerprintMatches(Key, fingerprint, content);

    private EncryptedPersonalData? TryReseal()
    {
        try
        {
            return keys.Reseal(Key, State.Sealed);
        }
        catch (CryptographicException ex)
        {
            // The key was retired too early: the record stays as it is (and unreadable) rather than blocking its counts.
            logger.LogWarning(ex, "{Grain} {Key} could not re-seal personal data under key {KeyId}", nameof(VictimGrain), Key, keys.ActiveKeyId);
            return null;
        }
    }

    protected override FieldChange? ChangeOf(ICommand command) => command is CorrectPerson correction ? ChangeIn(correction) : null;

    /// <summary>
    /// The value a correction changes, before and after (only called once its shape is checked). A birth year is sealed
    /// personal data: its change is the age groups before and after, never the years.
    /// </summary>
    private FieldChange ChangeIn(CorrectPerson command) => command switch
    {
        { ReceivedOn: { } receivedOn } => new("receivedOn", Corrections.Date(State.ReceivedOn), Corrections.Date(receivedOn)),
        { BirthYear: { } birthYear } => new(
            "birthYear", VictimMeasures.AgeKey(State.AgeGroup), VictimMeasures.AgeKey(ReceptionRules.AgeGroupAt(State.ReceivedOn, birthYear))),
        { Sex: { } sex } => new("sex", EnumText.Camel(State.Sex), EnumText.Camel(sex)),
        { CountryCode: { } country } => new("countryCode", State.CountryCode, country),
        { Place: { } place } => new("place", EnumText.Camel(State.Place), EnumText.Camel(place)),
        _ => new("howReturned", EnumText.Camel(State.HowReturned), EnumText.Camel(command.HowReturned!.Value)),
    };

    /// <summary>The sealed birth year, opened inside the grain for a correction's checks; never logged, shown or refused with.</summary>
    private int BirthYear() => keys.Open(Key, State.Sealed!).BirthYear;

    private CommandError? CheckHome(string unitCode) =>
        Places.Resolve(reference, _province!.Code, unitCode) is null ? VictimRefusals.UnknownPlace("homeUnitCode", unitCode) : null;

    private ILeafSink SinkOf(string unitCode) => Places.Resolve(reference, _province!.Code, unitCode)!.Sink(GrainFactory);

    /// <summary>Makes <paramref name="consent"/>, given after the reception, the current one of its kind, and adds it to the history.</summary>
    private void AddConsent(ICommand command, ConsentRecord consent)
    {
        State.Consents.RemoveAll(c => c.Kind == consent.Kind);
        State.Consents.Add(consent);
        Record(command, "consentGiven", consent.GivenOn, EnumText.Camel(consent.Kind));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Record(ICommand command, string step, DateOnly date, string? detail = null) =>
        State.History.Add(new PersonStep(step, date, time.GetUtcNow(), command.Actor.AgencyCode, command.Actor.UserId, detail));
}
