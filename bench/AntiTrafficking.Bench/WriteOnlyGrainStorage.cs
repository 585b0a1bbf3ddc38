using System.Collections.Concurrent;
using Orleans.Storage;

namespace AntiTrafficking.Bench;

/// <summary>
/// Grain storage of the national-scale memory benchmark: acknowledges every write and keeps nothing, so that the
/// silo's heap holds what a silo holds in production (where states live in PostgreSQL), not a stand-in database.
/// Every grain of the benchmark is written once per command and never read back (idle units are never collected in
/// it). One write in <see cref="SampleEvery"/> per state name is serialised as the PostgreSQL provider would serialise
/// it, to report how large the rows it would write are.
/// </summary>
internal sealed class WriteOnlyGrainStorage : IGrainStorage
{
    public const int SampleEvery = 500;

    private readonly AntiTrafficking.Persistence.JsonGrainStorageSerializer _serializer = new();
    private readonly ConcurrentDictionary<string, WriteSizes> _sizes = new();

    /// <summary>Writes, and sampled JSON sizes, by state name ("case", "person", "commune", "agency"…).</summary>
    public IReadOnlyDictionary<string, WriteSizes> Sizes => _sizes;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var sizes = _sizes.GetOrAdd(stateName, _ => new WriteSizes());
        var n = Interlocked.Increment(ref sizes.Writes);
        if (n % SampleEvery == 1)
        {
            var bytes = _serializer.Serialize(grainState.State).ToMemory().Length;
            lock (sizes)
            {
                sizes.Sampled++;
                sizes.SampledBytes += bytes;
                sizes.LargestBytes = Math.Max(sizes.LargestBytes, bytes);
            }
        }

        grainState.ETag = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    /// <summary>How many writes of one state name, and the JSON size of the sampled ones.</summary>
    internal sealed class WriteSizes
    {
        public long Writes;
        public long Sampled;
        public long SampledBytes;
        public long LargestBytes;
    }
}
