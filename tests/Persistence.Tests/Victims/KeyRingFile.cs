using System.Security.Cryptography;
using System.Text.Json;

namespace AntiTrafficking.Persistence.Tests.Victims;

/// <summary>A key ring file in a temporary folder, outside the database, rewritten to rotate keys.</summary>
internal sealed class KeyRingFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("victim-keys-").FullName;
    private readonly Dictionary<string, string> _keys = [];

    public string Path => System.IO.Path.Combine(_folder, "victim-keys.json");

    /// <summary>Adds a new random key and makes it the active one.</summary>
    public KeyRingFile Rotate(string keyId)
    {
        _keys[keyId] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return Write(keyId);
    }

    /// <summary>Drops a retired key, as an operator does once no record is sealed under it.</summary>
    public KeyRingFile Retire(string keyId, string activeKeyId)
    {
        _keys.Remove(keyId);
        return Write(activeKeyId);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private KeyRingFile Write(string activeKeyId)
    {
        File.WriteAllText(Path, JsonSerializer.Serialize(new { activeKeyId, keys = _keys }));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return this;
    }
}
