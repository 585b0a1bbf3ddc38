namespace AntiTrafficking.Hosting;

/// <summary>Finds the repository's <c>data</c> folder when no path is configured.</summary>
public static class DataFolder
{
    /// <summary>The configured folder, or the nearest <c>data</c> folder holding <c>provinces</c> above the working directory or the binaries.</summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(candidate, "provinces")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "Không tìm thấy thư mục dữ liệu 'data/provinces'; đặt Data:Root / The 'data/provinces' folder was not found; set Data:Root.");
    }
}
