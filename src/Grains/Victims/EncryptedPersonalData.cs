namespace AntiTrafficking.Grains.Victims;

/// <summary>
/// A <see cref="PersonalRecord"/> sealed with AES-256-GCM. The key id is stored with it so that records sealed before
/// a key rotation stay readable; the person's grain key is bound in as associated data, so a ciphertext copied to
/// another person's row does not open.
/// </summary>
/// <param name="KeyId">Id of the key in the key ring file.</param>
/// <param name="Nonce">The 12-byte nonce, random per seal.</param>
/// <param name="Ciphertext">The encrypted JSON of the record.</param>
/// <param name="Tag">The 16-byte authentication tag.</param>
[GenerateSerializer, Alias("AntiTrafficking.Victims.EncryptedPersonalData")]
public sealed record EncryptedPersonalData(string KeyId, byte[] Nonce, byte[] Ciphertext, byte[] Tag);
