using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>
/// The province's districts and communes offered by the forms' unit fields, read once from the unit grains (the
/// reference data does not change while the site runs). A district officer is offered their own district only.
/// </summary>
public sealed class UnitChoices(IGrainFactory grains, IConfiguration config)
{
    private Task<DistrictUnits[]>? _all;

    /// <summary>The districts (with their communes) <paramref name="party"/> enters data for.</summary>
    public async Task<IReadOnlyList<DistrictUnits>> ForAsync(ActingParty party)
    {
        var all = await AllAsync();
        return party.Role == ActorRole.DistrictOfficer ? [.. all.Where(d => d.District.Code == party.DistrictCode)] : all;
    }

    /// <summary>Every district of the province with its communes, read once.</summary>
    public Task<DistrictUnits[]> AllAsync()
    {
        // Read again after a failed read (the cluster not reachable yet); two requests racing read twice, harmlessly.
        if (_all is null || _all.IsFaulted || _all.IsCanceled)
        {
            _all = ReadAsync();
        }

        return _all;
    }

    private async Task<DistrictUnits[]> ReadAsync()
    {
        var districts = await grains.GetGrain<IProvinceGrain>(config["Site:Province"] ?? "22").GetDistrictsAsync();
        return await Task.WhenAll(districts.Select(async d => new DistrictUnits(d, await grains.GetGrain<IDistrictGrain>(d.Code).GetCommunesAsync())));
    }
}
