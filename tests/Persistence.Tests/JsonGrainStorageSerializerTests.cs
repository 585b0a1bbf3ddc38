using System.Text;

namespace AntiTrafficking.Persistence.Tests;

public sealed class JsonGrainStorageSerializerTests
{
    private readonly JsonGrainStorageSerializer _serializer = new();

    [Fact]
    public void State_is_written_as_camel_case_JSON_with_ISO_dates_and_no_type_names()
    {
        var json = Encoding.UTF8.GetString(_serializer.Serialize(new Sample("Hà Giang", new DateOnly(2025, 1, 31), [3, 4])).ToArray());

        Assert.Equal("""{"province":"Hà Giang","reportedOn":"2025-01-31","counts":[3,4]}""", json);
    }

    [Fact]
    public void State_reads_back_into_a_record_with_a_constructor_and_a_DateOnly()
    {
        var original = new Sample("Lào Cai", new DateOnly(2024, 12, 1), [1]);

        var copy = _serializer.Deserialize<Sample>(_serializer.Serialize(original));

        Assert.Equal(original.Province, copy.Province);
        Assert.Equal(original.ReportedOn, copy.ReportedOn);
        Assert.Equal(original.Counts, copy.Counts);
    }

    private sealed record Sample(string Province, DateOnly ReportedOn, IReadOnlyList<int> Counts);
}
