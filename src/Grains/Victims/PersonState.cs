using System.Text.Json.Serialization;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Victims;

/// <summary>A received person's record: counts-relevant facts in clear, the identity only in <see cref="Sealed"/>.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.PersonState")]
public sealed class PersonState : LedgerState
{
    /// <summary>Where the person counts (commune, district or province code); null until received.</summary>
    [Id(0)]
    public string? HomeUnitCode { get; set; }

    /// <summary>Units the person counted in before a change of home; they are sent an empty snapshot.</summary>
    [Id(1)]
    public List<string> FormerUnits { get; set; } = [];

    /// <summary>Where the record stands.</summary>
    [Id(2)]
    public PersonStatus Status { get; set; }

    /// <summary>Date received: IND-12 counts the person in this period.</summary>
    [Id(3)]
    public DateOnly ReceivedOn { get; set; }

    /// <summary>Border gate or elsewhere.</summary>
    [Id(4)]
    public ReceptionPlace Place { get; set; }

    /// <summary>Self-returned, rescued or handed over.</summary>
    [Id(5)]
    public ReturnMode HowReturned { get; set; }

    /// <summary>Country returned from (ISO 3166-1 alpha-2).</summary>
    [Id(6)]
    public string CountryCode { get; set; } = "";

    /// <summary>Sex.</summary>
    [Id(7)]
    public Sex Sex { get; set; }

    /// <summary>Age group at reception; the birth year itself is only in <see cref="Sealed"/>.</summary>
    [Id(8)]
    public AgeGroup AgeGroup { get; set; }

    /// <summary>Agency that received the person.</summary>
    [Id(9)]
    public string? ReceivingAgency { get; set; }

    /// <summary>The person asked that only the officers assigned may read the personal data.</summary>
    [Id(10)]
    public bool Confidential { get; set; }

    /// <summary>The encrypted <see cref="PersonalRecord"/>.</summary>
    [Id(11)]
    public EncryptedPersonalData? Sealed { get; set; }

    /// <summary>Date verification started.</summary>
    [Id(12)]
    public DateOnly? VerificationStartedOn { get; set; }

    /// <summary>Date of the conclusion: the identification date for a victim.</summary>
    [Id(13)]
    public DateOnly? ConcludedOn { get; set; }

    /// <summary>Victim or not, once concluded.</summary>
    [Id(14)]
    public IdentificationOutcome? Outcome { get; set; }

    /// <summary>Issuer of the victim certificate.</summary>
    [Id(15)]
    public string? CertificateIssuer { get; set; }

    /// <summary>Support services delivered.</summary>
    [Id(16)]
    public List<SupportRecord> Support { get; set; } = [];

    /// <summary>Date free legal aid was declined.</summary>
    [Id(17)]
    public DateOnly? LegalAidDeclinedOn { get; set; }

    /// <summary>Protection measures applied.</summary>
    [Id(18)]
    public List<ProtectionRecord> Protection { get; set; } = [];

    /// <summary>Case workers assigned: for a confidential person, the only readers.</summary>
    [Id(19)]
    public List<OfficerAssignment> Officers { get; set; } = [];

    /// <summary>Date closed.</summary>
    [Id(20)]
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Closed after reintegration into the community.</summary>
    [Id(21)]
    public bool Reintegrated { get; set; }

    /// <summary>Accepted steps and reads of the personal data, in the order recorded.</summary>
    [Id(22)]
    public List<PersonStep> History { get; set; } = [];

    /// <summary>The current consent of each kind recorded (at most one per kind; a withdrawn one keeps its record).</summary>
    [Id(23)]
    public List<ConsentRecord> Consents { get; set; } = [];

    /// <summary>
    /// True for a person received since consent is recorded. A record stored before has no such field (false): its
    /// consent to support is presumed, given on the date of reception (the province's choice: support was given under
    /// the paper procedure); see <see cref="ConsentTo"/>.
    /// </summary>
    [Id(24)]
    public bool ConsentRecorded { get; set; }

    /// <summary>Referrals to other agencies, in the order made: an accepted one gives its agency the record.</summary>
    [Id(25)]
    public List<Referral> Referrals { get; set; } = [];

    /// <summary>True once the reception is recorded.</summary>
    [JsonIgnore]
    public bool Received => HomeUnitCode is not null;

    /// <summary>
    /// The current consent of <paramref name="kind"/>: the one recorded, else for a person received before consent was
    /// recorded the presumed consent to support, else null (never given).
    /// </summary>
    public ConsentRecord? ConsentTo(ConsentKind kind) =>
        Consents.FirstOrDefault(c => c.Kind == kind)
        ?? (kind == ConsentKind.Support && Received && !ConsentRecorded ? new ConsentRecord(kind, ReceivedOn, null, Presumed: true) : null);
}
