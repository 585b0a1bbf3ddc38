using Microsoft.AspNetCore.DataProtection;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>
/// The keys that protect sign-in cookies and antiforgery tokens, kept in the folder <c>DataProtection:KeysFolder</c>
/// (run.sh: <c>$STATE_DIR/web-keys</c>), so that a web front end that restarts — or a second one sharing the folder —
/// still reads the cookies it issued: a crash does not sign everyone out. Without the setting, ASP.NET Core's
/// default (the user profile's folder) applies.
/// </summary>
public static class DataProtectionSetup
{
    public static WebApplicationBuilder AddKeyRing(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["DataProtection:KeysFolder"];
        var protection = builder.Services.AddDataProtection().SetApplicationName("anti-trafficking");
        if (!string.IsNullOrWhiteSpace(folder))
        {
            protection.PersistKeysToFileSystem(Directory.CreateDirectory(folder));
        }

        return builder;
    }
}
