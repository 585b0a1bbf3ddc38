using Microsoft.Extensions.FileProviders;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>Finds the styles, scripts and browser libraries wherever the process was started from.</summary>
public static class WebRootSetup
{
    /// <summary>
    /// ASP.NET Core serves wwwroot from the content root, which is the working directory unless set: started from the
    /// repository root (./run.sh) or from any other folder (<c>dotnet AntiTrafficking.WebFrontend.dll</c>), it would
    /// find no wwwroot and answer 404 for every stylesheet and script. The build copies wwwroot beside the assembly
    /// (WebRoot.targets), and that copy is served whenever the content root has none of its own.
    /// </summary>
    public static WebApplicationBuilder UseWebRootBesideTheApplication(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        if (!string.IsNullOrEmpty(environment.WebRootPath) && Directory.Exists(environment.WebRootPath))
        {
            return builder;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(beside))
        {
            environment.WebRootPath = beside;
            environment.WebRootFileProvider = new PhysicalFileProvider(beside);
        }

        return builder;
    }
}
