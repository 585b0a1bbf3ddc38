using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Tests;

/// <summary>Reference data comes from files: the real Quảng Ninh file, a corrected file, another province.</summary>
public sealed class ReferenceDataTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "at-data-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void QuangNinhHasFourteenDistrictsAnd186CommunesWithGsoCodes()
    {
        var data = ReferenceData.Load(DataFolder.Resolve(null));

        var province = data.Provinces["22"];
        Assert.Equal("Quảng Ninh", province.NameVi);
        Assert.Equal(14, province.DistrictCodes.Length);
        Assert.Equal(186, data.Communes.Values.Count(c => data.Districts[c.DistrictCode].ProvinceCode == "22"));
        Assert.Equal(("Hạ Long", "city", 20), (data.Districts["193"].NameVi, data.Districts["193"].UnitType, data.Districts["193"].CommuneCodes.Length));
        Assert.Equal(("Hải Tiến", "194"), (data.Communes["06733"].NameVi, data.Communes["06733"].DistrictCode));
        Assert.Equal("QN-3087-2011-2015", province.Program.Code);
    }

    [Fact]
    public void AgenciesCarryTheProjectsTheyLeadOrJoin()
    {
        var data = ReferenceData.Load(DataFolder.Resolve(null));

        Assert.Equal(13, data.Agencies.Count);
        Assert.Contains(data.Agencies["22:CA"].Projects, p => p.Project == 2 && p.Leads);
        Assert.Contains(data.Agencies["22:LDTBXH"].Projects, p => p.Project == 3 && p.Leads);
        Assert.Contains(data.Agencies["22:TTTT"].Projects, p => p.Project == 1 && p.Leads);
    }

    [Fact]
    public void LoadingTwiceGivesTheSameUnitsAndACorrectedFileCorrectsThem()
    {
        CopyData();
        var first = ReferenceData.Load(_copy);
        var again = ReferenceData.Load(_copy);
        Assert.Equal(first.Communes.Count, again.Communes.Count);

        var csv = Path.Combine(_copy, "provinces", "22", "admin-units.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace(",Hải Tiến,", ",Hải Tiến (sửa),"));
        var corrected = ReferenceData.Load(_copy);

        Assert.Equal("Hải Tiến (sửa)", corrected.Communes["06733"].NameVi);
        Assert.Equal(186, corrected.Communes.Count);
    }

    [Fact]
    public void AnotherProvincesFilesLoadTheSameWay()
    {
        CopyData();
        var folder = Path.Combine(_copy, "provinces", "99");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "province.json"), """
            { "code": "99", "nameVi": "Tỉnh Thử", "nameEn": "Test Province", "adminUnits": "admin-units.csv", "agencies": "agencies.json", "program": "program.json" }
            """);
        File.WriteAllText(Path.Combine(folder, "admin-units.csv"), """
            district_code,district_name,district_type,commune_code,commune_name,commune_type,border_with_china,source
            901,Huyện Một,district,90001,Xã A,commune,no,test
            901,Huyện Một,district,90002,"Xã B, mới",commune,no,test
            902,Thành phố Hai,city,90003,Phường C,ward,yes,test
            """);
        File.WriteAllText(Path.Combine(folder, "agencies.json"), """[ { "code": "CA", "nameVi": "Công an tỉnh", "nameEn": "Police", "projects": [ { "project": 2, "role": "lead" } ] } ]""");
        var program = File.ReadAllText(Path.Combine(_copy, "provinces", "22", "program-2011-2015.json"))
            .Replace("QN-3087-2011-2015", "TEST-2011-2015").Replace("\"provinceCode\": \"22\"", "\"provinceCode\": \"99\"");
        File.WriteAllText(Path.Combine(folder, "program.json"), program);

        var data = ReferenceData.Load(_copy);

        Assert.Equal(2, data.Provinces.Count);
        Assert.Equal(["901", "902"], data.Provinces["99"].DistrictCodes.ToArray());
        Assert.Equal("Xã B, mới", data.Communes["90002"].NameVi);
        Assert.True(data.Agencies.ContainsKey("22:CA") && data.Agencies.ContainsKey("99:CA"));
        Assert.Equal("TEST-2011-2015", data.FindProgram("TEST-2011-2015")!.Code);
    }

    [Fact]
    public void ADuplicateCommuneCodeIsRefusedNamingTheFile()
    {
        CopyData();
        var csv = Path.Combine(_copy, "provinces", "22", "admin-units.csv");
        File.AppendAllText(csv, "207,Cô Tô,district,07192,Cô Tô,townlet,no,test\n");

        var error = Assert.Throws<InvalidDataException>(() => ReferenceData.Load(_copy));

        Assert.Contains("07192", error.Message);
        Assert.Contains("admin-units.csv", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    private void CopyData()
    {
        var source = Path.Combine(DataFolder.Resolve(null), "provinces", "22");
        var target = Path.Combine(_copy, "provinces", "22");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
