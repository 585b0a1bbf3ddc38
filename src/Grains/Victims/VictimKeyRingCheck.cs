using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AntiTrafficking.Grains.Victims;

/// <summary>Resolves the key ring when the host starts, so a silo without its key file stops at once rather than at the first reception.</summary>
internal sealed class VictimKeyRingCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<VictimKeyRing>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
