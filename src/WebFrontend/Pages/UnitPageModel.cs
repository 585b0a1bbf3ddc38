using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// A page for a period and program chosen in the query (?period=2013-Q2&amp;program=…): the default period when none or a
/// malformed one is asked for, and the program the province follows (the only one the cluster computes) when another is.
/// </summary>
public abstract class UnitPageModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files) : PageModel
{
    /// <summary>The grain factory.</summary>
    protected IGrainFactory Grains => grains;

    /// <summary>The site's province code.</summary>
    public string ProvinceCode => defaults.Province;

    /// <summary>The province's program files.</summary>
    protected ProgramFiles Files => files;

    /// <summary>The programs and periods offered and the ones shown.</summary>
    public PeriodChoice Choice { get; private set; } = null!;

    /// <summary>The Vietnamese label of an output's breakdown key (the key of its English text; "Băng rôn" for banner), or null.</summary>
    public string? OutputKeyLabel(OutputValue output) =>
        output.Key is null
            ? null
            : OutputKeys.Label(files.Program(Choice.Program)?.Outputs.FirstOrDefault(o => o.Code == output.Code)?.MeasurePrefix, output.Key);

    /// <summary>Resolves the requested period and the periods of the site's program.</summary>
    protected async Task<string> ChoosePeriodAsync(string? period)
    {
        var resolved = await defaults.ResolveAsync(period);
        string? error = null;
        if (resolved is null)
        {
            error = $"Kỳ '{period}' không hợp lệ; đang hiển thị kỳ mặc định.";
            resolved = (await defaults.ResolveAsync(null))!;
        }

        var program = await grains.GetGrain<IProvinceGrain>(defaults.Province).GetProgramAsync();
        var programs = files.Programs.Select(p => KeyValuePair.Create(p.Code, $"{p.FirstYear}–{p.LastYear} ({p.Decision})")).ToList();
        if (programs.All(p => p.Key != program.Code))
        {
            programs.Insert(0, KeyValuePair.Create(program.Code, $"{program.FirstYear}–{program.LastYear} ({program.Decision})"));
        }

        var requested = Request.Query["program"].ToString();
        if (requested.Length > 0 && requested != program.Code)
        {
            error = $"Chương trình '{requested}' chưa được hệ thống tính; đang hiển thị chương trình {program.Code}.";
        }

        Choice = new PeriodChoice(PeriodChoice.Of(program), resolved, error, programs, program.Code);
        return resolved;
    }
}
