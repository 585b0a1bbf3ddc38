using System.Security.Cryptography;
using System.Text;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Victims;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// Personal data is sealed with AES-256-GCM under keys from a file outside the database; data sealed before a rotation
/// stays readable, and a silo outside Development and the in-memory demo refuses to run without the file.
/// </summary>
public sealed class VictimKeyRingTests : IDisposable
{
    private static readonly PersonalRecord Record = new(new PersonalData("Vi Thị Khóa", "022197007777", "Bản Sán Sỉ", "0966777888"), 1997);

    private readonly string _folder = Directory.CreateTempSubdirectory("victim-keys-").FullName;

    [Fact]
    public void AKeyRingFileSealsUnderItsActiveKeyAndOpensWhatItSealed()
    {
        var ring = VictimKeyRing.Load(WriteRing("2013-01", ("2013-01", NewKey())));

        var sealedData = ring.Seal("22:p1", Record);

        Assert.Equal("2013-01", sealedData.KeyId);
        Assert.Equal((12, 16), (sealedData.Nonce.Length, sealedData.Tag.Length));
        Assert.Equal(Record, ring.Open("22:p1", sealedData));
        Assert.DoesNotContain("Vi Thị Khóa", Encoding.UTF8.GetString(sealedData.Ciphertext));
        Assert.NotEqual(sealedData.Nonce, ring.Seal("22:p1", Record).Nonce);
    }

    [Fact]
    public void AfterARotationDataSealedUnderTheOldKeyStillOpensAndNewDataUsesTheNewKey()
    {
        var oldKey = NewKey();
        var before = VictimKeyRing.Load(WriteRing("2013-01", ("2013-01", oldKey))).Seal("22:p2", Record);

        var rotated = VictimKeyRing.Load(WriteRing("2015-06", ("2013-01", oldKey), ("2015-06", NewKey())));

        Assert.Equal(Record, rotated.Open("22:p2", before));
        Assert.Equal("2015-06", rotated.Seal("22:p2", Record).KeyId);
    }

    [Fact]
    public void ARingWithoutTheKeyOfOldDataCannotOpenItAndNamesTheMissingKey()
    {
        var before = VictimKeyRing.Load(WriteRing("2013-01", ("2013-01", NewKey()))).Seal("22:p3", Record);
        var withoutOldKey = VictimKeyRing.Load(WriteRing("2015-06", ("2015-06", NewKey())));

        var error = Assert.ThrowsAny<CryptographicException>(() => withoutOldKey.Open("22:p3", before));

        Assert.Contains("2013-01", error.Message);
    }

    [Fact]
    public void SealedDataDoesNotOpenForAnotherPersonOrOnceAltered()
    {
        var ring = VictimKeyRing.Ephemeral();
        var sealedData = ring.Seal("22:p4", Record);
        var altered = sealedData with { Ciphertext = [.. sealedData.Ciphertext] };
        altered.Ciphertext[0] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => ring.Open("22:someone-else", sealedData));
        Assert.ThrowsAny<CryptographicException>(() => ring.Open("22:p4", altered));
    }

    [Theory]
    [InlineData("{\"activeKeyId\":\"k1\",\"keys\":{\"k1\":\"c2hvcnQ=\"}}", "32")]
    [InlineData("{\"activeKeyId\":\"k2\",\"keys\":{\"k1\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}}", "k2")]
    [InlineData("{\"keys\":{}}", "activeKeyId")]
    [InlineData("not json", "JSON")]
    public void AMalformedKeyRingFileIsRefusedWithTheReason(string content, string reason)
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidDataException>(() => VictimKeyRing.Load(path));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void WithoutAKeyFileAProductionSiloRefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => VictimKeyRingSetup.Resolve(Settings(), Environment(Environments.Production), NullLogger.Instance));

        Assert.Contains("Victims:KeyFile", error.Message);
    }

    [Fact]
    public void AConfiguredKeyFileThatIsMissingStopsTheSilo()
    {
        var missing = Path.Combine(_folder, "missing.json");

        Assert.Throws<FileNotFoundException>(() =>
            VictimKeyRingSetup.Resolve(Settings((VictimKeyRingSetup.KeyFileSetting, missing)), Environment(Environments.Development), NullLogger.Instance));
    }

    [Fact]
    public void TestsAndTheInMemoryDemoGetAKeyHeldOnlyInMemory()
    {
        var development = VictimKeyRingSetup.Resolve(Settings(), Environment(Environments.Development), NullLogger.Instance);
        var demo = VictimKeyRingSetup.Resolve(Settings(("Storage:InMemory", "true")), Environment(Environments.Production), NullLogger.Instance);
        var configured = VictimKeyRingSetup.Resolve(
            Settings((VictimKeyRingSetup.KeyFileSetting, WriteRing("k", ("k", NewKey())))), Environment(Environments.Production), NullLogger.Instance);

        Assert.Equal((true, true, false), (development.IsEphemeral, demo.IsEphemeral, configured.IsEphemeral));
        Assert.Equal("k", configured.ActiveKeyId);
    }

    [Fact]
    public void TheStoredStateOfAPersonHoldsTheIdentityOnlyEncrypted()
    {
        var ring = VictimKeyRing.Ephemeral();
        var state = new PersonState { HomeUnitCode = "06724", ReceivedOn = new(2013, 5, 10), CountryCode = "CN", Sealed = ring.Seal("22:p5", Record) };
        var serializer = new JsonGrainStorageSerializer();

        var json = serializer.Serialize(state).ToString();
        var copy = serializer.Deserialize<PersonState>(BinaryData.FromString(json));

        Assert.All(["Vi Thị Khóa", "022197007777", "Bản Sán Sỉ", "0966777888"], value => Assert.DoesNotContain(value, json));
        Assert.Contains($"\"keyId\":\"{ring.ActiveKeyId}\"", json);
        Assert.Equal(Record, ring.Open("22:p5", copy.Sealed!));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IHostEnvironment Environment(string name) => new TestEnvironment { EnvironmentName = name };

    private string WriteRing(string active, params (string Id, byte[] Key)[] keys)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        var entries = string.Join(",", keys.Select(k => $"\"{k.Id}\":\"{Convert.ToBase64String(k.Key)}\""));
        File.WriteAllText(path, $"{{\"activeKeyId\":\"{active}\",\"keys\":{{{entries}}}}}");
        return path;
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
