using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Victims;
using AntiTrafficking.Persistence;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// A person's state as the JSON storage serializer used with PostgreSQL reads it, before and since consent was
/// recorded; and the JSON of a reception, which its idempotency fingerprint hashes.
/// </summary>
public sealed class PersonStateJsonTests
{
    /// <summary>A person stored before consent was recorded (the shape of the rows of tests/Persistence.Tests/Journal/BeforeJournal).</summary>
    private const string StoredBeforeConsent = """
        {"homeUnitCode":"07195","formerUnits":[],"status":0,"receivedOn":"2013-03-02","place":0,"howReturned":2,"countryCode":"CN",
         "sex":1,"ageGroup":1,"receivingAgency":"BDBP","confidential":false,"sealed":null,"verificationStartedOn":null,
         "concludedOn":null,"outcome":null,"certificateIssuer":null,
         "support":[{"kind":2,"providedOn":"2013-03-05","provider":"Bệnh viện","agencyCode":"LDTBXH"}],
         "legalAidDeclinedOn":null,"protection":[],"officers":[],"closedOn":null,"reintegrated":false,
         "history":[{"step":"received","date":"2013-03-02","recordedAt":"2026-12-07T05:12:14.8448579+00:00","agencyCode":"BDBP","userId":"bdbp-officer","detail":"handedOver"}],
         "version":2,"applied":{"bdbp-officer person-6":1},"fingerprints":{},"position":0}
        """;

    private readonly JsonGrainStorageSerializer _serializer = new();

    /// <summary>
    /// The idempotency fingerprint of a command is a hash of its JSON: a reception without consent must write the JSON of
    /// one written before the consent fields existed, or a retry of an older reception would be refused as a reused key.
    /// </summary>
    [Fact]
    public void AReceptionWithoutConsentWritesTheJsonOfAReceptionFromBeforeConsentExisted()
    {
        var reception = People.Reception("07195", D(2015, 3, 2), consentsToSupport: false);

        var without = System.Text.Json.JsonSerializer.SerializeToNode(reception, System.Text.Json.JsonSerializerOptions.Web)!.AsObject();
        var with = System.Text.Json.JsonSerializer.SerializeToNode(reception with { ConsentsToSupport = true }, System.Text.Json.JsonSerializerOptions.Web)!.AsObject();

        Assert.Equal(
            ["idempotencyKey", "actor", "receivedOn", "place", "howReturned", "countryCode", "homeUnitCode", "sex", "birthYear", "personalData", "wantsConfidentiality"],
            without.Select(p => p.Key));
        Assert.True(with["consentsToSupport"]!.GetValue<bool>());
    }

    [Fact]
    public void APersonStoredBeforeConsentWasRecordedCountsAsConsentingToSupportButNotToDataSharing()
    {
        var old = _serializer.Deserialize<PersonState>(new BinaryData(StoredBeforeConsent));

        Assert.Equal(new ConsentRecord(ConsentKind.Support, D(2013, 3, 2), null, Presumed: true), old.ConsentTo(ConsentKind.Support));
        Assert.Null(old.ConsentTo(ConsentKind.DataSharing));
        Assert.Empty(old.Consents);
    }

    [Fact]
    public void APersonReceivedWithoutConsentSinceStaysWithoutItAfterARoundTrip()
    {
        var state = new PersonState
        {
            HomeUnitCode = "07195",
            ReceivedOn = D(2015, 3, 2),
            ConsentRecorded = true,
            Consents = [new ConsentRecord(ConsentKind.DataSharing, D(2015, 3, 2), "CA", WithdrawnOn: D(2015, 4, 1), WithdrawalReason: "Không muốn")],
        };

        var copy = _serializer.Deserialize<PersonState>(_serializer.Serialize(state));

        Assert.Null(copy.ConsentTo(ConsentKind.Support));
        Assert.Equal(state.Consents, copy.Consents);
        Assert.False(copy.ConsentTo(ConsentKind.DataSharing)!.InForce);
    }
}
