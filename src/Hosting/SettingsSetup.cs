using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AntiTrafficking.Hosting;

/// <summary>Reads a host's own appsettings.json wherever the process was started from.</summary>
public static class SettingsSetup
{
    /// <summary>
    /// A host reads appsettings.json from its content root, which is the working directory unless set: started from the
    /// repository root (./run.sh) or any other folder (<c>dotnet AntiTrafficking.Silo.dll</c>), it would read none, and run
    /// without its log levels (every request logged), ports and cluster names. When the content root has no
    /// appsettings.json, the one the build put beside the assembly is read instead (with its environment's file), below
    /// every other source: the environment and the command line still override it.
    /// </summary>
    public static WebApplicationBuilder UseSettingsBesideTheApplication(this WebApplicationBuilder builder)
    {
        const string settings = "appsettings.json";
        var beside = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, settings)) || !File.Exists(Path.Combine(beside, settings)))
        {
            return builder;
        }

        var files = new PhysicalFileProvider(beside);
        IConfigurationBuilder configuration = builder.Configuration;
        configuration.Sources.Insert(0, new JsonConfigurationSource { FileProvider = files, Path = settings, Optional = true });
        configuration.Sources.Insert(1, new JsonConfigurationSource { FileProvider = files, Path = $"appsettings.{builder.Environment.EnvironmentName}.json", Optional = true });
        return builder;
    }
}
