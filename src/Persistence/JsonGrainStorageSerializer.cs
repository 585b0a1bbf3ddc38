using System.Text.Encodings.Web;
using System.Text.Json;
using Orleans.Storage;

namespace AntiTrafficking.Persistence;

/// <summary>
/// Stores grain state as plain UTF-8 JSON (System.Text.Json, web defaults: camelCase names, case-insensitive
/// reading, numbers as numbers; DateOnly/TimeOnly as ISO strings). No .NET type names are written, so the stored
/// rows stay readable by SQL and by other programs, and renaming a C# type does not break stored state.
/// </summary>
public sealed class JsonGrainStorageSerializer : IGrainStorageSerializer
{
    private readonly JsonSerializerOptions _options;

    /// <summary>Uses <see cref="DefaultOptions"/>.</summary>
    public JsonGrainStorageSerializer()
        : this(DefaultOptions)
    {
    }

    /// <summary>Uses the given options (for example to add converters).</summary>
    public JsonGrainStorageSerializer(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// The options used by the parameterless constructor: <see cref="JsonSerializerDefaults.Web"/>, and non-ASCII text
    /// (Vietnamese names) written as UTF-8 rather than \u escapes so it reads naturally in SQL. Read-only.
    /// </summary>
    public static JsonSerializerOptions DefaultOptions { get; } = CreateDefaultOptions();

    /// <inheritdoc />
    public BinaryData Serialize<T>(T? input) =>
        new(JsonSerializer.SerializeToUtf8Bytes(input, _options));

    /// <inheritdoc />
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, _options)!;
    }

    private static JsonSerializerOptions CreateDefaultOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // "Unsafe" only means not escaped for embedding in HTML/JavaScript; this JSON goes to the database.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
