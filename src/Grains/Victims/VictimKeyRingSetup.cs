using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AntiTrafficking.Grains.Victims;

/// <summary>
/// Where the silo finds the key ring: the file named by <c>Victims:KeyFile</c>. Without it, a key made in memory is
/// accepted only in the Development environment (the test clusters) or the in-memory demo (<c>Storage:InMemory</c>);
/// anywhere else the silo refuses to start.
/// </summary>
public static class VictimKeyRingSetup
{
    /// <summary>The configuration key of the key ring file's path (environment: <c>Victims__KeyFile</c>).</summary>
    public const string KeyFileSetting = "Victims:KeyFile";

    /// <summary>Registers the key ring and checks it when the host starts, so a missing key fails loudly at once.</summary>
    public static IServiceCollection AddVictimKeyRing(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => Resolve(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetService<IHostEnvironment>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(VictimKeyRing)) ?? NullLogger.Instance));
        services.AddHostedService<VictimKeyRingCheck>();
        return services;
    }

    /// <summary>The key ring the configuration and environment call for.</summary>
    /// <exception cref="InvalidOperationException">No key file is configured outside Development and the in-memory demo.</exception>
    public static VictimKeyRing Resolve(IConfiguration configuration, IHostEnvironment? environment, ILogger logger)
    {
        if (configuration[KeyFileSetting] is { Length: > 0 } path)
        {
            var ring = VictimKeyRing.Load(Path.GetFullPath(path));
            WarnIfReadableByOthers(path, logger);
            logger.LogInformation("Victim key ring loaded from {KeyFile}; active key {KeyId}", path, ring.ActiveKeyId);
            return ring;
        }

        if (environment?.IsDevelopment() == true || configuration.GetValue<bool>("Storage:InMemory"))
        {
            logger.LogWarning(
                "NO VICTIM KEY FILE ({Setting}): personal data is encrypted under a key held in memory and is unreadable once this silo stops. For tests and demos only.",
                KeyFileSetting);
            return VictimKeyRing.Ephemeral();
        }

        throw new InvalidOperationException(
            $"Thiếu tệp khóa mã hóa dữ liệu nạn nhân: đặt {KeyFileSetting} (biến môi trường Victims__KeyFile) / " +
            $"The victims' key ring file is not configured: set {KeyFileSetting} (environment Victims__KeyFile). " +
            "Personal data is never stored unencrypted.");
    }

    private static void WarnIfReadableByOthers(string path, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        if ((File.GetUnixFileMode(path) & others) != 0)
        {
            logger.LogWarning("The victim key ring file {KeyFile} is readable by other users; restrict it with chmod 600", path);
        }
    }
}
