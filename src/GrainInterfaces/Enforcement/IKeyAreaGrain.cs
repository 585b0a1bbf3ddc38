using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A key route or area (key: "{provinceCode}:{areaId}") and the measures applied in it; scored by IND-07.</summary>
[Alias("AntiTrafficking.Enforcement.IKeyAreaGrain")]
public interface IKeyAreaGrain : IGrainWithStringKey
{
    /// <summary>Designates the route or area (CA or BDBP).</summary>
    [Alias("Designate")]
    Task<CommandResult> DesignateAsync(DesignateKeyArea command);

    /// <summary>Records a measure applied in it (CA or BDBP).</summary>
    [Alias("RecordMeasure")]
    Task<CommandResult> RecordMeasureAsync(RecordKeyAreaMeasure command);

    /// <summary>The key area, or null when it has not been designated.</summary>
    [Alias("Get")]
    Task<KeyAreaView?> GetAsync();
}
