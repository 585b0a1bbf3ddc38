namespace AntiTrafficking.Persistence.Tests;

public sealed class PostgresBinariesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pgbin-tests-").FullName;

    [Fact]
    public void The_highest_installed_Debian_version_is_chosen_when_PATH_has_no_server_programs()
    {
        var debianRoot = Path.Combine(_root, "postgresql");
        FakeInstall(Path.Combine(debianRoot, "9.6", "bin"));
        FakeInstall(Path.Combine(debianRoot, "15", "bin"));
        FakeInstall(Path.Combine(debianRoot, "13", "bin"));

        var found = PostgresBinaries.Find(overrideDirectory: null, pathVariable: "/nowhere", debianRoot);

        Assert.Equal(Path.Combine(debianRoot, "15", "bin"), found.Directory);
        Assert.Equal(Path.Combine(debianRoot, "15", "bin", "pg_ctl"), found.PgCtl);
    }

    [Fact]
    public void A_PATH_folder_holding_initdb_and_pg_ctl_wins_over_the_Debian_folders()
    {
        var onPath = FakeInstall(Path.Combine(_root, "path-bin"));
        FakeInstall(Path.Combine(_root, "postgresql", "16", "bin"));

        var found = PostgresBinaries.Find(null, $"/nowhere{Path.PathSeparator}{onPath}", Path.Combine(_root, "postgresql"));

        Assert.Equal(onPath, found.Directory);
    }

    [Fact]
    public void PG_BIN_overrides_every_search()
    {
        var chosen = FakeInstall(Path.Combine(_root, "chosen"));
        var onPath = FakeInstall(Path.Combine(_root, "path-bin"));

        var found = PostgresBinaries.Find(chosen, onPath, Path.Combine(_root, "postgresql"));

        Assert.Equal(chosen, found.Directory);
    }

    [Fact]
    public void A_PG_BIN_without_the_programs_is_reported_by_name()
    {
        var error = Assert.Throws<PostgresBinariesNotFoundException>(
            () => PostgresBinaries.Find(_root, null, Path.Combine(_root, "postgresql")));

        Assert.Contains($"PG_BIN={_root} does not contain initdb and pg_ctl", error.Message);
    }

    [Fact]
    public void Missing_programs_are_reported_with_how_to_install_them()
    {
        var error = Assert.Throws<PostgresBinariesNotFoundException>(
            () => PostgresBinaries.Find(null, "/nowhere", Path.Combine(_root, "postgresql")));

        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("PG_BIN", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string FakeInstall(string binDirectory)
    {
        Directory.CreateDirectory(binDirectory);
        File.WriteAllText(Path.Combine(binDirectory, "initdb"), string.Empty);
        File.WriteAllText(Path.Combine(binDirectory, "pg_ctl"), string.Empty);
        return binDirectory;
    }
}
