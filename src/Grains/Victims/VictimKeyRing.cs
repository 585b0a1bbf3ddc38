using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AntiTrafficking.Grains.Victims;

/// <summary>
/// The AES-256 keys that seal personal data, kept outside the database in a key ring file (see README.md in this
/// folder): new data is sealed under the active key, older data opens with the key whose id it carries.
/// </summary>
public sealed class VictimKeyRing
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly ImmutableDictionary<string, byte[]> _keys;

    /// <summary>A ring of <paramref name="keys"/> (id → 32-byte key) sealing under <paramref name="activeKeyId"/>.</summary>
    public VictimKeyRing(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys, bool ephemeral = false)
    {
        if (keys.FirstOrDefault(k => string.IsNullOrWhiteSpace(k.Key) || k.Value.Length != KeySize) is { Key: { } bad })
        {
            throw new InvalidDataException($"Khóa '{bad}' phải dài {KeySize} byte / The key '{bad}' must be {KeySize} bytes long (base64 of 32 random bytes).");
        }

        if (!keys.ContainsKey(activeKeyId))
        {
            throw new InvalidDataException($"Không có khóa đang dùng '{activeKeyId}' / The active key '{activeKeyId}' is not in the ring.");
        }

        ActiveKeyId = activeKeyId;
        IsEphemeral = ephemeral;
        _keys = keys.ToImmutableDictionary(k => k.Key, k => k.Value.ToArray());
    }

    /// <summary>The key new data is sealed under.</summary>
    public string ActiveKeyId { get; }

    /// <summary>True for a key made in memory (tests and demos): what it seals is unreadable after the process stops.</summary>
    public bool IsEphemeral { get; }

    /// <summary>Reads a key ring file: <c>{"activeKeyId": "2026-11", "keys": {"2026-11": "&lt;base64 of 32 bytes&gt;"}}</c>.</summary>
    public static VictimKeyRing Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Không có tệp khóa '{path}' / The key ring file '{path}' does not exist.", path);
        }

        KeyRingFile? file;
        try
        {
            file = JsonSerializer.Deserialize<KeyRingFile>(File.ReadAllBytes(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            // The exception's message names the position, never the content.
            throw new InvalidDataException($"Tệp khóa '{path}' không phải JSON hợp lệ / The key ring file '{path}' is not valid JSON: {ex.Message}");
        }

        if (file?.ActiveKeyId is not { } active || file.Keys is not { Count: > 0 } keys)
        {
            throw new InvalidDataException($"Tệp khóa '{path}' thiếu activeKeyId hoặc keys / The key ring file '{path}' lacks activeKeyId or keys.");
        }

        return new VictimKeyRing(active, keys.ToDictionary(k => k.Key, k => Decode(k.Key, k.Value)));
    }

    /// <summary>A ring with one random key that lives only in this process.</summary>
    public static VictimKeyRing Ephemeral()
    {
        var id = $"ephemeral-{Guid.NewGuid():N}";
        return new VictimKeyRing(id, new Dictionary<string, byte[]> { [id] = RandomNumberGenerator.GetBytes(KeySize) }, ephemeral: true);
    }

    /// <summary>Encrypts <paramref name="record"/> for the person with grain key <paramref name="personKey"/>.</summary>
    public EncryptedPersonalData Seal(string personKey, PersonalRecord record)
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(record, JsonOptions);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagSize];
            using var aes = new AesGcm(_keys[ActiveKeyId], TagSize);
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(personKey));
            return new EncryptedPersonalData(ActiveKeyId, nonce, ciphertext, tag);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Decrypts what <see cref="Seal"/> produced for the same person.</summary>
    /// <exception cref="CryptographicException">The key is not in the ring, or the data was altered or belongs to another person.</exception>
    public PersonalRecord Open(string personKey, EncryptedPersonalData sealedData)
    {
        if (!_keys.TryGetValue(sealedData.KeyId, out var key))
        {
            throw new CryptographicException(
                $"Khóa '{sealedData.KeyId}' không có trong tệp khóa / The key '{sealedData.KeyId}' is not in the key ring: keep retired keys until every record is re-sealed.");
        }

        var plaintext = new byte[sealedData.Ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedData.Nonce, sealedData.Ciphertext, sealedData.Tag, plaintext, AssociatedData(personKey));
            return JsonSerializer.Deserialize<PersonalRecord>(plaintext, JsonOptions)!;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// The record sealed again under the active key when it was sealed under an older one; null when there is nothing
    /// to do. This is how a rotation reaches every record: the grain re-seals on its next accepted command.
    /// </summary>
    public EncryptedPersonalData? Reseal(string personKey, EncryptedPersonalData? sealedData) =>
        sealedData is null || sealedData.KeyId == ActiveKeyId ? null : Seal(personKey, Open(personKey, sealedData));

    /// <summary>
    /// A keyed fingerprint of a command sent to the person (an HMAC-SHA256 under a key derived from the active key,
    /// "{keyId}:{hex}"), so the idempotency ledger holds nothing that a guess of the personal data could be checked against.
    /// </summary>
    public string Fingerprint(string personKey, byte[] content) => $"{ActiveKeyId}:{Hmac(_keys[ActiveKeyId], personKey, content)}";

    /// <summary>
    /// True when <paramref name="content"/> has the <paramref name="fingerprint"/> <see cref="Fingerprint"/> made; also
    /// true when its key has been removed from the ring, so a retry is never refused for want of a retired key.
    /// </summary>
    public bool FingerprintMatches(string personKey, string fingerprint, byte[] content) =>
        fingerprint.Split(':', 2) is [var keyId, var hex] && (!_keys.TryGetValue(keyId, out var key) || hex == Hmac(key, personKey, content));

    private static string Hmac(byte[] key, string personKey, byte[] content) =>
        Convert.ToHexString(HMACSHA256.HashData(
            HKDF.DeriveKey(HashAlgorithmName.SHA256, key, KeySize, info: Encoding.UTF8.GetBytes("idempotency fingerprint")),
            (byte[])[.. AssociatedData(personKey), .. content]));

    private static byte[] AssociatedData(string personKey) => Encoding.UTF8.GetBytes($"person:{personKey}");

    private static byte[] Decode(string id, string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"Khóa '{id}' không phải base64 / The key '{id}' is not base64.");
        }
    }

    private sealed record KeyRingFile(string? ActiveKeyId, Dictionary<string, string>? Keys);
}
